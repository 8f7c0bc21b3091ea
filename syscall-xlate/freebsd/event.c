/* FreeBSD's own kqueue calls: kqueuex(583) and freebsd11_kevent(363: the
 * 32-byte struct go1.19 uses).  kqueue(362) and kevent(560) are shared
 * (syscall-xlate/common/kevent.c). */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/convert.h"
#include <errno.h>

/* kqueuex(u_int flags): 583; KQUEUE_CLOEXEC = 1 */
long fbsd_kqueuex(struct dz_call *c)
{
    if (A(0) & ~1UL)
        return -EINVAL;
    return dz_kq_create((int)(A(0) & 1));
}

static void in32(struct dz_kevent *d, const void *g) { fbsd_to_dz_kevent11(d, g); }
static void out32(void *g, const struct dz_kevent *s) { dz_to_fbsd_kevent11(g, s); }
static const struct dz_kevent_abi kevent11 = { sizeof(struct fbsd_kevent11), in32, out32 };

/* freebsd11_kevent(...): 363, kevent with struct kevent_freebsd11 */
long fbsd_kevent11(struct dz_call *c) { return dz_kevent_with(c, &kevent11); }
