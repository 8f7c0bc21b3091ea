/* NetBSD amd64 constants the personality needs, as NBSD_ macros.  Values
 * from the NetBSD headers named in each block (sys/sys as of NetBSD
 * 7..10: every value below is unchanged since 7.0), cross-checked against
 * x/sys/unix zerrors_netbsd_amd64.go / ztypes_netbsd_amd64.go and Go's
 * runtime defs1_netbsd_amd64.go.  Linux values never appear here: they
 * come from the host headers where the tables are built (the .c files of
 * abi/netbsd).  Sockets and sysctl: consts_net.h, consts_sys.h. */
#ifndef DZ_ABI_NETBSD_CONSTS_H
#define DZ_ABI_NETBSD_CONSTS_H
#include "abi/netbsd/consts_net.h"
#include "abi/netbsd/consts_sys.h"

/* ---- errno: sys/sys/errno.h ---- */
#define NBSD_EPERM            1
#define NBSD_ENOENT           2
#define NBSD_ESRCH            3
#define NBSD_EINTR            4
#define NBSD_EIO              5
#define NBSD_ENXIO            6
#define NBSD_E2BIG            7
#define NBSD_ENOEXEC          8
#define NBSD_EBADF            9
#define NBSD_ECHILD           10
#define NBSD_EDEADLK          11
#define NBSD_ENOMEM           12
#define NBSD_EACCES           13
#define NBSD_EFAULT           14
#define NBSD_ENOTBLK          15
#define NBSD_EBUSY            16
#define NBSD_EEXIST           17
#define NBSD_EXDEV            18
#define NBSD_ENODEV           19
#define NBSD_ENOTDIR          20
#define NBSD_EISDIR           21
#define NBSD_EINVAL           22
#define NBSD_ENFILE           23
#define NBSD_EMFILE           24
#define NBSD_ENOTTY           25
#define NBSD_ETXTBSY          26
#define NBSD_EFBIG            27
#define NBSD_ENOSPC           28
#define NBSD_ESPIPE           29
#define NBSD_EROFS            30
#define NBSD_EMLINK           31
#define NBSD_EPIPE            32
#define NBSD_EDOM             33
#define NBSD_ERANGE           34
#define NBSD_EAGAIN           35
#define NBSD_EINPROGRESS      36
#define NBSD_EALREADY         37
#define NBSD_ENOTSOCK         38
#define NBSD_EDESTADDRREQ     39
#define NBSD_EMSGSIZE         40
#define NBSD_EPROTOTYPE       41
#define NBSD_ENOPROTOOPT      42
#define NBSD_EPROTONOSUPPORT  43
#define NBSD_ESOCKTNOSUPPORT  44
#define NBSD_EOPNOTSUPP       45
#define NBSD_EPFNOSUPPORT     46
#define NBSD_EAFNOSUPPORT     47
#define NBSD_EADDRINUSE       48
#define NBSD_EADDRNOTAVAIL    49
#define NBSD_ENETDOWN         50
#define NBSD_ENETUNREACH      51
#define NBSD_ENETRESET        52
#define NBSD_ECONNABORTED     53
#define NBSD_ECONNRESET       54
#define NBSD_ENOBUFS          55
#define NBSD_EISCONN          56
#define NBSD_ENOTCONN         57
#define NBSD_ESHUTDOWN        58
#define NBSD_ETOOMANYREFS     59
#define NBSD_ETIMEDOUT        60
#define NBSD_ECONNREFUSED     61
#define NBSD_ELOOP            62
#define NBSD_ENAMETOOLONG     63
#define NBSD_EHOSTDOWN        64
#define NBSD_EHOSTUNREACH     65
#define NBSD_ENOTEMPTY        66
#define NBSD_EPROCLIM         67
#define NBSD_EUSERS           68
#define NBSD_EDQUOT           69
#define NBSD_ESTALE           70
#define NBSD_EREMOTE          71
#define NBSD_EBADRPC          72
#define NBSD_ERPCMISMATCH     73
#define NBSD_EPROGUNAVAIL     74
#define NBSD_EPROGMISMATCH    75
#define NBSD_EPROCUNAVAIL     76
#define NBSD_ENOLCK           77
#define NBSD_ENOSYS           78
#define NBSD_EFTYPE           79
#define NBSD_EAUTH            80
#define NBSD_ENEEDAUTH        81
#define NBSD_EIDRM            82
#define NBSD_ENOMSG           83
#define NBSD_EOVERFLOW        84
#define NBSD_EILSEQ           85
#define NBSD_ENOTSUP          86
#define NBSD_ECANCELED        87
#define NBSD_EBADMSG          88
#define NBSD_ENODATA          89
#define NBSD_ENOSR            90
#define NBSD_ENOSTR           91
#define NBSD_ETIME            92
#define NBSD_ENOATTR          93
#define NBSD_EMULTIHOP        94
#define NBSD_ENOLINK          95
#define NBSD_EPROTO           96
#define NBSD_EWOULDBLOCK      NBSD_EAGAIN
#define NBSD_ELAST            96

