/* Private state of the kqueue emulation (syscall-xlate/event/).
 *
 * Locking: one global registry mutex (kqueue.c) maps fds to queues; each
 * queue has its own mutex that guards everything in struct kq.  Order is
 * registry -> queue.  No lock is held across the blocking epoll wait.
 *
 * How kqueue maps onto epoll:
 *  - READ/WRITE on a pollable fd: one epoll registration per fd carrying
 *    both filters (epoll keys on the fd, kqueue on (fd, filter)); one epoll
 *    event fans out into up to two kevents.
 *  - READ/WRITE on a regular file or anything epoll refuses (EPERM): kept
 *    out of epoll, reported by every scan ("non-poll" fds).
 *  - TIMER: deadlines in a heap per queue (kq_timer.c); the queue's one
 *    timerfd is armed to the earliest and is also the queue's "bell".
 *  - PROC: a pidfd of its own in the epoll set.
 *  - USER / SIGNAL: pure state here; the queue's bell (USER) or the global
 *    signal bell wakes waiters, and each scan reads the state.
 * epoll_data.u64 says what an epoll event is about (see kq_key()). */
#ifndef DZ_EVENT_KQ_INTERNAL_H
#define DZ_EVENT_KQ_INTERNAL_H
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include "abi/common/kevent.h"

/* epoll_data.u64: type in bits 56..63, 24-bit generation in 32..55, fd or
 * knote slot in 0..31.  The generation lets a scan that raced with a delete
 * (and a re-add reusing the fd or slot) recognise a stale event. */
enum { KQK_FD = 1, KQK_KNOTE = 2, KQK_BELL = 3, KQK_SIGBELL = 4 };

static inline uint64_t kq_key(unsigned type, uint32_t gen, uint32_t idx)
{
    return (uint64_t)type << 56 | (uint64_t)(gen & 0xffffffu) << 32 | idx;
}
static inline unsigned kq_key_type(uint64_t key) { return (unsigned)(key >> 56); }
static inline uint32_t kq_key_gen(uint64_t key) { return (uint32_t)(key >> 32) & 0xffffffu; }
static inline uint32_t kq_key_idx(uint64_t key) { return (uint32_t)key; }

/* Flags kept on a registration and echoed in each event it produces
 * (FreeBSD keeps the registering kevent minus ADD/DELETE/ENABLE/DISABLE). */
#define KQ_STICKY_FLAGS (DZ_EV_ONESHOT | DZ_EV_CLEAR | DZ_EV_RECEIPT | DZ_EV_DISPATCH)
/* Flags that never come in from the guest (FreeBSD EV_SYSFLAGS). */
#define KQ_SYS_FLAGS    0xf000u

/* What the guest registered: the part of a knote common to all filters. */
struct kq_note {
    uint64_t ident;
    int16_t  filter;
    uint16_t flags;      /* KQ_STICKY_FLAGS subset */
    uint32_t sfflags;    /* fflags as registered (USER: the user flags) */
    int64_t  sdata;      /* data as registered */
    uint64_t udata;
    uint64_t ext[4];
    bool     active;     /* registered */
    bool     enabled;    /* not EV_DISABLEd / dispatched */
};

enum kq_fd_kind {
    KQ_FD_POLL,          /* in epoll */
    KQ_FD_VNODE,         /* regular file or directory: FreeBSD vnode filter */
    KQ_FD_ALWAYS,        /* epoll said EPERM (e.g. /dev/null): always ready */
};

/* READ and WRITE registrations on one fd. */
struct kq_fdreg {
    struct kq_note rd, wr;
    uint32_t gen;
    uint32_t epmask;     /* events currently in epoll; 0 = not in epoll */
    uint8_t  kind;       /* enum kq_fd_kind */
    /* Non-poll fds with EV_CLEAR: what was last delivered, so that a
     * cleared knote stays quiet until something changes. */
    bool     rd_latched, wr_latched;
    int64_t  rd_last;
    /* What the data of an event is read with, learnt on the first event
     * (an fd's file cannot change while it is registered: a close
     * forgets the registration): enum kq_fd_class in kq_fd.c. */
    uint8_t  wclass;     /* WRITE: unknown, pipe, socket, neither */
    bool     no_fionread;/* READ: FIONREAD fails (a listening socket) */
};

