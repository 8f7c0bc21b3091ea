/* OpenBSD <-> Linux flag-word tables (see flags.h for the conventions).
 * OpenBSD values: abi/openbsd/consts.h; Linux values: musl.
 * DZ_DROP(g, name): an OpenBSD flag we know and deliberately do not pass on.
 * DZ_HOST_ONLY(h): a Linux flag the kernel reports that OpenBSD has no word
 * for; it is consumed silently on the way back to the guest. */
#define _GNU_SOURCE
#include "abi/openbsd/flags.h"
#include "abi/openbsd/consts.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>

/* sys/sys/fcntl.h.  Linux O_ACCMODE is spelled from its parts because musl
 * folds O_PATH into it.  OpenBSD has one bit for O_SYNC, O_DSYNC, O_RSYNC
 * and O_FSYNC: it is Linux O_SYNC. */
#define LX_ACCMODE (O_RDONLY | O_WRONLY | O_RDWR)
static const struct dz_flag open_flags[] = {
    DZ_FIELD(OBSD_O_ACCMODE, OBSD_O_RDONLY, LX_ACCMODE, O_RDONLY, "O_RDONLY"),
    DZ_FIELD(OBSD_O_ACCMODE, OBSD_O_WRONLY, LX_ACCMODE, O_WRONLY, "O_WRONLY"),
    DZ_FIELD(OBSD_O_ACCMODE, OBSD_O_RDWR, LX_ACCMODE, O_RDWR, "O_RDWR"),
    DZ_FLAG(OBSD_O_NONBLOCK, O_NONBLOCK, "O_NONBLOCK"),
    DZ_FLAG(OBSD_O_APPEND, O_APPEND, "O_APPEND"),
    /* open-time flock(2): taken by the handler after the open succeeds. */
    DZ_DROP(OBSD_O_SHLOCK, "O_SHLOCK"),
    DZ_DROP(OBSD_O_EXLOCK, "O_EXLOCK"),
    DZ_FLAG(OBSD_O_ASYNC, O_ASYNC, "O_ASYNC"),
    /* Linux O_SYNC is __O_SYNC|O_DSYNC.  An OpenBSD program cannot open a
     * file O_DSYNC alone here, so only the full O_SYNC comes back. */
    DZ_FLAG(OBSD_O_SYNC, O_SYNC, "O_SYNC"),
    DZ_FLAG(OBSD_O_NOFOLLOW, O_NOFOLLOW, "O_NOFOLLOW"),
    DZ_FLAG(OBSD_O_CREAT, O_CREAT, "O_CREAT"),
    DZ_FLAG(OBSD_O_TRUNC, O_TRUNC, "O_TRUNC"),
    DZ_FLAG(OBSD_O_EXCL, O_EXCL, "O_EXCL"),
    DZ_FLAG(OBSD_O_NOCTTY, O_NOCTTY, "O_NOCTTY"),
    DZ_FLAG(OBSD_O_CLOEXEC, O_CLOEXEC, "O_CLOEXEC"),
    DZ_FLAG(OBSD_O_DIRECTORY, O_DIRECTORY, "O_DIRECTORY"),
    /* x86-64 Linux sets O_LARGEFILE in every F_GETFL answer. */
    DZ_HOST_ONLY(O_LARGEFILE),
};
const struct dz_flagtab obsd_open_flags = DZ_FLAGTAB(open_flags);

/* sys/sys/fcntl.h AT_*.  Linux gives AT_EACCESS and AT_REMOVEDIR the same
 * bit (they belong to different calls): guest->host only. */
