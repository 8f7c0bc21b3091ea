/* NetBSD amd64 structures, byte-exact, with fixed-width fields.  Guest
 * pointers are uint64_t (data to us, never called).  Sizes and offsets
 * from abi/LAYOUTS.md (cgo -godefs output generated on NetBSD) and the
 * NetBSD headers named per struct; every struct is pinned by
 * _Static_assert below it.  Fields that libc headers turn into macros
 * (si_*, sa_handler, d_fileno ...) are named without their prefix. */
#ifndef DZ_ABI_NETBSD_TYPES_H
#define DZ_ABI_NETBSD_TYPES_H
#include <stddef.h>
#include <stdint.h>

#define NBSD_CHECK_SIZE(t, n) _Static_assert(sizeof(struct t) == (n), #t " size")
#define NBSD_CHECK_OFF(t, f, n) _Static_assert(offsetof(struct t, f) == (n), #t "." #f " offset")

/* sys/sys/timespec.h (time_t is 64-bit since NetBSD 6: the "50" calls) */
struct nbsd_timespec {
    int64_t tv_sec, tv_nsec;
};
NBSD_CHECK_SIZE(nbsd_timespec, 16);

/* sys/sys/stat.h (__stat50, __fstat50, __lstat50, fstatat) */
struct nbsd_stat {
    uint64_t st_dev;
    uint32_t st_mode;
    uint32_t st_pad0;
    uint64_t st_ino;
    uint32_t st_nlink;
    uint32_t st_uid;
    uint32_t st_gid;
    uint32_t st_pad1;
    uint64_t st_rdev;
    struct nbsd_timespec st_atim;
    struct nbsd_timespec st_mtim;
    struct nbsd_timespec st_ctim;
    struct nbsd_timespec st_birthtim;
    int64_t  st_size;
    int64_t  st_blocks;
    uint32_t st_blksize;
    uint32_t st_flags;
    uint32_t st_gen;
    uint32_t st_spare[2];
    uint32_t st_pad2;
};
NBSD_CHECK_SIZE(nbsd_stat, 152);
NBSD_CHECK_OFF(nbsd_stat, st_mode, 8);
NBSD_CHECK_OFF(nbsd_stat, st_ino, 16);
NBSD_CHECK_OFF(nbsd_stat, st_nlink, 24);
NBSD_CHECK_OFF(nbsd_stat, st_uid, 28);
NBSD_CHECK_OFF(nbsd_stat, st_gid, 32);
NBSD_CHECK_OFF(nbsd_stat, st_rdev, 40);
NBSD_CHECK_OFF(nbsd_stat, st_atim, 48);
NBSD_CHECK_OFF(nbsd_stat, st_mtim, 64);
NBSD_CHECK_OFF(nbsd_stat, st_ctim, 80);
NBSD_CHECK_OFF(nbsd_stat, st_birthtim, 96);
NBSD_CHECK_OFF(nbsd_stat, st_size, 112);
NBSD_CHECK_OFF(nbsd_stat, st_blocks, 120);
NBSD_CHECK_OFF(nbsd_stat, st_blksize, 128);
NBSD_CHECK_OFF(nbsd_stat, st_flags, 132);
NBSD_CHECK_OFF(nbsd_stat, st_gen, 136);
NBSD_CHECK_OFF(nbsd_stat, st_spare, 140);

/* sys/sys/dirent.h, the record __getdents30 writes: no d_off (the
 * directory position is the descriptor's offset), name at 13,
 * NUL-terminated, d_reclen (13 + namlen + 1 + 7) & ~7. */
struct nbsd_dirent {
    uint64_t d_fileno;
    uint16_t d_reclen;
    uint16_t d_namlen;
    uint8_t  d_type;
    char     d_name[];
} __attribute__((packed));
_Static_assert(offsetof(struct nbsd_dirent, d_reclen) == 8, "nbsd_dirent.d_reclen");
_Static_assert(offsetof(struct nbsd_dirent, d_namlen) == 10, "nbsd_dirent.d_namlen");
_Static_assert(offsetof(struct nbsd_dirent, d_type) == 12, "nbsd_dirent.d_type");
_Static_assert(offsetof(struct nbsd_dirent, d_name) == 13, "nbsd_dirent.d_name");

