/* struct timeval in, and the timeval flavours of utimes shared by the BSDs
 * (utimes; FreeBSD futimes, lutimes, futimesat; NetBSD __utimes50,
 * __futimes50, __lutimes50): utimensat with the times converted, since
 * Linux has no lutimes. */
#define _GNU_SOURCE
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include "abi/linux/types.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>

/* futimes(fd, tv), lutimes(path, tv), futimesat(fd, path, tv): struct
 * timeval[2] as Linux; lutimes needs utimensat's no-follow flag. */
long dz_bsd_timeval_in(struct dz_call *c, uint64_t g, struct lx_timeval *tv, size_t n)
{
    if (dz_copy_in(tv, g, n * sizeof *tv) != 0)
        return -EFAULT;
    if (dz_bsd(c)->timeval_usec32)
        for (size_t i = 0; i < n; i++)
            tv[i].tv_usec = (int32_t)tv[i].tv_usec;   /* the padding is not the guest's value */
    return 0;
}

static long tv_to_ts(struct dz_call *c, uint64_t g, struct lx_timespec ts[2], struct lx_timespec **out)
{
    *out = NULL;
    if (!g)
        return 0;
    struct lx_timeval tv[2];
    if (dz_bsd_timeval_in(c, g, tv, 2) != 0)
        return -EFAULT;
    for (int i = 0; i < 2; i++) {
        if (tv[i].tv_usec < 0 || tv[i].tv_usec >= 1000000)
            return -EINVAL;
        ts[i] = (struct lx_timespec){ tv[i].tv_sec, tv[i].tv_usec * 1000 };
    }
    *out = ts;
    return 0;
}

/* utimes(const char *path, const struct timeval times[2]) */
long dz_utimes(struct dz_call *c)
{
    struct lx_timespec ts[2], *tp;
    char b[PATH_MAX];
    long e;
    const char *p = dz_guest_path(A(0), b, &e);
    if (!p)
        return e;
    long r = tv_to_ts(c, A(1), ts, &tp);
    return r ? r : dz_sys(SYS_utimensat, AT_FDCWD, p, tp, 0);
}
long dz_futimes(struct dz_call *c)
{
    struct lx_timespec ts[2], *tp;
    long r = tv_to_ts(c, A(1), ts, &tp);
    return r ? r : dz_sys(SYS_utimensat, AI(0), NULL, tp, 0);
}
long dz_lutimes(struct dz_call *c)
{
    struct lx_timespec ts[2], *tp;
    long r = tv_to_ts(c, A(1), ts, &tp);
    return r ? r : dz_sys(SYS_utimensat, AT_FDCWD, A(0), tp, AT_SYMLINK_NOFOLLOW);
}
long dz_futimesat(struct dz_call *c)
{
    struct lx_timespec ts[2], *tp;
    long r = tv_to_ts(c, A(2), ts, &tp);
    return r ? r : dz_sys(SYS_utimensat, AI(0), A(1), tp, 0);
}

