/* OpenBSD amd64 constants the library personality needs, as OBSD_ macros.
 * Values from the OpenBSD 7.x headers named in each block (sys/sys/ and
 * include/ headers), cross-checked against x/sys/unix zerrors_openbsd_amd64.go
 * and the runtime's defs_openbsd_amd64.go.  Linux values never appear here:
 * they come from the host (musl) headers where the tables are built. */
#ifndef DZ_ABI_OPENBSD_CONSTS_H
#define DZ_ABI_OPENBSD_CONSTS_H

/* ---- errno: sys/sys/errno.h ---- */
#define OBSD_EPERM            1
#define OBSD_ENOENT           2
#define OBSD_ESRCH            3
#define OBSD_EINTR            4
#define OBSD_EIO              5
#define OBSD_ENXIO            6
#define OBSD_E2BIG            7
#define OBSD_ENOEXEC          8
#define OBSD_EBADF            9
#define OBSD_ECHILD           10
#define OBSD_EDEADLK          11
#define OBSD_ENOMEM           12
#define OBSD_EACCES           13
#define OBSD_EFAULT           14
#define OBSD_ENOTBLK          15
#define OBSD_EBUSY            16
#define OBSD_EEXIST           17
#define OBSD_EXDEV            18
#define OBSD_ENODEV           19
#define OBSD_ENOTDIR          20
#define OBSD_EISDIR           21
#define OBSD_EINVAL           22
#define OBSD_ENFILE           23
#define OBSD_EMFILE           24
#define OBSD_ENOTTY           25
#define OBSD_ETXTBSY          26
#define OBSD_EFBIG            27
#define OBSD_ENOSPC           28
#define OBSD_ESPIPE           29
#define OBSD_EROFS            30
#define OBSD_EMLINK           31
#define OBSD_EPIPE            32
#define OBSD_EDOM             33
#define OBSD_ERANGE           34
#define OBSD_EAGAIN           35
#define OBSD_EWOULDBLOCK      OBSD_EAGAIN
#define OBSD_EINPROGRESS      36
#define OBSD_EALREADY         37
#define OBSD_ENOTSOCK         38
#define OBSD_EDESTADDRREQ     39
#define OBSD_EMSGSIZE         40
#define OBSD_EPROTOTYPE       41
#define OBSD_ENOPROTOOPT      42
#define OBSD_EPROTONOSUPPORT  43
#define OBSD_ESOCKTNOSUPPORT  44
#define OBSD_EOPNOTSUPP       45
#define OBSD_EPFNOSUPPORT     46
#define OBSD_EAFNOSUPPORT     47
#define OBSD_EADDRINUSE       48
#define OBSD_EADDRNOTAVAIL    49
#define OBSD_ENETDOWN         50
#define OBSD_ENETUNREACH      51
#define OBSD_ENETRESET        52
#define OBSD_ECONNABORTED     53
#define OBSD_ECONNRESET       54
#define OBSD_ENOBUFS          55
#define OBSD_EISCONN          56
#define OBSD_ENOTCONN         57
#define OBSD_ESHUTDOWN        58
#define OBSD_ETOOMANYREFS     59
#define OBSD_ETIMEDOUT        60
#define OBSD_ECONNREFUSED     61
#define OBSD_ELOOP            62
#define OBSD_ENAMETOOLONG     63
#define OBSD_EHOSTDOWN        64
#define OBSD_EHOSTUNREACH     65
#define OBSD_ENOTEMPTY        66
#define OBSD_EPROCLIM         67
#define OBSD_EUSERS           68
#define OBSD_EDQUOT           69
#define OBSD_ESTALE           70
#define OBSD_EREMOTE          71
#define OBSD_EBADRPC          72
#define OBSD_ERPCMISMATCH     73
#define OBSD_EPROGUNAVAIL     74
#define OBSD_EPROGMISMATCH    75
#define OBSD_EPROCUNAVAIL     76
#define OBSD_ENOLCK           77
#define OBSD_ENOSYS           78
#define OBSD_EFTYPE           79
#define OBSD_EAUTH            80
#define OBSD_ENEEDAUTH        81
#define OBSD_EIPSEC           82
#define OBSD_ENOATTR          83
#define OBSD_EILSEQ           84
#define OBSD_ENOMEDIUM        85
#define OBSD_EMEDIUMTYPE      86
#define OBSD_EOVERFLOW        87
#define OBSD_ECANCELED        88
#define OBSD_EIDRM            89
#define OBSD_ENOMSG           90
#define OBSD_ENOTSUP          91
#define OBSD_EBADMSG          92
#define OBSD_ENOTRECOVERABLE  93
#define OBSD_EOWNERDEAD       94
#define OBSD_EPROTO           95
#define OBSD_ELAST            95