/* ---- signals: sys/sys/signal.h (NSIG 64: signals 1..63) ---- */
#define NBSD_SIGHUP     1
#define NBSD_SIGINT     2
#define NBSD_SIGQUIT    3
#define NBSD_SIGILL     4
#define NBSD_SIGTRAP    5
#define NBSD_SIGABRT    6
#define NBSD_SIGEMT     7
#define NBSD_SIGFPE     8
#define NBSD_SIGKILL    9
#define NBSD_SIGBUS     10
#define NBSD_SIGSEGV    11
#define NBSD_SIGSYS     12
#define NBSD_SIGPIPE    13
#define NBSD_SIGALRM    14
#define NBSD_SIGTERM    15
#define NBSD_SIGURG     16
#define NBSD_SIGSTOP    17
#define NBSD_SIGTSTP    18
#define NBSD_SIGCONT    19
#define NBSD_SIGCHLD    20
#define NBSD_SIGTTIN    21
#define NBSD_SIGTTOU    22
#define NBSD_SIGIO      23
#define NBSD_SIGXCPU    24
#define NBSD_SIGXFSZ    25
#define NBSD_SIGVTALRM  26
#define NBSD_SIGPROF    27
#define NBSD_SIGWINCH   28
#define NBSD_SIGINFO    29
#define NBSD_SIGUSR1    30
#define NBSD_SIGUSR2    31
#define NBSD_SIGPWR     32
#define NBSD_SIGRTMIN   33
#define NBSD_SIGRTMAX   63
#define NBSD_NSIG       63      /* highest signal number (NSIG is 64) */

#define NBSD_SIG_BLOCK    1
#define NBSD_SIG_UNBLOCK  2
#define NBSD_SIG_SETMASK  3
#define NBSD_SA_ONSTACK   0x0001
#define NBSD_SA_RESTART   0x0002
#define NBSD_SA_RESETHAND 0x0004
#define NBSD_SA_NOCLDSTOP 0x0008
#define NBSD_SA_NODEFER   0x0010
#define NBSD_SA_NOCLDWAIT 0x0020
#define NBSD_SA_SIGINFO   0x0040
#define NBSD_SA_NOKERNINFO 0x0080
#define NBSD_SS_ONSTACK   0x0001
#define NBSD_SS_DISABLE   0x0004
#define NBSD_MINSIGSTKSZ  8192
/* __sigaction_sigtramp `vers`: 2 = the trampoline takes siginfo and
 * ucontext (sys/sys/signal.h __SIGTRAMP_SIGINFO_VERSION). */
#define NBSD_SIGTRAMP_SIGINFO_VERSION 2

/* sys/sys/siginfo.h si_code */
#define NBSD_SI_USER      0
#define NBSD_SI_QUEUE     (-1)
#define NBSD_SI_TIMER     (-2)
#define NBSD_SI_ASYNCIO   (-3)
#define NBSD_SI_MESGQ     (-4)
#define NBSD_SI_LWP       (-5)
#define NBSD_SI_NOINFO    32767

/* ---- ucontext: sys/sys/ucontext.h, arch/amd64/include/mcontext.h ---- */
#define NBSD_UC_SIGMASK   0x00001
#define NBSD_UC_STACK     0x00002
#define NBSD_UC_CPU       0x00004
#define NBSD_UC_FPU       0x00008
#define NBSD_UC_SETSTACK  0x10000
#define NBSD_UC_CLRSTACK  0x20000
#define NBSD_UC_TLSBASE   0x80000
/* __gregs[] indices (_REG_*) */
#define NBSD_REG_RDI    0
#define NBSD_REG_RSI    1
#define NBSD_REG_RDX    2
#define NBSD_REG_RCX    3
#define NBSD_REG_R8     4
#define NBSD_REG_R9     5
#define NBSD_REG_R10    6
#define NBSD_REG_R11    7
#define NBSD_REG_R12    8
#define NBSD_REG_R13    9
#define NBSD_REG_R14    10
#define NBSD_REG_R15    11
#define NBSD_REG_RBP    12
#define NBSD_REG_RBX    13
#define NBSD_REG_RAX    14
#define NBSD_REG_GS     15
#define NBSD_REG_FS     16
#define NBSD_REG_ES     17
#define NBSD_REG_DS     18
#define NBSD_REG_TRAPNO 19
#define NBSD_REG_ERR    20
#define NBSD_REG_RIP    21
#define NBSD_REG_CS     22
#define NBSD_REG_RFLAGS 23
#define NBSD_REG_RSP    24
#define NBSD_REG_SS     25
#define NBSD_NGREG      26

