/* NetBSD struct kevent (sys/sys/event.h, __kevent50: 40 bytes) <-> the
 * neutral dz_kevent.  Filters: NetBSD numbers them 0, 1, 2 ... where
 * FreeBSD (and the neutral struct) use -1, -2, -3 ... in the same order
 * (READ, WRITE, AIO, VNODE, PROC, SIGNAL, TIMER), so the neutral filter is
 * -(n + 1); a NetBSD filter with no neutral twin (EVFILT_FS 7) comes out
 * as one the emulation refuses with EINVAL and goes back unchanged.
 * Flags keep their values.  EVFILT_TIMER fflags are passed through: the
 * default unit (0, milliseconds) is the same; NetBSD 10's unit bits are
 * not translated (Go never sets them). */
#include "abi/netbsd/convert.h"
#include "abi/netbsd/consts.h"
#include "abi/netbsd/errno.h"
#include "abi/netbsd/signal.h"

_Static_assert(-(NBSD_EVFILT_READ + 1) == DZ_EVFILT_READ && -(NBSD_EVFILT_WRITE + 1) == DZ_EVFILT_WRITE &&
               -(NBSD_EVFILT_AIO + 1) == DZ_EVFILT_AIO && -(NBSD_EVFILT_VNODE + 1) == DZ_EVFILT_VNODE &&
               -(NBSD_EVFILT_PROC + 1) == DZ_EVFILT_PROC && -(NBSD_EVFILT_SIGNAL + 1) == DZ_EVFILT_SIGNAL &&
               -(NBSD_EVFILT_TIMER + 1) == DZ_EVFILT_TIMER, "filter order");
_Static_assert(NBSD_EV_ADD == DZ_EV_ADD && NBSD_EV_DELETE == DZ_EV_DELETE && NBSD_EV_ENABLE == DZ_EV_ENABLE &&
               NBSD_EV_DISABLE == DZ_EV_DISABLE && NBSD_EV_ONESHOT == DZ_EV_ONESHOT &&
               NBSD_EV_CLEAR == DZ_EV_CLEAR && NBSD_EV_ERROR == DZ_EV_ERROR && NBSD_EV_EOF == DZ_EV_EOF,
               "EV_* values");
_Static_assert(NBSD_NOTE_EXIT == DZ_NOTE_EXIT, "NOTE_EXIT");

static int16_t filter_in(uint32_t f)
{
    return f < 0x7ffe ? (int16_t)-(int32_t)(f + 1) : INT16_MIN;
}

static uint32_t filter_out(int16_t f)
{
    return (uint32_t)(-(int32_t)f - 1);
}

static uint64_t ident_in(int16_t filter, uint64_t ident)
{
    if (filter != DZ_EVFILT_SIGNAL)
        return ident;
    return ident <= NBSD_NSIG ? (uint64_t)nbsd_signal_to_linux((int)ident) : 0;
}

static uint64_t ident_out(int16_t filter, uint64_t ident)
{
    if (filter != DZ_EVFILT_SIGNAL)
        return ident;
    return ident <= LX_NSIG ? (uint64_t)linux_signal_to_nbsd((int)ident) : 0;
}

void nbsd_to_dz_kevent(struct dz_kevent *dst, const struct nbsd_kevent *src)
{
    int16_t filter = filter_in(src->filter);
    *dst = (struct dz_kevent){
        .ident = ident_in(filter, src->ident),
        .filter = filter,
        .flags = (uint16_t)src->flags,
        .fflags = src->fflags,
        .data = src->data,
        .udata = src->udata,
    };
}

void dz_to_nbsd_kevent(struct nbsd_kevent *dst, const struct dz_kevent *src)
{
    uint32_t fflags = src->fflags;
    int64_t data = src->data;
    /* EV_ERROR: data holds a Linux errno (0 for an EV_RECEIPT success).
     * EV_EOF on READ/WRITE: fflags holds the socket error, if any. */
    if ((src->flags & DZ_EV_ERROR) && data > 0)
        data = nbsd_errno_from_linux((int)data);
    if ((src->flags & DZ_EV_EOF) && fflags &&
        (src->filter == DZ_EVFILT_READ || src->filter == DZ_EVFILT_WRITE))
        fflags = (uint32_t)nbsd_errno_from_linux((int)fflags);
    *dst = (struct nbsd_kevent){
        .ident = ident_out(src->filter, src->ident),
        .filter = filter_out(src->filter),
        .flags = src->flags,
        .fflags = fflags,
        .data = data,
        .udata = src->udata,
    };
}
