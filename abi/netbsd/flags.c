/* NetBSD <-> Linux flag-word tables (see flags.h for the conventions).
 * NetBSD values: abi/netbsd/consts.h; Linux values: musl.
 * DZ_DROP(g, name): a NetBSD flag we know and deliberately do not pass on.
 * DZ_HOST_ONLY(h): a Linux flag the kernel reports that NetBSD has no word
 * for; it is consumed silently on the way back to the guest. */
#define _GNU_SOURCE
#include "abi/netbsd/flags.h"
#include "abi/netbsd/consts.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>

/* sys/sys/fcntl.h.  Linux O_ACCMODE is spelled from its parts because
 * musl folds O_PATH into it. */
#define LX_ACCMODE (O_RDONLY | O_WRONLY | O_RDWR)
static const struct dz_flag open_flags[] = {
    DZ_FIELD(NBSD_O_ACCMODE, NBSD_O_RDONLY, LX_ACCMODE, O_RDONLY, "O_RDONLY"),
    DZ_FIELD(NBSD_O_ACCMODE, NBSD_O_WRONLY, LX_ACCMODE, O_WRONLY, "O_WRONLY"),
    DZ_FIELD(NBSD_O_ACCMODE, NBSD_O_RDWR, LX_ACCMODE, O_RDWR, "O_RDWR"),
    DZ_FLAG(NBSD_O_NONBLOCK, O_NONBLOCK, "O_NONBLOCK"),
    DZ_FLAG(NBSD_O_APPEND, O_APPEND, "O_APPEND"),
    /* open-time flock(2): the handler takes the lock after the open. */
    DZ_DROP(NBSD_O_SHLOCK, "O_SHLOCK"),
    DZ_DROP(NBSD_O_EXLOCK, "O_EXLOCK"),
    DZ_FLAG(NBSD_O_ASYNC, O_ASYNC, "O_ASYNC"),
    /* Linux O_SYNC is __O_SYNC|O_DSYNC; the O_DSYNC entry matches the
     * host only without __O_SYNC, so F_GETFL reads back O_SYNC alone. */
    DZ_FLAG(NBSD_O_SYNC, O_SYNC, "O_SYNC"),
    DZ_FIELD(NBSD_O_DSYNC, NBSD_O_DSYNC, O_SYNC, O_DSYNC, "O_DSYNC"),
    /* O_RSYNC: reads as synchronous as writes; Linux accepts the bit but
     * does not implement it either. */
    DZ_DROP(NBSD_O_RSYNC, "O_RSYNC"),
    DZ_FLAG(NBSD_O_NOFOLLOW, O_NOFOLLOW, "O_NOFOLLOW"),
    DZ_FLAG(NBSD_O_CREAT, O_CREAT, "O_CREAT"),
    DZ_FLAG(NBSD_O_TRUNC, O_TRUNC, "O_TRUNC"),
    DZ_FLAG(NBSD_O_EXCL, O_EXCL, "O_EXCL"),
    DZ_FLAG(NBSD_O_NOCTTY, O_NOCTTY, "O_NOCTTY"),
    /* O_ALT_IO (alternate I/O semantics of some drivers): nothing on Linux. */
    DZ_DROP(NBSD_O_ALT_IO, "O_ALT_IO"),
    DZ_FLAG(NBSD_O_DIRECT, O_DIRECT, "O_DIRECT"),
    DZ_FLAG(NBSD_O_DIRECTORY, O_DIRECTORY, "O_DIRECTORY"),
    DZ_FLAG(NBSD_O_CLOEXEC, O_CLOEXEC, "O_CLOEXEC"),
    /* O_SEARCH: open a directory for lookups only; opened O_RDONLY as
     * NetBSD requires beside it (a search-only directory fails here). */
    DZ_DROP(NBSD_O_SEARCH, "O_SEARCH"),
    /* O_NOSIGPIPE: writes to a broken pipe fail with EPIPE without
     * SIGPIPE.  Linux has no per-descriptor switch (only MSG_NOSIGNAL on
     * sockets); dropped, so such a write still raises SIGPIPE (lossy). */
    DZ_DROP(NBSD_O_NOSIGPIPE, "O_NOSIGPIPE"),
    /* x86-64 Linux sets O_LARGEFILE in every F_GETFL answer. */
    DZ_HOST_ONLY(O_LARGEFILE),
};
const struct dz_flagtab nbsd_open_flags = DZ_FLAGTAB(open_flags);

/* sys/sys/fcntl.h AT_*.  Only the guest->host direction is meaningful
 * (Linux gives AT_EACCESS and AT_REMOVEDIR one bit). */
