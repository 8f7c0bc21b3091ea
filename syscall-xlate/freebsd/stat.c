/* FreeBSD 12+ (ino64) statfs; stat and directory reading are shared
 * (syscall-xlate/common/stat.c). */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/convert.h"
#include "abi/freebsd/flags.h"
#include "abi/linux/types.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>

static long statfs_out(uint64_t guest, const struct lx_statfs *ls)
{
    struct fbsd_statfs local;
    linux_to_fbsd_statfs(&local, ls);
    return dz_copy_out(guest, &local, sizeof local) ? -EFAULT : 0;
}

/* statfs(const char *path, struct statfs *buf): 555 */
long fbsd_statfs(struct dz_call *c)
{
    char pb[PATH_MAX];
    long pe;
    const char *p = dz_guest_path(A(0), pb, &pe);
    if (!p)
        return pe;
    struct lx_statfs ls;
    long r = dz_sys(SYS_statfs, p, &ls);
    return r < 0 ? r : statfs_out(A(1), &ls);
}

/* fstatfs(int fd, struct statfs *buf): 556 */
long fbsd_fstatfs(struct dz_call *c)
{
    struct lx_statfs ls;
    long r = dz_sys(SYS_fstatfs, AI(0), &ls);
    return r < 0 ? r : statfs_out(A(1), &ls);
}

/* getdirentries(int fd, char *buf, size_t count, off_t *basep): 554.  The
 * shared BSD reader, but a descriptor that is not a directory is EINVAL on
 * FreeBSD (kern_getdirentries checks v_type), ENOTDIR on Linux. */
long fbsd_getdirentries(struct dz_call *c)
{
    long r = dz_getdirentries(c);
    return r == -ENOTDIR ? -EINVAL : r;
}