/* sys/sys/sigtypes.h: 128 signals, signal n is bit n-1 */
struct nbsd_sigset {
    uint32_t bits[4];
};
NBSD_CHECK_SIZE(nbsd_sigset, 16);

/* sys/sys/signal.h struct sigaction: the mask comes *before* the flags
 * (FreeBSD: after). */
struct nbsd_sigaction {
    uint64_t handler;
    struct nbsd_sigset mask;
    int32_t  flags;
    int32_t  pad;
};
NBSD_CHECK_SIZE(nbsd_sigaction, 32);
NBSD_CHECK_OFF(nbsd_sigaction, mask, 8);
NBSD_CHECK_OFF(nbsd_sigaction, flags, 24);

/* sys/sys/sigtypes.h stack_t: sp, size, flags */
struct nbsd_stack {
    uint64_t ss_sp;
    uint64_t ss_size;
    int32_t  ss_flags;
    int32_t  ss_pad;
};
NBSD_CHECK_SIZE(nbsd_stack, 24);
NBSD_CHECK_OFF(nbsd_stack, ss_size, 8);
NBSD_CHECK_OFF(nbsd_stack, ss_flags, 16);

/* sys/sys/siginfo.h: siginfo_t is a 128-byte union around struct
 * _ksiginfo (code before errno, unlike Linux/FreeBSD; the reason union is
 * 8-aligned on LP64). */
struct nbsd_siginfo {
    int32_t signo;
    int32_t code;
    int32_t errno_;
    int32_t pad;
    union {
        struct { int32_t pid; uint32_t uid; uint64_t value; } rt;
        struct { int32_t pid; uint32_t uid; int32_t status; uint32_t utime, stime; } child;
        struct { uint64_t addr; int32_t trap; int32_t trap2, trap3; } fault;
        struct { int64_t band; int32_t fd; } poll;
        uint8_t raw[112];
    } reason;
};
NBSD_CHECK_SIZE(nbsd_siginfo, 128);
NBSD_CHECK_OFF(nbsd_siginfo, code, 4);
NBSD_CHECK_OFF(nbsd_siginfo, errno_, 8);
NBSD_CHECK_OFF(nbsd_siginfo, reason, 16);
NBSD_CHECK_OFF(nbsd_siginfo, reason.rt.value, 24);
NBSD_CHECK_OFF(nbsd_siginfo, reason.child.status, 24);
NBSD_CHECK_OFF(nbsd_siginfo, reason.fault.trap, 24);

/* arch/amd64/include/mcontext.h: __gregs[26] in _REG_* order (RDI first),
 * the TLS base, then the 512-byte fxsave image. */
struct nbsd_mcontext {
    uint64_t gregs[26];
    uint64_t mc_tlsbase;
    _Alignas(8) uint8_t fpregs[512];
};
NBSD_CHECK_SIZE(nbsd_mcontext, 728);
NBSD_CHECK_OFF(nbsd_mcontext, mc_tlsbase, 208);
NBSD_CHECK_OFF(nbsd_mcontext, fpregs, 216);

/* sys/sys/ucontext.h */
struct nbsd_ucontext {
    uint32_t uc_flags;            /* NBSD_UC_* */
    uint32_t uc_pad;
    uint64_t uc_link;
    struct nbsd_sigset uc_sigmask;
    struct nbsd_stack uc_stack;
    struct nbsd_mcontext uc_mcontext;
};
NBSD_CHECK_SIZE(nbsd_ucontext, 784);
NBSD_CHECK_OFF(nbsd_ucontext, uc_link, 8);
NBSD_CHECK_OFF(nbsd_ucontext, uc_sigmask, 16);
NBSD_CHECK_OFF(nbsd_ucontext, uc_stack, 32);
NBSD_CHECK_OFF(nbsd_ucontext, uc_mcontext, 56);

/* arch/amd64/include/frame.h struct sigframe_siginfo: what the kernel
 * pushes for a handler (the return address is the registered trampoline). */
struct nbsd_sigframe {
    uint64_t sf_ra;
    struct nbsd_siginfo sf_si;
    struct nbsd_ucontext sf_uc;
};
NBSD_CHECK_SIZE(nbsd_sigframe, 920);
NBSD_CHECK_OFF(nbsd_sigframe, sf_si, 8);
NBSD_CHECK_OFF(nbsd_sigframe, sf_uc, 136);

