/* struct flock (OpenBSD sys/sys/fcntl.h): exactly the BSD layout and lock
 * types of abi/common/flock.c. */
#include "abi/openbsd/convert.h"
#include "abi/openbsd/consts.h"
#include "abi/common/flock.h"

_Static_assert(sizeof(struct obsd_flock) == sizeof(struct dz_bsd_flock), "openbsd flock");
_Static_assert(OBSD_F_RDLCK == 1 && OBSD_F_UNLCK == 2 && OBSD_F_WRLCK == 3, "BSD lock types");

void obsd_to_linux_flock(struct lx_flock *dst, const struct obsd_flock *src)
{
    dz_bsd_flock_to_linux(dst, (const struct dz_bsd_flock *)src);
}

void linux_to_obsd_flock(struct obsd_flock *dst, const struct lx_flock *src)
{
    dz_bsd_flock_from_linux((struct dz_bsd_flock *)dst, src);
}