static const struct dz_flag at_flags[] = {
    DZ_FLAG(NBSD_AT_EACCESS, AT_EACCESS, "AT_EACCESS"),
    DZ_FLAG(NBSD_AT_SYMLINK_NOFOLLOW, AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW"),
    DZ_FLAG(NBSD_AT_SYMLINK_FOLLOW, AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW"),
    DZ_FLAG(NBSD_AT_REMOVEDIR, AT_REMOVEDIR, "AT_REMOVEDIR"),
};
const struct dz_flagtab nbsd_at_flags = DZ_FLAGTAB(at_flags);

/* sys/sys/mman.h PROT_* (the same bits as Linux). */
static const struct dz_flag mmap_prot[] = {
    DZ_FIELD(NBSD_PROT_READ | NBSD_PROT_WRITE | NBSD_PROT_EXEC, NBSD_PROT_NONE,
             PROT_READ | PROT_WRITE | PROT_EXEC, PROT_NONE, "PROT_NONE"),
    DZ_FLAG(NBSD_PROT_READ, PROT_READ, "PROT_READ"),
    DZ_FLAG(NBSD_PROT_WRITE, PROT_WRITE, "PROT_WRITE"),
    DZ_FLAG(NBSD_PROT_EXEC, PROT_EXEC, "PROT_EXEC"),
};
const struct dz_flagtab nbsd_mmap_prot = DZ_FLAGTAB(mmap_prot);

/* sys/sys/mman.h MAP_*.  MAP_RENAME (0x20) and MAP_COPY (0x4) stay
 * unknown: NetBSD rejects them on anything Go or libc would map. */
static const struct dz_flag mmap_flags[] = {
    DZ_FLAG(NBSD_MAP_SHARED, MAP_SHARED, "MAP_SHARED"),
    DZ_FLAG(NBSD_MAP_PRIVATE, MAP_PRIVATE, "MAP_PRIVATE"),
    DZ_FLAG(NBSD_MAP_FIXED, MAP_FIXED, "MAP_FIXED"),
    DZ_FLAG(NBSD_MAP_NORESERVE, MAP_NORESERVE, "MAP_NORESERVE"),
    /* MAP_INHERIT: keep the mapping across exec; never honoured by
     * NetBSD for ordinary mappings either. */
    DZ_DROP(NBSD_MAP_INHERIT, "MAP_INHERIT"),
    DZ_DROP(NBSD_MAP_HASSEMAPHORE, "MAP_HASSEMAPHORE"),   /* a hint; always true on x86 */
    /* MAP_TRYFIXED: use the address if free, else anywhere -- exactly what
     * Linux does with a hint address and no MAP_FIXED. */
    DZ_DROP(NBSD_MAP_TRYFIXED, "MAP_TRYFIXED"),
    DZ_FLAG(NBSD_MAP_WIRED, MAP_LOCKED, "MAP_WIRED"),      /* wired = locked in memory */
    DZ_FLAG(NBSD_MAP_ANON, MAP_ANONYMOUS, "MAP_ANON"),
    /* MAP_STACK: a hint on both systems; Go never relies on it. */
    DZ_DROP(NBSD_MAP_STACK, "MAP_STACK"),
    /* MAP_ALIGNED(n) = n << 24 asks for 2^n alignment; Linux has no such
     * request, so each bit of n is dropped (names add up to n). */
    DZ_DROP(NBSD_MAP_ALIGNED(1), "MAP_ALIGNED(1)"),
    DZ_DROP(NBSD_MAP_ALIGNED(2), "MAP_ALIGNED(2)"),
    DZ_DROP(NBSD_MAP_ALIGNED(4), "MAP_ALIGNED(4)"),
    DZ_DROP(NBSD_MAP_ALIGNED(8), "MAP_ALIGNED(8)"),
    DZ_DROP(NBSD_MAP_ALIGNED(16), "MAP_ALIGNED(16)"),
    DZ_DROP(NBSD_MAP_ALIGNED(32), "MAP_ALIGNED(32)"),
    DZ_DROP(NBSD_MAP_ALIGNED(64), "MAP_ALIGNED(64)"),
    DZ_DROP(NBSD_MAP_ALIGNED(128), "MAP_ALIGNED(128)"),
};
const struct dz_flagtab nbsd_mmap_flags = DZ_FLAGTAB(mmap_flags);

/* sys/sys/signal.h SA_*.  SA_RESTORER is the engine's business;
 * SA_NOKERNINFO (no SIGINFO status line) has no Linux meaning. */
static const struct dz_flag sa_flags[] = {
    DZ_FLAG(NBSD_SA_ONSTACK, SA_ONSTACK, "SA_ONSTACK"),
    DZ_FLAG(NBSD_SA_RESTART, SA_RESTART, "SA_RESTART"),
    DZ_FLAG(NBSD_SA_RESETHAND, SA_RESETHAND, "SA_RESETHAND"),
    DZ_FLAG(NBSD_SA_NOCLDSTOP, SA_NOCLDSTOP, "SA_NOCLDSTOP"),
    DZ_FLAG(NBSD_SA_NODEFER, SA_NODEFER, "SA_NODEFER"),
    DZ_FLAG(NBSD_SA_NOCLDWAIT, SA_NOCLDWAIT, "SA_NOCLDWAIT"),
    DZ_FLAG(NBSD_SA_SIGINFO, SA_SIGINFO, "SA_SIGINFO"),
    DZ_DROP(NBSD_SA_NOKERNINFO, "SA_NOKERNINFO"),
    DZ_HOST_ONLY(SA_RESTORER),
};
const struct dz_flagtab nbsd_sa_flags = DZ_FLAGTAB(sa_flags);

/* sys/sys/socket.h: the flag bits of socket/socketpair types and of
 * paccept flags.  SOCK_NOSIGPIPE: see O_NOSIGPIPE (dropped, lossy). */
static const struct dz_flag sock_flags[] = {
    DZ_FLAG(NBSD_SOCK_CLOEXEC, SOCK_CLOEXEC, "SOCK_CLOEXEC"),
    DZ_FLAG(NBSD_SOCK_NONBLOCK, SOCK_NONBLOCK, "SOCK_NONBLOCK"),
    DZ_DROP(NBSD_SOCK_NOSIGPIPE, "SOCK_NOSIGPIPE"),
};
const struct dz_flagtab nbsd_sock_flags = DZ_FLAGTAB(sock_flags);

/* sys/sys/socket.h MSG_*.  MSG_BCAST/MSG_MCAST are reported on receive
 * only (Linux has no such flags); MSG_NBIO is kernel-internal. */
static const struct dz_flag msg_flags[] = {
    DZ_FLAG(NBSD_MSG_OOB, MSG_OOB, "MSG_OOB"),
    DZ_FLAG(NBSD_MSG_PEEK, MSG_PEEK, "MSG_PEEK"),
    DZ_FLAG(NBSD_MSG_DONTROUTE, MSG_DONTROUTE, "MSG_DONTROUTE"),
    DZ_FLAG(NBSD_MSG_EOR, MSG_EOR, "MSG_EOR"),
    DZ_FLAG(NBSD_MSG_TRUNC, MSG_TRUNC, "MSG_TRUNC"),
    DZ_FLAG(NBSD_MSG_CTRUNC, MSG_CTRUNC, "MSG_CTRUNC"),
    DZ_FLAG(NBSD_MSG_WAITALL, MSG_WAITALL, "MSG_WAITALL"),
    DZ_FLAG(NBSD_MSG_DONTWAIT, MSG_DONTWAIT, "MSG_DONTWAIT"),
    DZ_FLAG(NBSD_MSG_NOSIGNAL, MSG_NOSIGNAL, "MSG_NOSIGNAL"),
    DZ_FLAG(NBSD_MSG_CMSG_CLOEXEC, MSG_CMSG_CLOEXEC, "MSG_CMSG_CLOEXEC"),
};
const struct dz_flagtab nbsd_msg_flags = DZ_FLAGTAB(msg_flags);

/* sys/sys/wait.h W*.  WALTSIG/WALLSIG select children by their exit
 * signal, as Linux __WCLONE/__WALL do.  WNOZOMBIE (ignore zombies) stays
 * unknown: Linux cannot wait for stops alone while skipping exits. */
static const struct dz_flag wait_options[] = {
    DZ_FLAG(NBSD_WNOHANG, WNOHANG, "WNOHANG"),
    DZ_FLAG(NBSD_WUNTRACED, WUNTRACED, "WUNTRACED"),
    DZ_FLAG(NBSD_WALTSIG, __WCLONE, "WALTSIG"),
    DZ_FLAG(NBSD_WALLSIG, __WALL, "WALLSIG"),
    DZ_FLAG(NBSD_WCONTINUED, WCONTINUED, "WCONTINUED"),
    DZ_FLAG(NBSD_WEXITED, WEXITED, "WEXITED"),
    /* Linux reports traced children to their tracer without asking. */
    DZ_DROP(NBSD_WTRAPPED, "WTRAPPED"),
    DZ_FLAG(NBSD_WNOWAIT, WNOWAIT, "WNOWAIT"),
};
const struct dz_flagtab nbsd_wait_options = DZ_FLAGTAB(wait_options);

/* sys/sys/ucontext.h _UC_*: names for the tracer and for tests; the
 * context handlers test the bits themselves. */
static const struct dz_flag uc_flags[] = {
    DZ_DROP(NBSD_UC_SIGMASK, "_UC_SIGMASK"),
    DZ_DROP(NBSD_UC_STACK, "_UC_STACK"),
    DZ_DROP(NBSD_UC_CPU, "_UC_CPU"),
    DZ_DROP(NBSD_UC_FPU, "_UC_FPU"),
    DZ_DROP(NBSD_UC_SETSTACK, "_UC_SETSTACK"),
    DZ_DROP(NBSD_UC_CLRSTACK, "_UC_CLRSTACK"),
    DZ_DROP(NBSD_UC_TLSBASE, "_UC_TLSBASE"),
};
const struct dz_flagtab nbsd_uc_flags = DZ_FLAGTAB(uc_flags);
