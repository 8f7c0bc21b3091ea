/* OpenBSD struct kevent (sys/sys/event.h, 32 bytes) <-> the neutral
 * dz_kevent.  Filter and flag values are FreeBSD's on both sides (OpenBSD
 * uses the same numbers for every filter it shares); only signal numbers
 * and errnos need translating. */
#include "abi/openbsd/convert.h"
#include "abi/openbsd/consts.h"
#include "abi/openbsd/errno.h"
#include "abi/openbsd/signal.h"

_Static_assert(OBSD_EVFILT_READ == DZ_EVFILT_READ && OBSD_EVFILT_WRITE == DZ_EVFILT_WRITE &&
               OBSD_EVFILT_VNODE == DZ_EVFILT_VNODE && OBSD_EVFILT_PROC == DZ_EVFILT_PROC &&
               OBSD_EVFILT_SIGNAL == DZ_EVFILT_SIGNAL && OBSD_EVFILT_TIMER == DZ_EVFILT_TIMER,
               "EVFILT_* differ");
_Static_assert(OBSD_EV_ADD == DZ_EV_ADD && OBSD_EV_DELETE == DZ_EV_DELETE &&
               OBSD_EV_ENABLE == DZ_EV_ENABLE && OBSD_EV_DISABLE == DZ_EV_DISABLE &&
               OBSD_EV_ONESHOT == DZ_EV_ONESHOT && OBSD_EV_CLEAR == DZ_EV_CLEAR &&
               OBSD_EV_RECEIPT == DZ_EV_RECEIPT && OBSD_EV_DISPATCH == DZ_EV_DISPATCH &&
               OBSD_EV_ERROR == DZ_EV_ERROR && OBSD_EV_EOF == DZ_EV_EOF, "EV_* differ");

static uint64_t ident_in(int16_t filter, uint64_t ident)
{
    if (filter != DZ_EVFILT_SIGNAL)
        return ident;
    return ident <= OBSD_NSIG ? (uint64_t)obsd_signal_to_linux((int)ident) : 0;
}

static uint64_t ident_out(int16_t filter, uint64_t ident)
{
    if (filter != DZ_EVFILT_SIGNAL)
        return ident;
    return ident <= LX_NSIG ? (uint64_t)linux_signal_to_obsd((int)ident) : 0;
}

void obsd_to_dz_kevent(struct dz_kevent *dst, const struct obsd_kevent *src)
{
    /* EVFILT_USER is FreeBSD-only: OpenBSD has no filter -11, so a guest
     * that asks for it gets the emulation's answer for an unknown filter. */
    *dst = (struct dz_kevent){
        .ident = ident_in(src->filter, src->ident),
        .filter = src->filter,
        .flags = src->flags,
        .fflags = src->fflags,
        .data = src->data,
        .udata = src->udata,
    };
}

void dz_to_obsd_kevent(struct obsd_kevent *dst, const struct dz_kevent *src)
{
    int64_t data = src->data;
    uint32_t fflags = src->fflags;
    if ((src->flags & DZ_EV_ERROR) && data > 0)
        data = obsd_errno_from_linux((int)data);
    if ((src->flags & DZ_EV_EOF) && fflags &&
        (src->filter == DZ_EVFILT_READ || src->filter == DZ_EVFILT_WRITE))
        fflags = (uint32_t)obsd_errno_from_linux((int)fflags);
    *dst = (struct obsd_kevent){
        .ident = ident_out(src->filter, src->ident),
        .filter = src->filter,
        .flags = src->flags,
        .fflags = fflags,
        .data = data,
        .udata = src->udata,
    };
}
