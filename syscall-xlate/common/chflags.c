/* The BSD file flags (chflags and kin), shared by the BSDs.  The flag
 * values (UF_NODUMP ...) are the same on FreeBSD and NetBSD, and there is
 * nothing on Linux to set them on: see below. */
#define _GNU_SOURCE
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/sys.h"
#include <errno.h>
#include <fcntl.h>

/* chflags(path, flags), fchflags(fd, flags), lchflags(path, flags),
 * chflagsat(fd, path, flags, atflag).  Linux has no BSD file flags:
 * clearing them (flags 0) is what a file already is, anything else gets
 * EOPNOTSUPP, FreeBSD's answer on a file system without flag support. */
static long flags_answer(long exists, uint64_t flags)
{
    if (exists < 0)
        return exists;
    return flags ? -EOPNOTSUPP : 0;
}
long dz_chflags(struct dz_call *c) { return flags_answer(dz_sys(SYS_access, A(0), F_OK), A(1)); }
long dz_lchflags(struct dz_call *c)
{
    return flags_answer(dz_sys(SYS_faccessat2, AT_FDCWD, A(0), F_OK, AT_SYMLINK_NOFOLLOW), A(1));
}
long dz_fchflags(struct dz_call *c) { return flags_answer(dz_sys(SYS_fcntl, AI(0), F_GETFD), A(1)); }
long dz_chflagsat(struct dz_call *c)
{
    uint64_t unknown;
    long f = (long)dz_flags_to_host(dz_bsd(c)->at_flags, A(3), &unknown);
    if (unknown)
        return -EINVAL;
    return flags_answer(dz_sys(SYS_faccessat2, AI(0), A(1), F_OK, f), A(2));
}

