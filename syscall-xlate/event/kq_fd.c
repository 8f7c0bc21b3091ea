/* EVFILT_READ / EVFILT_WRITE on file descriptors.
 *
 * kqueue keys registrations on (fd, filter), epoll on the fd: both filters
 * of an fd share one epoll registration whose mask is recomputed whenever a
 * filter is added, deleted, enabled or disabled, and one epoll event fans
 * out into up to two kevents.  All functions run with k->lock held. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <linux/sockios.h>
#include <sys/stat.h>
#include <unistd.h>

#include "syscall-xlate/event/kq_internal.h"

/* A filter with any of these flags is happy with edge-triggered epoll:
 * CLEAR is edge semantics; ONESHOT/DISPATCH stop reporting after one event
 * and re-arming (EPOLL_CTL_MOD) re-polls the fd. */
#define KQ_EDGE_OK (DZ_EV_CLEAR | DZ_EV_ONESHOT | DZ_EV_DISPATCH)

#define RD_BITS (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)
#define WR_BITS (EPOLLOUT | EPOLLHUP | EPOLLERR)

static struct kq_fdreg *fd_lookup(struct kq *k, int fd)
{
    return fd >= 0 && fd < k->nfds ? k->fds[fd] : NULL;
}

static struct kq_note *fd_note(struct kq_fdreg *r, int16_t filter)
{
    return filter == DZ_EVFILT_READ ? &r->rd : &r->wr;
}

static int fd_table_grow(struct kq *k, int fd)
{
    if (fd < k->nfds)
        return 0;
    int n = k->nfds ? k->nfds : 64;
    while (n <= fd && n <= INT32_MAX / 2)
        n *= 2;
    if (n <= fd)
        return EBADF;
    struct kq_fdreg **t = realloc(k->fds, n * sizeof *t);
    if (!t)
        return ENOMEM;
    memset(t + k->nfds, 0, (n - k->nfds) * sizeof *t);
    k->fds = t;
    k->nfds = n;
    return 0;
}

static bool fd_valid(int fd)
{
    return fcntl(fd, F_GETFD) >= 0;
}

/* epoll refused the fd (EPERM: no poll support).  FreeBSD reports regular
 * files and directories through its vnode filter (data = bytes to EOF);
 * anything else that cannot poll is treated as always ready. */
static void fd_make_nonpoll(struct kq *k, int fd, struct kq_fdreg *r)
{
    struct stat st;
    bool vnode = fstat(fd, &st) == 0 && (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode));
    r->kind = vnode ? KQ_FD_VNODE : KQ_FD_ALWAYS;
    r->epmask = 0;
    k->n_nonpoll++;
    kq_ring(k);     /* ready at once: wake a waiter in another thread */
}

/* Bring epoll in line with the fd's two filters.  force: re-arm even if
 * the mask did not change (EV_ADD/EV_ENABLE re-evaluate readiness in
 * kqueue; EPOLL_CTL_MOD re-polls the fd and queues it if ready). */
static int fd_sync(struct kq *k, int fd, struct kq_fdreg *r, bool force)
{
    if (r->kind != KQ_FD_POLL)
        return 0;
    uint32_t want = 0;
    bool edge = true;
    if (r->rd.active && r->rd.enabled) {
        want |= EPOLLIN | EPOLLRDHUP;
        edge &= (r->rd.flags & KQ_EDGE_OK) != 0;
    }
    if (r->wr.active && r->wr.enabled) {
        want |= EPOLLOUT;
        edge &= (r->wr.flags & KQ_EDGE_OK) != 0;
    }
    /* SHORTCUT: one filter EV_CLEAR and the other level-triggered share a
     * level-triggered registration, so the EV_CLEAR one over-reports. */
    if (want && edge)
        want |= EPOLLET;
    if (!want) {
        /* Out of epoll rather than an empty mask: epoll reports HUP/ERR
         * even for mask 0, and a disabled knote must stay quiet. */
        if (r->epmask)
            epoll_ctl(k->epfd, EPOLL_CTL_DEL, fd, NULL);
        r->epmask = 0;
        return 0;
    }
    if (want == r->epmask && !force)
        return 0;
    struct epoll_event ev = { .events = want,
                              .data.u64 = kq_key(KQK_FD, r->gen, (uint32_t)fd) };
    int op = r->epmask ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
    int rc = epoll_ctl(k->epfd, op, fd, &ev);
    /* Our idea of what epoll holds can be stale if the guest replaced the
     * fd without telling us: retry with the other operation. */
    if (rc < 0 && errno == EEXIST)
        rc = epoll_ctl(k->epfd, EPOLL_CTL_MOD, fd, &ev);
    else if (rc < 0 && errno == ENOENT && op == EPOLL_CTL_MOD)
        rc = epoll_ctl(k->epfd, EPOLL_CTL_ADD, fd, &ev);
    if (rc < 0) {
        if (errno == EPERM) {
            fd_make_nonpoll(k, fd, r);
            return 0;
        }
        return errno;
    }
    r->epmask = want;
    return 0;
}

