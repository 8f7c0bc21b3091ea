/* FreeBSD <-> Linux flag-word tables (see flags.h for the conventions).
 * FreeBSD values: abi/freebsd/consts.h (13.2 headers); Linux values: musl.
 * DZ_DROP(g, name): a FreeBSD flag we know and deliberately do not pass on.
 * DZ_HOST_ONLY(h): a Linux flag the kernel reports that FreeBSD has no word
 * for; it is consumed silently on the way back to the guest. */
#define _GNU_SOURCE
#include "abi/freebsd/flags.h"
#include "abi/freebsd/consts.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>

/* sys/sys/fcntl.h.  Linux O_ACCMODE is spelled from its parts because musl
 * folds O_PATH into it. */
#define LX_ACCMODE (O_RDONLY | O_WRONLY | O_RDWR)
static const struct dz_flag open_flags[] = {
    DZ_FIELD(FBSD_O_ACCMODE, FBSD_O_RDONLY, LX_ACCMODE, O_RDONLY, "O_RDONLY"),
    DZ_FIELD(FBSD_O_ACCMODE, FBSD_O_WRONLY, LX_ACCMODE, O_WRONLY, "O_WRONLY"),
    DZ_FIELD(FBSD_O_ACCMODE, FBSD_O_RDWR, LX_ACCMODE, O_RDWR, "O_RDWR"),
    DZ_FLAG(FBSD_O_NONBLOCK, O_NONBLOCK, "O_NONBLOCK"),
    DZ_FLAG(FBSD_O_APPEND, O_APPEND, "O_APPEND"),
    /* open-time flock(2): the handler must take the lock itself after the
     * open succeeds; the flag never reaches Linux. */
    DZ_DROP(FBSD_O_SHLOCK, "O_SHLOCK"),
    DZ_DROP(FBSD_O_EXLOCK, "O_EXLOCK"),
    DZ_FLAG(FBSD_O_ASYNC, O_ASYNC, "O_ASYNC"),
    /* Linux O_SYNC is __O_SYNC|O_DSYNC.  The O_DSYNC entry matches the
     * host only when O_DSYNC is set without __O_SYNC, so F_GETFL of an
     * O_SYNC file reads back as O_SYNC alone, as on FreeBSD. */
    DZ_FLAG(FBSD_O_SYNC, O_SYNC, "O_SYNC"),
    DZ_FIELD(FBSD_O_DSYNC, FBSD_O_DSYNC, O_SYNC, O_DSYNC, "O_DSYNC"),
    DZ_FLAG(FBSD_O_NOFOLLOW, O_NOFOLLOW, "O_NOFOLLOW"),
    DZ_FLAG(FBSD_O_CREAT, O_CREAT, "O_CREAT"),
    DZ_FLAG(FBSD_O_TRUNC, O_TRUNC, "O_TRUNC"),
    DZ_FLAG(FBSD_O_EXCL, O_EXCL, "O_EXCL"),
    DZ_FLAG(FBSD_O_NOCTTY, O_NOCTTY, "O_NOCTTY"),
    DZ_FLAG(FBSD_O_DIRECT, O_DIRECT, "O_DIRECT"),
    DZ_FLAG(FBSD_O_DIRECTORY, O_DIRECTORY, "O_DIRECTORY"),
    /* O_EXEC/O_SEARCH (same bit): open for fexecve / for lookups only,
     * with an access check for exec/search permission.  Linux O_PATH is
     * not equivalent (no permission check, and the fd cannot be read, is
     * not accepted by fexecve on scripts ...), so the bit is dropped: the
     * file opens with the O_RDONLY access mode FreeBSD requires beside
     * it, which fails on an exec-only file where FreeBSD would succeed. */
    DZ_DROP(FBSD_O_EXEC, "O_EXEC"),
    /* Linux does not reset a terminal's settings on open; nothing to do. */
    DZ_DROP(FBSD_O_TTY_INIT, "O_TTY_INIT"),
    DZ_FLAG(FBSD_O_CLOEXEC, O_CLOEXEC, "O_CLOEXEC"),
    /* mac_veriexec fingerprint check: no Linux counterpart. */
    DZ_DROP(FBSD_O_VERIFY, "O_VERIFY"),
    /* FreeBSD 14 O_PATH was modelled on Linux's. */
    DZ_FLAG(FBSD_O_PATH, O_PATH, "O_PATH"),
    /* O_RESOLVE_BENEATH and O_EMPTY_PATH are left out on purpose: they are
     * reported as unknown so the handler can use openat2 or refuse, never
     * silently lose a confinement request. */
    /* x86-64 Linux sets O_LARGEFILE in every F_GETFL answer. */
    DZ_HOST_ONLY(O_LARGEFILE),
};
const struct dz_flagtab fbsd_open_flags = DZ_FLAGTAB(open_flags);

