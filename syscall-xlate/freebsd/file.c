/* FreeBSD fcntl commands Linux has no twin for; everything else of open,
 * the *at family, fcntl and pipe2 is shared (syscall-xlate/common). */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include <errno.h>
#include <fcntl.h>

/* The rest of fcntl(int fd, int cmd, long arg): 92 (common/fcntl.c). */
long fbsd_fcntl_other(struct dz_call *c)
{
    int fd = AI(0);
    switch (AI(1)) {
    case FBSD_F_DUP2FD: return AI(2) == fd ? fd : (dz_kq_fd_closed(AI(2)), dz_sys(SYS_dup2, fd, AI(2)));
    case FBSD_F_DUP2FD_CLOEXEC:
        if (AI(2) == fd)
            return fd;
        dz_kq_fd_closed(AI(2));
        return dz_sys(SYS_dup3, fd, AI(2), O_CLOEXEC);
    case FBSD_F_READAHEAD:
    case FBSD_F_RDAHEAD:
        return dz_sys(SYS_fcntl, fd, F_GETFD) < 0 ? -EBADF : 0;   /* hints only */
    case FBSD_F_ISUNIONSTACK: return 0;
    default: return -EINVAL;
    }
}