static void stash_drop_fd(struct kq *k, int fd, int16_t filter)
{
    for (int i = 0; i < k->nstash; )
        if (k->stash[i].fd == fd && (!filter || k->stash[i].filter == filter))
            k->stash[i] = k->stash[--k->nstash];
        else
            i++;
}

static void fd_release(struct kq *k, int fd, struct kq_fdreg *r)
{
    if (r->epmask)
        epoll_ctl(k->epfd, EPOLL_CTL_DEL, fd, NULL);
    if (r->kind != KQ_FD_POLL)
        k->n_nonpoll--;
    stash_drop_fd(k, fd, 0);
    k->fds[fd] = NULL;
    free(r);
}

/* Free the registration once neither filter is left. */
static void fd_maybe_release(struct kq *k, int fd, struct kq_fdreg *r)
{
    if (!r->rd.active && !r->wr.active)
        fd_release(k, fd, r);
}

static void fd_note_set(struct kq_note *f, const struct dz_kevent *ch)
{
    f->udata = ch->udata;
    f->sfflags = ch->fflags;    /* NOTE_LOWAT etc.: kept, not acted on */
    f->sdata = ch->data;
    memcpy(f->ext, ch->ext, sizeof f->ext);
}

int kq_fd_change(struct kq *k, const struct dz_kevent *ch)
{
    if (ch->ident > INT32_MAX)
        return EBADF;
    int fd = (int)ch->ident;
    struct kq_fdreg *r = fd_lookup(k, fd);
    struct kq_note *f = r ? fd_note(r, ch->filter) : NULL;
    bool *latched = r ? (ch->filter == DZ_EVFILT_READ ? &r->rd_latched : &r->wr_latched) : NULL;

    if (!f || !f->active) {
        if (!(ch->flags & DZ_EV_ADD))
            return fd_valid(fd) ? ENOENT : EBADF;
        /* epoll_ctl() checks the fd; only a filter added disabled (no
         * epoll call yet) needs a check of its own. */
        if ((ch->flags & DZ_EV_DISABLE) && !fd_valid(fd))
            return EBADF;
        if (fd == k->epfd)
            return EINVAL;          /* a kqueue cannot watch itself */
        bool fresh = !r;
        /* The table is indexed by fd: a number that names no open file
         * (ident 2^31-1) must not size it (found by tests/fuzz). */
        if (fresh && fd >= k->nfds && !fd_valid(fd))
            return EBADF;
        if (fresh) {
            int err = fd_table_grow(k, fd);
            if (err)
                return err;
            r = calloc(1, sizeof *r);
            if (!r)
                return ENOMEM;
            r->gen = kq_new_gen(k);
            k->fds[fd] = r;
        }
        f = fd_note(r, ch->filter);
        *f = (struct kq_note){
            .ident = ch->ident, .filter = ch->filter,
            .flags = ch->flags & KQ_STICKY_FLAGS,
            .active = true, .enabled = !(ch->flags & DZ_EV_DISABLE),
        };
        fd_note_set(f, ch);
        if (ch->filter == DZ_EVFILT_READ)
            r->rd_latched = false;
        else
            r->wr_latched = false;
        int err = fd_sync(k, fd, r, true);
        if (err) {
            f->active = false;
            if (fresh)
                fd_release(k, fd, r);
            return err;
        }
        if (r->kind != KQ_FD_POLL && f->enabled)
            kq_ring(k);
        if (ch->flags & DZ_EV_DELETE) {     /* ADD|DELETE: add, then delete */
            f->active = false;
            fd_sync(k, fd, r, false);
            fd_maybe_release(k, fd, r);
        }
        return 0;
    }

    if (ch->flags & DZ_EV_DELETE) {
        f->active = false;
        stash_drop_fd(k, fd, ch->filter);
        fd_sync(k, fd, r, false);
        fd_maybe_release(k, fd, r);
        return 0;
    }
    /* Modify: any change on an existing knote updates udata/fflags/data
     * (FreeBSD); EV_DISABLE then EV_ENABLE, so ENABLE wins when both. */
    fd_note_set(f, ch);
    if (ch->flags & DZ_EV_DISABLE)
        f->enabled = false;
    if (ch->flags & DZ_EV_ENABLE)
        f->enabled = true;
    bool rearm = (ch->flags & (DZ_EV_ADD | DZ_EV_ENABLE)) != 0;
    if (rearm)
        *latched = false;
    if (!f->enabled)
        stash_drop_fd(k, fd, ch->filter);
    int err = fd_sync(k, fd, r, rearm);
    if (!err && rearm && r->kind != KQ_FD_POLL && f->enabled)
        kq_ring(k);
    return err;
}

