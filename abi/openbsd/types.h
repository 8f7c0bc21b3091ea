/* OpenBSD amd64 structures, byte-exact, with fixed-width fields.  Guest
 * pointers are uint64_t.  Sizes and offsets from abi/LAYOUTS.md (OpenBSD
 * section: cgo -godefs output generated on OpenBSD) and the headers named
 * per struct; every struct is pinned by _Static_assert below it. */
#ifndef DZ_ABI_OPENBSD_TYPES_H
#define DZ_ABI_OPENBSD_TYPES_H
#include <stddef.h>
#include <stdint.h>

#define OBSD_CHECK_SIZE(t, n) _Static_assert(sizeof(struct t) == (n), #t " size")
#define OBSD_CHECK_OFF(t, f, n) _Static_assert(offsetof(struct t, f) == (n), #t "." #f " offset")

/* sys/sys/_time.h */
struct obsd_timespec {
    int64_t tv_sec, tv_nsec;
};
OBSD_CHECK_SIZE(obsd_timespec, 16);

struct obsd_timeval {
    int64_t tv_sec, tv_usec;
};
OBSD_CHECK_SIZE(obsd_timeval, 16);

/* sys/sys/stat.h: 128 bytes; dev_t is 32-bit on OpenBSD. */
struct obsd_stat {
    uint32_t st_mode;
    int32_t  st_dev;
    uint64_t st_ino;
    uint32_t st_nlink;
    uint32_t st_uid;
    uint32_t st_gid;
    int32_t  st_rdev;
    struct obsd_timespec st_atim;
    struct obsd_timespec st_mtim;
    struct obsd_timespec st_ctim;
    int64_t  st_size;
    int64_t  st_blocks;
    int32_t  st_blksize;
    uint32_t st_flags;
    uint32_t st_gen;
    int32_t  st_pad;
    struct obsd_timespec st_birthtim;
};
OBSD_CHECK_SIZE(obsd_stat, 128);
OBSD_CHECK_OFF(obsd_stat, st_dev, 4);
OBSD_CHECK_OFF(obsd_stat, st_ino, 8);
OBSD_CHECK_OFF(obsd_stat, st_nlink, 16);
OBSD_CHECK_OFF(obsd_stat, st_uid, 20);
OBSD_CHECK_OFF(obsd_stat, st_gid, 24);
OBSD_CHECK_OFF(obsd_stat, st_rdev, 28);
OBSD_CHECK_OFF(obsd_stat, st_atim, 32);
OBSD_CHECK_OFF(obsd_stat, st_mtim, 48);
OBSD_CHECK_OFF(obsd_stat, st_ctim, 64);
OBSD_CHECK_OFF(obsd_stat, st_size, 80);
OBSD_CHECK_OFF(obsd_stat, st_blocks, 88);
OBSD_CHECK_OFF(obsd_stat, st_blksize, 96);
OBSD_CHECK_OFF(obsd_stat, st_flags, 100);
OBSD_CHECK_OFF(obsd_stat, st_gen, 104);
OBSD_CHECK_OFF(obsd_stat, st_birthtim, 112);

/* sys/sys/dirent.h: the record header; d_name (NUL-terminated) at 24,
 * d_reclen a multiple of 8. */
struct obsd_dirent {
    uint64_t d_fileno;
    int64_t  d_off;
    uint16_t d_reclen;
    uint8_t  d_type;
    uint8_t  d_namlen;
    uint8_t  d_padding[4];
    char     d_name[256];
};
OBSD_CHECK_SIZE(obsd_dirent, 280);
OBSD_CHECK_OFF(obsd_dirent, d_off, 8);
OBSD_CHECK_OFF(obsd_dirent, d_reclen, 16);
OBSD_CHECK_OFF(obsd_dirent, d_type, 18);
OBSD_CHECK_OFF(obsd_dirent, d_namlen, 19);
OBSD_CHECK_OFF(obsd_dirent, d_name, 24);

