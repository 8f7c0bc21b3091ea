/* Descriptor and path calls whose flags differ between the BSDs and Linux:
 * open/openat, the *at family, utimensat/futimens, pipe2, dup3.  The flag
 * words go through the personality's tables (dz_bsd_abi). */
#define _GNU_SOURCE
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include "syscall-xlate/event/kqueue.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/file.h>
#include <sys/stat.h>

#ifndef SYS_fchmodat2
#define SYS_fchmodat2 452   /* Linux 6.6; older glibc headers lack it */
#endif

static long oflags(const struct dz_bsd_abi *b, uint64_t g)
{
    uint64_t unknown;
    return (long)dz_flags_to_host(b->open_flags, g, &unknown);
}

static long atflags(const struct dz_bsd_abi *b, uint64_t g, long *out)
{
    uint64_t unknown;
    *out = (long)dz_flags_to_host(b->at_flags, g, &unknown);
    return unknown ? -EINVAL : 0;
}

static long do_openat(const struct dz_bsd_abi *b, long dirfd, const char *path, uint64_t gflags, long mode)
{
    long fd = dz_bsys(SYS_openat, dirfd, path, oflags(b, gflags), mode & 07777, 0, 0);
    /* O_NOFOLLOW meeting a symlink: each BSD has its own answer. */
    if (fd == -ELOOP && b->nofollow_gerrno && (oflags(b, gflags) & O_NOFOLLOW))
        return DZ_GUEST_ERR(b->nofollow_gerrno);
    /* O_EXLOCK / O_SHLOCK: the BSD open-and-flock in one call. */
    if (fd >= 0 && (gflags & (b->o_exlock | b->o_shlock))) {
        int op = (gflags & b->o_exlock) ? LOCK_EX : LOCK_SH;
        long r = dz_bsys(SYS_flock, fd, op | ((gflags & b->o_nonblock) ? LOCK_NB : 0), 0, 0, 0, 0);
        if (r < 0) {
            dz_sys(SYS_close, fd);
            return r;
        }
    }
    return fd;
}

/* open(const char *path, int flags, mode_t mode) */
long dz_open(struct dz_call *c) { PATH(0); return do_openat(dz_bsd(c), AT_FDCWD, p0, A(1), (long)A(2)); }
/* openat(int fd, const char *path, int flag, mode_t mode) */
long dz_openat(struct dz_call *c) { PATH(1); return do_openat(dz_bsd(c), AI(0), p1, A(2), (long)A(3)); }

/* unlinkat(int fd, const char *path, int flag) */
long dz_unlinkat(struct dz_call *c)
{
    PATH(1);
    long f, r = atflags(dz_bsd(c), A(2), &f);
    if (r)
        return r;
    r = dz_sys(SYS_unlinkat, AI(0), p1, f);
    return r == -EISDIR ? -EPERM : r;   /* a directory without AT_REMOVEDIR: EPERM on the BSDs */
}

/* faccessat(int fd, const char *path, int amode, int flag) */
long dz_faccessat(struct dz_call *c)
{
    PATH(1);
    long f, r = atflags(dz_bsd(c), A(3), &f);
    return r ? r : dz_sys(SYS_faccessat2, AI(0), p1, AI(2), f);
}

/* fchmodat(int fd, const char *path, mode_t mode, int flag) */
long dz_fchmodat(struct dz_call *c)
{
    PATH(1);
    long f, r = atflags(dz_bsd(c), A(3), &f);
    if (r)
        return r;
    return f ? dz_sys(SYS_fchmodat2, AI(0), p1, A(2) & 07777, f)
             : dz_sys(SYS_fchmodat, AI(0), p1, A(2) & 07777);
}

/* fchownat(int fd, const char *path, uid_t uid, gid_t gid, int flag) */
long dz_fchownat(struct dz_call *c)
{
    PATH(1);
    long f, r = atflags(dz_bsd(c), A(4), &f);
    return r ? r : dz_sys(SYS_fchownat, AI(0), p1, AI(2), AI(3), f);
}

/* linkat(int fd1, const char *path1, int fd2, const char *path2, int flag) */
long dz_linkat(struct dz_call *c)
{
    PATH(1);
    PATH(3);
    long f, r = atflags(dz_bsd(c), A(4), &f);
    return r ? r : dz_sys(SYS_linkat, AI(0), p1, AI(2), p3, f);
}