/* ---- signals: sys/sys/signal.h ---- */
#define OBSD_SIGHUP     1
#define OBSD_SIGINT     2
#define OBSD_SIGQUIT    3
#define OBSD_SIGILL     4
#define OBSD_SIGTRAP    5
#define OBSD_SIGABRT    6
#define OBSD_SIGEMT     7
#define OBSD_SIGFPE     8
#define OBSD_SIGKILL    9
#define OBSD_SIGBUS     10
#define OBSD_SIGSEGV    11
#define OBSD_SIGSYS     12
#define OBSD_SIGPIPE    13
#define OBSD_SIGALRM    14
#define OBSD_SIGTERM    15
#define OBSD_SIGURG     16
#define OBSD_SIGSTOP    17
#define OBSD_SIGTSTP    18
#define OBSD_SIGCONT    19
#define OBSD_SIGCHLD    20
#define OBSD_SIGTTIN    21
#define OBSD_SIGTTOU    22
#define OBSD_SIGIO      23
#define OBSD_SIGXCPU    24
#define OBSD_SIGXFSZ    25
#define OBSD_SIGVTALRM  26
#define OBSD_SIGPROF    27
#define OBSD_SIGWINCH   28
#define OBSD_SIGINFO    29
#define OBSD_SIGUSR1    30
#define OBSD_SIGUSR2    31
#define OBSD_SIGTHR     32   /* librthread's cancellation signal */
#define OBSD_NSIG       32   /* highest signal; sigset_t is one u32 (bit n-1) */

#define OBSD_SIG_BLOCK    1
#define OBSD_SIG_UNBLOCK  2
#define OBSD_SIG_SETMASK  3

/* sigaction sa_flags: the same values as FreeBSD's */
#define OBSD_SA_ONSTACK    0x0001
#define OBSD_SA_RESTART    0x0002
#define OBSD_SA_RESETHAND  0x0004
#define OBSD_SA_NOCLDSTOP  0x0008
#define OBSD_SA_NODEFER    0x0010
#define OBSD_SA_NOCLDWAIT  0x0020
#define OBSD_SA_SIGINFO    0x0040

#define OBSD_SS_ONSTACK    0x0001
#define OBSD_SS_DISABLE    0x0004
#define OBSD_MINSIGSTKSZ   (3U << 12)   /* 3U << _MAX_PAGE_SHIFT */

/* siginfo si_code: sys/sys/siginfo.h */
#define OBSD_SI_USER    0
#define OBSD_SI_LWP     (-1)
#define OBSD_SI_QUEUE   (-2)
#define OBSD_SI_TIMER   (-3)
#define OBSD_SI_NOINFO  32767

/* ---- files: sys/sys/fcntl.h, sys/sys/stat.h, sys/sys/dirent.h ---- */
#define OBSD_O_RDONLY     0x0000
#define OBSD_O_WRONLY     0x0001
#define OBSD_O_RDWR       0x0002
#define OBSD_O_ACCMODE    0x0003
#define OBSD_O_NONBLOCK   0x0004
#define OBSD_O_APPEND     0x0008
#define OBSD_O_SHLOCK     0x0010
#define OBSD_O_EXLOCK     0x0020
#define OBSD_O_ASYNC      0x0040
#define OBSD_O_SYNC       0x0080   /* = O_FSYNC = O_DSYNC = O_RSYNC */
#define OBSD_O_NOFOLLOW   0x0100
#define OBSD_O_CREAT      0x0200
#define OBSD_O_TRUNC      0x0400
#define OBSD_O_EXCL       0x0800
#define OBSD_O_NOCTTY     0x8000
#define OBSD_O_CLOEXEC    0x10000
#define OBSD_O_DIRECTORY  0x20000