/* What EVFILT_WRITE's data is read with (kq_fdreg.wclass), found out on
 * the first write event of a registration: under load every write event
 * is on a socket, and asking "a pipe?" each time cost a system call. */
enum kq_fd_class { KQ_WC_UNKNOWN, KQ_WC_PIPE, KQ_WC_SOCKET, KQ_WC_OTHER };

/* Batched registration: READ and WRITE added together on an fd that has
 * neither (Go's netpollopen, libevent, ... register both in one kevent
 * call) become one EPOLL_CTL_ADD instead of an ADD and a MOD.  Returns
 * -1 when the pair is not that case (the caller then applies the changes
 * one by one), else 0 or the positive errno that each of the two changes
 * reports (the fd is bad for both, or epoll failed for both; nothing is
 * left registered then, as when FreeBSD fails both). */
int kq_fd_add_pair(struct kq *k, const struct dz_kevent *a, const struct dz_kevent *b)
{
    const uint16_t bad = DZ_EV_DELETE | DZ_EV_DISABLE | DZ_EV_RECEIPT;
    if (a->ident != b->ident || a->ident > INT32_MAX || a->filter == b->filter ||
        !(a->flags & b->flags & DZ_EV_ADD) || ((a->flags | b->flags) & bad) ||
        (a->filter != DZ_EVFILT_READ && a->filter != DZ_EVFILT_WRITE) ||
        (b->filter != DZ_EVFILT_READ && b->filter != DZ_EVFILT_WRITE))
        return -1;
    int fd = (int)a->ident;
    if (fd_lookup(k, fd))
        return -1;
    if (fd == k->epfd)
        return EINVAL;
    int err = fd_table_grow(k, fd);
    if (err)
        return err;
    struct kq_fdreg *r = calloc(1, sizeof *r);
    if (!r)
        return ENOMEM;
    r->gen = kq_new_gen(k);
    k->fds[fd] = r;
    const struct dz_kevent *chs[2] = { a, b };
    for (int i = 0; i < 2; i++) {
        struct kq_note *f = fd_note(r, chs[i]->filter);
        *f = (struct kq_note){
            .ident = chs[i]->ident, .filter = chs[i]->filter,
            .flags = chs[i]->flags & KQ_STICKY_FLAGS,
            .active = true, .enabled = true,
        };
        fd_note_set(f, chs[i]);
    }
    err = fd_sync(k, fd, r, true);
    if (err) {
        r->rd.active = r->wr.active = false;
        fd_release(k, fd, r);
        return err;
    }
    if (r->kind != KQ_FD_POLL)
        kq_ring(k);
    return 0;
}

/* EVFILT_WRITE's data: the room left in the send buffer (BSD filt_pipewrite
 * and filt_sowrite).  A pipe's is its size less what is queued; a socket's
 * its send buffer less its unsent bytes.  0 when neither question works.
 * An fd of unknown class is asked as a socket first: servers register a
 * new socket for every connection, and a pipe pays the failed question
 * only once per registration. */
