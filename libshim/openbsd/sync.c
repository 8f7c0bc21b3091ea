/* __thrsleep / __thrwakeup, OpenBSD's futex equivalent (kern_synch.c
 * thrsleep(); abi/ABI-NOTES.md §3.2), on Linux futexes.
 *
 * OpenBSD keeps a sleep queue keyed by an address (`ident`), not a word
 * compared with a value: a wakeup finds whoever sleeps on ident.  Here
 * each sleeper waits on a futex word of its own, linked into a bucket of a
 * hash table under the bucket's lock; __thrwakeup unlinks sleepers, marks
 * them woken and wakes their words.  The `abort` word is read after the
 * sleeper is queued, under the same lock, so a wakeup that races with it
 * is never lost (Go passes &m.waitsemacount as both ident and abort).
 * Results are errnos returned directly: 0 when woken, EWOULDBLOCK at the
 * deadline, EINTR on abort or a signal. */
#define _GNU_SOURCE
#include "libshim/openbsd/obsd.h"
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <time.h>

struct sleeper {
    uint64_t ident;
    volatile uint32_t woken;
    struct sleeper *next, **prevp;
};

#define NBUCKETS 64
static struct bucket {
    pthread_mutex_t lock;
    struct sleeper *head;
} buckets[NBUCKETS] = { [0 ... NBUCKETS - 1] = { PTHREAD_MUTEX_INITIALIZER, NULL } };

static struct bucket *bucket_of(uint64_t ident)
{
    uint64_t h = ident * 0x9e3779b97f4a7c15ULL;   /* Fibonacci hashing: top 6 bits */
    return &buckets[h >> 58];
}

static void unlink_sleeper(struct sleeper *s)
{
    *s->prevp = s->next;
    if (s->next)
        s->next->prevp = s->prevp;
    s->prevp = NULL;
}

/* The OpenBSD clock of the deadline -> the futex clock flag. */
static long futex_clock(int clk, int *flag)
{
    switch (clk) {
    case OBSD_CLOCK_REALTIME: *flag = FUTEX_CLOCK_REALTIME; return CLOCK_REALTIME;
    case OBSD_CLOCK_MONOTONIC: case OBSD_CLOCK_UPTIME: *flag = 0; return CLOCK_MONOTONIC;
    default: return -1;
    }
}

/* __thrsleep(const volatile void *ident, clockid_t clock_id,
 *            const struct timespec *abstime, void *lock, const int *abort) */
long obsd_thrsleep(struct dz_call *c)
{
    uint64_t ident = A(0);
    if (ident == 0)
        return -EINVAL;
    struct timespec dl, *dlp = NULL;
    int flag = 0;
    if (A(2)) {
        long clk = futex_clock(AI(1), &flag);
        if (clk < 0)
            return -EINVAL;
        struct obsd_timespec ts;
        if (dz_copy_in(&ts, A(2), sizeof ts) != 0)
            return -EFAULT;
        if (ts.tv_nsec < 0 || ts.tv_nsec >= 1000000000)
            return -EINVAL;
        struct timespec now;
        clock_gettime((clockid_t)clk, &now);
        dl = (struct timespec){ ts.tv_sec, ts.tv_nsec };
        dlp = &dl;
        if (ts.tv_sec < now.tv_sec || (ts.tv_sec == now.tv_sec && ts.tv_nsec <= now.tv_nsec)) {
            /* Already passed: the lock is still released (the kernel's
             * copyout: EFAULT if it cannot be). */
            if (A(3)) {
                uint32_t unlocked = 0;
                if (dz_copy_out(A(3), &unlocked, sizeof unlocked) != 0)
                    return -EFAULT;
            }
            return -EAGAIN;   /* EWOULDBLOCK */
        }
    }
    struct sleeper s = { .ident = ident };
    struct bucket *b = bucket_of(ident);
    pthread_mutex_lock(&b->lock);
    s.next = b->head;
    s.prevp = &b->head;
    if (b->head)
        b->head->prevp = &s.next;
    b->head = &s;
    if (A(3)) {   /* _atomic_lock_t: released once we are queued */
        uint32_t unlocked = 0;
        if (dz_copy_out(A(3), &unlocked, sizeof unlocked) != 0) {
            unlink_sleeper(&s);
            pthread_mutex_unlock(&b->lock);
            return -EFAULT;
        }
    }
    if (A(4)) {
        int32_t abort_val = 0;
        if (dz_copy_in(&abort_val, A(4), sizeof abort_val) != 0 || abort_val) {
            unlink_sleeper(&s);
            pthread_mutex_unlock(&b->lock);
            return abort_val ? -EINTR : -EFAULT;
        }
    }
    pthread_mutex_unlock(&b->lock);

    long r = 0;
    while (!__atomic_load_n(&s.woken, __ATOMIC_ACQUIRE)) {
        r = dz_lib_bsys(SYS_futex, (long)&s.woken, FUTEX_WAIT_BITSET_PRIVATE | flag, 0, (long)dlp, 0,
                        FUTEX_BITSET_MATCH_ANY);
        if (r == -ETIMEDOUT || dz_is_eintr(r))
            break;
    }
    pthread_mutex_lock(&b->lock);
    if (__atomic_load_n(&s.woken, __ATOMIC_ACQUIRE)) {
        r = 0;                     /* a wakeup won the race: it counts */
    } else {
        unlink_sleeper(&s);
        r = r == -ETIMEDOUT ? -EAGAIN : -EINTR;
    }
    pthread_mutex_unlock(&b->lock);
    return r;
}

/* __thrwakeup(const volatile void *ident, int n): n = 0 wakes all. */
long obsd_thrwakeup(struct dz_call *c)
{
    uint64_t ident = A(0);
    int n = AI(1), woke = 0;
    if (ident == 0)
        return -EINVAL;
    struct bucket *b = bucket_of(ident);
    pthread_mutex_lock(&b->lock);
    for (struct sleeper *s = b->head, *next; s && (n <= 0 || woke < n); s = next) {
        next = s->next;
        if (s->ident != ident)
            continue;
        unlink_sleeper(s);
        __atomic_store_n(&s->woken, 1, __ATOMIC_RELEASE);
        /* Under the lock: the sleeper cannot return (and its word vanish
         * with its stack) before we are done with it. */
        dz_sys(SYS_futex, &s->woken, FUTEX_WAKE_PRIVATE, 1);
        woke++;
    }
    pthread_mutex_unlock(&b->lock);
    return woke ? 0 : -ESRCH;
}
