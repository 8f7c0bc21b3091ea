/* FreeBSD amd64 constants the personality needs, as FBSD_ macros.
 * Values from the FreeBSD 13.2 headers named in each block, cross-checked
 * against x/sys/unix zerrors_freebsd_amd64.go / ztypes_freebsd_amd64.go.
 * Linux values never appear here: they come from the host headers where
 * the tables are built (the .c files of abi/freebsd).
 * This file: errno, signals, files, memory, clocks, resources, wait. */
#ifndef DZ_ABI_FREEBSD_CONSTS_H
#define DZ_ABI_FREEBSD_CONSTS_H
/* Split by area to keep files short; this header gives all of them. */
#include "abi/freebsd/consts_net.h"
#include "abi/freebsd/consts_sys.h"

/* ---- errno: sys/sys/errno.h ---- */
#define FBSD_EPERM            1
#define FBSD_ENOENT           2
#define FBSD_ESRCH            3
#define FBSD_EINTR            4
#define FBSD_EIO              5
#define FBSD_ENXIO            6
#define FBSD_E2BIG            7
#define FBSD_ENOEXEC          8
#define FBSD_EBADF            9
#define FBSD_ECHILD           10
#define FBSD_EDEADLK          11
#define FBSD_ENOMEM           12
#define FBSD_EACCES           13
#define FBSD_EFAULT           14
#define FBSD_ENOTBLK          15
#define FBSD_EBUSY            16
#define FBSD_EEXIST           17
#define FBSD_EXDEV            18
#define FBSD_ENODEV           19
#define FBSD_ENOTDIR          20
#define FBSD_EISDIR           21
#define FBSD_EINVAL           22
#define FBSD_ENFILE           23
#define FBSD_EMFILE           24
#define FBSD_ENOTTY           25
#define FBSD_ETXTBSY          26
#define FBSD_EFBIG            27
#define FBSD_ENOSPC           28
#define FBSD_ESPIPE           29
#define FBSD_EROFS            30
#define FBSD_EMLINK           31
#define FBSD_EPIPE            32
#define FBSD_EDOM             33
#define FBSD_ERANGE           34
#define FBSD_EAGAIN           35
#define FBSD_EWOULDBLOCK      FBSD_EAGAIN
#define FBSD_EINPROGRESS      36
#define FBSD_EALREADY         37
#define FBSD_ENOTSOCK         38
#define FBSD_EDESTADDRREQ     39
#define FBSD_EMSGSIZE         40
#define FBSD_EPROTOTYPE       41
#define FBSD_ENOPROTOOPT      42
#define FBSD_EPROTONOSUPPORT  43
#define FBSD_ESOCKTNOSUPPORT  44
#define FBSD_EOPNOTSUPP       45
#define FBSD_ENOTSUP          FBSD_EOPNOTSUPP
#define FBSD_EPFNOSUPPORT     46
#define FBSD_EAFNOSUPPORT     47
#define FBSD_EADDRINUSE       48
#define FBSD_EADDRNOTAVAIL    49
#define FBSD_ENETDOWN         50
#define FBSD_ENETUNREACH      51
#define FBSD_ENETRESET        52
#define FBSD_ECONNABORTED     53
#define FBSD_ECONNRESET       54
#define FBSD_ENOBUFS          55
#define FBSD_EISCONN          56
#define FBSD_ENOTCONN         57
#define FBSD_ESHUTDOWN        58
#define FBSD_ETOOMANYREFS     59
#define FBSD_ETIMEDOUT        60
#define FBSD_ECONNREFUSED     61
#define FBSD_ELOOP            62
#define FBSD_ENAMETOOLONG     63
#define FBSD_EHOSTDOWN        64
#define FBSD_EHOSTUNREACH     65
#define FBSD_ENOTEMPTY        66
#define FBSD_EPROCLIM         67
#define FBSD_EUSERS           68
#define FBSD_EDQUOT           69
#define FBSD_ESTALE           70
#define FBSD_EREMOTE          71
#define FBSD_EBADRPC          72
#define FBSD_ERPCMISMATCH     73
#define FBSD_EPROGUNAVAIL     74
#define FBSD_EPROGMISMATCH    75
#define FBSD_EPROCUNAVAIL     76
#define FBSD_ENOLCK           77
#define FBSD_ENOSYS           78
#define FBSD_EFTYPE           79
#define FBSD_EAUTH            80
#define FBSD_ENEEDAUTH        81
#define FBSD_EIDRM            82
#define FBSD_ENOMSG           83
#define FBSD_EOVERFLOW        84
#define FBSD_ECANCELED        85
#define FBSD_EILSEQ           86
#define FBSD_ENOATTR          87
#define FBSD_EDOOFUS          88
#define FBSD_EBADMSG          89
#define FBSD_EMULTIHOP        90
#define FBSD_ENOLINK          91
#define FBSD_EPROTO           92
#define FBSD_ENOTCAPABLE      93
#define FBSD_ECAPMODE         94
#define FBSD_ENOTRECOVERABLE  95
#define FBSD_EOWNERDEAD       96
#define FBSD_EINTEGRITY       97
#define FBSD_ELAST            97
/* kernel-internal pseudo errors (never reach user space) */
#define FBSD_ERESTART         (-1)
#define FBSD_EJUSTRETURN      (-2)