static int64_t write_space(int fd, uint8_t *wclass)
{
    int queued = 0, size;
    if (*wclass == KQ_WC_UNKNOWN || *wclass == KQ_WC_SOCKET) {
        socklen_t len = sizeof size;
        if (getsockopt(fd, SOL_SOCKET, SO_SNDBUF, &size, &len) == 0) {
            *wclass = KQ_WC_SOCKET;
            /* Linux doubles SO_SNDBUF for bookkeeping; the BSDs report bytes. */
            if (ioctl(fd, SIOCOUTQ, &queued) != 0)
                queued = 0;
            size /= 2;
            return queued < size ? size - queued : 0;
        }
        if (*wclass == KQ_WC_SOCKET || errno != ENOTSOCK)
            return 0;
    }
    if (*wclass == KQ_WC_OTHER)
        return 0;
    size = fcntl(fd, F_GETPIPE_SZ);
    if (size > 0) {
        *wclass = KQ_WC_PIPE;
        return ioctl(fd, FIONREAD, &queued) == 0 && queued < size ? size - queued : 0;
    }
    if (*wclass == KQ_WC_UNKNOWN)
        *wclass = KQ_WC_OTHER;
    return 0;
}

/* Build the event one filter reports for epoll readiness bits `rev`;
 * false when it has nothing to say. */
static bool fd_event(int fd, struct kq_fdreg *r, const struct kq_note *f, uint32_t rev,
                     struct dz_kevent *ev)
{
    bool rd = f->filter == DZ_EVFILT_READ;
    if (!f->active || !f->enabled || !(rev & (rd ? RD_BITS : WR_BITS)))
        return false;
    *ev = kq_note_event(f);
    /* fflags stays 0 at EOF: FreeBSD puts so_error there, but reading it
     * on Linux (SO_ERROR) clears it, and Go's connect() reads SO_ERROR
     * after the write event to learn the result. */
    if (rd) {
        if (rev & (EPOLLHUP | EPOLLRDHUP | EPOLLERR))
            ev->flags |= DZ_EV_EOF;
        if (rev & EPOLLIN) {
            /* Bytes readable.  FIONREAD fails on listening sockets and
             * some special files: report 1 ("something"), not 0. */
            int n;
            if (r->no_fionread) {
                ev->data = 1;
            } else if (ioctl(fd, FIONREAD, &n) == 0) {
                ev->data = n;
            } else {
                /* EINVAL on a listening socket: it stays one until closed
                 * (and a close forgets the registration). */
                r->no_fionread = true;
                ev->data = 1;
            }
        }
    } else {
        if (rev & (EPOLLHUP | EPOLLERR))
            ev->flags |= DZ_EV_EOF;   /* no reader: nothing can be written */
        else if (rev & EPOLLOUT)
            ev->data = write_space(fd, &r->wclass);
    }
    return true;
}

/* After an event went out: EV_ONESHOT deletes, EV_DISPATCH disables.
 * May free the registration. */
static void fd_after_event(struct kq *k, int fd, int16_t filter)
{
    struct kq_fdreg *r = fd_lookup(k, fd);
    if (!r)
        return;
    struct kq_note *f = fd_note(r, filter);
    if (f->flags & DZ_EV_ONESHOT)
        f->active = false;
    else if (f->flags & DZ_EV_DISPATCH)
        f->enabled = false;
    else
        return;
    fd_sync(k, fd, r, false);
    fd_maybe_release(k, fd, r);
}

static void stash_add(struct kq *k, int fd, uint32_t gen, int16_t filter, uint32_t rev)
{
    for (int i = 0; i < k->nstash; i++)
        if (k->stash[i].fd == fd && k->stash[i].filter == filter) {
            k->stash[i].revents |= rev;
            return;
        }
    if (k->nstash == k->capstash) {
        int cap = k->capstash ? k->capstash * 2 : 16;
        struct kq_stash *t = realloc(k->stash, cap * sizeof *t);
        if (!t)
            return;     /* lost edge; the guest's next I/O re-arms it */
        k->stash = t;
        k->capstash = cap;
    }
    k->stash[k->nstash++] = (struct kq_stash){ fd, gen, filter, rev };
    kq_ring(k);         /* another thread may be waiting right now */
}

