/* EVFILT_TIMER and the queue's bell: one timerfd per kqueue for both.
 *
 * FreeBSD's and NetBSD's timers are callouts: they take no descriptor, so
 * a guest at its RLIMIT_NOFILE can still add one, and 10,000 timers cost
 * 10,000 small structures.  Here every timer knote of a queue is a
 * deadline in a min-heap (CLOCK_MONOTONIC ns), and the queue's single
 * timerfd (k->tfd, edge-triggered in the epoll set under KQK_BELL) is
 * armed to the earliest one.  The same timerfd is the bell that wakes a
 * thread blocked in kevent() when another thread changes something epoll
 * cannot see (a USER trigger, a stash, a non-poll fd, a close): ringing it
 * is arming it at an absolute time long past, so it fires at once.  A
 * kqueue is therefore the epoll fd plus this one timerfd.
 *
 * Rules that keep wake-ups from being lost (all under k->lock):
 *  - a ring always calls timerfd_settime (each fire is a new edge, even if
 *    an earlier one was never read);
 *  - only a thread that has just looked at the whole internal state
 *    (kq_wait.c: collect, then kq_timer_sync) may re-arm the timerfd to a
 *    later deadline or disarm it, which cancels a ring not yet fired; if
 *    its event list filled up before it saw everything, it rings instead;
 *  - a change only ever arms it earlier (never cancels a ring).
 * The engine's signal handlers never ring it (they ring the global
 * signal bell, an eventfd: kq_knote.c).
 *
 * Counting follows FreeBSD filt_timerexpire: data is the number of
 * expirations since the last delivery (EV_CLEAR is implied).  A disabled
 * timer leaves the heap; its expirations are counted from its deadline
 * and period when it is enabled again, as a still-running timer would
 * have counted them.
 *
 * NOTE_ABSTIME is converted to a monotonic deadline when the timer is
 * set, as FreeBSD (filt_timervalidate: the time less boottime, then an
 * uptime callout) and NetBSD do: a later step of the wall clock does not
 * move it.
 *
 * If the timerfd cannot be made (kqueue() with a single descriptor free,
 * which FreeBSD allows), the queue works without it: waiters wait in
 * slices (kq_wait.c) and each blocking scan tries again to make it. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

#include "syscall-xlate/event/kq_internal.h"

#define TIMER_UNITS (DZ_NOTE_SECONDS | DZ_NOTE_MSECONDS | DZ_NOTE_USECONDS | DZ_NOTE_NSECONDS)
/* Longer spans (~146 years) are clamped: they never expire in practice,
 * and deadline + n * period then cannot overflow. */
#define KQ_NS_MAX ((int64_t)1 << 62)

int64_t kq_now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static void tfd_arm_abs(struct kq *k, int64_t at)
{
    struct itimerspec its = { .it_value = { .tv_sec = at / 1000000000,
                                            .tv_nsec = at % 1000000000 } };
    /* Cannot fail for a valid fd and a positive time. */
    timerfd_settime(k->tfd, TFD_TIMER_ABSTIME, &its, NULL);
}

int kq_bell_open(struct kq *k)
{
    int fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    if (fd < 0)
        return errno;
    /* Edge-triggered and never read: each fire wakes one waiter, and the
     * queue's own state (not the expiration count) says what is ready. */
    struct epoll_event ev = { .events = EPOLLIN | EPOLLET,
                              .data.u64 = kq_key(KQK_BELL, 0, 0) };
    if (epoll_ctl(k->epfd, EPOLL_CTL_ADD, fd, &ev) < 0) {
        int e = errno;
        close(fd);
        return e;
    }
    k->tfd = fd;
    k->tfd_at = KQ_TFD_IDLE;
    /* Timers added while there was none: arm for them. */
    kq_timer_sync(k, k->rhead >= 0);
    return 0;
}

void kq_ring(struct kq *k)
{
    if (k->tfd < 0)
        return;     /* waiters are waiting in slices */
    tfd_arm_abs(k, 1);      /* 1 ns after boot: long past */
    k->tfd_at = KQ_TFD_RUNG;
}

/* ---- the heap of armed, enabled timers (slots into k->kn) ---- */

static void heap_place(struct kq *k, int i, int slot)
{
    k->theap[i] = slot;
    k->kn[slot].heap_idx = i;
}

