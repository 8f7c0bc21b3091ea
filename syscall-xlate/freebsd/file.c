/* FreeBSD descriptor and path calls whose flags or commands differ from
 * Linux: open/openat, the *at family, fcntl, pipe2. */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/flags.h"
#include "abi/freebsd/convert.h"
#include "abi/linux/types.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/file.h>
#include <sys/stat.h>

#ifndef SYS_fchmodat2
#define SYS_fchmodat2 452   /* Linux 6.6; older glibc headers lack it */
#endif

#define PATH(i)                                            \
    char pb##i[PATH_MAX];                                  \
    long pe##i;                                            \
    const char *p##i = dz_guest_path(A(i), pb##i, &pe##i); \
    if (!p##i)                                             \
        return pe##i

static long oflags(uint64_t g)
{
    uint64_t unknown;
    return (long)dz_flags_to_host(&fbsd_open_flags, g, &unknown);
}

static long atflags(uint64_t g, long *out)
{
    uint64_t unknown;
    *out = (long)dz_flags_to_host(&fbsd_at_flags, g, &unknown);
    return unknown ? -EINVAL : 0;
}

static long do_openat(long dirfd, const char *path, uint64_t gflags, long mode)
{
    long fd = dz_bsys(SYS_openat, dirfd, path, oflags(gflags), mode & 07777, 0, 0);
    /* O_EXLOCK / O_SHLOCK: the BSD open-and-flock in one call. */
    if (fd >= 0 && (gflags & (FBSD_O_EXLOCK | FBSD_O_SHLOCK))) {
        int op = (gflags & FBSD_O_EXLOCK) ? LOCK_EX : LOCK_SH;
        long r = dz_bsys(SYS_flock, fd, op | ((gflags & FBSD_O_NONBLOCK) ? LOCK_NB : 0), 0, 0, 0, 0);
        if (r < 0) {
            dz_sys(SYS_close, fd);
            return r;
        }
    }
    return fd;
}

/* open(const char *path, int flags, mode_t mode): 5 */
long fbsd_open(struct dz_call *c) { PATH(0); return do_openat(AT_FDCWD, p0, A(1), (long)A(2)); }
/* openat(int fd, const char *path, int flag, mode_t mode): 499 */
long fbsd_openat(struct dz_call *c) { PATH(1); return do_openat(AI(0), p1, A(2), (long)A(3)); }

/* unlinkat(int fd, const char *path, int flag): 503 */
long fbsd_unlinkat(struct dz_call *c)
{
    PATH(1);
    long f, r = atflags(A(2), &f);
    return r ? r : dz_sys(SYS_unlinkat, AI(0), p1, f);
}

/* faccessat(int fd, const char *path, int amode, int flag): 489 */
long fbsd_faccessat(struct dz_call *c)
{
    PATH(1);
    long f, r = atflags(A(3), &f);
    return r ? r : dz_sys(SYS_faccessat2, AI(0), p1, AI(2), f);
}

/* fchmodat(int fd, const char *path, mode_t mode, int flag): 490 */
long fbsd_fchmodat(struct dz_call *c)
{
    PATH(1);
    long f, r = atflags(A(3), &f);
    if (r)
        return r;
    return f ? dz_sys(SYS_fchmodat2, AI(0), p1, A(2) & 07777, f)
             : dz_sys(SYS_fchmodat, AI(0), p1, A(2) & 07777);
}

/* fchownat(int fd, const char *path, uid_t uid, gid_t gid, int flag): 491 */
long fbsd_fchownat(struct dz_call *c)
{
    PATH(1);
    long f, r = atflags(A(4), &f);
    return r ? r : dz_sys(SYS_fchownat, AI(0), p1, AI(2), AI(3), f);
}

/* linkat(int fd1, const char *path1, int fd2, const char *path2, int flag): 495 */
long fbsd_linkat(struct dz_call *c)
{
    PATH(1);
    PATH(3);
    long f, r = atflags(A(4), &f);
    return r ? r : dz_sys(SYS_linkat, AI(0), p1, AI(2), p3, f);
}

/* mkdirat(int fd, const char *path, mode_t mode): 496 */
long fbsd_mkdirat(struct dz_call *c) { PATH(1); return dz_sys(SYS_mkdirat, AI(0), p1, A(2) & 07777); }
/* readlinkat(int fd, const char *path, char *buf, size_t bufsize): 500 */
long fbsd_readlinkat(struct dz_call *c) { PATH(1); return dz_sys(SYS_readlinkat, AI(0), p1, A(2), A(3)); }
/* renameat(int oldfd, const char *old, int newfd, const char *new): 501 */
long fbsd_renameat(struct dz_call *c) { PATH(1); PATH(3); return dz_sys(SYS_renameat, AI(0), p1, AI(2), p3); }
/* symlinkat(const char *path1, int fd, const char *path2): 502 */
long fbsd_symlinkat(struct dz_call *c) { PATH(2); return dz_sys(SYS_symlinkat, A(0), AI(1), p2); }
/* mkfifoat(int fd, const char *path, mode_t mode): 497 */
long fbsd_mkfifoat(struct dz_call *c) { PATH(1); return dz_sys(SYS_mknodat, AI(0), p1, (A(2) & 07777) | S_IFIFO, 0); }

/* The UTIME_NOW/UTIME_OMIT markers differ: FreeBSD -1/-2, Linux (1<<30)-1/-2. */
static long times_in(uint64_t g, struct lx_timespec ts[2], struct lx_timespec **out)
{
    *out = NULL;
    if (!g)
        return 0;
    if (dz_copy_in(ts, g, 2 * sizeof ts[0]) != 0)
        return -EFAULT;
    for (int i = 0; i < 2; i++) {
        if (ts[i].tv_nsec == FBSD_UTIME_NOW)
            ts[i].tv_nsec = UTIME_NOW;
        else if (ts[i].tv_nsec == FBSD_UTIME_OMIT)
            ts[i].tv_nsec = UTIME_OMIT;
    }
    *out = ts;
    return 0;
}

/* utimensat(int fd, const char *path, const struct timespec times[2], int flag): 547 */
long fbsd_utimensat(struct dz_call *c)
{
    PATH(1);
    struct lx_timespec ts[2], *tp;
    long f, r = atflags(A(3), &f);
    if (!r)
        r = times_in(A(2), ts, &tp);
    return r ? r : dz_sys(SYS_utimensat, AI(0), p1, tp, f);
}

/* futimens(int fd, const struct timespec times[2]): 546 */
long fbsd_futimens(struct dz_call *c)
{
    struct lx_timespec ts[2], *tp;
    long r = times_in(A(1), ts, &tp);
    return r ? r : dz_sys(SYS_utimensat, AI(0), NULL, tp, 0);
}

/* pipe2(int *fildes, int flags): 542 */
long fbsd_pipe2(struct dz_call *c)
{
    uint64_t unknown;
    long f = (long)dz_flags_to_host(&fbsd_open_flags, A(1), &unknown);
    if (unknown || (f & ~(O_CLOEXEC | O_NONBLOCK)))
        return -EINVAL;
    int fds[2];
    long r = dz_sys(SYS_pipe2, fds, f);
    if (r < 0)
        return r;
    if (dz_copy_out(A(0), fds, sizeof fds) != 0) {
        dz_sys(SYS_close, fds[0]);
        dz_sys(SYS_close, fds[1]);
        return -EFAULT;
    }
    return 0;
}

static long lock_cmd(struct dz_call *c, int lcmd)
{
    struct fbsd_flock gf;
    struct lx_flock lf;
    if (dz_copy_in(&gf, A(2), sizeof gf) != 0)
        return -EFAULT;
    fbsd_to_linux_flock(&lf, &gf);
    if (lf.l_type < 0)
        return -EINVAL;
    long r = lcmd == F_SETLKW ? dz_bsys(SYS_fcntl, AI(0), lcmd, &lf, 0, 0, 0) : dz_sys(SYS_fcntl, AI(0), lcmd, &lf);
    if (r < 0 || lcmd != F_GETLK)
        return r;
    linux_to_fbsd_flock(&gf, &lf);
    return dz_copy_out(A(2), &gf, sizeof gf) ? -EFAULT : 0;
}

/* fcntl(int fd, int cmd, long arg): 92 */
long fbsd_fcntl(struct dz_call *c)
{
    int fd = AI(0);
    uint64_t unknown;
    switch (AI(1)) {
    case FBSD_F_DUPFD: return dz_sys(SYS_fcntl, fd, F_DUPFD, A(2));
    case FBSD_F_DUPFD_CLOEXEC: return dz_sys(SYS_fcntl, fd, F_DUPFD_CLOEXEC, A(2));
    case FBSD_F_DUP2FD: return AI(2) == fd ? fd : (dz_kq_fd_closed(AI(2)), dz_sys(SYS_dup2, fd, AI(2)));
    case FBSD_F_DUP2FD_CLOEXEC:
        if (AI(2) == fd)
            return fd;
        dz_kq_fd_closed(AI(2));
        return dz_sys(SYS_dup3, fd, AI(2), O_CLOEXEC);
    case FBSD_F_GETFD: return dz_sys(SYS_fcntl, fd, F_GETFD);   /* FD_CLOEXEC is 1 on both */
    case FBSD_F_SETFD: return dz_sys(SYS_fcntl, fd, F_SETFD, A(2) & 1);
    case FBSD_F_GETFL: {
        long r = dz_sys(SYS_fcntl, fd, F_GETFL);
        if (r < 0)
            return r;
        /* Linux reports O_LARGEFILE, which a BSD has no bit for. */
        return (long)dz_flags_to_guest(&fbsd_open_flags, (uint64_t)r & ~(uint64_t)0100000, &unknown);
    }
    case FBSD_F_SETFL:
        return dz_sys(SYS_fcntl, fd, F_SETFL, dz_flags_to_host(&fbsd_open_flags, A(2), &unknown));
    case FBSD_F_GETOWN: return dz_sys(SYS_fcntl, fd, F_GETOWN);
    case FBSD_F_SETOWN: return dz_sys(SYS_fcntl, fd, F_SETOWN, AI(2));
    case FBSD_F_GETLK: return lock_cmd(c, F_GETLK);
    case FBSD_F_SETLK: return lock_cmd(c, F_SETLK);
    case FBSD_F_SETLKW: return lock_cmd(c, F_SETLKW);
    case FBSD_F_READAHEAD:
    case FBSD_F_RDAHEAD:
        return dz_sys(SYS_fcntl, fd, F_GETFD) < 0 ? -EBADF : 0;   /* hints only */
    case FBSD_F_ADD_SEALS: return dz_sys(SYS_fcntl, fd, F_ADD_SEALS, A(2));   /* same bits */
    case FBSD_F_GET_SEALS: return dz_sys(SYS_fcntl, fd, F_GET_SEALS);
    case FBSD_F_ISUNIONSTACK: return 0;
    default: return -EINVAL;
    }
}