/* sys/sys/event.h: 32 bytes */
struct obsd_kevent {
    uint64_t ident;
    int16_t  filter;
    uint16_t flags;
    uint32_t fflags;
    int64_t  data;
    uint64_t udata;
};
OBSD_CHECK_SIZE(obsd_kevent, 32);
OBSD_CHECK_OFF(obsd_kevent, filter, 8);
OBSD_CHECK_OFF(obsd_kevent, flags, 10);
OBSD_CHECK_OFF(obsd_kevent, fflags, 12);
OBSD_CHECK_OFF(obsd_kevent, data, 16);
OBSD_CHECK_OFF(obsd_kevent, udata, 24);

/* sys/sys/signal.h: handler, a 32-bit mask, flags */
struct obsd_sigaction {
    uint64_t handler;        /* sa_handler / sa_sigaction (glibc makes those macros) */
    uint32_t mask;
    int32_t  flags;
};
OBSD_CHECK_SIZE(obsd_sigaction, 16);
OBSD_CHECK_OFF(obsd_sigaction, mask, 8);
OBSD_CHECK_OFF(obsd_sigaction, flags, 12);

/* sys/sys/signal.h stack_t: sp, size, flags (Linux: sp, flags, size) */
struct obsd_stack {
    uint64_t ss_sp;
    uint64_t ss_size;
    int32_t  ss_flags;
    int32_t  ss_pad;
};
OBSD_CHECK_SIZE(obsd_stack, 24);

/* sys/sys/siginfo.h: 136 bytes on amd64 (SI_MAXSZ 128 of union, 8-aligned
 * after three ints).  The union holds the fault address, or the sender's
 * pid and then {uid, value} (kill) or {utime, status, stime} (SIGCHLD). */
struct obsd_siginfo {
    int32_t  si_signo;
    int32_t  si_code;
    int32_t  si_errno;
    int32_t  si_pad;
    union {
        struct {
            uint64_t addr;         /* SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP */
            int32_t trapno;
        } fault;
        struct {
            int32_t pid;
            int32_t pad;
            union {
                struct { uint32_t uid; int32_t pad; int64_t value; } kill;
                struct { int64_t utime; int32_t status; int32_t pad; int64_t stime; } cld;
            } u;
        } proc;
        uint8_t raw[120];
    } si_un;
};
OBSD_CHECK_SIZE(obsd_siginfo, 136);
OBSD_CHECK_OFF(obsd_siginfo, si_un, 16);
OBSD_CHECK_OFF(obsd_siginfo, si_un.proc.u.kill.value, 32);
OBSD_CHECK_OFF(obsd_siginfo, si_un.proc.u.cld.status, 32);

/* sys/arch/amd64/include/signal.h: struct sigcontext, which OpenBSD's
 * ucontext_t is.  The handler's third argument points at one. */
struct obsd_sigcontext {
    uint64_t sc_rdi, sc_rsi, sc_rdx, sc_rcx, sc_r8, sc_r9, sc_r10, sc_r11;
    uint64_t sc_r12, sc_r13, sc_r14, sc_r15, sc_rbp, sc_rbx, sc_rax;
    uint64_t sc_gs, sc_fs, sc_es, sc_ds, sc_trapno, sc_err;
    uint64_t sc_rip, sc_cs, sc_rflags, sc_rsp, sc_ss;
    uint64_t sc_fpstate;             /* struct fxsave64 *, 512 bytes, 16-aligned */
    int32_t  sc_unused;
    int32_t  sc_mask;
    int64_t  sc_cookie;
};
OBSD_CHECK_SIZE(obsd_sigcontext, 232);
OBSD_CHECK_OFF(obsd_sigcontext, sc_rax, 112);
OBSD_CHECK_OFF(obsd_sigcontext, sc_fs, 128);
OBSD_CHECK_OFF(obsd_sigcontext, sc_rip, 168);
OBSD_CHECK_OFF(obsd_sigcontext, sc_rflags, 184);
OBSD_CHECK_OFF(obsd_sigcontext, sc_rsp, 192);
OBSD_CHECK_OFF(obsd_sigcontext, sc_fpstate, 208);
OBSD_CHECK_OFF(obsd_sigcontext, sc_mask, 220);
OBSD_CHECK_OFF(obsd_sigcontext, sc_cookie, 224);