static const struct dz_flag at_flags[] = {
    DZ_FLAG(OBSD_AT_EACCESS, AT_EACCESS, "AT_EACCESS"),
    DZ_FLAG(OBSD_AT_SYMLINK_NOFOLLOW, AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW"),
    DZ_FLAG(OBSD_AT_SYMLINK_FOLLOW, AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW"),
    DZ_FLAG(OBSD_AT_REMOVEDIR, AT_REMOVEDIR, "AT_REMOVEDIR"),
};
const struct dz_flagtab obsd_at_flags = DZ_FLAGTAB(at_flags);

static const struct dz_flag mmap_prot[] = {
    DZ_FIELD(OBSD_PROT_READ | OBSD_PROT_WRITE | OBSD_PROT_EXEC, OBSD_PROT_NONE,
             PROT_READ | PROT_WRITE | PROT_EXEC, PROT_NONE, "PROT_NONE"),
    DZ_FLAG(OBSD_PROT_READ, PROT_READ, "PROT_READ"),
    DZ_FLAG(OBSD_PROT_WRITE, PROT_WRITE, "PROT_WRITE"),
    DZ_FLAG(OBSD_PROT_EXEC, PROT_EXEC, "PROT_EXEC"),
};
const struct dz_flagtab obsd_mmap_prot = DZ_FLAGTAB(mmap_prot);

/* sys/sys/mman.h MAP_*.  MAP_STACK: OpenBSD checks that the stack pointer
 * lies in such a mapping on every system call and fault; Linux has no such
 * check, so the hint is dropped (as the FreeBSD table does).  MAP_CONCEAL
 * keeps the pages out of core dumps: dropped (a core file is not something
 * denizen writes in the guest's format anyway). */
static const struct dz_flag mmap_flags[] = {
    DZ_FLAG(OBSD_MAP_SHARED, MAP_SHARED, "MAP_SHARED"),
    DZ_FLAG(OBSD_MAP_PRIVATE, MAP_PRIVATE, "MAP_PRIVATE"),
    DZ_FLAG(OBSD_MAP_FIXED, MAP_FIXED, "MAP_FIXED"),
    DZ_FLAG(OBSD_MAP_ANON, MAP_ANONYMOUS, "MAP_ANON"),
    DZ_DROP(OBSD_MAP_STACK, "MAP_STACK"),
    DZ_DROP(OBSD_MAP_CONCEAL, "MAP_CONCEAL"),
};
const struct dz_flagtab obsd_mmap_flags = DZ_FLAGTAB(mmap_flags);

/* sys/sys/signal.h SA_*.  SA_RESTORER is the engine's business. */
static const struct dz_flag sa_flags[] = {
    DZ_FLAG(OBSD_SA_ONSTACK, SA_ONSTACK, "SA_ONSTACK"),
    DZ_FLAG(OBSD_SA_RESTART, SA_RESTART, "SA_RESTART"),
    DZ_FLAG(OBSD_SA_RESETHAND, SA_RESETHAND, "SA_RESETHAND"),
    DZ_FLAG(OBSD_SA_NOCLDSTOP, SA_NOCLDSTOP, "SA_NOCLDSTOP"),
    DZ_FLAG(OBSD_SA_NODEFER, SA_NODEFER, "SA_NODEFER"),
    DZ_FLAG(OBSD_SA_NOCLDWAIT, SA_NOCLDWAIT, "SA_NOCLDWAIT"),
    DZ_FLAG(OBSD_SA_SIGINFO, SA_SIGINFO, "SA_SIGINFO"),
    DZ_HOST_ONLY(SA_RESTORER),
};
const struct dz_flagtab obsd_sa_flags = DZ_FLAGTAB(sa_flags);

/* socket(2) type flags and accept4(2) flags.  SOCK_DNS restricts a socket
 * to DNS under pledge(2): no pledge here, dropped. */
static const struct dz_flag sock_flags[] = {
    DZ_FLAG(OBSD_SOCK_CLOEXEC, SOCK_CLOEXEC, "SOCK_CLOEXEC"),
    DZ_FLAG(OBSD_SOCK_NONBLOCK, SOCK_NONBLOCK, "SOCK_NONBLOCK"),
    DZ_DROP(OBSD_SOCK_DNS, "SOCK_DNS"),
};
const struct dz_flagtab obsd_sock_flags = DZ_FLAGTAB(sock_flags);

/* sys/sys/socket.h MSG_*.  MSG_BCAST/MSG_MCAST are only ever reported by
 * recvmsg (Linux never sets them). */
static const struct dz_flag msg_flags[] = {
    DZ_FLAG(OBSD_MSG_OOB, MSG_OOB, "MSG_OOB"),
    DZ_FLAG(OBSD_MSG_PEEK, MSG_PEEK, "MSG_PEEK"),
    DZ_FLAG(OBSD_MSG_DONTROUTE, MSG_DONTROUTE, "MSG_DONTROUTE"),
    DZ_FLAG(OBSD_MSG_EOR, MSG_EOR, "MSG_EOR"),
    DZ_FLAG(OBSD_MSG_TRUNC, MSG_TRUNC, "MSG_TRUNC"),
    DZ_FLAG(OBSD_MSG_CTRUNC, MSG_CTRUNC, "MSG_CTRUNC"),
    DZ_FLAG(OBSD_MSG_WAITALL, MSG_WAITALL, "MSG_WAITALL"),
    DZ_FLAG(OBSD_MSG_DONTWAIT, MSG_DONTWAIT, "MSG_DONTWAIT"),
    DZ_DROP(OBSD_MSG_BCAST, "MSG_BCAST"),
    DZ_DROP(OBSD_MSG_MCAST, "MSG_MCAST"),
    DZ_FLAG(OBSD_MSG_NOSIGNAL, MSG_NOSIGNAL, "MSG_NOSIGNAL"),
    DZ_FLAG(OBSD_MSG_CMSG_CLOEXEC, MSG_CMSG_CLOEXEC, "MSG_CMSG_CLOEXEC"),
};
const struct dz_flagtab obsd_msg_flags = DZ_FLAGTAB(msg_flags);

/* sys/sys/wait.h W*. */
static const struct dz_flag wait_options[] = {
    DZ_FLAG(OBSD_WNOHANG, WNOHANG, "WNOHANG"),
    DZ_FLAG(OBSD_WUNTRACED, WUNTRACED, "WUNTRACED"),
    DZ_FLAG(OBSD_WCONTINUED, WCONTINUED, "WCONTINUED"),
};
const struct dz_flagtab obsd_wait_options = DZ_FLAGTAB(wait_options);
