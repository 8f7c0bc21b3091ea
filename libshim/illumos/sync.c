/* POSIX semaphores, illumos's parking primitive for Go's Ms (sem_init /
 * sem_post / sem_wait / sem_reltimedwait_np on a malloc'd sem_t;
 * abi/ABI-NOTES.md §4.2), on a Linux futex: the count is sem_t's first
 * word (struct ilm_sem).  Waits go through the engine's blocking window,
 * so a guest signal interrupts them (EINTR), as illumos's do.  The sem_t
 * is the caller's memory, which illumos's libc reads and writes itself: a
 * bad one faults (DZ_LIB_SEGV, the guest gets SIGSEGV), never the layer:
 * the count is only touched through the fault-safe accessors.  sem_post
 * and sem_wait bind to lean.S first (no C, no FS switch: a bad sem_t faults
 * there in guest code); these are their ordinary entries (--trace) and the
 * timed wait. */
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

/* libc reads the semaphore's count and type before anything else. */
static long sem_readable(uint64_t gsem)
{
    uint64_t head;
    return dz_lib_load(&head, gsem, sizeof head);
}

/* The count's fault: it was readable a moment ago (another thread unmapped it). */
static long count_fault(uint64_t gsem)
{
    return dz_lib_segv((uint64_t)count_of(gsem), sizeof(uint32_t), 1);
}

/* sem_init(sem_t *sem, int pshared, unsigned int value) */
long ilm_sem_init(struct dz_call *c)
{
    if ((uint32_t)A(2) > INT_MAX)
        return -EINVAL;
    struct ilm_sem s = { .sem_count = (uint32_t)A(2), .sem_magic = SEM_MAGIC };
    return dz_lib_store(A(0), &s, sizeof s);
}

/* sem_post(sem_t *sem) */
long ilm_sem_post(struct dz_call *c)
{
    long r = sem_readable(A(0));
    if (r)
        return r;
    uint32_t *cnt = count_of(A(0));
    if (dz_ua_add32(cnt, 1) != 0)
        return count_fault(A(0));
    /* Shared futex: a pshared semaphore may live in shared memory. */
    dz_sys(SYS_futex, cnt, FUTEX_WAKE, 1, 0, 0, 0);
    return 0;
}

/* 1: a unit taken; 0: the count is 0; -EFAULT: the count is gone. */
static long try_take(uint32_t *cnt)
{
    for (;;) {
        uint32_t v;
        if (dz_ua_copy(&v, cnt, sizeof v) != 0)
            return -EFAULT;
        if (v == 0)
            return 0;
        long r = dz_ua_cas32(cnt, v, v - 1);
        if (r < 0)
            return r;
        if (r == 0)
            return 1;
    }
}

/* Wait until the count can be taken; deadline absolute on CLOCK_MONOTONIC
 * or NULL. */
static long take(uint64_t gsem, const struct timespec *deadline)
{
    long t = sem_readable(gsem);
    if (t)
        return t;
    uint32_t *cnt = count_of(gsem), *waiters = waiters_of(gsem);
    if ((t = try_take(cnt)) != 0)
        return t > 0 ? 0 : count_fault(gsem);
    /* Counted in before the last look at the count (lean.S says why). */
    if (dz_ua_add32(waiters, 1) != 0)
        return count_fault(gsem);
    long r;
    for (;;) {
        if ((t = try_take(cnt)) != 0) {
            r = t > 0 ? 0 : -EFAULT;
            break;
        }
        /* FUTEX_WAIT_BITSET takes an absolute CLOCK_MONOTONIC deadline. */
        r = dz_lib_bsys(SYS_futex, (long)cnt, FUTEX_WAIT_BITSET, 0, (long)deadline, 0,
                        FUTEX_BITSET_MATCH_ANY);
        if (dz_is_eintr(r) || r == -ETIMEDOUT) {
            t = try_take(cnt);
            r = t > 0 ? 0 : t < 0 ? -EFAULT : r == -ETIMEDOUT ? r : -EINTR;
            break;
        }
    }
    if (dz_ua_add32(waiters, (uint32_t)-1) != 0 || r == -EFAULT)
        return count_fault(gsem);
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
    long r = sem_readable(A(0));
    if (r)
        return r;
    r = try_take(count_of(A(0)));
    return r > 0 ? 0 : r < 0 ? count_fault(A(0)) : -EAGAIN;
}

/* sem_reltimedwait_np(sem_t *sem, const struct timespec *reltime):
 * -1 + ETIMEDOUT when the time passes. */
long ilm_sem_reltimedwait_np(struct dz_call *c)
{
    struct timespec rel, dl;
    long r = dz_lib_load(&rel, A(1), sizeof rel);   /* read by libc itself */
    if (r)
        return r;
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
