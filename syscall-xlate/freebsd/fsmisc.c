/* FreeBSD calls with no exact Linux twin, answered as close to FreeBSD as
 * Linux allows: msync's flag values, realpathat, close_range, Capsicum's
 * mode query.  futimes/lutimes/futimesat, the chflags family and
 * posix_fallocate/posix_fadvise are shared (syscall-xlate/common). */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "syscall-xlate/common/fence.h"
#include "abi/freebsd/convert.h"
#include "abi/freebsd/flags.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/resource.h>

/* msync(addr, len, flags) 65: FreeBSD MS_SYNC is 0, Linux's is 4. */
long fbsd_msync(struct dz_call *c)
{
    int f = AI(2);
    if (f & ~3)
        return -EINVAL;
    int lf = (f & 2 ? MS_INVALIDATE : 0) | (f & 1 ? MS_ASYNC : MS_SYNC);
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_fenced(SYS_msync, a, len, lf, 1);   /* denizen's memory: common/fence.h */
}

/* mknodat(fd, path, mode, dev) 559: FreeBSD's dev_t encoding differs. */
long fbsd_mknodat(struct dz_call *c)
{
    return dz_sys(SYS_mknodat, AI(0), A(1), A(2), fbsd_to_linux_dev(A(3)));
}

/* eaccess(path, mode) 376: access with the effective ids. */
long fbsd_eaccess(struct dz_call *c) { return dz_sys(SYS_faccessat2, AT_FDCWD, A(0), AI(1), AT_EACCESS); }

/* __realpathat(fd, path, buf, size, flags) 574: resolve by opening the
 * path and reading back the kernel's name for it. */
long fbsd_realpathat(struct dz_call *c)
{
    if (A(4))
        return -EINVAL;
    long fd = dz_sys(SYS_openat, AI(0), A(1), O_PATH | O_CLOEXEC);
    if (fd < 0)
        return fd;
    char link[64], out[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%ld", fd);
    long n = dz_sys(SYS_readlink, link, out, sizeof out - 1);
    dz_sys(SYS_close, fd);
    if (n < 0)
        return n;
    out[n] = 0;
    if ((size_t)n + 1 > A(3))
        return -ENAMETOOLONG;
    return dz_copy_out(A(2), out, (size_t)n + 1) ? -EFAULT : 0;
}

/* close_range(lowfd, highfd, flags) 575: CLOSE_RANGE_CLOEXEC (4) is the
 * same bit; kqueue registrations on the closed fds are forgotten first. */
long fbsd_close_range(struct dz_call *c)
{
    unsigned lo = (unsigned)A(0), hi = (unsigned)A(1);
    if (A(2) & ~4UL)
        return -EINVAL;
    if (!(A(2) & 4)) {
        struct rlimit rl;
        getrlimit(RLIMIT_NOFILE, &rl);
        unsigned top = rl.rlim_cur < hi ? (unsigned)rl.rlim_cur : hi;
        for (unsigned fd = lo; fd <= top && fd < 1u << 20; fd++)
            dz_kq_fd_closed((int)fd);
    }
    return dz_sys(SYS_close_range, lo, hi, A(2));
}

/* funlinkat(dfd, path, fd, flag) 568: unlinkat that could check the file
 * is still fd; Linux cannot check, so the check is skipped (see the note). */
long fbsd_funlinkat(struct dz_call *c)
{
    uint64_t unknown;
    long f = (long)dz_flags_to_host(&fbsd_at_flags, A(3), &unknown);
    return unknown ? -EINVAL : dz_sys(SYS_unlinkat, AI(0), A(1), f);
}

/* cap_getmode(u_int *modep) 517: never in capability mode.  cap_enter 516
 * stays unimplemented: ENOSYS is what a kernel without Capsicum answers. */
long fbsd_cap_getmode(struct dz_call *c)
{
    unsigned zero = 0;
    return dz_copy_out(A(0), &zero, sizeof zero) ? -EFAULT : 0;
}

/* getdtablesize() 89 */
long fbsd_getdtablesize(struct dz_call *c)
{
    struct rlimit rl;
    return getrlimit(RLIMIT_NOFILE, &rl) ? -errno : (long)rl.rlim_cur;
}
