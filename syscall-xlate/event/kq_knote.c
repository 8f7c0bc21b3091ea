/* EVFILT_USER, EVFILT_TIMER, EVFILT_PROC and EVFILT_SIGNAL: knotes whose
 * ident is not a guest fd.  Semantics follow FreeBSD sys/kern/kern_event.c
 * (filt_usertouch, filt_timerattach, filt_proc) and kern_sig.c (filt_signal).
 *
 *  USER   state only; a trigger rings the queue's bell.
 *  TIMER  a deadline in the queue's timer heap (kq_timer.c): no fd.
 *  PROC   a pidfd in the epoll set; NOTE_EXIT data = Linux wait status,
 *         read with waitid(WNOWAIT) so the guest can still reap the child.
 *  SIGNAL the engine's per-signal delivery counters (engine/sigcount.h),
 *         read here, never written; each knote remembers how many it has
 *         reported.  The engine rings the global signal bell, an eventfd
 *         set up here.
 *
 * Knotes live in a slot array searched linearly: queues hold a handful
 * (Go: one USER knote); the leak test's 10,000 timers, added and deleted
 * one by one, take 0.6 s.  All functions except the signal ones at the
 * end run with k->lock held. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "syscall-xlate/event/kqueue.h"
#include "syscall-xlate/event/kq_internal.h"
#include "syscall-xlate/engine/sigcount.h"

#define KQ_MAXSIG DZ_NSIG

static pthread_mutex_t sig_bell_lock = PTHREAD_MUTEX_INITIALIZER;

static int knote_find(struct kq *k, int16_t filter, uint64_t ident)
{
    for (int i = 0; i < k->nkn; i++)
        if (k->kn[i].n.active && k->kn[i].n.filter == filter && k->kn[i].n.ident == ident)
            return i;
    return -1;
}

static int knote_alloc(struct kq *k)
{
    for (int i = 0; i < k->nkn; i++)
        if (!k->kn[i].n.active)
            return i;
    int n = k->nkn ? k->nkn * 2 : 4;
    struct kq_knote *t = realloc(k->kn, n * sizeof *t);
    if (!t)
        return -1;
    memset(t + k->nkn, 0, (n - k->nkn) * sizeof *t);
    k->kn = t;
    int slot = k->nkn;
    k->nkn = n;
    return slot;
}

/* Helper-fd knotes: in epoll (level-triggered) while enabled, mask 0 while
 * disabled (timerfds and pidfds never raise HUP/ERR). */
static int knote_epoll(struct kq *k, int slot, int op)
{
    struct kq_knote *t = &k->kn[slot];
    struct epoll_event ev = { .events = t->n.enabled ? EPOLLIN : 0,
                              .data.u64 = kq_key(KQK_KNOTE, t->gen, (uint32_t)slot) };
    return epoll_ctl(k->epfd, op, t->hfd, &ev) < 0 ? errno : 0;
}

static void knote_delete(struct kq *k, int slot)
{
    struct kq_knote *t = &k->kn[slot];
    if (t->n.filter == DZ_EVFILT_TIMER)
        kq_timer_unlink(k, slot);
    if (t->hfd >= 0) {
        /* Explicit DEL: a fork child may still hold a copy of the fd. */
        epoll_ctl(k->epfd, EPOLL_CTL_DEL, t->hfd, NULL);
        close(t->hfd);
        t->hfd = -1;
    }
    if (t->n.filter == DZ_EVFILT_USER)
        k->n_user--;
    else if (t->n.filter == DZ_EVFILT_SIGNAL)
        k->n_sig--;
    t->n.active = false;
}

/* Register the global signal bell in this queue (created on first use). */
static int sig_bell_join(struct kq *k)
{
    if (k->sigbell_in)
        return 0;
    pthread_mutex_lock(&sig_bell_lock);
    int fd = atomic_load(&dz_sig_bell);
    if (fd < 0) {
        fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
        if (fd >= 0)
            atomic_store(&dz_sig_bell, fd);
    }
    pthread_mutex_unlock(&sig_bell_lock);
    if (fd < 0)
        return errno;
    /* Edge-triggered, never drained: each raise wakes every queue that
     * watches a signal; the counters say which. */
    struct epoll_event ev = { .events = EPOLLIN | EPOLLET,
                              .data.u64 = kq_key(KQK_SIGBELL, 0, 0) };
    if (epoll_ctl(k->epfd, EPOLL_CTL_ADD, fd, &ev) < 0 && errno != EEXIST)
        return errno;
    k->sigbell_in = true;
    return 0;
}