int kq_fd_deliver(struct kq *k, uint64_t key, uint32_t rev,
                  struct dz_kevent *out, int room)
{
    int fd = (int)kq_key_idx(key);
    struct kq_fdreg *r = fd_lookup(k, fd);
    if (!r || r->gen != kq_key_gen(key))
        return 0;               /* deleted (and maybe re-added) meanwhile */
    bool edge = (r->epmask & EPOLLET) != 0;
    int16_t sent[2];
    int n = 0, nsent = 0;
    const struct kq_note *fs[2] = { &r->rd, &r->wr };
    for (int i = 0; i < 2; i++) {
        struct dz_kevent ev;
        if (!fd_event(fd, r, fs[i], rev, &ev))
            continue;
        if (n < room) {
            out[n++] = ev;
            sent[nsent++] = ev.filter;
        } else if (edge) {
            /* Edge-triggered epoll will not say it again: keep it. */
            stash_add(k, fd, r->gen, fs[i]->filter, rev);
        }
    }
    for (int i = 0; i < nsent; i++)
        fd_after_event(k, fd, sent[i]);
    return n;
}

/* FreeBSD vnode read filter: ready when the offset is not at EOF,
 * data = bytes left (negative past EOF). */
static int64_t vnode_bytes_left(int fd)
{
    struct stat st;
    off_t pos = lseek(fd, 0, SEEK_CUR);
    if (fstat(fd, &st) < 0 || pos < 0)
        return 0;
    return (int64_t)st.st_size - pos;
}

/* Non-poll fds: everything is decided here, on every scan. */
static int fd_collect_nonpoll(struct kq *k, struct dz_kevent *out, int room)
{
    int n = 0;
    for (int fd = 0; fd < k->nfds && n < room; fd++) {
        struct kq_fdreg *r = k->fds[fd];
        if (!r || r->kind == KQ_FD_POLL)
            continue;
        bool rd_clear = (r->rd.flags & DZ_EV_CLEAR) != 0;
        bool wr_clear = (r->wr.flags & DZ_EV_CLEAR) != 0;
        bool do_rd = false, do_wr = false;
        int64_t left = 0;
        if (r->rd.active && r->rd.enabled) {
            if (r->kind == KQ_FD_VNODE) {
                left = vnode_bytes_left(fd);
                do_rd = left != 0 && !(rd_clear && r->rd_latched && left == r->rd_last);
            } else {
                do_rd = !(rd_clear && r->rd_latched);
            }
        }
        if (r->wr.active && r->wr.enabled)
            do_wr = !(wr_clear && r->wr_latched);
        if (do_rd) {
            out[n] = kq_note_event(&r->rd);
            out[n++].data = left;
            r->rd_latched = true;
            r->rd_last = left;
        }
        if (do_wr && n < room) {
            out[n++] = kq_note_event(&r->wr);
            r->wr_latched = true;
        } else {
            do_wr = false;
        }
        /* r may be freed by the first call; both look it up again. */
        if (do_rd)
            fd_after_event(k, fd, DZ_EVFILT_READ);
        if (do_wr)
            fd_after_event(k, fd, DZ_EVFILT_WRITE);
    }
    return n;
}

/* Events pending outside epoll: the stash, then (if nonpoll) non-poll
 * fds, which are level-like and so are looked at once per scan. */
int kq_fd_collect(struct kq *k, struct dz_kevent *out, int room, bool nonpoll)
{
    int n = 0;
    for (int i = 0; i < k->nstash && n < room; ) {
        struct kq_stash s = k->stash[i];
        k->stash[i] = k->stash[--k->nstash];
        struct kq_fdreg *r = fd_lookup(k, s.fd);
        if (!r || r->gen != s.gen)
            continue;
        if (fd_event(s.fd, r, fd_note(r, s.filter), s.revents, &out[n])) {
            n++;
            fd_after_event(k, s.fd, s.filter);
        }
    }
    if (nonpoll && k->n_nonpoll && n < room)
        n += fd_collect_nonpoll(k, out + n, room - n);
    return n;
}

void kq_fd_forget(struct kq *k, int fd)
{
    struct kq_fdreg *r = fd_lookup(k, fd);
    if (r)
        fd_release(k, fd, r);
}

void kq_fd_free_all(struct kq *k)
{
    for (int fd = 0; fd < k->nfds; fd++)
        free(k->fds[fd]);
    free(k->fds);
    k->fds = NULL;
    k->nfds = 0;
}