/* ---- LWPs: sys/sys/lwp.h, sys/sys/time.h ---- */
#define NBSD_LWP_DETACHED   0x00000040
#define NBSD_LWP_SUSPENDED  0x00000080
#define NBSD_TIMER_RELTIME  0
#define NBSD_TIMER_ABSTIME  1

/* ---- files: sys/sys/fcntl.h ---- */
#define NBSD_O_RDONLY    0x00000000
#define NBSD_O_WRONLY    0x00000001
#define NBSD_O_RDWR      0x00000002
#define NBSD_O_ACCMODE   0x00000003
#define NBSD_O_NONBLOCK  0x00000004
#define NBSD_O_APPEND    0x00000008
#define NBSD_O_SHLOCK    0x00000010
#define NBSD_O_EXLOCK    0x00000020
#define NBSD_O_ASYNC     0x00000040
#define NBSD_O_SYNC      0x00000080
#define NBSD_O_NOFOLLOW  0x00000100
#define NBSD_O_CREAT     0x00000200
#define NBSD_O_TRUNC     0x00000400
#define NBSD_O_EXCL      0x00000800
#define NBSD_O_NOCTTY    0x00008000
#define NBSD_O_DSYNC     0x00010000
#define NBSD_O_RSYNC     0x00020000
#define NBSD_O_ALT_IO    0x00040000
#define NBSD_O_DIRECT    0x00080000
#define NBSD_O_DIRECTORY 0x00200000
#define NBSD_O_CLOEXEC   0x00400000
#define NBSD_O_SEARCH    0x00800000
#define NBSD_O_NOSIGPIPE 0x01000000

#define NBSD_F_DUPFD          0
#define NBSD_F_GETFD          1
#define NBSD_F_SETFD          2
#define NBSD_F_GETFL          3
#define NBSD_F_SETFL          4
#define NBSD_F_GETOWN         5
#define NBSD_F_SETOWN         6
#define NBSD_F_GETLK          7
#define NBSD_F_SETLK          8
#define NBSD_F_SETLKW         9
#define NBSD_F_CLOSEM         10
#define NBSD_F_MAXFD          11
#define NBSD_F_DUPFD_CLOEXEC  12
#define NBSD_F_GETNOSIGPIPE   13
#define NBSD_F_SETNOSIGPIPE   14
#define NBSD_FD_CLOEXEC       1
#define NBSD_F_RDLCK          1
#define NBSD_F_UNLCK          2
#define NBSD_F_WRLCK          3

#define NBSD_AT_FDCWD            (-100)
#define NBSD_AT_EACCESS          0x100
#define NBSD_AT_SYMLINK_NOFOLLOW 0x200
#define NBSD_AT_SYMLINK_FOLLOW   0x400
#define NBSD_AT_REMOVEDIR        0x800

#define NBSD_SEEK_SET 0
#define NBSD_SEEK_CUR 1
#define NBSD_SEEK_END 2

/* sys/sys/stat.h: the same file-type bits and UTIME_* markers as Linux */
#define NBSD_S_IFMT   0170000
#define NBSD_S_IFIFO  0010000
#define NBSD_S_IFCHR  0020000
#define NBSD_S_IFDIR  0040000
#define NBSD_S_IFBLK  0060000
#define NBSD_S_IFREG  0100000
#define NBSD_S_IFLNK  0120000
#define NBSD_S_IFSOCK 0140000
#define NBSD_UTIME_NOW  ((1 << 30) - 1)
#define NBSD_UTIME_OMIT ((1 << 30) - 2)