/* include/tib.h, TLS variant 2 (amd64): the thread pointer (%fs base)
 * points at the TIB, whose first word points at itself; the static TLS
 * block lies right below it.  libc's __errno() is &tib_errno. */
struct obsd_tib {
    uint64_t tib_self;
    uint64_t tib_dtv;
    uint64_t tib_thread;
    uint64_t tib_locale;
    int32_t  tib_errno;
    int32_t  tib_canceled;
    int32_t  tib_cancel_point;
    int32_t  tib_cantcancel;
    int32_t  tib_tid;
    int32_t  tib_thread_flags;
    uint64_t tib_atexit;
};
OBSD_CHECK_SIZE(obsd_tib, 64);
OBSD_CHECK_OFF(obsd_tib, tib_errno, 32);
OBSD_CHECK_OFF(obsd_tib, tib_tid, 48);

/* sys/sys/fcntl.h: no l_sysid (FreeBSD has one) */
struct obsd_flock {
    int64_t l_start;
    int64_t l_len;
    int32_t l_pid;
    int16_t l_type;
    int16_t l_whence;
};
OBSD_CHECK_SIZE(obsd_flock, 24);
OBSD_CHECK_OFF(obsd_flock, l_type, 20);

/* sys/sys/resource.h */
struct obsd_rlimit {
    uint64_t rlim_cur, rlim_max;
};
OBSD_CHECK_SIZE(obsd_rlimit, 16);

/* sys/sys/socket.h, netinet/in.h, netinet6/in6.h, sys/sys/un.h */
struct obsd_sockaddr_in {
    uint8_t  sin_len;
    uint8_t  sin_family;
    uint16_t sin_port;
    uint32_t sin_addr;
    uint8_t  sin_zero[8];
};
OBSD_CHECK_SIZE(obsd_sockaddr_in, 16);

struct obsd_sockaddr_in6 {
    uint8_t  sin6_len;
    uint8_t  sin6_family;
    uint16_t sin6_port;
    uint32_t sin6_flowinfo;
    uint8_t  sin6_addr[16];
    uint32_t sin6_scope_id;
};
OBSD_CHECK_SIZE(obsd_sockaddr_in6, 28);

struct obsd_sockaddr_un {
    uint8_t sun_len;
    uint8_t sun_family;
    char    sun_path[104];
};
OBSD_CHECK_SIZE(obsd_sockaddr_un, 106);

struct obsd_sockaddr_storage {
    uint8_t ss_len;
    uint8_t ss_family;
    uint8_t ss_pad[254];
};
OBSD_CHECK_SIZE(obsd_sockaddr_storage, 256);

/* sys/sys/socket.h: msg_iovlen and msg_controllen are 32-bit (Linux: size_t) */
struct obsd_msghdr {
    uint64_t msg_name;
    uint32_t msg_namelen;
    uint32_t msg_pad0;
    uint64_t msg_iov;
    uint32_t msg_iovlen;
    uint32_t msg_pad1;
    uint64_t msg_control;
    uint32_t msg_controllen;
    int32_t  msg_flags;
};
OBSD_CHECK_SIZE(obsd_msghdr, 48);
OBSD_CHECK_OFF(obsd_msghdr, msg_iov, 16);
OBSD_CHECK_OFF(obsd_msghdr, msg_control, 32);
OBSD_CHECK_OFF(obsd_msghdr, msg_flags, 44);

/* cmsghdr: 12-byte header, data at CMSG_ALIGN(12) = 16 (_ALIGNBYTES 7) */
struct obsd_cmsghdr {
    uint32_t cmsg_len;
    int32_t  cmsg_level;
    int32_t  cmsg_type;
};
OBSD_CHECK_SIZE(obsd_cmsghdr, 12);
#define OBSD_CMSG_ALIGN(n) (((n) + 7u) & ~7u)

/* sys/sys/termios.h: 44 bytes */
struct obsd_termios {
    uint32_t c_iflag, c_oflag, c_cflag, c_lflag;
    uint8_t  c_cc[20];
    int32_t  c_ispeed, c_ospeed;
};
OBSD_CHECK_SIZE(obsd_termios, 44);

#endif
