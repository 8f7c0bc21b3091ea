/* Event ports on the kqueue emulation (see port.h). */
#define _GNU_SOURCE
#include "syscall-xlate/event/port.h"
#include "syscall-xlate/event/kqueue.h"
#include <errno.h>
#include <poll.h>
#include <stdatomic.h>
#include <string.h>

/* The EVFILT_USER ident of a port's alert (no fd is this large). */
#define ALERT_IDENT 0xffffffffffffff00ULL
#define MAX_BATCH 256

/* Alert state per port fd (what port_alert set; read by port_getn). */
#define MAX_PORT_FD 65536
static struct { _Atomic uint32_t events; _Atomic uint64_t user; } alerts[MAX_PORT_FD];

static int change(int port, uint64_t ident, int16_t filter, uint16_t flags, uint32_t fflags, uint64_t udata)
{
    struct dz_kevent ch = { .ident = ident, .filter = filter, .flags = flags, .fflags = fflags, .udata = udata };
    return dz_kq_kevent(port, &ch, 1, NULL, 0, &(struct timespec){ 0, 0 });
}

int dz_port_create(void)
{
    int port = dz_kq_create(1);
    if (port < 0)
        return port;
    int r = change(port, ALERT_IDENT, DZ_EVFILT_USER, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0);
    if (r < 0) {
        dz_kq_fd_closed(port);
        return r;
    }
    if (port < MAX_PORT_FD)
        atomic_store(&alerts[port].events, 0);
    return port;
}

/* Forget fd's knotes; 1 if there was any. */
static int drop(int port, int fd)
{
    int rd = change(port, (uint64_t)fd, DZ_EVFILT_READ, DZ_EV_DELETE, 0, 0) == 0;
    int wr = change(port, (uint64_t)fd, DZ_EVFILT_WRITE, DZ_EV_DELETE, 0, 0) == 0;
    return rd || wr;
}

int dz_port_associate(int port, int fd, uint32_t events, uint64_t user)
{
    if (!dz_kq_is_kqueue(port))
        return -EBADF;
    if (fd < 0)
        return -EBADF;
    drop(port, fd);
    int r = 0;
    if (events & POLLIN)
        r = change(port, (uint64_t)fd, DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_ONESHOT, 0, user);
    if (r == 0 && (events & POLLOUT))
        r = change(port, (uint64_t)fd, DZ_EVFILT_WRITE, DZ_EV_ADD | DZ_EV_ONESHOT, 0, user);
    return r;
}

int dz_port_dissociate(int port, int fd)
{
    if (!dz_kq_is_kqueue(port))
        return -EBADF;
    return drop(port, fd) ? 0 : -ENOENT;
}

int dz_port_alert(int port, uint32_t events, uint64_t user)
{
    if (!dz_kq_is_kqueue(port))
        return -EBADF;
    if (port >= MAX_PORT_FD)
        return -EINVAL;
    /* The user word means something only while events is non-zero, and a
     * port_getn on another thread reads events, then user.  So a clear
     * leaves user alone and a set stores user first: clearing user first
     * let a poll pair the old events with a null user (Go's "netpoll: bad
     * port_alert wakeup", seen in the net suite on illumos under load).
     * Go always alerts with the same user word. */
    if (events)
        atomic_store(&alerts[port].user, user);
    atomic_store(&alerts[port].events, events);
    if (!events)
        return 0;
    return change(port, ALERT_IDENT, DZ_EVFILT_USER, 0, DZ_NOTE_TRIGGER, 0);
}

int dz_port_getn(int port, struct dz_port_event *ev, int max, int min, const struct timespec *timeout)
{
    if (max <= 0)
        return -EINVAL;
    if (max > MAX_BATCH)
        max = MAX_BATCH;
    /* Alert mode lasts until port_alert clears it: every port_getn returns
     * the alert at once (port_alert(3C)).  A poll from another thread
     * must not take the only wake-up from the thread blocked here (Go's
     * netpoll(0) leaves the alert for the blocking netpoll to clear). */
    uint32_t ae = port >= 0 && port < MAX_PORT_FD ? atomic_load(&alerts[port].events) : 0;
    if (ae && dz_kq_is_kqueue(port)) {
        ev[0] = (struct dz_port_event){ .events = ae, .source = DZ_PORT_SOURCE_ALERT,
                                        .object = (uint64_t)port, .user = atomic_load(&alerts[port].user) };
        return 1;
    }
    struct dz_kevent kev[MAX_BATCH];
    int n = dz_kq_kevent(port, NULL, 0, kev, max, min == 0 ? &(struct timespec){ 0, 0 } : timeout);
    if (n < 0)
        return n;
    int out = 0;
    for (int i = 0; i < n; i++) {
        const struct dz_kevent *k = &kev[i];
        if (k->filter == DZ_EVFILT_USER && k->ident == ALERT_IDENT) {
            uint32_t e = port < MAX_PORT_FD ? atomic_load(&alerts[port].events) : 0;
            if (!e)
                continue;   /* cleared since it was triggered */
            ev[out++] = (struct dz_port_event){ .events = e, .source = DZ_PORT_SOURCE_ALERT,
                                                .object = (uint64_t)port,
                                                .user = atomic_load(&alerts[port].user) };
            /* Still in alert mode: wake the next waiter too. */
            change(port, ALERT_IDENT, DZ_EVFILT_USER, 0, DZ_NOTE_TRIGGER, 0);
            continue;
        }
        uint32_t e = k->filter == DZ_EVFILT_READ ? POLLIN : POLLOUT;
        if (k->flags & DZ_EV_EOF)
            e |= POLLHUP;
        if (k->flags & DZ_EV_ERROR)
            e = POLLERR;
        /* One event per fd, as a port gives: merge READ and WRITE. */
        int j = 0;
        while (j < out && !(ev[j].source == DZ_PORT_SOURCE_FD && ev[j].object == k->ident))
            j++;
        if (j < out) {
            ev[j].events |= e;
            continue;
        }
        ev[out++] = (struct dz_port_event){ .events = e, .source = DZ_PORT_SOURCE_FD,
                                            .object = k->ident, .user = k->udata };
        /* The association is one-shot as a whole: its other knote goes. */
        change(port, k->ident, k->filter == DZ_EVFILT_READ ? DZ_EVFILT_WRITE : DZ_EVFILT_READ,
               DZ_EV_DELETE, 0, 0);
    }
    return out;
}