/* sys/sys/dirent.h */
#define NBSD_DT_UNKNOWN 0
#define NBSD_DT_FIFO    1
#define NBSD_DT_CHR     2
#define NBSD_DT_DIR     4
#define NBSD_DT_BLK     6
#define NBSD_DT_REG     8
#define NBSD_DT_LNK     10
#define NBSD_DT_SOCK    12
#define NBSD_DT_WHT     14
#define NBSD_MAXNAMLEN  511

/* ---- memory: sys/sys/mman.h ---- */
#define NBSD_PROT_NONE   0x0
#define NBSD_PROT_READ   0x1
#define NBSD_PROT_WRITE  0x2
#define NBSD_PROT_EXEC   0x4
#define NBSD_MAP_SHARED       0x0001
#define NBSD_MAP_PRIVATE      0x0002
#define NBSD_MAP_FIXED        0x0010
#define NBSD_MAP_RENAME       0x0020
#define NBSD_MAP_NORESERVE    0x0040
#define NBSD_MAP_INHERIT      0x0080
#define NBSD_MAP_HASSEMAPHORE 0x0200
#define NBSD_MAP_TRYFIXED     0x0400
#define NBSD_MAP_WIRED        0x0800
#define NBSD_MAP_ANON         0x1000
#define NBSD_MAP_STACK        0x2000
#define NBSD_MAP_ALIGNED(n)   ((unsigned)(n) << 24)   /* 2^n alignment */
#define NBSD_MAP_ALIGNMENT_MASK 0xff000000u
#define NBSD_MADV_NORMAL      0
#define NBSD_MADV_RANDOM      1
#define NBSD_MADV_SEQUENTIAL  2
#define NBSD_MADV_WILLNEED    3
#define NBSD_MADV_DONTNEED    4
#define NBSD_MADV_SPACEAVAIL  5
#define NBSD_MADV_FREE        6

/* ---- clocks: sys/sys/time.h ---- */
#define NBSD_CLOCK_REALTIME           0
#define NBSD_CLOCK_VIRTUAL            1
#define NBSD_CLOCK_PROF               2
#define NBSD_CLOCK_MONOTONIC          3
#define NBSD_CLOCK_THREAD_CPUTIME_ID  0x20000000
#define NBSD_CLOCK_PROCESS_CPUTIME_ID 0x40000000

/* ---- resources: sys/sys/resource.h ---- */
#define NBSD_RLIMIT_CPU     0
#define NBSD_RLIMIT_FSIZE   1
#define NBSD_RLIMIT_DATA    2
#define NBSD_RLIMIT_STACK   3
#define NBSD_RLIMIT_CORE    4
#define NBSD_RLIMIT_RSS     5
#define NBSD_RLIMIT_MEMLOCK 6
#define NBSD_RLIMIT_NPROC   7
#define NBSD_RLIMIT_NOFILE  8
#define NBSD_RLIMIT_SBSIZE  9
#define NBSD_RLIMIT_AS      10
#define NBSD_RLIMIT_NTHR    11
#define NBSD_RLIM_INFINITY  0x7fffffffffffffffLL

/* ---- wait: sys/sys/wait.h ---- */
#define NBSD_WNOHANG     0x00000001
#define NBSD_WUNTRACED   0x00000002
#define NBSD_WALTSIG     0x00000004
#define NBSD_WALLSIG     0x00000008
#define NBSD_WCONTINUED  0x00000010
#define NBSD_WEXITED     0x00000020
#define NBSD_WTRAPPED    0x00000040
#define NBSD_WNOWAIT     0x00010000
#define NBSD_WNOZOMBIE   0x00020000

/* ---- kqueue: sys/sys/event.h ---- */
#define NBSD_EVFILT_READ   0
#define NBSD_EVFILT_WRITE  1
#define NBSD_EVFILT_AIO    2
#define NBSD_EVFILT_VNODE  3
#define NBSD_EVFILT_PROC   4
#define NBSD_EVFILT_SIGNAL 5
#define NBSD_EVFILT_TIMER  6
#define NBSD_EVFILT_FS     7
#define NBSD_EV_ADD      0x0001
#define NBSD_EV_DELETE   0x0002
#define NBSD_EV_ENABLE   0x0004
#define NBSD_EV_DISABLE  0x0008
#define NBSD_EV_ONESHOT  0x0010
#define NBSD_EV_CLEAR    0x0020
#define NBSD_EV_ERROR    0x4000
#define NBSD_EV_EOF      0x8000
#define NBSD_NOTE_EXIT   0x80000000u

#endif