/* USER, TIMER, PROC and SIGNAL knotes. */
struct kq_knote {
    struct kq_note n;
    uint32_t gen;
    int      hfd;        /* PROC: pidfd, else -1 */
    bool     triggered;  /* USER */
    uint64_t sig_seen;   /* SIGNAL: global count already reported */
    uint64_t token;      /* scan that last delivered it (no duplicates) */
    /* TIMER (kq_timer.c).  In the heap <=> active, enabled and armed; in
     * the ready list <=> active, enabled and fired > 0. */
    bool     armed;      /* has a next deadline */
    bool     ready;
    int64_t  deadline;   /* next expiry, CLOCK_MONOTONIC ns */
    int64_t  period;     /* ns; 0: fires once */
    uint64_t fired;      /* expirations not yet delivered */
    int      heap_idx;   /* index in kq.theap, or -1 */
    int      rprev, rnext;   /* ready list (slots), -1 = none */
};

/* kq.tfd_at: what the timerfd is armed to, besides a deadline. */
#define KQ_TFD_IDLE  INT64_MAX   /* disarmed, or a ring already seen */
#define KQ_TFD_RUNG  (-1)        /* rung: fires (has fired) at once */

/* A kevent that epoll gave us but the caller had no room for; only kept for
 * edge-triggered registrations, where epoll will not repeat it. */
struct kq_stash {
    int      fd;
    uint32_t gen;
    int16_t  filter;
    uint32_t revents;
};

struct kq {
    int  epfd;           /* the guest's kqueue fd */
    /* CLOCK_MONOTONIC timerfd, edge-triggered in epfd: the earliest timer
     * deadline and the bell that wakes waiters (kq_timer.c); -1 while it
     * could not be made (no descriptor left): waiters then wait in slices. */
    int  tfd;
    int64_t tfd_at;      /* deadline it is armed to, or KQ_TFD_IDLE/_RUNG */
    atomic_int refs;     /* registry + callers in flight */
    bool dead;           /* guest closed it; waiters return EBADF */
    bool sigbell_in;     /* the global signal bell is in epfd */
    pthread_mutex_t lock;

    struct kq_fdreg **fds;   /* indexed by fd */
    int  nfds;
    int  n_nonpoll;          /* fdregs whose kind != KQ_FD_POLL */

    struct kq_knote *kn;     /* slots; inactive ones are free */
    int  nkn;
    int  n_user, n_sig;      /* knotes that need a look on every scan */

    int  *theap;             /* timer slots, a min-heap on deadline */
    int  ntheap, captheap;
    int  rhead, rtail;       /* timers with expirations to deliver, FIFO */

    struct kq_stash *stash;
    int  nstash, capstash;

    uint32_t gen_next;
};

/* kqueue.c */
uint32_t kq_new_gen(struct kq *k);
struct dz_kevent kq_note_event(const struct kq_note *n);

/* kq_fd.c: EVFILT_READ / EVFILT_WRITE */
int  kq_fd_change(struct kq *k, const struct dz_kevent *ch);
int  kq_fd_add_pair(struct kq *k, const struct dz_kevent *a, const struct dz_kevent *b);
int  kq_fd_deliver(struct kq *k, uint64_t key, uint32_t revents,
                   struct dz_kevent *out, int room);
int  kq_fd_collect(struct kq *k, struct dz_kevent *out, int room, bool nonpoll);
void kq_fd_forget(struct kq *k, int fd);
void kq_fd_free_all(struct kq *k);

/* kq_knote.c: EVFILT_USER / TIMER / PROC / SIGNAL */
int  kq_knote_change(struct kq *k, const struct dz_kevent *ch);
int  kq_knote_deliver(struct kq *k, uint64_t key, struct dz_kevent *out, int room);
int  kq_knote_collect(struct kq *k, struct dz_kevent *out, int room, uint64_t token);
void kq_knote_after_event(struct kq *k, int slot);
void kq_knote_free_all(struct kq *k);
void kq_knote_after_fork(struct kq *k);
void kq_sig_after_fork(void);

/* kq_timer.c: EVFILT_TIMER deadlines and the queue's timerfd/bell.  All
 * with k->lock held (kq_bell_open also before the queue is published). */
int  kq_bell_open(struct kq *k);                  /* make k->tfd */
void kq_ring(struct kq *k);                       /* wake waiters */
int  kq_timer_set(struct kq *k, int slot);        /* (re)start from sdata/sfflags */
void kq_timer_enabled(struct kq *k, int slot);    /* after n.enabled changed */
void kq_timer_unlink(struct kq *k, int slot);     /* before a delete */
void kq_timer_expire(struct kq *k);               /* count what is due */
int  kq_timer_collect(struct kq *k, struct dz_kevent *out, int room, uint64_t token);
void kq_timer_sync(struct kq *k, bool more);      /* re-arm after a look */
int64_t kq_timer_next(struct kq *k);              /* earliest deadline or INT64_MAX */
int64_t kq_now_ns(void);
void kq_timer_free(struct kq *k);

/* kq_wait.c */
int  kq_scan(struct kq *k, struct dz_kevent *out, int nevents,
             const struct timespec *timeout);

#endif