/* Filter-specific attach of a new knote. */
static int knote_attach(struct kq *k, int slot, const struct dz_kevent *ch)
{
    struct kq_knote *t = &k->kn[slot];
    int err;
    switch (ch->filter) {
    case DZ_EVFILT_USER:
        t->n.sfflags = ch->fflags & DZ_NOTE_FFLAGSMASK;
        t->triggered = (ch->fflags & DZ_NOTE_TRIGGER) != 0;
        k->n_user++;
        if (t->triggered)
            kq_ring(k);
        return 0;
    case DZ_EVFILT_TIMER:
        t->n.flags |= DZ_EV_CLEAR;      /* implied (FreeBSD) */
        return kq_timer_set(k, slot);
    case DZ_EVFILT_PROC:
        if (ch->ident == 0 || ch->ident > INT32_MAX)
            return ESRCH;
        t->n.flags |= DZ_EV_CLEAR;
        t->hfd = (int)syscall(SYS_pidfd_open, (pid_t)ch->ident, 0);   /* no wrapper in musl */
        if (t->hfd < 0)
            return errno == EINVAL ? ESRCH : errno;   /* not a process */
        break;
    case DZ_EVFILT_SIGNAL:
        if (ch->ident < 1 || ch->ident > KQ_MAXSIG)
            return EINVAL;
        t->n.flags |= DZ_EV_CLEAR;
        if ((err = sig_bell_join(k)))
            return err;
        /* Only signals raised from now on count. */
        t->sig_seen = atomic_load(&dz_sig_delivered[ch->ident]);
        k->n_sig++;
        return 0;
    }
    if ((err = knote_epoll(k, slot, EPOLL_CTL_ADD))) {
        close(t->hfd);
        t->hfd = -1;
    }
    return err;
}

/* FreeBSD filt_usertouch(EVENT_REGISTER): trigger, fflags control ops. */
static void user_touch(struct kq *k, struct kq_knote *t, const struct dz_kevent *ch)
{
    uint32_t ff = ch->fflags & DZ_NOTE_FFLAGSMASK;
    if (ch->fflags & DZ_NOTE_TRIGGER)
        t->triggered = true;
    switch (ch->fflags & DZ_NOTE_FFCTRLMASK) {
    case DZ_NOTE_FFAND:  t->n.sfflags &= ff; break;
    case DZ_NOTE_FFOR:   t->n.sfflags |= ff; break;
    case DZ_NOTE_FFCOPY: t->n.sfflags = ff;  break;
    default: break;                     /* NOTE_FFNOP */
    }
    t->n.sdata = ch->data;
    if (ch->flags & DZ_EV_CLEAR)
        t->triggered = false;
    if (t->triggered && t->n.enabled)
        kq_ring(k);
}

int kq_knote_change(struct kq *k, const struct dz_kevent *ch)
{
    int slot = knote_find(k, ch->filter, ch->ident);
    if (slot < 0) {
        if (!(ch->flags & DZ_EV_ADD))
            return ENOENT;
        if ((slot = knote_alloc(k)) < 0)
            return ENOMEM;
        struct kq_knote *t = &k->kn[slot];
        *t = (struct kq_knote){
            .n = { .ident = ch->ident, .filter = ch->filter,
                   .flags = ch->flags & KQ_STICKY_FLAGS,
                   .sfflags = ch->fflags, .sdata = ch->data, .udata = ch->udata,
                   .enabled = !(ch->flags & DZ_EV_DISABLE) },
            .gen = kq_new_gen(k),
            .hfd = -1,
            .heap_idx = -1, .rprev = -1, .rnext = -1,
        };
        memcpy(t->n.ext, ch->ext, sizeof t->n.ext);
        int err = knote_attach(k, slot, ch);
        if (err)
            return err;                 /* slot stays free (!active) */
        t->n.active = true;
        if (ch->flags & DZ_EV_DELETE)
            knote_delete(k, slot);
        return 0;
    }

    struct kq_knote *t = &k->kn[slot];
    if (ch->flags & DZ_EV_DELETE) {
        knote_delete(k, slot);
        return 0;
    }
    /* Existing knote: every change updates udata (FreeBSD). */
    t->n.udata = ch->udata;
    memcpy(t->n.ext, ch->ext, sizeof t->n.ext);
    bool was = t->n.enabled;
    if (ch->flags & DZ_EV_DISABLE)
        t->n.enabled = false;
    if (ch->flags & DZ_EV_ENABLE)
        t->n.enabled = true;
    int err = 0;
    if (ch->filter == DZ_EVFILT_USER) {
        user_touch(k, t, ch);
    } else if (ch->filter == DZ_EVFILT_TIMER && (ch->flags & DZ_EV_ADD)) {
        /* Re-adding a timer restarts it with the new period and forgets
         * what had fired (FreeBSD filt_timertouch). */
        t->n.sfflags = ch->fflags;
        t->n.sdata = ch->data;
        if ((err = kq_timer_set(k, slot))) {
            knote_delete(k, slot);
            return err;
        }
        return 0;
    } else {
        t->n.sfflags = ch->fflags;
        t->n.sdata = ch->data;
    }
    if (ch->filter == DZ_EVFILT_TIMER && was != t->n.enabled)
        kq_timer_enabled(k, slot);
    else if (t->hfd >= 0 && was != t->n.enabled)
        err = knote_epoll(k, slot, EPOLL_CTL_MOD);
    else if (t->hfd < 0 && t->n.enabled && !was)
        kq_ring(k);     /* USER/SIGNAL may have become ready */
    return err;
}

