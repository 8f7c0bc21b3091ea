/* illumos event ports (port_create(3C), port_associate, port_getn,
 * port_alert; abi/ABI-NOTES.md §4.4): the guest's structures and errnos
 * around the shared event-port core (syscall-xlate/event/port.h), which
 * runs on the same epoll core as kqueue.  Poll event bits are the same
 * numbers on illumos and Linux. */
#define _GNU_SOURCE
#include "libshim/illumos/ilm.h"
#include "syscall-xlate/event/port.h"
#include <errno.h>
#include <time.h>

_Static_assert(ILM_PORT_SOURCE_FD == DZ_PORT_SOURCE_FD && ILM_PORT_SOURCE_ALERT == DZ_PORT_SOURCE_ALERT,
               "port sources");
_Static_assert(ILM_POLLIN == 1 && ILM_POLLOUT == 4 && ILM_POLLERR == 8 && ILM_POLLHUP == 0x10,
               "poll bits are Linux's");

/* int port_create(void) */
long ilm_port_create(struct dz_call *c)
{
    return dz_port_create();
}

/* port_associate(int port, int source, uintptr_t object, int events, void *user) */
long ilm_port_associate(struct dz_call *c)
{
    if (AI(1) != ILM_PORT_SOURCE_FD)
        return -EINVAL;
    return dz_port_associate(AI(0), (int)A(2), (uint32_t)AI(3), A(4));
}

/* port_dissociate(int port, int source, uintptr_t object) */
long ilm_port_dissociate(struct dz_call *c)
{
    if (AI(1) != ILM_PORT_SOURCE_FD)
        return -EINVAL;
    return dz_port_dissociate(AI(0), (int)A(2));
}

/* port_alert(int port, int flags, int events, void *user) */
long ilm_port_alert(struct dz_call *c)
{
    if (AI(1) != ILM_PORT_ALERT_UPDATE && AI(1) != ILM_PORT_ALERT_SET && AI(1) != 0)
        return -EINVAL;
    return dz_port_alert(AI(0), AI(1) ? (uint32_t)AI(2) : 0, A(3));
}

/* port_getn(int port, port_event_t list[], uint_t max, uint_t *nget,
 *           const timespec_t *timeout): 0 with *nget events, or -1 with
 * ETIME when a wait ran out with nothing (*nget = 0), EINTR on a signal.
 * A zero timeout is a poll: it succeeds with whatever is there, none
 * included (Go's netpoll(0) retries on ETIME, so a failing poll spins). */
long ilm_port_getn(struct dz_call *c)
{
    uint32_t max = (uint32_t)A(2), nget;
    if (dz_copy_in(&nget, A(3), sizeof nget) != 0)
        return -EFAULT;
    if (max == 0)
        nget = 0;
    struct timespec ts, *tp = NULL;
    if (A(4)) {
        if (dz_copy_in(&ts, A(4), sizeof ts) != 0)
            return -EFAULT;
        tp = &ts;
    }
    struct dz_port_event ev[64];
    int room = max > 64 ? 64 : (int)max;
    int n = room ? dz_port_getn(AI(0), ev, room, (int)nget, tp) : 0;
    if (n < 0)
        return n;
    for (int i = 0; i < n; i++) {
        struct ilm_port_event pe = { .portev_events = (int32_t)ev[i].events,
                                     .portev_source = ev[i].source,
                                     .portev_object = ev[i].object,
                                     .portev_user = ev[i].user };
        if (dz_copy_out(A(1) + (uint64_t)i * sizeof pe, &pe, sizeof pe) != 0)
            return -EFAULT;
    }
    uint32_t got = (uint32_t)n;
    dz_copy_out(A(3), &got, sizeof got);
    if (n == 0 && nget > 0 && !(tp && tp->tv_sec == 0 && tp->tv_nsec == 0))
        return -ETIME;
    return 0;
}