/* sys/sys/event.h struct kevent (__kevent50): filter is a small positive
 * number on NetBSD (READ 0, WRITE 1 ...). */
struct nbsd_kevent {
    uint64_t ident;
    uint32_t filter;
    uint32_t flags;
    uint32_t fflags;
    uint32_t pad;
    int64_t  data;
    uint64_t udata;
};
NBSD_CHECK_SIZE(nbsd_kevent, 40);
NBSD_CHECK_OFF(nbsd_kevent, filter, 8);
NBSD_CHECK_OFF(nbsd_kevent, flags, 12);
NBSD_CHECK_OFF(nbsd_kevent, fflags, 16);
NBSD_CHECK_OFF(nbsd_kevent, data, 24);
NBSD_CHECK_OFF(nbsd_kevent, udata, 32);

/* sys/sys/fcntl.h struct flock: FreeBSD's order without l_sysid */
struct nbsd_flock {
    int64_t l_start;
    int64_t l_len;
    int32_t l_pid;
    int16_t l_type;
    int16_t l_whence;
};
NBSD_CHECK_SIZE(nbsd_flock, 24);
NBSD_CHECK_OFF(nbsd_flock, l_pid, 16);
NBSD_CHECK_OFF(nbsd_flock, l_type, 20);
NBSD_CHECK_OFF(nbsd_flock, l_whence, 22);

/* sys/sys/resource.h: rlim_t is unsigned, RLIM_INFINITY 2^63-1 */
struct nbsd_rlimit {
    uint64_t rlim_cur, rlim_max;
};
NBSD_CHECK_SIZE(nbsd_rlimit, 16);

/* sys/sys/sysctl.h struct sysctlnode: what a CTL_QUERY returns, one per
 * child node. */
struct nbsd_sysctlnode {
    uint32_t flags;               /* NBSD_CTLTYPE_* | NBSD_SYSCTL_VERSION */
    int32_t  num;
    char     name[32];
    uint32_t ver;
    uint32_t rsvd;
    uint8_t  un[16];              /* child count / value, by type */
    uint64_t size;
    uint64_t func;
    uint64_t parent;
    uint64_t desc;
};
NBSD_CHECK_SIZE(nbsd_sysctlnode, 96);
NBSD_CHECK_OFF(nbsd_sysctlnode, num, 4);
NBSD_CHECK_OFF(nbsd_sysctlnode, name, 8);
NBSD_CHECK_OFF(nbsd_sysctlnode, ver, 40);
NBSD_CHECK_OFF(nbsd_sysctlnode, un, 48);
NBSD_CHECK_OFF(nbsd_sysctlnode, size, 64);

/* sys/sys/socket.h, netinet/in.h, netinet6/in6.h, sys/sys/un.h: BSD
 * sockaddrs start with a length byte and a one-byte family. */
struct nbsd_sockaddr {
    uint8_t sa_len;
    uint8_t sa_family;
    char    sa_data[14];
};
NBSD_CHECK_SIZE(nbsd_sockaddr, 16);

struct nbsd_sockaddr_in {
    uint8_t  sin_len;
    uint8_t  sin_family;
    uint16_t sin_port;
    uint32_t sin_addr;
    uint8_t  sin_zero[8];
};
NBSD_CHECK_SIZE(nbsd_sockaddr_in, 16);

struct nbsd_sockaddr_in6 {
    uint8_t  sin6_len;
    uint8_t  sin6_family;
    uint16_t sin6_port;
    uint32_t sin6_flowinfo;
    uint8_t  sin6_addr[16];
    uint32_t sin6_scope_id;
};
NBSD_CHECK_SIZE(nbsd_sockaddr_in6, 28);
NBSD_CHECK_OFF(nbsd_sockaddr_in6, sin6_scope_id, 24);

struct nbsd_sockaddr_un {
    uint8_t sun_len;
    uint8_t sun_family;
    char    sun_path[104];
};
NBSD_CHECK_SIZE(nbsd_sockaddr_un, 106);

struct nbsd_sockaddr_storage {
    uint8_t ss_len;
    uint8_t ss_family;
    char    ss_pad1[6];
    int64_t ss_align;
    char    ss_pad2[112];
};
NBSD_CHECK_SIZE(nbsd_sockaddr_storage, 128);

#endif
