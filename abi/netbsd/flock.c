/* struct flock (NetBSD sys/sys/fcntl.h): exactly the BSD layout and lock
 * types of abi/common/flock.c. */
#include "abi/netbsd/convert.h"
#include "abi/netbsd/consts.h"
#include "abi/common/flock.h"

_Static_assert(sizeof(struct nbsd_flock) == sizeof(struct dz_bsd_flock), "netbsd flock");
_Static_assert(NBSD_F_RDLCK == 1 && NBSD_F_UNLCK == 2 && NBSD_F_WRLCK == 3, "BSD lock types");

void nbsd_to_linux_flock(struct lx_flock *dst, const struct nbsd_flock *src)
{
    dz_bsd_flock_to_linux(dst, (const struct dz_bsd_flock *)src);
}

void linux_to_nbsd_flock(struct nbsd_flock *dst, const struct lx_flock *src)
{
    dz_bsd_flock_from_linux((struct dz_bsd_flock *)dst, src);
}