/* After delivery: EV_ONESHOT deletes, EV_DISPATCH disables. */
void kq_knote_after_event(struct kq *k, int slot)
{
    struct kq_knote *t = &k->kn[slot];
    if (t->n.flags & DZ_EV_ONESHOT) {
        knote_delete(k, slot);
    } else if (t->n.flags & DZ_EV_DISPATCH) {
        t->n.enabled = false;
        if (t->n.filter == DZ_EVFILT_TIMER)
            kq_timer_enabled(k, slot);
        else if (t->hfd >= 0)
            knote_epoll(k, slot, EPOLL_CTL_MOD);
    }
}

/* Linux wait status from a waitid() siginfo (the personality maps the
 * signal part to its own numbers). */
static int64_t wait_status(const siginfo_t *si)
{
    switch (si->si_code) {
    case CLD_EXITED: return (si->si_status & 0xff) << 8;
    case CLD_KILLED: return si->si_status & 0x7f;
    case CLD_DUMPED: return (si->si_status & 0x7f) | 0x80;
    default:         return 0;
    }
}

/* A PROC knote's pidfd is readable. */
int kq_knote_deliver(struct kq *k, uint64_t key, struct dz_kevent *out, int room)
{
    int slot = (int)kq_key_idx(key);
    if (room < 1 || slot >= k->nkn)
        return 0;       /* level-triggered: epoll will say it again */
    struct kq_knote *t = &k->kn[slot];
    if (!t->n.active || t->gen != kq_key_gen(key) || !t->n.enabled || t->hfd < 0)
        return 0;
    *out = kq_note_event(&t->n);
    /* PROC: the process has exited.  WNOWAIT leaves the zombie for the
     * guest's wait4(); ECHILD (not our child, or already reaped) gives 0. */
    siginfo_t si = { 0 };
    if (waitid(P_PIDFD, (id_t)t->hfd, &si, WEXITED | WNOWAIT | WNOHANG) == 0 && si.si_pid == 0)
        return 0;       /* not waitable yet; still readable, comes back */
    bool wanted = (t->n.sfflags & DZ_NOTE_EXIT) != 0;
    out->fflags = wanted ? DZ_NOTE_EXIT : 0;
    out->data = wanted ? wait_status(&si) : 0;
    out->flags |= DZ_EV_EOF | DZ_EV_ONESHOT;
    knote_delete(k, slot);
    return wanted;      /* FreeBSD drops an exit nobody asked for */
}

/* USER and SIGNAL knotes: read their state.  token: a knote already
 * delivered by this scan is not reported twice (level USER knotes). */
int kq_knote_collect(struct kq *k, struct dz_kevent *out, int room, uint64_t token)
{
    if (!k->n_user && !k->n_sig)
        return 0;
    int n = 0;
    for (int i = 0; i < k->nkn && n < room; i++) {
        struct kq_knote *t = &k->kn[i];
        if (!t->n.active || !t->n.enabled || t->token == token)
            continue;
        if (t->n.filter == DZ_EVFILT_USER) {
            if (!t->triggered)
                continue;
            out[n] = kq_note_event(&t->n);
            out[n].fflags = t->n.sfflags;
            out[n].data = t->n.sdata;
            if (t->n.flags & DZ_EV_CLEAR)
                t->triggered = false;
        } else if (t->n.filter == DZ_EVFILT_SIGNAL) {
            uint64_t now = atomic_load(&dz_sig_delivered[t->n.ident]);
            if (now == t->sig_seen)
                continue;
            out[n] = kq_note_event(&t->n);
            out[n].data = (int64_t)(now - t->sig_seen);
            t->sig_seen = now;
        } else {
            continue;
        }
        t->token = token;
        n++;
        kq_knote_after_event(k, i);
    }
    return n;
}

void kq_knote_free_all(struct kq *k)
{
    for (int i = 0; i < k->nkn; i++)
        if (k->kn[i].n.active && k->kn[i].hfd >= 0)
            close(k->kn[i].hfd);
    free(k->kn);
    k->kn = NULL;
    k->nkn = 0;
    kq_timer_free(k);
}

void kq_knote_after_fork(struct kq *k)
{
    for (int i = 0; i < k->nkn; i++)
        if (k->kn[i].n.active && k->kn[i].hfd >= 0)
            close(k->kn[i].hfd);
}

void kq_sig_after_fork(void)
{
    int fd = atomic_exchange(&dz_sig_bell, -1);
    if (fd >= 0)
        close(fd);
    sig_bell_lock = (pthread_mutex_t)PTHREAD_MUTEX_INITIALIZER;
}