/* mkdirat(int fd, const char *path, mode_t mode) */
long dz_mkdirat(struct dz_call *c) { PATH(1); return dz_sys(SYS_mkdirat, AI(0), p1, A(2) & 07777); }
/* readlinkat(int fd, const char *path, char *buf, size_t bufsize) */
long dz_readlinkat(struct dz_call *c)
{
    long r;
    if (dz_exe_link(A(1), A(2), (size_t)A(3), &r))
        return r;
    PATH(1);
    return dz_sys(SYS_readlinkat, AI(0), p1, A(2), A(3));
}
/* renameat(int oldfd, const char *old, int newfd, const char *new) */
long dz_renameat(struct dz_call *c) { PATH(1); PATH(3); return dz_sys(SYS_renameat, AI(0), p1, AI(2), p3); }
/* symlinkat(const char *path1, int fd, const char *path2) */
long dz_symlinkat(struct dz_call *c) { PATH(2); return dz_sys(SYS_symlinkat, A(0), AI(1), p2); }
/* mkfifoat(int fd, const char *path, mode_t mode) */
long dz_mkfifoat(struct dz_call *c) { PATH(1); return dz_sys(SYS_mknodat, AI(0), p1, (A(2) & 07777) | S_IFIFO, 0); }

/* The UTIME_NOW/UTIME_OMIT markers: FreeBSD -1/-2, NetBSD as Linux. */
static long times_in(const struct dz_bsd_abi *b, uint64_t g, struct lx_timespec ts[2], struct lx_timespec **out)
{
    *out = NULL;
    if (!g)
        return 0;
    if (dz_copy_in(ts, g, 2 * sizeof ts[0]) != 0)
        return -EFAULT;
    for (int i = 0; i < 2; i++) {
        if (ts[i].tv_nsec == b->utime_now)
            ts[i].tv_nsec = UTIME_NOW;
        else if (ts[i].tv_nsec == b->utime_omit)
            ts[i].tv_nsec = UTIME_OMIT;
    }
    *out = ts;
    return 0;
}

/* utimensat(int fd, const char *path, const struct timespec times[2], int flag) */
long dz_utimensat(struct dz_call *c)
{
    PATH(1);
    struct lx_timespec ts[2], *tp;
    long f, r = atflags(dz_bsd(c), A(3), &f);
    if (!r)
        r = times_in(dz_bsd(c), A(2), ts, &tp);
    return r ? r : dz_sys(SYS_utimensat, AI(0), p1, tp, f);
}

/* futimens(int fd, const struct timespec times[2]) */
long dz_futimens(struct dz_call *c)
{
    struct lx_timespec ts[2], *tp;
    long r = times_in(dz_bsd(c), A(1), ts, &tp);
    return r ? r : dz_sys(SYS_utimensat, AI(0), NULL, tp, 0);
}

long dz_pipe_to_guest(uint64_t gfds, long lflags)
{
    int fds[2];
    long r = dz_sys(SYS_pipe2, fds, lflags);
    if (r < 0)
        return r;
    if (dz_copy_out(gfds, fds, sizeof fds) != 0) {
        dz_sys(SYS_close, fds[0]);
        dz_sys(SYS_close, fds[1]);
        return -EFAULT;
    }
    return 0;
}

/* pipe2(int *fildes, int flags) */
long dz_pipe2(struct dz_call *c)
{
    uint64_t unknown;
    long f = (long)dz_flags_to_host(dz_bsd(c)->open_flags, A(1), &unknown);
    if (unknown || (f & ~(O_CLOEXEC | O_NONBLOCK)))
        return -EINVAL;
    return dz_pipe_to_guest(A(0), f);
}

/* dup3(int from, int to, int flags): O_CLOEXEC (and NetBSD's O_NONBLOCK,
 * which Linux's dup3 cannot set; applied with F_SETFL afterwards). */
long dz_dup3(struct dz_call *c)
{
    uint64_t unknown;
    long f = (long)dz_flags_to_host(dz_bsd(c)->open_flags, A(2), &unknown);
    if (unknown || (f & ~(O_CLOEXEC | O_NONBLOCK)))
        return -EINVAL;
    if (AI(0) == AI(1))
        return -EINVAL;
    dz_kq_fd_closed(AI(1));
    long r = dz_sys(SYS_dup3, AI(0), AI(1), f & O_CLOEXEC);
    if (r >= 0 && (f & O_NONBLOCK)) {
        long fl = dz_sys(SYS_fcntl, r, F_GETFL);
        if (fl >= 0)
            dz_sys(SYS_fcntl, r, F_SETFL, fl | O_NONBLOCK);
    }
    return r;
}