/* ---- signals: sys/sys/signal.h, sys/sys/_sigset.h ---- */
#define FBSD_SIGHUP     1
#define FBSD_SIGINT     2
#define FBSD_SIGQUIT    3
#define FBSD_SIGILL     4
#define FBSD_SIGTRAP    5
#define FBSD_SIGABRT    6
#define FBSD_SIGIOT     FBSD_SIGABRT
#define FBSD_SIGEMT     7
#define FBSD_SIGFPE     8
#define FBSD_SIGKILL    9
#define FBSD_SIGBUS     10
#define FBSD_SIGSEGV    11
#define FBSD_SIGSYS     12
#define FBSD_SIGPIPE    13
#define FBSD_SIGALRM    14
#define FBSD_SIGTERM    15
#define FBSD_SIGURG     16
#define FBSD_SIGSTOP    17
#define FBSD_SIGTSTP    18
#define FBSD_SIGCONT    19
#define FBSD_SIGCHLD    20
#define FBSD_SIGTTIN    21
#define FBSD_SIGTTOU    22
#define FBSD_SIGIO      23
#define FBSD_SIGXCPU    24
#define FBSD_SIGXFSZ    25
#define FBSD_SIGVTALRM  26
#define FBSD_SIGPROF    27
#define FBSD_SIGWINCH   28
#define FBSD_SIGINFO    29
#define FBSD_SIGUSR1    30
#define FBSD_SIGUSR2    31
#define FBSD_SIGTHR     32
#define FBSD_SIGLWP     FBSD_SIGTHR
#define FBSD_SIGLIBRT   33
#define FBSD_SIGRTMIN   65
#define FBSD_SIGRTMAX   126
#define FBSD_NSIG       128   /* _SIG_MAXSIG: sigset bits, signals 1..128 */
#define FBSD_SIG_DFL    0
#define FBSD_SIG_IGN    1
#define FBSD_SIG_BLOCK   1
#define FBSD_SIG_UNBLOCK 2
#define FBSD_SIG_SETMASK 3
#define FBSD_SA_ONSTACK   0x0001
#define FBSD_SA_RESTART   0x0002
#define FBSD_SA_RESETHAND 0x0004
#define FBSD_SA_NOCLDSTOP 0x0008
#define FBSD_SA_NODEFER   0x0010
#define FBSD_SA_NOCLDWAIT 0x0020
#define FBSD_SA_SIGINFO   0x0040
#define FBSD_SS_ONSTACK   0x0001
#define FBSD_SS_DISABLE   0x0004
#define FBSD_MINSIGSTKSZ  2048        /* x86 _limits.h __MINSIGSTKSZ (512 * 4) */
#define FBSD_SI_NOINFO    0
#define FBSD_SI_USER      0x10001
#define FBSD_SI_QUEUE     0x10002
#define FBSD_SI_TIMER     0x10003
#define FBSD_SI_ASYNCIO   0x10004
#define FBSD_SI_MESGQ     0x10005
#define FBSD_SI_KERNEL    0x10006
#define FBSD_SI_LWP       0x10007
/* fault / child codes: same small numbers as Linux */
#define FBSD_ILL_ILLOPC   1
#define FBSD_ILL_PRVOPC   5
#define FBSD_BUS_ADRALN   1
#define FBSD_BUS_ADRERR   2
#define FBSD_BUS_OBJERR   3
#define FBSD_SEGV_MAPERR  1
#define FBSD_SEGV_ACCERR  2
#define FBSD_FPE_INTOVF   1
#define FBSD_FPE_INTDIV   2
#define FBSD_TRAP_BRKPT   1
#define FBSD_TRAP_TRACE   2
#define FBSD_CLD_EXITED   1
#define FBSD_CLD_KILLED   2
#define FBSD_CLD_DUMPED   3
#define FBSD_CLD_TRAPPED  4
#define FBSD_CLD_STOPPED  5
#define FBSD_CLD_CONTINUED 6

