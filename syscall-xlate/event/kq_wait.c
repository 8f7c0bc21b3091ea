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
 * waiting: they would come out twice), USER and SIGNAL knotes. */
static int collect_internal(struct kq *k, struct dz_kevent *out, int room,
                            uint64_t token, bool nonpoll)
{
    int n = kq_fd_collect(k, out, room, nonpoll);
    if (n < room)
        n += kq_knote_collect(k, out + n, room - n, token);
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
    /* A bell only says "look at the internal state again".  A non-poll fd
     * registered meanwhile is found by the next pass of kq_scan(). */
    if (bell && n < room)
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
        int n = collect_internal(k, out, nevents, token, true);
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