static int64_t heap_dl(struct kq *k, int i)
{
    return k->kn[k->theap[i]].deadline;
}

static void heap_up(struct kq *k, int i)
{
    int slot = k->theap[i];
    int64_t d = k->kn[slot].deadline;
    while (i > 0) {
        int p = (i - 1) / 2;
        if (heap_dl(k, p) <= d)
            break;
        heap_place(k, i, k->theap[p]);
        i = p;
    }
    heap_place(k, i, slot);
}

static void heap_down(struct kq *k, int i)
{
    int slot = k->theap[i];
    int64_t d = k->kn[slot].deadline;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= k->ntheap)
            break;
        if (c + 1 < k->ntheap && heap_dl(k, c + 1) < heap_dl(k, c))
            c++;
        if (heap_dl(k, c) >= d)
            break;
        heap_place(k, i, k->theap[c]);
        i = c;
    }
    heap_place(k, i, slot);
}

static int heap_push(struct kq *k, int slot)
{
    if (k->ntheap == k->captheap) {
        int cap = k->captheap ? k->captheap * 2 : 16;
        int *t = realloc(k->theap, cap * sizeof *t);
        if (!t)
            return ENOMEM;
        k->theap = t;
        k->captheap = cap;
    }
    heap_place(k, k->ntheap++, slot);
    heap_up(k, k->ntheap - 1);
    return 0;
}

static void heap_remove(struct kq *k, int slot)
{
    int i = k->kn[slot].heap_idx;
    if (i < 0)
        return;
    k->kn[slot].heap_idx = -1;
    int last = k->theap[--k->ntheap];
    if (i == k->ntheap)
        return;
    heap_place(k, i, last);
    heap_up(k, i);
    heap_down(k, k->kn[last].heap_idx);
}

/* ---- the ready list: timers with expirations to deliver ---- */

static void ready_push(struct kq *k, int slot)
{
    struct kq_knote *t = &k->kn[slot];
    if (t->ready)
        return;
    t->ready = true;
    t->rnext = -1;
    t->rprev = k->rtail;
    if (k->rtail >= 0)
        k->kn[k->rtail].rnext = slot;
    else
        k->rhead = slot;
    k->rtail = slot;
}

static void ready_remove(struct kq *k, int slot)
{
    struct kq_knote *t = &k->kn[slot];
    if (!t->ready)
        return;
    if (t->rprev >= 0)
        k->kn[t->rprev].rnext = t->rnext;
    else
        k->rhead = t->rnext;
    if (t->rnext >= 0)
        k->kn[t->rnext].rprev = t->rprev;
    else
        k->rtail = t->rprev;
    t->ready = false;
    t->rprev = t->rnext = -1;
}

/* Count t's expirations up to now. */
static void catch_up(struct kq_knote *t, int64_t now)
{
    if (!t->armed || t->deadline > now)
        return;
    if (t->period > 0) {
        int64_t n = (now - t->deadline) / t->period + 1;
        t->fired += (uint64_t)n;
        t->deadline += n * t->period;
    } else {
        t->fired++;
        t->armed = false;
    }
}

/* Arm the timerfd earlier if slot's deadline comes first (never later:
 * only kq_timer_sync, after a full look, may do that). */
static void arm_earlier(struct kq *k)
{
    if (k->tfd < 0 || k->tfd_at == KQ_TFD_RUNG || !k->ntheap)
        return;
    int64_t d = heap_dl(k, 0);
    if (d < k->tfd_at) {
        tfd_arm_abs(k, d);
        k->tfd_at = d;
    }
}

static int64_t span_ns(int64_t v, uint32_t unit)
{
    int64_t mul = unit == DZ_NOTE_SECONDS ? 1000000000 : unit == DZ_NOTE_USECONDS ? 1000
                : unit == DZ_NOTE_NSECONDS ? 1 : 1000000;
    return v > KQ_NS_MAX / mul ? KQ_NS_MAX : v * mul;
}

/* (Re)start a timer from its registered data/fflags; FreeBSD
 * filt_timerattach: data < 0 or unknown fflags is EINVAL, a periodic
 * timer of 0 means 1 unit, and a restart forgets what had fired. */
