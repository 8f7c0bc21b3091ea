/* kqueue emulation: the registry of queues (fd -> struct kq), the public
 * API and the change list (FreeBSD sys/kern/kern_event.c kern_kevent_fp()
 * semantics: changes in order, errors as EV_ERROR events, no scan when any
 * error event was written). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <unistd.h>

#include "syscall-xlate/event/kqueue.h"
#include "syscall-xlate/event/kq_internal.h"

/* fd -> queue, plus a dense list so that dz_kq_fd_closed() visits only
 * live queues.  Both grow without bound. */
static pthread_mutex_t reg_lock = PTHREAD_MUTEX_INITIALIZER;
static struct kq **reg_by_fd;
static int reg_cap;
static struct kq **reg_list;
static int reg_n, reg_listcap;
/* Read without the lock by dz_kq_fd_closed(): most closes happen in
 * processes that have no kqueue at all. */
static atomic_int reg_count;

uint32_t kq_new_gen(struct kq *k)
{
    return ++k->gen_next & 0xffffffu;
}

struct dz_kevent kq_note_event(const struct kq_note *n)
{
    struct dz_kevent ev = {
        .ident  = n->ident,
        .filter = n->filter,
        .flags  = n->flags,
        .udata  = n->udata,
    };
    memcpy(ev.ext, n->ext, sizeof ev.ext);
    return ev;
}

static void kq_free(struct kq *k)
{
    kq_fd_free_all(k);
    kq_knote_free_all(k);
    if (k->tfd >= 0)
        close(k->tfd);
    free(k->stash);
    pthread_mutex_destroy(&k->lock);
    free(k);
}

static void kq_put(struct kq *k)
{
    if (atomic_fetch_sub(&k->refs, 1) == 1)
        kq_free(k);
}

/* Take a reference on the queue behind fd, or NULL. */
static struct kq *kq_get(int fd)
{
    struct kq *k = NULL;
    pthread_mutex_lock(&reg_lock);
    if (fd >= 0 && fd < reg_cap && reg_by_fd[fd]) {
        k = reg_by_fd[fd];
        atomic_fetch_add(&k->refs, 1);
    }
    pthread_mutex_unlock(&reg_lock);
    return k;
}

/* Under reg_lock: take fd's queue out of the registry (the caller drops
 * the registry's reference). */
static struct kq *reg_remove_locked(int fd)
{
    if (fd < 0 || fd >= reg_cap || !reg_by_fd[fd])
        return NULL;
    struct kq *k = reg_by_fd[fd];
    reg_by_fd[fd] = NULL;
    for (int i = 0; i < reg_n; i++)
        if (reg_list[i] == k) {
            reg_list[i] = reg_list[--reg_n];
            break;
        }
    atomic_fetch_sub(&reg_count, 1);
    return k;
}

/* Mark a removed queue dead and wake whoever waits on it. */
static void kq_kill(struct kq *k)
{
    pthread_mutex_lock(&k->lock);
    k->dead = true;
    kq_ring(k);
    pthread_mutex_unlock(&k->lock);
    kq_put(k);
}

static int reg_insert(struct kq *k)
{
    int fd = k->epfd;
    struct kq *stale = NULL;
    pthread_mutex_lock(&reg_lock);
    if (fd >= reg_cap) {
        int cap = reg_cap ? reg_cap : 64;
        while (cap <= fd)
            cap *= 2;
        struct kq **t = realloc(reg_by_fd, cap * sizeof *t);
        if (!t)
            goto nomem;
        memset(t + reg_cap, 0, (cap - reg_cap) * sizeof *t);
        reg_by_fd = t;
        reg_cap = cap;
    }
    if (reg_n == reg_listcap) {
        int cap = reg_listcap ? reg_listcap * 2 : 8;
        struct kq **t = realloc(reg_list, cap * sizeof *t);
        if (!t)
            goto nomem;
        reg_list = t;
        reg_listcap = cap;
    }
    /* A queue still registered under a number the kernel just handed out
     * again was closed behind our back: forget it. */
    stale = reg_remove_locked(fd);
    reg_by_fd[fd] = k;
    reg_list[reg_n++] = k;
    atomic_fetch_add(&reg_count, 1);
    pthread_mutex_unlock(&reg_lock);
    if (stale)
        kq_kill(stale);
    return 0;
nomem:
    pthread_mutex_unlock(&reg_lock);
    return -ENOMEM;
}

int dz_kq_create(int cloexec)
{
    struct kq *k = calloc(1, sizeof *k);
    if (!k)
        return -ENOMEM;
    int err;
    k->epfd = epoll_create1(cloexec ? EPOLL_CLOEXEC : 0);
    if (k->epfd < 0) {
        err = -errno;
        free(k);
        return err;
    }
    /* The timerfd (timers and bell, kq_timer.c) is the second
     * descriptor.  FreeBSD's kqueue() needs one: with no second one free
     * the queue starts without it and makes it later (kq_wait.c). */
    k->tfd = -1;
    k->rhead = k->rtail = -1;
    kq_bell_open(k);
    pthread_mutex_init(&k->lock, NULL);
    atomic_init(&k->refs, 1);
    err = reg_insert(k);
    if (err < 0) {
        pthread_mutex_destroy(&k->lock);
        if (k->tfd >= 0)
            close(k->tfd);
        goto fail;
    }
    return k->epfd;
fail:
    close(k->epfd);
    free(k);
    return err;
}