/* ---- open / *at: sys/sys/fcntl.h ---- */
#define FBSD_O_RDONLY     0x0000
#define FBSD_O_WRONLY     0x0001
#define FBSD_O_RDWR       0x0002
#define FBSD_O_ACCMODE    0x0003
#define FBSD_O_NONBLOCK   0x0004
#define FBSD_O_NDELAY     FBSD_O_NONBLOCK
#define FBSD_O_APPEND     0x0008
#define FBSD_O_SHLOCK     0x0010
#define FBSD_O_EXLOCK     0x0020
#define FBSD_O_ASYNC      0x0040
#define FBSD_O_FSYNC      0x0080
#define FBSD_O_SYNC       0x0080
#define FBSD_O_NOFOLLOW   0x0100
#define FBSD_O_CREAT      0x0200
#define FBSD_O_TRUNC      0x0400
#define FBSD_O_EXCL       0x0800
#define FBSD_O_NOCTTY     0x8000
#define FBSD_O_DIRECT     0x00010000
#define FBSD_O_DIRECTORY  0x00020000
#define FBSD_O_EXEC       0x00040000
#define FBSD_O_SEARCH     FBSD_O_EXEC
#define FBSD_O_TTY_INIT   0x00080000
#define FBSD_O_CLOEXEC    0x00100000
#define FBSD_O_VERIFY     0x00200000
#define FBSD_O_PATH       0x00400000   /* 14.0 */
#define FBSD_O_RESOLVE_BENEATH 0x00800000
#define FBSD_O_DSYNC      0x01000000
#define FBSD_O_EMPTY_PATH 0x02000000   /* 14.0 */
#define FBSD_AT_FDCWD            (-100)
#define FBSD_AT_EACCESS          0x0100
#define FBSD_AT_SYMLINK_NOFOLLOW 0x0200
#define FBSD_AT_SYMLINK_FOLLOW   0x0400
#define FBSD_AT_REMOVEDIR        0x0800
#define FBSD_AT_RESOLVE_BENEATH  0x2000
#define FBSD_AT_EMPTY_PATH       0x4000
#define FBSD_F_DUPFD          0
#define FBSD_F_GETFD          1
#define FBSD_F_SETFD          2
#define FBSD_F_GETFL          3
#define FBSD_F_SETFL          4
#define FBSD_F_GETOWN         5
#define FBSD_F_SETOWN         6
#define FBSD_F_OGETLK         7
#define FBSD_F_OSETLK         8
#define FBSD_F_OSETLKW        9
#define FBSD_F_DUP2FD         10
#define FBSD_F_GETLK          11
#define FBSD_F_SETLK          12
#define FBSD_F_SETLKW         13
#define FBSD_F_SETLK_REMOTE   14
#define FBSD_F_READAHEAD      15
#define FBSD_F_RDAHEAD        16
#define FBSD_F_DUPFD_CLOEXEC  17
#define FBSD_F_DUP2FD_CLOEXEC 18
#define FBSD_F_ADD_SEALS      19
#define FBSD_F_GET_SEALS      20
#define FBSD_F_ISUNIONSTACK   21
#define FBSD_F_KINFO          22
#define FBSD_FD_CLOEXEC       1
#define FBSD_F_RDLCK          1
#define FBSD_F_UNLCK          2
#define FBSD_F_WRLCK          3
#define FBSD_SEEK_SET   0
#define FBSD_SEEK_CUR   1
#define FBSD_SEEK_END   2
#define FBSD_SEEK_DATA  3
#define FBSD_SEEK_HOLE  4
#define FBSD_UTIME_NOW  (-1L)      /* sys/sys/stat.h */
#define FBSD_UTIME_OMIT (-2L)

