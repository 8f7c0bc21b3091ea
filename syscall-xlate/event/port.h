/* Event ports (illumos port_create(3C) and friends) on the kqueue
 * emulation: one epoll core serves both (kqueue.h).  A port *is* a kqueue
 * here; an fd association is a pair of EV_ONESHOT knotes (READ, WRITE),
 * and port_alert an EVFILT_USER knote of its own.
 *
 * Like kqueue.h, this knows no guest numbering: poll events are Linux's
 * (POLLIN 1, POLLOUT 4, POLLERR 8, POLLHUP 0x10: the same numbers on
 * illumos), errors are -LINUX_ERRNO, and the PORT_SOURCE_* values below
 * are this component's (they happen to be illumos's).
 *
 * Semantics kept (illumos port_associate(3C)): an association is one-shot
 * as a whole -- once an event for an fd is retrieved, the fd is no longer
 * associated, for any event, until it is associated again; associating an
 * associated fd replaces its events and user value. */
#ifndef DZ_EVENT_PORT_H
#define DZ_EVENT_PORT_H
#include <stdint.h>
#include <time.h>

#define DZ_PORT_SOURCE_FD    4
#define DZ_PORT_SOURCE_ALERT 5

struct dz_port_event {
    uint32_t events;      /* poll events (FD), or the alert's events */
    uint16_t source;      /* DZ_PORT_SOURCE_* */
    uint64_t object;      /* the fd (FD), the port (ALERT) */
    uint64_t user;
};

/* A new port fd (close-on-exec), or -errno. */
int dz_port_create(void);
/* Associate fd with events (POLLIN/POLLOUT; others ignored) and user. */
int dz_port_associate(int port, int fd, uint32_t events, uint64_t user);
/* 0, or -ENOENT if fd was not associated. */
int dz_port_dissociate(int port, int fd);
/* Alert mode (PORT_ALERT_UPDATE): events != 0 sets the alert, which every
 * port_getn returns at once (and wakes a waiting one) until 0 clears it. */
int dz_port_alert(int port, uint32_t events, uint64_t user);
/* Wait for at least one event (none with min 0: poll) until timeout (NULL:
 * forever); up to max events.  Their number (0 on timeout), or -errno
 * (-EINTR when a guest signal interrupted the wait). */
int dz_port_getn(int port, struct dz_port_event *ev, int max, int min, const struct timespec *timeout);

#endif