/* sys/sys/fcntl.h AT_*.  Linux gives AT_EACCESS and AT_REMOVEDIR the same
 * bit (they belong to different calls), so only the guest->host direction
 * of this table is meaningful. */
static const struct dz_flag at_flags[] = {
    DZ_FLAG(FBSD_AT_EACCESS, AT_EACCESS, "AT_EACCESS"),
    DZ_FLAG(FBSD_AT_SYMLINK_NOFOLLOW, AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW"),
    DZ_FLAG(FBSD_AT_SYMLINK_FOLLOW, AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW"),
    DZ_FLAG(FBSD_AT_REMOVEDIR, AT_REMOVEDIR, "AT_REMOVEDIR"),
    DZ_FLAG(FBSD_AT_EMPTY_PATH, AT_EMPTY_PATH, "AT_EMPTY_PATH"),
    /* AT_RESOLVE_BENEATH: left out (unknown), see O_RESOLVE_BENEATH. */
};
const struct dz_flagtab fbsd_at_flags = DZ_FLAGTAB(at_flags);

/* sys/sys/mman.h PROT_*.  PROT_MAX(p) (bits 16..18) caps later mprotect
 * calls; Linux has no such cap, so it is dropped. */
static const struct dz_flag mmap_prot[] = {
    DZ_FIELD(FBSD_PROT_READ | FBSD_PROT_WRITE | FBSD_PROT_EXEC, FBSD_PROT_NONE,
             PROT_READ | PROT_WRITE | PROT_EXEC, PROT_NONE, "PROT_NONE"),
    DZ_FLAG(FBSD_PROT_READ, PROT_READ, "PROT_READ"),
    DZ_FLAG(FBSD_PROT_WRITE, PROT_WRITE, "PROT_WRITE"),
    DZ_FLAG(FBSD_PROT_EXEC, PROT_EXEC, "PROT_EXEC"),
    DZ_DROP(FBSD_PROT_MAX(FBSD_PROT_READ), "PROT_MAX(PROT_READ)"),
    DZ_DROP(FBSD_PROT_MAX(FBSD_PROT_WRITE), "PROT_MAX(PROT_WRITE)"),
    DZ_DROP(FBSD_PROT_MAX(FBSD_PROT_EXEC), "PROT_MAX(PROT_EXEC)"),
};
const struct dz_flagtab fbsd_mmap_prot = DZ_FLAGTAB(mmap_prot);

/* sys/sys/mman.h MAP_*.  The reserved bits 0x20..0x100 stay unknown:
 * FreeBSD 13 rejects them with EINVAL. */
static const struct dz_flag mmap_flags[] = {
    DZ_FLAG(FBSD_MAP_SHARED, MAP_SHARED, "MAP_SHARED"),
    DZ_FLAG(FBSD_MAP_PRIVATE, MAP_PRIVATE, "MAP_PRIVATE"),
    DZ_FLAG(FBSD_MAP_FIXED, MAP_FIXED, "MAP_FIXED"),
    DZ_DROP(FBSD_MAP_HASSEMAPHORE, "MAP_HASSEMAPHORE"),   /* a hint; always true on x86 */
    /* MAP_STACK: FreeBSD grows such a region downwards, Linux treats
     * MAP_STACK as a no-op hint; Go maps its stacks as ordinary memory
     * and never relies on either, so the bit is dropped. */
    DZ_DROP(FBSD_MAP_STACK, "MAP_STACK"),
    DZ_DROP(FBSD_MAP_NOSYNC, "MAP_NOSYNC"),               /* syncer hint */
    DZ_FLAG(FBSD_MAP_ANON, MAP_ANONYMOUS, "MAP_ANON"),
    /* MAP_GUARD reserves address space; FreeBSD requires PROT_NONE with it,
     * which the handler checks.  An anonymous unreserved mapping is that. */
    DZ_FIELD(FBSD_MAP_GUARD, FBSD_MAP_GUARD, MAP_ANONYMOUS | MAP_NORESERVE,
             MAP_ANONYMOUS | MAP_NORESERVE, "MAP_GUARD"),
    /* MAP_EXCL (with MAP_FIXED): fail instead of replacing.  Linux says
     * EEXIST where FreeBSD says ENOMEM; the handler translates. */
    DZ_FLAG(FBSD_MAP_EXCL, MAP_FIXED_NOREPLACE, "MAP_EXCL"),
    DZ_DROP(FBSD_MAP_NOCORE, "MAP_NOCORE"),               /* could be madvise(MADV_DONTDUMP) */
    DZ_DROP(FBSD_MAP_PREFAULT_READ, "MAP_PREFAULT_READ"), /* a hint */
    DZ_FLAG(FBSD_MAP_32BIT, MAP_32BIT, "MAP_32BIT"),
    /* MAP_ALIGNED(n) = n << 24 asks for 2^n alignment; Linux has no such
     * request, so each bit of n is dropped (names add up to n). */
    DZ_DROP(FBSD_MAP_ALIGNED(1), "MAP_ALIGNED(1)"),
    DZ_DROP(FBSD_MAP_ALIGNED(2), "MAP_ALIGNED(2)"),
    DZ_DROP(FBSD_MAP_ALIGNED(4), "MAP_ALIGNED(4)"),
    DZ_DROP(FBSD_MAP_ALIGNED(8), "MAP_ALIGNED(8)"),
    DZ_DROP(FBSD_MAP_ALIGNED(16), "MAP_ALIGNED(16)"),
    DZ_DROP(FBSD_MAP_ALIGNED(32), "MAP_ALIGNED(32)"),
    DZ_DROP(FBSD_MAP_ALIGNED(64), "MAP_ALIGNED(64)"),
    DZ_DROP(FBSD_MAP_ALIGNED(128), "MAP_ALIGNED(128)"),
};
const struct dz_flagtab fbsd_mmap_flags = DZ_FLAGTAB(mmap_flags);

/* sys/sys/signal.h SA_*.  SA_RESTORER is the engine's business. */
static const struct dz_flag sa_flags[] = {
    DZ_FLAG(FBSD_SA_ONSTACK, SA_ONSTACK, "SA_ONSTACK"),
    DZ_FLAG(FBSD_SA_RESTART, SA_RESTART, "SA_RESTART"),
    DZ_FLAG(FBSD_SA_RESETHAND, SA_RESETHAND, "SA_RESETHAND"),
    DZ_FLAG(FBSD_SA_NOCLDSTOP, SA_NOCLDSTOP, "SA_NOCLDSTOP"),
    DZ_FLAG(FBSD_SA_NODEFER, SA_NODEFER, "SA_NODEFER"),
    DZ_FLAG(FBSD_SA_NOCLDWAIT, SA_NOCLDWAIT, "SA_NOCLDWAIT"),
    DZ_FLAG(FBSD_SA_SIGINFO, SA_SIGINFO, "SA_SIGINFO"),
    DZ_HOST_ONLY(SA_RESTORER),
};
const struct dz_flagtab fbsd_sa_flags = DZ_FLAGTAB(sa_flags);

/* sys/sys/socket.h: the flag bits of socket(2)/socketpair(2) types and of
 * accept4(2) flags. */
static const struct dz_flag sock_flags[] = {
    DZ_FLAG(FBSD_SOCK_CLOEXEC, SOCK_CLOEXEC, "SOCK_CLOEXEC"),
    DZ_FLAG(FBSD_SOCK_NONBLOCK, SOCK_NONBLOCK, "SOCK_NONBLOCK"),
};
const struct dz_flagtab fbsd_sock_flags = DZ_FLAGTAB(sock_flags);

/* sys/sys/socket.h MSG_*.  MSG_EOF (send then shut down) is left unknown:
 * dropping it would lose the shutdown.  MSG_NOTIFICATION (SCTP), MSG_NBIO
 * and MSG_COMPAT (kernel-internal) stay unknown too. */
static const struct dz_flag msg_flags[] = {
    DZ_FLAG(FBSD_MSG_OOB, MSG_OOB, "MSG_OOB"),
    DZ_FLAG(FBSD_MSG_PEEK, MSG_PEEK, "MSG_PEEK"),
    DZ_FLAG(FBSD_MSG_DONTROUTE, MSG_DONTROUTE, "MSG_DONTROUTE"),
    DZ_FLAG(FBSD_MSG_EOR, MSG_EOR, "MSG_EOR"),
    DZ_FLAG(FBSD_MSG_TRUNC, MSG_TRUNC, "MSG_TRUNC"),
    DZ_FLAG(FBSD_MSG_CTRUNC, MSG_CTRUNC, "MSG_CTRUNC"),
    DZ_FLAG(FBSD_MSG_WAITALL, MSG_WAITALL, "MSG_WAITALL"),
    DZ_FLAG(FBSD_MSG_DONTWAIT, MSG_DONTWAIT, "MSG_DONTWAIT"),
    DZ_FLAG(FBSD_MSG_NOSIGNAL, MSG_NOSIGNAL, "MSG_NOSIGNAL"),
    DZ_FLAG(FBSD_MSG_CMSG_CLOEXEC, MSG_CMSG_CLOEXEC, "MSG_CMSG_CLOEXEC"),
    DZ_FLAG(FBSD_MSG_WAITFORONE, MSG_WAITFORONE, "MSG_WAITFORONE"),
};
const struct dz_flagtab fbsd_msg_flags = DZ_FLAGTAB(msg_flags);

/* sys/sys/wait.h W*. */
static const struct dz_flag wait_options[] = {
    DZ_FLAG(FBSD_WNOHANG, WNOHANG, "WNOHANG"),
    DZ_FLAG(FBSD_WUNTRACED, WUNTRACED, "WUNTRACED"),
    DZ_FLAG(FBSD_WCONTINUED, WCONTINUED, "WCONTINUED"),
    DZ_FLAG(FBSD_WNOWAIT, WNOWAIT, "WNOWAIT"),
    DZ_FLAG(FBSD_WEXITED, WEXITED, "WEXITED"),
    /* Linux reports traced children to their tracer without asking. */
    DZ_DROP(FBSD_WTRAPPED, "WTRAPPED"),
    /* FreeBSD's Linuxulator flag is Linux __WCLONE, same bit and meaning. */
    DZ_FLAG(FBSD_WLINUXCLONE, __WCLONE, "WLINUXCLONE"),
};
const struct dz_flagtab fbsd_wait_options = DZ_FLAGTAB(wait_options);

static const struct dz_flag fd_flags[] = {
    DZ_FLAG(FBSD_FD_CLOEXEC, FD_CLOEXEC, "FD_CLOEXEC"),
};
const struct dz_flagtab fbsd_fd_flags = DZ_FLAGTAB(fd_flags);