/* ---- files: sys/sys/stat.h, sys/sys/dirent.h ---- */
#define FBSD_S_IFMT   0170000
#define FBSD_S_IFIFO  0010000
#define FBSD_S_IFCHR  0020000
#define FBSD_S_IFDIR  0040000
#define FBSD_S_IFBLK  0060000
#define FBSD_S_IFREG  0100000
#define FBSD_S_IFLNK  0120000
#define FBSD_S_IFSOCK 0140000
#define FBSD_S_IFWHT  0160000
#define FBSD_DT_UNKNOWN 0
#define FBSD_DT_FIFO    1
#define FBSD_DT_CHR     2
#define FBSD_DT_DIR     4
#define FBSD_DT_BLK     6
#define FBSD_DT_REG     8
#define FBSD_DT_LNK     10
#define FBSD_DT_SOCK    12
#define FBSD_DT_WHT     14
#define FBSD_MAXNAMLEN  255

/* ---- statfs: sys/sys/mount.h ---- */
#define FBSD_STATFS_VERSION 0x20140518
#define FBSD_MFSNAMELEN     16
#define FBSD_MNAMELEN       1024
#define FBSD_MNT_RDONLY      0x0000000000000001ULL
#define FBSD_MNT_SYNCHRONOUS 0x0000000000000002ULL
#define FBSD_MNT_NOEXEC      0x0000000000000004ULL
#define FBSD_MNT_NOSUID      0x0000000000000008ULL
#define FBSD_MNT_LOCAL       0x0000000000001000ULL
#define FBSD_MNT_NOATIME     0x0000000010000000ULL
#define FBSD_MNT_NOSYMFOLLOW 0x0000000000400000ULL

/* ---- memory: sys/sys/mman.h ---- */
#define FBSD_PROT_NONE  0x00
#define FBSD_PROT_READ  0x01
#define FBSD_PROT_WRITE 0x02
#define FBSD_PROT_EXEC  0x04
#define FBSD_PROT_MAX_SHIFT 16
#define FBSD_PROT_MAX(p) ((p) << FBSD_PROT_MAX_SHIFT)
#define FBSD_MAP_SHARED        0x0001
#define FBSD_MAP_PRIVATE       0x0002
#define FBSD_MAP_FIXED         0x0010
#define FBSD_MAP_HASSEMAPHORE  0x0200
#define FBSD_MAP_STACK         0x0400
#define FBSD_MAP_NOSYNC        0x0800
#define FBSD_MAP_ANON          0x1000
#define FBSD_MAP_ANONYMOUS     FBSD_MAP_ANON
#define FBSD_MAP_GUARD         0x00002000
#define FBSD_MAP_EXCL          0x00004000
#define FBSD_MAP_NOCORE        0x00020000
#define FBSD_MAP_PREFAULT_READ 0x00040000
#define FBSD_MAP_32BIT         0x00080000
#define FBSD_MAP_ALIGNMENT_SHIFT 24
#define FBSD_MAP_ALIGNMENT_MASK  (0xffU << FBSD_MAP_ALIGNMENT_SHIFT)
#define FBSD_MAP_ALIGNED(n)      ((unsigned)(n) << FBSD_MAP_ALIGNMENT_SHIFT)
#define FBSD_MAP_ALIGNED_SUPER   FBSD_MAP_ALIGNED(1)
#define FBSD_MAP_FAILED          ((void *)-1)
#define FBSD_MADV_NORMAL     0
#define FBSD_MADV_RANDOM     1
#define FBSD_MADV_SEQUENTIAL 2
#define FBSD_MADV_WILLNEED   3
#define FBSD_MADV_DONTNEED   4
#define FBSD_MADV_FREE       5
#define FBSD_MADV_NOSYNC     6
#define FBSD_MADV_AUTOSYNC   7
#define FBSD_MADV_NOCORE     8
#define FBSD_MADV_CORE       9
#define FBSD_MADV_PROTECT    10

