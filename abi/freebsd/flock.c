/* struct flock (FreeBSD sys/sys/fcntl.h, 13.2): the BSD layout
 * (abi/common/flock.c) plus l_sysid, which is 0 for a local lock. */
#include "abi/freebsd/convert.h"
#include "abi/freebsd/consts.h"
#include "abi/common/flock.h"
#include <stddef.h>

_Static_assert(offsetof(struct fbsd_flock, l_sysid) == sizeof(struct dz_bsd_flock), "FreeBSD flock prefix");
_Static_assert(FBSD_F_RDLCK == 1 && FBSD_F_UNLCK == 2 && FBSD_F_WRLCK == 3, "BSD lock types");

void fbsd_to_linux_flock(struct lx_flock *dst, const struct fbsd_flock *src)
{
    dz_bsd_flock_to_linux(dst, (const struct dz_bsd_flock *)src);
}

void linux_to_fbsd_flock(struct fbsd_flock *dst, const struct lx_flock *src)
{
    dz_bsd_flock_from_linux((struct dz_bsd_flock *)dst, src);
    dst->l_sysid = 0;
    dst->pad = 0;
}
