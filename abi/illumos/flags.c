/* illumos <-> Linux flag-word tables (see flags.h for the conventions).
 * illumos values: abi/illumos/consts.h; Linux values: musl. */
#define _GNU_SOURCE
#include "abi/illumos/flags.h"
#include "abi/illumos/consts.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>

/* sys/fcntl.h.  O_ACCMODE also covers O_SEARCH and O_EXEC (0x600000):
 * both open a directory or file for fd-relative use only, Linux O_PATH.
 * O_LARGEFILE is a no-op on LP64 (and Linux reports its own in F_GETFL). */
#define LX_ACCMODE (O_RDONLY | O_WRONLY | O_RDWR | O_PATH)
static const struct dz_flag open_flags[] = {
    DZ_FIELD(ILM_O_ACCMODE, ILM_O_RDONLY, LX_ACCMODE, O_RDONLY, "O_RDONLY"),
    DZ_FIELD(ILM_O_ACCMODE, ILM_O_WRONLY, LX_ACCMODE, O_WRONLY, "O_WRONLY"),
    DZ_FIELD(ILM_O_ACCMODE, ILM_O_RDWR, LX_ACCMODE, O_RDWR, "O_RDWR"),
    DZ_FIELD(ILM_O_ACCMODE, ILM_O_SEARCH, LX_ACCMODE, O_PATH, "O_SEARCH"),
    DZ_FIELD(ILM_O_ACCMODE, ILM_O_EXEC, 0, 0, "O_EXEC"),
    DZ_FLAG(ILM_O_NONBLOCK, O_NONBLOCK, "O_NONBLOCK"),
    DZ_DROP(ILM_O_NDELAY, "O_NDELAY"),   /* the old System V non-blocking read (lossy) */
    DZ_FLAG(ILM_O_APPEND, O_APPEND, "O_APPEND"),
    DZ_FLAG(ILM_O_SYNC, O_SYNC, "O_SYNC"),
    DZ_DROP(ILM_O_DSYNC, "O_DSYNC"),     /* lossy: Linux O_SYNC is O_DSYNC plus a bit */
    DZ_DROP(ILM_O_RSYNC, "O_RSYNC"),
    DZ_FLAG(ILM_O_NOFOLLOW, O_NOFOLLOW, "O_NOFOLLOW"),
    DZ_FLAG(ILM_O_CREAT, O_CREAT, "O_CREAT"),
    DZ_FLAG(ILM_O_TRUNC, O_TRUNC, "O_TRUNC"),
    DZ_FLAG(ILM_O_EXCL, O_EXCL, "O_EXCL"),
    DZ_FLAG(ILM_O_NOCTTY, O_NOCTTY, "O_NOCTTY"),
    DZ_FLAG(ILM_O_CLOEXEC, O_CLOEXEC, "O_CLOEXEC"),
    DZ_FLAG(ILM_O_DIRECTORY, O_DIRECTORY, "O_DIRECTORY"),
    DZ_DROP(ILM_O_LARGEFILE, "O_LARGEFILE"),
    DZ_HOST_ONLY(O_LARGEFILE),
};
const struct dz_flagtab ilm_open_flags = DZ_FLAGTAB(open_flags);

