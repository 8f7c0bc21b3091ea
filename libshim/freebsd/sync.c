/* libthr's mutexes and condition variables as a Rust program uses them.
 * On FreeBSD pthread_mutex_t and pthread_cond_t are pointers to objects
 * the library allocates (PTHREAD_MUTEX_INITIALIZER is NULL: the object is
 * made on first use); ours are futex words in host memory, waited on
 * through the engine's blocking window (dz_lib_bsys), so a guest signal
 * interrupts a wait (a spurious wakeup, which POSIX allows for a
 * condition; a mutex wait is simply retried). */
#define _GNU_SOURCE
#include "libshim/freebsd/fbl.h"
#include <errno.h>
#include <linux/futex.h>
#include <stdlib.h>
#include <time.h>

struct mutex {
    uint32_t word;      /* 0 free, 1 locked, 2 locked with waiters */
};

struct cond {
    uint32_t seq;       /* bumped by every signal */
    int32_t clock;      /* FreeBSD clock id of timed waits */
};

/* The object behind a pthread_mutex_t, made on first use (static
 * initialisation is NULL; two first users race with a CAS). */
static long mutex_of(uint64_t gptr, struct mutex **out)
{
    uint64_t *slot = (uint64_t *)gptr;
    if (!slot)
        return -EINVAL;
    uint64_t p = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (!p) {
        struct mutex *m = calloc(1, sizeof *m);
        if (!m)
            return -ENOMEM;
        if (__atomic_compare_exchange_n(slot, &p, (uint64_t)m, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            p = (uint64_t)m;
        else
            free(m);
    }
    *out = (struct mutex *)p;
    return 0;
}

/* The futex lock of a word: 0 free, 1 locked, 2 locked with waiters
 * (also stdio.c's). */
void fbl_lock(uint32_t *w)
{
    uint32_t v = 0;
    if (__atomic_compare_exchange_n(w, &v, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        return;
    if (v != 2)
        v = __atomic_exchange_n(w, 2, __ATOMIC_ACQUIRE);
    while (v != 0) {
        dz_lib_bsys(SYS_futex, (long)w, FUTEX_WAIT_PRIVATE, 2, 0, 0, 0);
        v = __atomic_exchange_n(w, 2, __ATOMIC_ACQUIRE);
    }
}

void fbl_unlock(uint32_t *w)
{
    if (__atomic_exchange_n(w, 0, __ATOMIC_RELEASE) == 2)
        dz_sys(SYS_futex, w, FUTEX_WAKE_PRIVATE, 1);
}

static void lock(struct mutex *m) { fbl_lock(&m->word); }
static void unlock(struct mutex *m) { fbl_unlock(&m->word); }

long fbl_mutex_lock(struct dz_call *c)
{
    struct mutex *m;
    long r = mutex_of(A(0), &m);
    if (r)
        return r;
    lock(m);
    return 0;
}

long fbl_mutex_unlock(struct dz_call *c)
{
    struct mutex *m;
    long r = mutex_of(A(0), &m);
    if (r)
        return r;
    unlock(m);
    return 0;
}

/* pthread_mutex_init(mutex, attr): a new normal mutex (the attribute's
 * type is not read). */
long fbl_mutex_init(struct dz_call *c)
{
    struct mutex *m = calloc(1, sizeof *m);
    if (!m)
        return -ENOMEM;
    uint64_t p = (uint64_t)m;
    if (dz_copy_out(A(0), &p, 8) != 0) {
        free(m);
        return -EINVAL;
    }
    return 0;
}

long fbl_mutex_destroy(struct dz_call *c)
{
    uint64_t *slot = (uint64_t *)A(0);
    if (!slot)
        return -EINVAL;
    free((void *)__atomic_exchange_n(slot, 0, __ATOMIC_ACQ_REL));
    return 0;
}

/* pthread_condattr_t: a pointer to the clock id (CLOCK_REALTIME by default). */
long fbl_condattr_init(struct dz_call *c)
{
    int32_t *a = malloc(sizeof *a);
    if (!a)
        return -ENOMEM;
    *a = FBSD_CLOCK_REALTIME;
    uint64_t p = (uint64_t)a;
    if (dz_copy_out(A(0), &p, 8) != 0) {
        free(a);
        return -EFAULT;
    }
    return 0;
}

long fbl_condattr_destroy(struct dz_call *c)
{
    uint64_t p = 0, zero = 0;
    if (dz_copy_in(&p, A(0), 8) != 0 || !p)
        return -EINVAL;
    free((void *)p);
    dz_copy_out(A(0), &zero, 8);
    return 0;
}

long fbl_condattr_setclock(struct dz_call *c)
{
    uint64_t p = 0;
    if (dz_copy_in(&p, A(0), 8) != 0 || !p)
        return -EINVAL;
    if (AI(1) != FBSD_CLOCK_REALTIME && AI(1) != FBSD_CLOCK_MONOTONIC)
        return -EINVAL;
    *(int32_t *)p = AI(1);
    return 0;
}

long fbl_cond_init(struct dz_call *c)
{
    struct cond *cv = calloc(1, sizeof *cv);
    if (!cv)
        return -ENOMEM;
    cv->clock = FBSD_CLOCK_REALTIME;
    uint64_t ap = 0;
    if (A(1) && dz_copy_in(&ap, A(1), 8) == 0 && ap)
        cv->clock = *(int32_t *)ap;
    uint64_t p = (uint64_t)cv;
    if (dz_copy_out(A(0), &p, 8) != 0) {
        free(cv);
        return -EFAULT;
    }
    return 0;
}

/* A statically initialised condition (NULL) gets its object on first use. */
static long cond_of(uint64_t gptr, struct cond **out)
{
    uint64_t *slot = (uint64_t *)gptr;
    if (!slot)
        return -EINVAL;
    uint64_t p = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    if (!p) {
        struct cond *cv = calloc(1, sizeof *cv);
        if (!cv)
            return -ENOMEM;
        cv->clock = FBSD_CLOCK_REALTIME;
        if (__atomic_compare_exchange_n(slot, &p, (uint64_t)cv, 0, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            p = (uint64_t)cv;
        else
            free(cv);
    }
    *out = (struct cond *)p;
    return 0;
}

long fbl_cond_destroy(struct dz_call *c)
{
    uint64_t *slot = (uint64_t *)A(0);
    if (!slot)
        return -EINVAL;
    free((void *)__atomic_exchange_n(slot, 0, __ATOMIC_ACQ_REL));
    return 0;
}

long fbl_cond_signal(struct dz_call *c)
{
    struct cond *cv;
    long r = cond_of(A(0), &cv);
    if (r)
        return r;
    __atomic_fetch_add(&cv->seq, 1, __ATOMIC_RELEASE);
    dz_sys(SYS_futex, &cv->seq, FUTEX_WAKE_PRIVATE, 1);
    return 0;
}

long fbl_cond_broadcast(struct dz_call *c)
{
    struct cond *cv;
    long r = cond_of(A(0), &cv);
    if (r)
        return r;
    __atomic_fetch_add(&cv->seq, 1, __ATOMIC_RELEASE);
    dz_sys(SYS_futex, &cv->seq, FUTEX_WAKE_PRIVATE, INT32_MAX);
    return 0;
}

/* Wait on the sequence read before the mutex is released: a signal that
 * comes in between changes it, and the futex wait returns at once.  abs
 * is an absolute time on the condition's clock, or NULL. */
static long wait(struct dz_call *c, const struct fbsd_timespec *abs)
{
    struct cond *cv;
    struct mutex *m;
    long r = cond_of(A(0), &cv);
    if (r || (r = mutex_of(A(1), &m)))
        return r;
    uint32_t seq = __atomic_load_n(&cv->seq, __ATOMIC_ACQUIRE);
    unlock(m);
    long w = 0;
    if (abs) {
        struct timespec ts = { .tv_sec = abs->tv_sec, .tv_nsec = abs->tv_nsec };
        int op = FUTEX_WAIT_BITSET_PRIVATE | (cv->clock == FBSD_CLOCK_REALTIME ? FUTEX_CLOCK_REALTIME : 0);
        w = dz_lib_bsys(SYS_futex, (long)&cv->seq, op, seq, (long)&ts, 0, FUTEX_BITSET_MATCH_ANY);
    } else {
        w = dz_lib_bsys(SYS_futex, (long)&cv->seq, FUTEX_WAIT_PRIVATE, seq, 0, 0, 0);
    }
    lock(m);
    return w == -ETIMEDOUT ? -ETIMEDOUT : 0;
}

long fbl_cond_wait(struct dz_call *c)
{
    return wait(c, NULL);
}

long fbl_cond_timedwait(struct dz_call *c)
{
    struct fbsd_timespec ts;
    if (dz_copy_in(&ts, A(2), sizeof ts) != 0)
        return -EINVAL;
    if (ts.tv_nsec < 0 || ts.tv_nsec >= 1000000000)
        return -EINVAL;
    return wait(c, &ts);
}