int dz_kq_is_kqueue(int fd)
{
    int yes;
    pthread_mutex_lock(&reg_lock);
    yes = fd >= 0 && fd < reg_cap && reg_by_fd[fd] != NULL;
    pthread_mutex_unlock(&reg_lock);
    return yes;
}

void dz_kq_fd_closed(int fd)
{
    if (atomic_load(&reg_count) == 0 || fd < 0)
        return;
    pthread_mutex_lock(&reg_lock);
    struct kq *gone = reg_remove_locked(fd);
    /* The guest's close does not remove fd from epoll sets while another
     * descriptor (a dup, a fork child's copy) keeps the file open, and the
     * fd number may come back as another file: drop it explicitly now,
     * while the fd still names the registered file. */
    for (int i = 0; i < reg_n; i++) {
        struct kq *k = reg_list[i];
        pthread_mutex_lock(&k->lock);
        kq_fd_forget(k, fd);
        pthread_mutex_unlock(&k->lock);
    }
    pthread_mutex_unlock(&reg_lock);
    if (gone)
        kq_kill(gone);
}

void dz_kq_after_fork(void)
{
    /* Single-threaded now, and locks may have been copied held: do not
     * take them.  Close what the child must not keep, leak the memory. */
    for (int i = 0; i < reg_n; i++) {
        struct kq *k = reg_list[i];
        kq_knote_after_fork(k);
        if (k->tfd >= 0)
            close(k->tfd);
        close(k->epfd);
    }
    reg_by_fd = NULL;
    reg_list = NULL;
    reg_cap = reg_n = reg_listcap = 0;
    atomic_store(&reg_count, 0);
    reg_lock = (pthread_mutex_t)PTHREAD_MUTEX_INITIALIZER;
    kq_sig_after_fork();
}

/* One change; returns 0 or a positive errno. */
static int kq_apply(struct kq *k, const struct dz_kevent *ch)
{
    switch (ch->filter) {
    case DZ_EVFILT_READ:
    case DZ_EVFILT_WRITE:
        return kq_fd_change(k, ch);
    case DZ_EVFILT_USER:
    case DZ_EVFILT_TIMER:
    case DZ_EVFILT_PROC:
    case DZ_EVFILT_SIGNAL:
        return kq_knote_change(k, ch);
    default:
        /* EVFILT_VNODE, AIO, FS, ...: not emulated. */
        return EINVAL;
    }
}

int dz_kq_kevent(int kq, const struct dz_kevent *changes, int nchanges,
                 struct dz_kevent *events, int nevents,
                 const struct timespec *timeout)
{
    if (nchanges < 0 || nevents < 0)
        return -EINVAL;
    if ((nchanges && !changes) || (nevents && !events))
        return -EFAULT;
    struct kq *k = kq_get(kq);
    if (!k)
        return -EBADF;

    int nerr = 0, ret;
    /* The result of a READ+WRITE pair applied together (kq_fd_add_pair)
     * for the second change of the pair: -1 = none pending. */
    int paired_err = -1;
    for (int i = 0; i < nchanges; i++) {
        /* Copy first: the event list may alias the change list, and the
         * error events written so far never pass index i. */
        struct dz_kevent ch = changes[i];
        if (ch.filter == 0)
            continue;               /* FreeBSD skips filter 0 */
        ch.flags &= (uint16_t)~KQ_SYS_FLAGS;
        int err;
        if (paired_err >= 0) {
            err = paired_err;       /* applied with the change before it */
            paired_err = -1;
        } else {
            pthread_mutex_lock(&k->lock);
            if (k->dead) {
                err = EBADF;
            } else {
                err = -1;
                if (i + 1 < nchanges) {
                    struct dz_kevent next = changes[i + 1];
                    next.flags &= (uint16_t)~KQ_SYS_FLAGS;
                    err = kq_fd_add_pair(k, &ch, &next);
                    if (err >= 0)
                        paired_err = err;
                }
                if (err < 0)
                    err = kq_apply(k, &ch);
            }
            pthread_mutex_unlock(&k->lock);
        }
        if (err || (ch.flags & DZ_EV_RECEIPT)) {
            if (nerr == nevents) {
                /* No room for the report: the call fails with it and the
                 * remaining changes are not applied (FreeBSD). */
                ret = err ? -err : nerr;
                goto out;
            }
            ch.flags = DZ_EV_ERROR;
            ch.data = err;
            events[nerr++] = ch;
        }
    }
    if (nerr) {
        ret = nerr;                 /* reported errors: no scan */
        goto out;
    }
    ret = nevents ? kq_scan(k, events, nevents, timeout) : 0;
out:
    kq_put(k);
    return ret;
}
