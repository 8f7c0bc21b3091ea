/* fcntl shared by the BSDs.  The command number goes through the
 * personality's table to its Linux twin; the few commands only one BSD
 * has (FreeBSD F_DUP2FD, NetBSD F_CLOSEM ...) go to its fcntl_other hook.
 * Flag words (F_GETFL/F_SETFL) and struct flock differ and are converted. */
#define _GNU_SOURCE
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include <errno.h>
#include <fcntl.h>

static long lock_cmd(struct dz_call *c, int lcmd)
{
    const struct dz_bsd_abi *b = dz_bsd(c);
    unsigned char g[64];
    struct lx_flock lf;
    if (dz_copy_in(g, A(2), b->flock_size) != 0)
        return -EFAULT;
    b->flock_in(&lf, g);
    if (lf.l_type < 0)
        return -EINVAL;
    long r = lcmd == F_SETLKW ? dz_bsys(SYS_fcntl, AI(0), lcmd, &lf, 0, 0, 0) : dz_sys(SYS_fcntl, AI(0), lcmd, &lf);
    if (r < 0 || lcmd != F_GETLK)
        return r;
    b->flock_out(g, &lf);
    return dz_copy_out(A(2), g, b->flock_size) ? -EFAULT : 0;
}

/* fcntl(int fd, int cmd, long arg) */
long dz_fcntl(struct dz_call *c)
{
    const struct dz_bsd_abi *b = dz_bsd(c);
    int fd = AI(0);
    int64_t cmd;
    uint64_t unknown;
    if (dz_val_to_host(b->fcntl_cmds, AI(1), &cmd) != 0)
        return b->fcntl_other ? b->fcntl_other(c) : -EINVAL;
    switch (cmd) {
    case F_DUPFD: return dz_sys(SYS_fcntl, fd, F_DUPFD, A(2));
    case F_DUPFD_CLOEXEC: return dz_sys(SYS_fcntl, fd, F_DUPFD_CLOEXEC, A(2));
    case F_GETFD: return dz_sys(SYS_fcntl, fd, F_GETFD);   /* FD_CLOEXEC is 1 everywhere */
    case F_SETFD: return dz_sys(SYS_fcntl, fd, F_SETFD, A(2) & 1);
    case F_GETFL: {
        long r = dz_sys(SYS_fcntl, fd, F_GETFL);
        if (r < 0)
            return r;
        /* Linux reports O_LARGEFILE, which a BSD has no bit for. */
        return (long)dz_flags_to_guest(b->open_flags, (uint64_t)r & ~(uint64_t)0100000, &unknown);
    }
    case F_SETFL:
        return dz_sys(SYS_fcntl, fd, F_SETFL, dz_flags_to_host(b->open_flags, A(2), &unknown));
    case F_GETOWN: return dz_sys(SYS_fcntl, fd, F_GETOWN);
    case F_SETOWN: return dz_sys(SYS_fcntl, fd, F_SETOWN, AI(2));
    case F_GETLK: case F_SETLK: case F_SETLKW: return lock_cmd(c, (int)cmd);
    case F_ADD_SEALS: return dz_sys(SYS_fcntl, fd, F_ADD_SEALS, A(2));   /* same bits */
    case F_GET_SEALS: return dz_sys(SYS_fcntl, fd, F_GET_SEALS);
    default: return -EINVAL;
    }
}
