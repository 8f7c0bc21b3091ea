/* OpenBSD <-> Linux flag-word tables (see flags.h for the conventions).
 * OpenBSD values: abi/openbsd/consts.h; Linux values: musl.
 * DROP(g, name): an OpenBSD flag we know and deliberately do not pass on.
 * HOST_ONLY(h): a Linux flag the kernel reports that OpenBSD has no word
 * for; it is consumed silently on the way back to the guest. */
#define _GNU_SOURCE
#include "abi/openbsd/flags.h"
#include "abi/openbsd/consts.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>

#define DROP(g, nm) DZ_FIELD((g), (g), 0, 0, nm)
#define HOST_ONLY(h) DZ_FIELD(0, 0, (h), (h), NULL)
#define MAP(g, h, nm) DZ_FIELD((g), (g), (h), (h), nm)

/* sys/sys/fcntl.h.  Linux O_ACCMODE is spelled from its parts because musl
 * folds O_PATH into it.  OpenBSD has one bit for O_SYNC, O_DSYNC, O_RSYNC
 * and O_FSYNC: it is Linux O_SYNC. */
#define LX_ACCMODE (O_RDONLY | O_WRONLY | O_RDWR)
static const struct dz_flag open_flags[] = {
    DZ_FIELD(OBSD_O_ACCMODE, OBSD_O_RDONLY, LX_ACCMODE, O_RDONLY, "O_RDONLY"),
    DZ_FIELD(OBSD_O_ACCMODE, OBSD_O_WRONLY, LX_ACCMODE, O_WRONLY, "O_WRONLY"),
    DZ_FIELD(OBSD_O_ACCMODE, OBSD_O_RDWR, LX_ACCMODE, O_RDWR, "O_RDWR"),
    MAP(OBSD_O_NONBLOCK, O_NONBLOCK, "O_NONBLOCK"),
    MAP(OBSD_O_APPEND, O_APPEND, "O_APPEND"),
    /* open-time flock(2): taken by the handler after the open succeeds. */
    DROP(OBSD_O_SHLOCK, "O_SHLOCK"),
    DROP(OBSD_O_EXLOCK, "O_EXLOCK"),
    MAP(OBSD_O_ASYNC, O_ASYNC, "O_ASYNC"),
    /* Linux O_SYNC is __O_SYNC|O_DSYNC.  An OpenBSD program cannot open a
     * file O_DSYNC alone here, so only the full O_SYNC comes back. */
    MAP(OBSD_O_SYNC, O_SYNC, "O_SYNC"),
    MAP(OBSD_O_NOFOLLOW, O_NOFOLLOW, "O_NOFOLLOW"),
    MAP(OBSD_O_CREAT, O_CREAT, "O_CREAT"),
    MAP(OBSD_O_TRUNC, O_TRUNC, "O_TRUNC"),
    MAP(OBSD_O_EXCL, O_EXCL, "O_EXCL"),
    MAP(OBSD_O_NOCTTY, O_NOCTTY, "O_NOCTTY"),
    MAP(OBSD_O_CLOEXEC, O_CLOEXEC, "O_CLOEXEC"),
    MAP(OBSD_O_DIRECTORY, O_DIRECTORY, "O_DIRECTORY"),
    /* x86-64 Linux sets O_LARGEFILE in every F_GETFL answer. */
    HOST_ONLY(O_LARGEFILE),
};
const struct dz_flagtab obsd_open_flags = DZ_FLAGTAB(open_flags);

/* sys/sys/fcntl.h AT_*.  Linux gives AT_EACCESS and AT_REMOVEDIR the same
 * bit (they belong to different calls): guest->host only. */
