/* The scan half of kevent(): collect what is pending outside epoll, wait on
 * epoll (the only call that may block, made without any lock through the
 * engine's interruptible dz_blocking_syscall6), turn epoll events into
 * kevents.  A wake-up that yields nothing (stale or spurious event) waits
 * again until the timeout, as kqueue never returns 0 early. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <time.h>

#include "syscall-xlate/event/kqueue.h"
#include "syscall-xlate/event/kq_internal.h"

/* epoll events per wait; kevent may return fewer than asked, never more. */
#define KQ_EPOLL_BATCH 64
/* Timeouts longer than this (about 31 years) are "forever". */
#define KQ_FOREVER_SEC 1000000000L
/* A queue without its timerfd (kqueue() made with one descriptor free)
 * has no bell: its waiters look again this often (and wait no longer
 * than the next timer deadline), so a change from another thread is
 * seen late but never lost.  Only while descriptors are exhausted. */
#define KQ_NOBELL_SLICE_NS 10000000L

static _Atomic uint64_t scan_tokens;

static struct timespec ts_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t;
}

/* deadline - now, or 0 when past. */
static struct timespec ts_left(struct timespec deadline)
{
    struct timespec now = ts_now(), d = {
        .tv_sec = deadline.tv_sec - now.tv_sec,
        .tv_nsec = deadline.tv_nsec - now.tv_nsec,
    };
    if (d.tv_nsec < 0) {
        d.tv_nsec += 1000000000L;
        d.tv_sec--;
    }
    if (d.tv_sec < 0)
        d = (struct timespec){ 0, 0 };
    return d;
}

/* Everything that is not an epoll event: stash, non-poll fds (only before
 * waiting: they would come out twice), USER and SIGNAL knotes, timers.
 * Then the timerfd is re-armed for what is left (kq_timer.c's rules: a
 * full event list may have left something, so it rings for the next
 * waiter instead). */
static int collect_internal(struct kq *k, struct dz_kevent *out, int room,
                            uint64_t token, bool nonpoll)
{
    kq_timer_expire(k);
    int n = room > 0 ? kq_fd_collect(k, out, room, nonpoll) : 0;
    if (n < room)
        n += kq_knote_collect(k, out + n, room - n, token);
    if (n < room && k->rhead >= 0)
        n += kq_timer_collect(k, out + n, room - n, token);
    kq_timer_sync(k, n == room);
    return n;
}

/* Turn epoll events into kevents (k->lock held). */
static int dispatch(struct kq *k, const struct epoll_event *evs, int nev,
                    struct dz_kevent *out, int room, uint64_t token)
{
    int n = 0;
    bool bell = false;
    for (int i = 0; i < nev; i++) {
        uint64_t key = evs[i].data.u64;
        switch (kq_key_type(key)) {
        case KQK_FD:
            /* Called even without room: edge events get stashed. */
            n += kq_fd_deliver(k, key, evs[i].events, out + n, room - n);
            break;
        case KQK_KNOTE:
            n += kq_knote_deliver(k, key, out + n, room - n);
            break;
        case KQK_BELL:
        case KQK_SIGBELL:
            bell = true;
            break;
        }
    }
    /* A bell only says "look at the internal state again" (and the
     * timerfd must be re-armed even with no room left).  A non-poll fd
     * registered meanwhile is found by the next pass of kq_scan(). */
    if (bell)
        n += collect_internal(k, out + n, room - n, token, false);
    return n;
}

int kq_scan(struct kq *k, struct dz_kevent *out, int nevents,
            const struct timespec *timeout)
{
    bool forever = timeout == NULL, poll = false;
    struct timespec deadline = { 0, 0 };
    if (timeout) {
        if (timeout->tv_sec < 0 || timeout->tv_nsec < 0 || timeout->tv_nsec >= 1000000000L)
            return -EINVAL;
        poll = timeout->tv_sec == 0 && timeout->tv_nsec == 0;
        if (timeout->tv_sec > KQ_FOREVER_SEC) {
            forever = true;
        } else if (!poll) {
            deadline = ts_now();
            deadline.tv_sec += timeout->tv_sec;
            deadline.tv_nsec += timeout->tv_nsec;
            if (deadline.tv_nsec >= 1000000000L) {
                deadline.tv_nsec -= 1000000000L;
                deadline.tv_sec++;
            }
        }
    }
    uint64_t token = atomic_fetch_add(&scan_tokens, 1) + 1;

    for (;;) {
        pthread_mutex_lock(&k->lock);
        if (k->dead) {
            pthread_mutex_unlock(&k->lock);
            return -EBADF;
        }
        if (k->tfd < 0 && !poll)
            kq_bell_open(k);        /* a descriptor may be free again */
        int n = collect_internal(k, out, nevents, token, true);
        /* Without a bell: wake up for the next timer, and now and then. */
        int64_t slice_end = k->tfd < 0 ? kq_now_ns() + KQ_NOBELL_SLICE_NS : INT64_MAX;
        if (k->tfd < 0 && kq_timer_next(k) < slice_end)
            slice_end = kq_timer_next(k);
        pthread_mutex_unlock(&k->lock);
        if (n == nevents)
            return n;

        struct epoll_event evs[KQ_EPOLL_BATCH];
        int maxev = nevents - n < KQ_EPOLL_BATCH ? nevents - n : KQ_EPOLL_BATCH;
        struct timespec rel = { 0, 0 }, *tp = &rel;
        if (n == 0 && !poll) {
            if (forever)
                tp = NULL;
            else
                rel = ts_left(deadline);
            if (slice_end != INT64_MAX) {
                int64_t left = slice_end - kq_now_ns();
                if (left < 0)
                    left = 0;
                if (!tp || rel.tv_sec * 1000000000LL + rel.tv_nsec > left) {
                    rel = (struct timespec){ left / 1000000000, left % 1000000000 };
                    tp = &rel;
                }
            }
        }
        long r = dz_blocking_syscall6(SYS_epoll_pwait2, k->epfd, (long)evs, maxev,
                                      (long)tp, 0 /* no sigmask */, 0);
        if (r < 0)
            return n ? n : (int)r;  /* -EINTR: the engine decides */

        pthread_mutex_lock(&k->lock);
        if (k->dead) {
            pthread_mutex_unlock(&k->lock);
            return n ? n : -EBADF;
        }
        n += dispatch(k, evs, (int)r, out + n, nevents - n, token);
        pthread_mutex_unlock(&k->lock);

        if (n > 0 || poll)
            return n;
        if (!forever) {
            struct timespec left = ts_left(deadline);
            if (left.tv_sec == 0 && left.tv_nsec == 0)
                return 0;
        }
    }
}