int kq_timer_set(struct kq *k, int slot)
{
    struct kq_knote *t = &k->kn[slot];
    uint32_t ff = t->n.sfflags, unit = ff & TIMER_UNITS;
    if ((ff & ~(TIMER_UNITS | DZ_NOTE_ABSTIME)) || (unit & (unit - 1)) || t->n.sdata < 0)
        return EINVAL;
    kq_timer_unlink(k, slot);
    bool abs = ff & DZ_NOTE_ABSTIME, oneshot = t->n.flags & DZ_EV_ONESHOT;
    int64_t v = t->n.sdata;
    if (v == 0 && !oneshot && !abs)
        v = 1;
    int64_t span = span_ns(v, unit), now = kq_now_ns();
    if (abs) {
        /* An absolute wall-clock time: how far ahead it is now. */
        struct timespec rt;
        clock_gettime(CLOCK_REALTIME, &rt);
        int64_t wall = (int64_t)rt.tv_sec * 1000000000 + rt.tv_nsec;
        span = span > wall ? span - wall : 0;
    }
    t->period = abs || oneshot ? 0 : span;
    t->deadline = now + span;
    t->armed = true;
    t->fired = 0;
    if (t->n.enabled) {
        if (heap_push(k, slot)) {
            t->armed = false;
            return ENOMEM;
        }
        arm_earlier(k);
    }
    return 0;
}

void kq_timer_unlink(struct kq *k, int slot)
{
    heap_remove(k, slot);
    ready_remove(k, slot);
}

void kq_timer_enabled(struct kq *k, int slot)
{
    struct kq_knote *t = &k->kn[slot];
    if (!t->n.enabled) {
        kq_timer_unlink(k, slot);       /* fired and deadline are kept */
        return;
    }
    catch_up(t, kq_now_ns());
    if (t->armed && t->heap_idx < 0 && heap_push(k, slot) == 0)
        arm_earlier(k);
    if (t->fired && !t->ready) {
        ready_push(k, slot);
        kq_ring(k);
    }
}

void kq_timer_expire(struct kq *k)
{
    if (!k->ntheap)
        return;
    int64_t now = kq_now_ns();
    while (k->ntheap && heap_dl(k, 0) <= now) {
        int slot = k->theap[0];
        struct kq_knote *t = &k->kn[slot];
        catch_up(t, now);
        if (t->armed)
            heap_down(k, 0);            /* later deadline: sinks */
        else
            heap_remove(k, slot);
        ready_push(k, slot);
    }
}

int kq_timer_collect(struct kq *k, struct dz_kevent *out, int room, uint64_t token)
{
    int n = 0;
    for (int slot = k->rhead; slot >= 0 && n < room; ) {
        struct kq_knote *t = &k->kn[slot];
        int next = t->rnext;
        if (t->token != token) {        /* once per scan */
            out[n] = kq_note_event(&t->n);
            out[n++].data = (int64_t)t->fired;
            t->fired = 0;
            t->token = token;
            ready_remove(k, slot);
            kq_knote_after_event(k, slot);
        }
        slot = next;
    }
    return n;
}

int64_t kq_timer_next(struct kq *k)
{
    return k->ntheap ? heap_dl(k, 0) : INT64_MAX;
}

void kq_timer_sync(struct kq *k, bool more)
{
    if (k->tfd < 0)
        return;
    if (more) {
        kq_ring(k);     /* the caller may have left something: next waiter */
        return;
    }
    if (k->ntheap) {
        int64_t d = heap_dl(k, 0);
        if (d != k->tfd_at) {
            tfd_arm_abs(k, d);
            k->tfd_at = d;
        }
    } else if (k->tfd_at == KQ_TFD_RUNG) {
        /* Nothing to wait for.  A ring that fired is spent (its edge woke
         * someone); one still pending wakes a waiter once, for nothing:
         * cheaper than a disarm after every ring (Go's netpoll break). */
        k->tfd_at = KQ_TFD_IDLE;
    } else if (k->tfd_at != KQ_TFD_IDLE) {
        /* Armed to a deadline that is gone (its timer was deleted). */
        struct itimerspec off = { { 0, 0 }, { 0, 0 } };
        timerfd_settime(k->tfd, 0, &off, NULL);
        k->tfd_at = KQ_TFD_IDLE;
    }
}

void kq_timer_free(struct kq *k)
{
    free(k->theap);
    k->theap = NULL;
    k->ntheap = k->captheap = 0;
    k->rhead = k->rtail = -1;
}