#define OBSD_AT_FDCWD             (-100)
#define OBSD_AT_EACCESS           0x01
#define OBSD_AT_SYMLINK_NOFOLLOW  0x02
#define OBSD_AT_SYMLINK_FOLLOW    0x04
#define OBSD_AT_REMOVEDIR         0x08

#define OBSD_F_DUPFD          0
#define OBSD_F_GETFD          1
#define OBSD_F_SETFD          2
#define OBSD_F_GETFL          3
#define OBSD_F_SETFL          4
#define OBSD_F_GETOWN         5
#define OBSD_F_SETOWN         6
#define OBSD_F_GETLK          7
#define OBSD_F_SETLK          8
#define OBSD_F_SETLKW         9
#define OBSD_F_DUPFD_CLOEXEC  10
#define OBSD_F_ISATTY         11
#define OBSD_F_RDLCK          1
#define OBSD_F_UNLCK          2
#define OBSD_F_WRLCK          3

#define OBSD_UTIME_NOW   (-2L)
#define OBSD_UTIME_OMIT  (-1L)

#define OBSD_S_IFMT    0170000
#define OBSD_S_IFIFO   0010000
#define OBSD_S_IFCHR   0020000
#define OBSD_S_IFDIR   0040000
#define OBSD_S_IFBLK   0060000
#define OBSD_S_IFREG   0100000
#define OBSD_S_IFLNK   0120000
#define OBSD_S_IFSOCK  0140000

#define OBSD_DT_UNKNOWN  0
#define OBSD_DT_FIFO     1
#define OBSD_DT_CHR      2
#define OBSD_DT_DIR      4
#define OBSD_DT_BLK      6
#define OBSD_DT_REG      8
#define OBSD_DT_LNK      10
#define OBSD_DT_SOCK     12
#define OBSD_MAXNAMLEN   255

#define OBSD_SEEK_SET  0
#define OBSD_SEEK_CUR  1
#define OBSD_SEEK_END  2

/* ---- memory: sys/sys/mman.h ---- */
#define OBSD_PROT_NONE     0x00
#define OBSD_PROT_READ     0x01
#define OBSD_PROT_WRITE    0x02
#define OBSD_PROT_EXEC     0x04
#define OBSD_MAP_SHARED    0x0001
#define OBSD_MAP_PRIVATE   0x0002
#define OBSD_MAP_FIXED     0x0010
#define OBSD_MAP_ANON      0x1000
#define OBSD_MAP_STACK     0x4000
#define OBSD_MAP_CONCEAL   0x8000
#define OBSD_MADV_NORMAL      0
#define OBSD_MADV_RANDOM      1
#define OBSD_MADV_SEQUENTIAL  2
#define OBSD_MADV_WILLNEED    3
#define OBSD_MADV_DONTNEED    4
#define OBSD_MADV_SPACEAVAIL  5
#define OBSD_MADV_FREE        6

/* ---- clocks and timers: sys/sys/_time.h, sys/sys/time.h ---- */
#define OBSD_CLOCK_REALTIME            0
#define OBSD_CLOCK_PROCESS_CPUTIME_ID  2
#define OBSD_CLOCK_MONOTONIC           3
#define OBSD_CLOCK_THREAD_CPUTIME_ID   4
#define OBSD_CLOCK_UPTIME              5
#define OBSD_CLOCK_BOOTTIME            6
#define OBSD_ITIMER_REAL     0
#define OBSD_ITIMER_VIRTUAL  1
#define OBSD_ITIMER_PROF     2

/* ---- resources and wait: sys/sys/resource.h, sys/sys/wait.h ---- */
#define OBSD_RLIMIT_CPU      0
#define OBSD_RLIMIT_FSIZE    1
#define OBSD_RLIMIT_DATA     2
#define OBSD_RLIMIT_STACK    3
#define OBSD_RLIMIT_CORE     4
#define OBSD_RLIMIT_RSS      5
#define OBSD_RLIMIT_MEMLOCK  6
#define OBSD_RLIMIT_NPROC    7
#define OBSD_RLIMIT_NOFILE   8
#define OBSD_RLIM_INFINITY   0x7fffffffffffffffULL
#define OBSD_WNOHANG     0x1
#define OBSD_WUNTRACED   0x2
#define OBSD_WCONTINUED  0x8