/* ---- clocks: sys/sys/_clock_id.h ---- */
#define FBSD_CLOCK_REALTIME           0
#define FBSD_CLOCK_VIRTUAL            1
#define FBSD_CLOCK_PROF               2
#define FBSD_CLOCK_MONOTONIC          4
#define FBSD_CLOCK_UPTIME             5
#define FBSD_CLOCK_UPTIME_PRECISE     7
#define FBSD_CLOCK_UPTIME_FAST        8
#define FBSD_CLOCK_REALTIME_PRECISE   9
#define FBSD_CLOCK_REALTIME_FAST      10
#define FBSD_CLOCK_MONOTONIC_PRECISE  11
#define FBSD_CLOCK_MONOTONIC_FAST     12
#define FBSD_CLOCK_SECOND             13
#define FBSD_CLOCK_THREAD_CPUTIME_ID  14
#define FBSD_CLOCK_PROCESS_CPUTIME_ID 15
#define FBSD_TIMER_ABSTIME            1

/* ---- resources: sys/sys/resource.h ---- */
#define FBSD_RLIMIT_CPU     0
#define FBSD_RLIMIT_FSIZE   1
#define FBSD_RLIMIT_DATA    2
#define FBSD_RLIMIT_STACK   3
#define FBSD_RLIMIT_CORE    4
#define FBSD_RLIMIT_RSS     5
#define FBSD_RLIMIT_MEMLOCK 6
#define FBSD_RLIMIT_NPROC   7
#define FBSD_RLIMIT_NOFILE  8
#define FBSD_RLIMIT_SBSIZE  9
#define FBSD_RLIMIT_VMEM    10
#define FBSD_RLIMIT_AS      FBSD_RLIMIT_VMEM
#define FBSD_RLIMIT_NPTS    11
#define FBSD_RLIMIT_SWAP    12
#define FBSD_RLIMIT_KQUEUES 13
#define FBSD_RLIMIT_UMTXP   14
#define FBSD_RLIM_NLIMITS   15
#define FBSD_RLIM_INFINITY  0x7fffffffffffffffLL

/* ---- wait: sys/sys/wait.h (idtype_t is an enum there) ---- */
#define FBSD_WNOHANG     0x00000001
#define FBSD_WUNTRACED   0x00000002
#define FBSD_WSTOPPED    FBSD_WUNTRACED
#define FBSD_WCONTINUED  0x00000004
#define FBSD_WNOWAIT     0x00000008
#define FBSD_WEXITED     0x00000010
#define FBSD_WTRAPPED    0x00000020
#define FBSD_WLINUXCLONE 0x80000000u
#define FBSD_P_PID    0
#define FBSD_P_PPID   1
#define FBSD_P_PGID   2
#define FBSD_P_SID    3
#define FBSD_P_CID    4
#define FBSD_P_UID    5
#define FBSD_P_GID    6
#define FBSD_P_ALL    7
#define FBSD_P_LWPID  8
#define FBSD_P_JAILID 12

#endif
