/* FreeBSD struct kevent (sys/sys/event.h, 13.2; 64 bytes) and struct
 * kevent_freebsd11 (32 bytes) <-> the neutral dz_kevent.  Filter and flag
 * values are FreeBSD's on both sides (abi/common/kevent.h); only signal
 * numbers and errnos need translating. */
#include "abi/freebsd/convert.h"
#include "abi/freebsd/errno.h"
#include "abi/freebsd/signal.h"

static uint64_t ident_in(int16_t filter, uint64_t ident)
{
    if (filter != DZ_EVFILT_SIGNAL)
        return ident;
    return ident <= FBSD_NSIG ? (uint64_t)fbsd_signal_to_linux((int)ident) : 0;
}

static uint64_t ident_out(int16_t filter, uint64_t ident)
{
    if (filter != DZ_EVFILT_SIGNAL)
        return ident;
    return ident <= LX_NSIG ? (uint64_t)linux_signal_to_fbsd((int)ident) : 0;
}

/* EV_ERROR: data holds a Linux errno (0 for an EV_RECEIPT success).
 * EV_EOF on READ/WRITE: fflags holds the socket error, if any. */
static int64_t data_out(const struct dz_kevent *k)
{
    if ((k->flags & DZ_EV_ERROR) && k->data > 0)
        return fbsd_errno_from_linux((int)k->data);
    return k->data;
}

static uint32_t fflags_out(const struct dz_kevent *k)
{
    if ((k->flags & DZ_EV_EOF) && k->fflags &&
        (k->filter == DZ_EVFILT_READ || k->filter == DZ_EVFILT_WRITE))
        return (uint32_t)fbsd_errno_from_linux((int)k->fflags);
    return k->fflags;
}

void fbsd_to_dz_kevent(struct dz_kevent *dst, const struct fbsd_kevent *src)
{
    *dst = (struct dz_kevent){
        .ident = ident_in(src->filter, src->ident),
        .filter = src->filter,
        .flags = src->flags,
        .fflags = src->fflags,
        .data = src->data,
        .udata = src->udata,
        .ext = { src->ext[0], src->ext[1], src->ext[2], src->ext[3] },
    };
}

void dz_to_fbsd_kevent(struct fbsd_kevent *dst, const struct dz_kevent *src)
{
    *dst = (struct fbsd_kevent){
        .ident = ident_out(src->filter, src->ident),
        .filter = src->filter,
        .flags = src->flags,
        .fflags = fflags_out(src),
        .data = data_out(src),
        .udata = src->udata,
        .ext = { src->ext[0], src->ext[1], src->ext[2], src->ext[3] },
    };
}

void fbsd_to_dz_kevent11(struct dz_kevent *dst, const struct fbsd_kevent11 *src)
{
    *dst = (struct dz_kevent){
        .ident = ident_in(src->filter, src->ident),
        .filter = src->filter,
        .flags = src->flags,
        .fflags = src->fflags,
        .data = src->data,
        .udata = src->udata,
    };
}

void dz_to_fbsd_kevent11(struct fbsd_kevent11 *dst, const struct dz_kevent *src)
{
    *dst = (struct fbsd_kevent11){
        .ident = ident_out(src->filter, src->ident),
        .filter = src->filter,
        .flags = src->flags,
        .fflags = fflags_out(src),
        .data = data_out(src),
        .udata = src->udata,
    };
}