/* ---- threads: include/pthread.h ---- */
#define OBSD_PTHREAD_CREATE_JOINABLE  0
#define OBSD_PTHREAD_CREATE_DETACHED  1

/* ---- kqueue: sys/sys/event.h (filter and flag values = FreeBSD's) ---- */
#define OBSD_EVFILT_READ    (-1)
#define OBSD_EVFILT_WRITE   (-2)
#define OBSD_EVFILT_AIO     (-3)
#define OBSD_EVFILT_VNODE   (-4)
#define OBSD_EVFILT_PROC    (-5)
#define OBSD_EVFILT_SIGNAL  (-6)
#define OBSD_EVFILT_TIMER   (-7)
#define OBSD_EVFILT_DEVICE  (-8)
#define OBSD_EV_ADD       0x0001
#define OBSD_EV_DELETE    0x0002
#define OBSD_EV_ENABLE    0x0004
#define OBSD_EV_DISABLE   0x0008
#define OBSD_EV_ONESHOT   0x0010
#define OBSD_EV_CLEAR     0x0020
#define OBSD_EV_RECEIPT   0x0040
#define OBSD_EV_DISPATCH  0x0080
#define OBSD_EV_ERROR     0x4000
#define OBSD_EV_EOF       0x8000

/* ---- sockets: sys/sys/socket.h, netinet/in.h, netinet/tcp.h ---- */
#define OBSD_AF_UNSPEC   0
#define OBSD_AF_UNIX     1
#define OBSD_AF_INET     2
#define OBSD_AF_ROUTE    17
#define OBSD_AF_LINK     18
#define OBSD_AF_INET6    24
#define OBSD_SOCK_STREAM     1
#define OBSD_SOCK_DGRAM      2
#define OBSD_SOCK_RAW        3
#define OBSD_SOCK_RDM        4
#define OBSD_SOCK_SEQPACKET  5
#define OBSD_SOCK_DNS        0x1000
#define OBSD_SOCK_NONBLOCK   0x4000
#define OBSD_SOCK_CLOEXEC    0x8000
#define OBSD_SOL_SOCKET      0xffff
#define OBSD_SO_DEBUG        0x0001
#define OBSD_SO_ACCEPTCONN   0x0002
#define OBSD_SO_REUSEADDR    0x0004
#define OBSD_SO_KEEPALIVE    0x0008
#define OBSD_SO_DONTROUTE    0x0010
#define OBSD_SO_BROADCAST    0x0020
#define OBSD_SO_LINGER       0x0080
#define OBSD_SO_OOBINLINE    0x0100
#define OBSD_SO_REUSEPORT    0x0200
#define OBSD_SO_TIMESTAMP    0x0800
#define OBSD_SO_SNDBUF       0x1001
#define OBSD_SO_RCVBUF       0x1002
#define OBSD_SO_SNDLOWAT     0x1003
#define OBSD_SO_RCVLOWAT     0x1004
#define OBSD_SO_SNDTIMEO     0x1005
#define OBSD_SO_RCVTIMEO     0x1006
#define OBSD_SO_ERROR        0x1007
#define OBSD_SO_TYPE         0x1008
#define OBSD_SO_PEERCRED     0x1022
#define OBSD_IPPROTO_IP      0
#define OBSD_IPPROTO_ICMP    1
#define OBSD_IPPROTO_TCP     6
#define OBSD_IPPROTO_UDP     17
#define OBSD_IPPROTO_IPV6    41
#define OBSD_IPPROTO_RAW     255
#define OBSD_TCP_NODELAY     0x01
#define OBSD_TCP_MAXSEG      0x02
#define OBSD_IP_HDRINCL          2
#define OBSD_IP_TOS              3
#define OBSD_IP_TTL              4
#define OBSD_IP_MULTICAST_IF     9
#define OBSD_IP_MULTICAST_TTL    10
#define OBSD_IP_MULTICAST_LOOP   11
#define OBSD_IP_ADD_MEMBERSHIP   12
#define OBSD_IP_DROP_MEMBERSHIP  13
#define OBSD_IPV6_UNICAST_HOPS   4
#define OBSD_IPV6_MULTICAST_IF   9
#define OBSD_IPV6_MULTICAST_HOPS 10
#define OBSD_IPV6_MULTICAST_LOOP 11
#define OBSD_IPV6_JOIN_GROUP     12
#define OBSD_IPV6_LEAVE_GROUP    13
#define OBSD_IPV6_V6ONLY         27
#define OBSD_IPV6_TCLASS         61
#define OBSD_MSG_OOB          0x1
#define OBSD_MSG_PEEK         0x2
#define OBSD_MSG_DONTROUTE    0x4
#define OBSD_MSG_EOR          0x8
#define OBSD_MSG_TRUNC        0x10
#define OBSD_MSG_CTRUNC       0x20
#define OBSD_MSG_WAITALL      0x40
#define OBSD_MSG_DONTWAIT     0x80
#define OBSD_MSG_BCAST        0x100
#define OBSD_MSG_MCAST        0x200
#define OBSD_MSG_NOSIGNAL     0x400
#define OBSD_MSG_CMSG_CLOEXEC 0x800
#define OBSD_SCM_RIGHTS       0x01
#define OBSD_SHUT_RD    0
#define OBSD_SHUT_WR    1
#define OBSD_SHUT_RDWR  2
#define OBSD_SUN_PATH_LEN  104