/* sys/fcntl.h AT_*: guest->host only (Linux AT_EACCESS = AT_REMOVEDIR). */
static const struct dz_flag at_flags[] = {
    DZ_FLAG(ILM_AT_EACCESS, AT_EACCESS, "AT_EACCESS"),
    DZ_FLAG(ILM_AT_SYMLINK_NOFOLLOW, AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW"),
    DZ_FLAG(ILM_AT_SYMLINK_FOLLOW, AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW"),
    DZ_FLAG(ILM_AT_REMOVEDIR, AT_REMOVEDIR, "AT_REMOVEDIR"),
};
const struct dz_flagtab ilm_at_flags = DZ_FLAGTAB(at_flags);

static const struct dz_flag mmap_prot[] = {
    DZ_FIELD(ILM_PROT_READ | ILM_PROT_WRITE | ILM_PROT_EXEC, ILM_PROT_NONE,
             PROT_READ | PROT_WRITE | PROT_EXEC, PROT_NONE, "PROT_NONE"),
    DZ_FLAG(ILM_PROT_READ, PROT_READ, "PROT_READ"),
    DZ_FLAG(ILM_PROT_WRITE, PROT_WRITE, "PROT_WRITE"),
    DZ_FLAG(ILM_PROT_EXEC, PROT_EXEC, "PROT_EXEC"),
};
const struct dz_flagtab ilm_mmap_prot = DZ_FLAGTAB(mmap_prot);

/* sys/mman.h MAP_*.  MAP_ALIGN (the address is an alignment) is not
 * emulated: dropped, the hint address then means nothing to Linux either
 * way (lossy).  MAP_TEXT/MAP_INITDATA are placement hints. */
static const struct dz_flag mmap_flags[] = {
    DZ_FLAG(ILM_MAP_SHARED, MAP_SHARED, "MAP_SHARED"),
    DZ_FLAG(ILM_MAP_PRIVATE, MAP_PRIVATE, "MAP_PRIVATE"),
    DZ_FLAG(ILM_MAP_FIXED, MAP_FIXED, "MAP_FIXED"),
    DZ_FLAG(ILM_MAP_ANON, MAP_ANONYMOUS, "MAP_ANON"),
    DZ_FLAG(ILM_MAP_NORESERVE, MAP_NORESERVE, "MAP_NORESERVE"),
    DZ_FLAG(ILM_MAP_32BIT, MAP_32BIT, "MAP_32BIT"),
    DZ_DROP(ILM_MAP_ALIGN, "MAP_ALIGN"),
    DZ_DROP(ILM_MAP_TEXT, "MAP_TEXT"),
    DZ_DROP(ILM_MAP_INITDATA, "MAP_INITDATA"),
};
const struct dz_flagtab ilm_mmap_flags = DZ_FLAGTAB(mmap_flags);

/* sys/signal.h SA_* -> the BSD SA_* values, which are the engine's DZ_SA_*
 * (syscall-xlate/engine/personality.h; libshim/illumos asserts they agree):
 * the shared sigaction handler and the engine read those. */
#define BSD_SA_ONSTACK   0x1
#define BSD_SA_RESTART   0x2
#define BSD_SA_RESETHAND 0x4
#define BSD_SA_NOCLDSTOP 0x8
#define BSD_SA_NODEFER   0x10
#define BSD_SA_NOCLDWAIT 0x20
#define BSD_SA_SIGINFO   0x40
static const struct dz_flag sa_flags[] = {
    DZ_FIELD(ILM_SA_ONSTACK, ILM_SA_ONSTACK, BSD_SA_ONSTACK, BSD_SA_ONSTACK, "SA_ONSTACK"),
    DZ_FIELD(ILM_SA_RESETHAND, ILM_SA_RESETHAND, BSD_SA_RESETHAND, BSD_SA_RESETHAND, "SA_RESETHAND"),
    DZ_FIELD(ILM_SA_RESTART, ILM_SA_RESTART, BSD_SA_RESTART, BSD_SA_RESTART, "SA_RESTART"),
    DZ_FIELD(ILM_SA_SIGINFO, ILM_SA_SIGINFO, BSD_SA_SIGINFO, BSD_SA_SIGINFO, "SA_SIGINFO"),
    DZ_FIELD(ILM_SA_NODEFER, ILM_SA_NODEFER, BSD_SA_NODEFER, BSD_SA_NODEFER, "SA_NODEFER"),
    DZ_FIELD(ILM_SA_NOCLDWAIT, ILM_SA_NOCLDWAIT, BSD_SA_NOCLDWAIT, BSD_SA_NOCLDWAIT, "SA_NOCLDWAIT"),
    DZ_FIELD(ILM_SA_NOCLDSTOP, ILM_SA_NOCLDSTOP, BSD_SA_NOCLDSTOP, BSD_SA_NOCLDSTOP, "SA_NOCLDSTOP"),
};
const struct dz_flagtab ilm_sa_flags = DZ_FLAGTAB(sa_flags);

static const struct dz_flag sock_flags[] = {
    DZ_FLAG(ILM_SOCK_CLOEXEC, SOCK_CLOEXEC, "SOCK_CLOEXEC"),
    DZ_FLAG(ILM_SOCK_NONBLOCK, SOCK_NONBLOCK, "SOCK_NONBLOCK"),
    DZ_DROP(ILM_SOCK_NDELAY, "SOCK_NDELAY"),
};
const struct dz_flagtab ilm_sock_flags = DZ_FLAGTAB(sock_flags);

/* sys/socket.h MSG_*.  MSG_XPG4_2 is set by libsocket's X/Open entry
 * points: dropped. */
static const struct dz_flag msg_flags[] = {
    DZ_FLAG(ILM_MSG_OOB, MSG_OOB, "MSG_OOB"),
    DZ_FLAG(ILM_MSG_PEEK, MSG_PEEK, "MSG_PEEK"),
    DZ_FLAG(ILM_MSG_DONTROUTE, MSG_DONTROUTE, "MSG_DONTROUTE"),
    DZ_FLAG(ILM_MSG_EOR, MSG_EOR, "MSG_EOR"),
    DZ_FLAG(ILM_MSG_CTRUNC, MSG_CTRUNC, "MSG_CTRUNC"),
    DZ_FLAG(ILM_MSG_TRUNC, MSG_TRUNC, "MSG_TRUNC"),
    DZ_FLAG(ILM_MSG_WAITALL, MSG_WAITALL, "MSG_WAITALL"),
    DZ_FLAG(ILM_MSG_DONTWAIT, MSG_DONTWAIT, "MSG_DONTWAIT"),
    DZ_FLAG(ILM_MSG_NOSIGNAL, MSG_NOSIGNAL, "MSG_NOSIGNAL"),
    DZ_DROP(ILM_MSG_XPG4_2, "MSG_XPG4_2"),
    DZ_HOST_ONLY(MSG_CMSG_CLOEXEC),
};
const struct dz_flagtab ilm_msg_flags = DZ_FLAGTAB(msg_flags);

/* sys/wait.h.  WUNTRACED and WSTOPPED are one bit. */
static const struct dz_flag wait_options[] = {
    DZ_FLAG(ILM_WNOHANG, WNOHANG, "WNOHANG"),
    DZ_FLAG(ILM_WUNTRACED, WUNTRACED, "WUNTRACED"),
    DZ_FLAG(ILM_WCONTINUED, WCONTINUED, "WCONTINUED"),
    DZ_FLAG(ILM_WEXITED, WEXITED, "WEXITED"),
    DZ_FLAG(ILM_WNOWAIT, WNOWAIT, "WNOWAIT"),
};
const struct dz_flagtab ilm_wait_options = DZ_FLAGTAB(wait_options);
