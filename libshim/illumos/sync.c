/* POSIX semaphores, illumos's parking primitive for Go's Ms (sem_init /
 * sem_post / sem_wait / sem_reltimedwait_np on a malloc'd sem_t;
 * abi/ABI-NOTES.md §4.2), on a Linux futex: the count is sem_t's first
 * word (struct ilm_sem).  Waits go through the engine's blocking window,
 * so a guest signal interrupts them (EINTR), as illumos's do.  sem_post and
 * sem_wait bind to lean.S first (no C, no FS switch); these are their
 * ordinary entries (--trace) and the timed wait. */
#define _GNU_SOURCE
#include "libshim/illumos/ilm.h"
#include <errno.h>
#include <limits.h>
#include <linux/futex.h>
#include <time.h>

#define SEM_MAGIC 0x534d   /* "SM", sys/synch.h USYNC_* magic is libc's own */

static uint32_t *count_of(uint64_t gsem)
{
    return (uint32_t *)(gsem + offsetof(struct ilm_sem, sem_count));
}

/* The threads blocked on the semaphore, in sem_t's first pad word: the
 * lean sem_post (lean.S) wakes only when there is one. */
#define SEM_WAITERS offsetof(struct ilm_sem, sem_pad1)
_Static_assert(SEM_WAITERS == 8, "lean.S SEM_WAITERS");

static uint32_t *waiters_of(uint64_t gsem)
{
    return (uint32_t *)(gsem + SEM_WAITERS);
}

/* sem_init(sem_t *sem, int pshared, unsigned int value) */
long ilm_sem_init(struct dz_call *c)
{
    if ((uint32_t)A(2) > INT_MAX)
        return -EINVAL;
    struct ilm_sem s = { .sem_count = (uint32_t)A(2), .sem_magic = SEM_MAGIC };
    return dz_copy_out(A(0), &s, sizeof s) ? -EFAULT : 0;
}

/* sem_post(sem_t *sem) */
long ilm_sem_post(struct dz_call *c)
{
    uint32_t *cnt = count_of(A(0));
    __atomic_fetch_add(cnt, 1, __ATOMIC_RELEASE);
    /* Shared futex: a pshared semaphore may live in shared memory. */
    dz_sys(SYS_futex, cnt, FUTEX_WAKE, 1, 0, 0, 0);
    return 0;
}

static int try_take(uint32_t *cnt)
{
    uint32_t v = __atomic_load_n(cnt, __ATOMIC_ACQUIRE);
    while (v > 0)
        if (__atomic_compare_exchange_n(cnt, &v, v - 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_ACQUIRE))
            return 1;
    return 0;
}

/* Wait until the count can be taken; deadline absolute on CLOCK_MONOTONIC
 * or NULL. */
static long take(uint64_t gsem, const struct timespec *deadline)
{
    uint32_t *cnt = count_of(gsem), *waiters = waiters_of(gsem);
    if (try_take(cnt))
        return 0;
    /* Counted in before the last look at the count (lean.S says why). */
    __atomic_fetch_add(waiters, 1, __ATOMIC_SEQ_CST);
    long r = 0;
    for (;;) {
        if (try_take(cnt))
            break;
        /* FUTEX_WAIT_BITSET takes an absolute CLOCK_MONOTONIC deadline. */
        r = dz_lib_bsys(SYS_futex, (long)cnt, FUTEX_WAIT_BITSET, 0, (long)deadline, 0,
                        FUTEX_BITSET_MATCH_ANY);
        if (r == -EINTR || r == -ETIMEDOUT) {
            r = try_take(cnt) ? 0 : r;
            break;
        }
        r = 0;
    }
    __atomic_fetch_sub(waiters, 1, __ATOMIC_SEQ_CST);
    return r;
}

/* sem_wait(sem_t *sem) */
long ilm_sem_wait(struct dz_call *c)
{
    return take(A(0), NULL);
}

/* sem_trywait(sem_t *sem) */
long ilm_sem_trywait(struct dz_call *c)
{
    return try_take(count_of(A(0))) ? 0 : -EAGAIN;
}

/* sem_reltimedwait_np(sem_t *sem, const struct timespec *reltime):
 * -1 + ETIMEDOUT when the time passes. */
long ilm_sem_reltimedwait_np(struct dz_call *c)
{
    struct timespec rel, dl;
    if (dz_copy_in(&rel, A(1), sizeof rel) != 0)
        return -EFAULT;
    if (rel.tv_sec < 0 || rel.tv_nsec < 0 || rel.tv_nsec >= 1000000000)
        return -EINVAL;
    clock_gettime(CLOCK_MONOTONIC, &dl);
    dl.tv_sec += rel.tv_sec;
    dl.tv_nsec += rel.tv_nsec;
    if (dl.tv_nsec >= 1000000000) {
        dl.tv_sec++;
        dl.tv_nsec -= 1000000000;
    }
    return take(A(0), &dl);
}