/* ---- ioctl requests: sys/sys/ttycom.h, sys/sys/filio.h ---- */
#define OBSD_TIOCGETA    0x402c7413UL
#define OBSD_TIOCSETA    0x802c7414UL
#define OBSD_TIOCSETAW   0x802c7415UL
#define OBSD_TIOCSETAF   0x802c7416UL
#define OBSD_TIOCGWINSZ  0x40087468UL
#define OBSD_TIOCSWINSZ  0x80087467UL
#define OBSD_TIOCGPGRP   0x40047477UL
#define OBSD_TIOCSPGRP   0x80047476UL
#define OBSD_TIOCSCTTY   0x20007461UL
#define OBSD_TIOCNOTTY   0x20007471UL
#define OBSD_TIOCEXCL    0x2000740dUL
#define OBSD_TIOCNXCL    0x2000740eUL
#define OBSD_TIOCOUTQ    0x40047473UL
#define OBSD_FIOCLEX     0x20006601UL
#define OBSD_FIONCLEX    0x20006602UL
#define OBSD_FIONREAD    0x4004667fUL
#define OBSD_FIONBIO     0x8004667eUL
#define OBSD_FIOASYNC    0x8004667dUL

/* ---- sysctl: sys/sys/sysctl.h ---- */
#define OBSD_CTL_KERN        1
#define OBSD_CTL_VM          2
#define OBSD_CTL_NET         4
#define OBSD_CTL_HW          6
#define OBSD_CTL_MAXNAME     12
#define OBSD_KERN_OSTYPE     1
#define OBSD_KERN_OSRELEASE  2
#define OBSD_KERN_OSREV      3
#define OBSD_KERN_VERSION    4
#define OBSD_KERN_MAXPROC    6
#define OBSD_KERN_MAXFILES   7
#define OBSD_KERN_ARGMAX     8
#define OBSD_KERN_HOSTNAME   10
#define OBSD_KERN_CLOCKRATE  12
#define OBSD_KERN_NGROUPS    18
#define OBSD_KERN_BOOTTIME   21
#define OBSD_KERN_DOMAINNAME 22
#define OBSD_KERN_ARND       37
#define OBSD_HW_MACHINE      1
#define OBSD_HW_MODEL        2
#define OBSD_HW_NCPU         3
#define OBSD_HW_BYTEORDER    4
#define OBSD_HW_PHYSMEM      5
#define OBSD_HW_USERMEM      6
#define OBSD_HW_PAGESIZE     7
#define OBSD_HW_PHYSMEM64    19
#define OBSD_HW_USERMEM64    20
#define OBSD_HW_NCPUFOUND    21
#define OBSD_HW_NCPUONLINE   25

/* ---- auxiliary vector: sys/sys/exec_elf.h (AUX_*) ---- */
#define OBSD_AT_NULL    0
#define OBSD_AT_IGNORE  1
#define OBSD_AT_EXECFD  2
#define OBSD_AT_PHDR    3
#define OBSD_AT_PHENT   4
#define OBSD_AT_PHNUM   5
#define OBSD_AT_PAGESZ  6
#define OBSD_AT_BASE    7
#define OBSD_AT_FLAGS   8
#define OBSD_AT_ENTRY   9

#endif