static const struct dz_flag at_flags[] = {
    MAP(OBSD_AT_EACCESS, AT_EACCESS, "AT_EACCESS"),
    MAP(OBSD_AT_SYMLINK_NOFOLLOW, AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW"),
    MAP(OBSD_AT_SYMLINK_FOLLOW, AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW"),
    MAP(OBSD_AT_REMOVEDIR, AT_REMOVEDIR, "AT_REMOVEDIR"),
};
const struct dz_flagtab obsd_at_flags = DZ_FLAGTAB(at_flags);

static const struct dz_flag mmap_prot[] = {
    DZ_FIELD(OBSD_PROT_READ | OBSD_PROT_WRITE | OBSD_PROT_EXEC, OBSD_PROT_NONE,
             PROT_READ | PROT_WRITE | PROT_EXEC, PROT_NONE, "PROT_NONE"),
    MAP(OBSD_PROT_READ, PROT_READ, "PROT_READ"),
    MAP(OBSD_PROT_WRITE, PROT_WRITE, "PROT_WRITE"),
    MAP(OBSD_PROT_EXEC, PROT_EXEC, "PROT_EXEC"),
};
const struct dz_flagtab obsd_mmap_prot = DZ_FLAGTAB(mmap_prot);

/* sys/sys/mman.h MAP_*.  MAP_STACK: OpenBSD checks that the stack pointer
 * lies in such a mapping on every system call and fault; Linux has no such
 * check, so the hint is dropped (as the FreeBSD table does).  MAP_CONCEAL
 * keeps the pages out of core dumps: dropped (a core file is not something
 * denizen writes in the guest's format anyway). */
static const struct dz_flag mmap_flags[] = {
    MAP(OBSD_MAP_SHARED, MAP_SHARED, "MAP_SHARED"),
    MAP(OBSD_MAP_PRIVATE, MAP_PRIVATE, "MAP_PRIVATE"),
    MAP(OBSD_MAP_FIXED, MAP_FIXED, "MAP_FIXED"),
    MAP(OBSD_MAP_ANON, MAP_ANONYMOUS, "MAP_ANON"),
    DROP(OBSD_MAP_STACK, "MAP_STACK"),
    DROP(OBSD_MAP_CONCEAL, "MAP_CONCEAL"),
};
const struct dz_flagtab obsd_mmap_flags = DZ_FLAGTAB(mmap_flags);

/* sys/sys/signal.h SA_*.  SA_RESTORER is the engine's business. */
static const struct dz_flag sa_flags[] = {
    MAP(OBSD_SA_ONSTACK, SA_ONSTACK, "SA_ONSTACK"),
    MAP(OBSD_SA_RESTART, SA_RESTART, "SA_RESTART"),
    MAP(OBSD_SA_RESETHAND, SA_RESETHAND, "SA_RESETHAND"),
    MAP(OBSD_SA_NOCLDSTOP, SA_NOCLDSTOP, "SA_NOCLDSTOP"),
    MAP(OBSD_SA_NODEFER, SA_NODEFER, "SA_NODEFER"),
    MAP(OBSD_SA_NOCLDWAIT, SA_NOCLDWAIT, "SA_NOCLDWAIT"),
    MAP(OBSD_SA_SIGINFO, SA_SIGINFO, "SA_SIGINFO"),
    HOST_ONLY(SA_RESTORER),
};
const struct dz_flagtab obsd_sa_flags = DZ_FLAGTAB(sa_flags);

/* socket(2) type flags and accept4(2) flags.  SOCK_DNS restricts a socket
 * to DNS under pledge(2): no pledge here, dropped. */
static const struct dz_flag sock_flags[] = {
    MAP(OBSD_SOCK_CLOEXEC, SOCK_CLOEXEC, "SOCK_CLOEXEC"),
    MAP(OBSD_SOCK_NONBLOCK, SOCK_NONBLOCK, "SOCK_NONBLOCK"),
    DROP(OBSD_SOCK_DNS, "SOCK_DNS"),
};
const struct dz_flagtab obsd_sock_flags = DZ_FLAGTAB(sock_flags);

/* sys/sys/socket.h MSG_*.  MSG_BCAST/MSG_MCAST are only ever reported by
 * recvmsg (Linux never sets them). */
static const struct dz_flag msg_flags[] = {
    MAP(OBSD_MSG_OOB, MSG_OOB, "MSG_OOB"),
    MAP(OBSD_MSG_PEEK, MSG_PEEK, "MSG_PEEK"),
    MAP(OBSD_MSG_DONTROUTE, MSG_DONTROUTE, "MSG_DONTROUTE"),
    MAP(OBSD_MSG_EOR, MSG_EOR, "MSG_EOR"),
    MAP(OBSD_MSG_TRUNC, MSG_TRUNC, "MSG_TRUNC"),
    MAP(OBSD_MSG_CTRUNC, MSG_CTRUNC, "MSG_CTRUNC"),
    MAP(OBSD_MSG_WAITALL, MSG_WAITALL, "MSG_WAITALL"),
    MAP(OBSD_MSG_DONTWAIT, MSG_DONTWAIT, "MSG_DONTWAIT"),
    DROP(OBSD_MSG_BCAST, "MSG_BCAST"),
    DROP(OBSD_MSG_MCAST, "MSG_MCAST"),
    MAP(OBSD_MSG_NOSIGNAL, MSG_NOSIGNAL, "MSG_NOSIGNAL"),
    MAP(OBSD_MSG_CMSG_CLOEXEC, MSG_CMSG_CLOEXEC, "MSG_CMSG_CLOEXEC"),
};
const struct dz_flagtab obsd_msg_flags = DZ_FLAGTAB(msg_flags);

/* sys/sys/wait.h W*. */
static const struct dz_flag wait_options[] = {
    MAP(OBSD_WNOHANG, WNOHANG, "WNOHANG"),
    MAP(OBSD_WUNTRACED, WUNTRACED, "WUNTRACED"),
    MAP(OBSD_WCONTINUED, WCONTINUED, "WCONTINUED"),
};
const struct dz_flagtab obsd_wait_options = DZ_FLAGTAB(wait_options);
