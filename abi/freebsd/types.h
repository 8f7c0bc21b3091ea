/* FreeBSD amd64 structures, byte-exact, with fixed-width fields.  Guest
 * pointers are uint64_t: the guest shares our address space, but a field
 * that holds a guest address is data to us, never something we call.
 * Sizes and offsets from abi/LAYOUTS.md (cgo -godefs output generated on
 * FreeBSD) and the FreeBSD 13.2 headers named per struct; every struct is
 * pinned by _Static_assert below it. */
#ifndef DZ_ABI_FREEBSD_TYPES_H
#define DZ_ABI_FREEBSD_TYPES_H
#include <stddef.h>
#include <stdint.h>

#define FBSD_CHECK_SIZE(t, n) _Static_assert(sizeof(struct t) == (n), #t " size")
#define FBSD_CHECK_OFF(t, f, n) _Static_assert(offsetof(struct t, f) == (n), #t "." #f " offset")

/* sys/sys/_timespec.h, sys/sys/_timeval.h */
struct fbsd_timespec {
    int64_t tv_sec, tv_nsec;
};
FBSD_CHECK_SIZE(fbsd_timespec, 16);

struct fbsd_timeval {
    int64_t tv_sec, tv_usec;
};
FBSD_CHECK_SIZE(fbsd_timeval, 16);

/* sys/sys/stat.h, the FreeBSD 12+ (ino64) struct stat */
struct fbsd_stat {
    uint64_t st_dev;
    uint64_t st_ino;
    uint64_t st_nlink;
    uint16_t st_mode;
    int16_t  st_padding0;
    uint32_t st_uid;
    uint32_t st_gid;
    int32_t  st_padding1;
    uint64_t st_rdev;
    struct fbsd_timespec st_atim;
    struct fbsd_timespec st_mtim;
    struct fbsd_timespec st_ctim;
    struct fbsd_timespec st_birthtim;
    int64_t  st_size;
    int64_t  st_blocks;
    int32_t  st_blksize;
    uint32_t st_flags;
    uint64_t st_gen;
    uint64_t st_spare[10];
};
FBSD_CHECK_SIZE(fbsd_stat, 224);
FBSD_CHECK_OFF(fbsd_stat, st_nlink, 16);
FBSD_CHECK_OFF(fbsd_stat, st_mode, 24);
FBSD_CHECK_OFF(fbsd_stat, st_uid, 28);
FBSD_CHECK_OFF(fbsd_stat, st_gid, 32);
FBSD_CHECK_OFF(fbsd_stat, st_rdev, 40);
FBSD_CHECK_OFF(fbsd_stat, st_atim, 48);
FBSD_CHECK_OFF(fbsd_stat, st_mtim, 64);
FBSD_CHECK_OFF(fbsd_stat, st_ctim, 80);
FBSD_CHECK_OFF(fbsd_stat, st_birthtim, 96);
FBSD_CHECK_OFF(fbsd_stat, st_size, 112);
FBSD_CHECK_OFF(fbsd_stat, st_blocks, 120);
FBSD_CHECK_OFF(fbsd_stat, st_blksize, 128);
FBSD_CHECK_OFF(fbsd_stat, st_flags, 132);
FBSD_CHECK_OFF(fbsd_stat, st_gen, 136);
FBSD_CHECK_OFF(fbsd_stat, st_spare, 144);

/* sys/sys/mount.h, the FreeBSD 12+ (ino64) struct statfs */
struct fbsd_statfs {
    uint32_t f_version;          /* FBSD_STATFS_VERSION */
    uint32_t f_type;
    uint64_t f_flags;            /* MNT_* */
    uint64_t f_bsize;            /* fragment size: the unit of f_blocks */
    uint64_t f_iosize;           /* optimal transfer size */
    uint64_t f_blocks;
    uint64_t f_bfree;
    int64_t  f_bavail;
    uint64_t f_files;
    int64_t  f_ffree;
    uint64_t f_syncwrites;
    uint64_t f_asyncwrites;
    uint64_t f_syncreads;
    uint64_t f_asyncreads;
    uint64_t f_spare[10];
    uint32_t f_namemax;
    uint32_t f_owner;
    int32_t  f_fsid[2];
    char     f_charspare[80];
    char     f_fstypename[16];   /* MFSNAMELEN */
    char     f_mntfromname[1024];/* MNAMELEN */
    char     f_mntonname[1024];
};
FBSD_CHECK_SIZE(fbsd_statfs, 2344);
FBSD_CHECK_OFF(fbsd_statfs, f_bavail, 48);
FBSD_CHECK_OFF(fbsd_statfs, f_spare, 104);
FBSD_CHECK_OFF(fbsd_statfs, f_namemax, 184);
FBSD_CHECK_OFF(fbsd_statfs, f_fsid, 192);
FBSD_CHECK_OFF(fbsd_statfs, f_fstypename, 280);
FBSD_CHECK_OFF(fbsd_statfs, f_mntfromname, 296);
FBSD_CHECK_OFF(fbsd_statfs, f_mntonname, 1320);

/* sys/sys/dirent.h: the record header getdirentries writes; d_name is
 * NUL-terminated and d_reclen is (24 + namlen + 1 + 7) & ~7.  Beware: the
 * libc <dirent.h> of glibc and musl does `#define d_fileno d_ino`; a file
 * that includes it and uses d_fileno here must #undef d_fileno first. */
struct fbsd_dirent {
    uint64_t d_fileno;
    int64_t  d_off;
    uint16_t d_reclen;
    uint8_t  d_type;
    uint8_t  d_pad0;
    uint16_t d_namlen;
    uint16_t d_pad1;
    char     d_name[];
};
FBSD_CHECK_SIZE(fbsd_dirent, 24);
FBSD_CHECK_OFF(fbsd_dirent, d_off, 8);
FBSD_CHECK_OFF(fbsd_dirent, d_reclen, 16);
FBSD_CHECK_OFF(fbsd_dirent, d_type, 18);
FBSD_CHECK_OFF(fbsd_dirent, d_namlen, 20);
FBSD_CHECK_OFF(fbsd_dirent, d_name, 24);

/* sys/sys/_sigset.h: 128 signals, signal n is bit n-1 */
struct fbsd_sigset {
    uint32_t bits[4];
};
FBSD_CHECK_SIZE(fbsd_sigset, 16);

/* sys/sys/signal.h struct sigaction.  No restorer: the kernel returns
 * through its sigcode.  Fields are named like lx_k_sigaction's because
 * every libc's <signal.h> makes sa_handler a macro. */
struct fbsd_sigaction {
    uint64_t handler;            /* sa_handler / sa_sigaction */
    int32_t  flags;              /* FBSD_SA_* */
    struct fbsd_sigset mask;
};
FBSD_CHECK_SIZE(fbsd_sigaction, 32);
FBSD_CHECK_OFF(fbsd_sigaction, flags, 8);
FBSD_CHECK_OFF(fbsd_sigaction, mask, 12);

/* stack_t: sp, size, flags (Linux: sp, flags, size) */
struct fbsd_stack {
    uint64_t ss_sp;
    uint64_t ss_size;
    int32_t  ss_flags;
    int32_t  ss_pad;
};
FBSD_CHECK_SIZE(fbsd_stack, 24);
FBSD_CHECK_OFF(fbsd_stack, ss_size, 8);
FBSD_CHECK_OFF(fbsd_stack, ss_flags, 16);

/* siginfo_t (80 bytes; Linux's is 128 with a different union).  libc
 * <signal.h> makes si_pid, si_addr, si_value ... macros, so the fields
 * drop the si_ prefix (and errno, a macro too, becomes errno_). */
struct fbsd_siginfo {
    int32_t  signo;
    int32_t  errno_;
    int32_t  code;               /* FBSD_SI_* or a fault code */
    int32_t  pid;
    uint32_t uid;
    int32_t  status;
    uint64_t addr;
    uint64_t value;              /* union sigval */
    union {
        struct { int32_t trapno; } fault;
        struct { int32_t timerid, overrun; } timer;
        struct { int32_t mqd; } mesgq;
        struct { int64_t band; } poll;
        uint64_t spare[5];
    } reason;
};
FBSD_CHECK_SIZE(fbsd_siginfo, 80);
FBSD_CHECK_OFF(fbsd_siginfo, code, 8);
FBSD_CHECK_OFF(fbsd_siginfo, pid, 12);
FBSD_CHECK_OFF(fbsd_siginfo, status, 20);
FBSD_CHECK_OFF(fbsd_siginfo, addr, 24);
FBSD_CHECK_OFF(fbsd_siginfo, value, 32);
FBSD_CHECK_OFF(fbsd_siginfo, reason, 40);

/* x86/include/ucontext.h (amd64 mcontext_t).  mc_fpstate is the 512-byte
 * fxsave image, 16-aligned, which makes the struct and ucontext 16-aligned. */
struct fbsd_mcontext {
    uint64_t mc_onstack;
    uint64_t mc_rdi;
    uint64_t mc_rsi;
    uint64_t mc_rdx;
    uint64_t mc_rcx;
    uint64_t mc_r8;
    uint64_t mc_r9;
    uint64_t mc_rax;
    uint64_t mc_rbx;
    uint64_t mc_rbp;
    uint64_t mc_r10;
    uint64_t mc_r11;
    uint64_t mc_r12;
    uint64_t mc_r13;
    uint64_t mc_r14;
    uint64_t mc_r15;
    uint32_t mc_trapno;
    uint16_t mc_fs;
    uint16_t mc_gs;
    uint64_t mc_addr;
    uint32_t mc_flags;
    uint16_t mc_es;
    uint16_t mc_ds;
    uint64_t mc_err;
    uint64_t mc_rip;
    uint64_t mc_cs;
    uint64_t mc_rflags;
    uint64_t mc_rsp;
    uint64_t mc_ss;
    uint64_t mc_len;             /* sizeof(struct fbsd_mcontext), checked by sigreturn */
    uint64_t mc_fpformat;
    uint64_t mc_ownedfp;
    _Alignas(16) uint64_t mc_fpstate[64];
    uint64_t mc_fsbase;
    uint64_t mc_gsbase;
    uint64_t mc_xfpustate;
    uint64_t mc_xfpustate_len;
    uint64_t mc_spare[4];
};
FBSD_CHECK_SIZE(fbsd_mcontext, 800);
FBSD_CHECK_OFF(fbsd_mcontext, mc_rdi, 8);
FBSD_CHECK_OFF(fbsd_mcontext, mc_rax, 56);
FBSD_CHECK_OFF(fbsd_mcontext, mc_r15, 120);
FBSD_CHECK_OFF(fbsd_mcontext, mc_trapno, 128);
FBSD_CHECK_OFF(fbsd_mcontext, mc_fs, 132);
FBSD_CHECK_OFF(fbsd_mcontext, mc_gs, 134);
FBSD_CHECK_OFF(fbsd_mcontext, mc_addr, 136);
FBSD_CHECK_OFF(fbsd_mcontext, mc_flags, 144);
FBSD_CHECK_OFF(fbsd_mcontext, mc_es, 148);
FBSD_CHECK_OFF(fbsd_mcontext, mc_ds, 150);
FBSD_CHECK_OFF(fbsd_mcontext, mc_err, 152);
FBSD_CHECK_OFF(fbsd_mcontext, mc_rip, 160);
FBSD_CHECK_OFF(fbsd_mcontext, mc_cs, 168);
FBSD_CHECK_OFF(fbsd_mcontext, mc_rflags, 176);
FBSD_CHECK_OFF(fbsd_mcontext, mc_rsp, 184);
FBSD_CHECK_OFF(fbsd_mcontext, mc_ss, 192);
FBSD_CHECK_OFF(fbsd_mcontext, mc_len, 200);
FBSD_CHECK_OFF(fbsd_mcontext, mc_fpformat, 208);
FBSD_CHECK_OFF(fbsd_mcontext, mc_ownedfp, 216);
FBSD_CHECK_OFF(fbsd_mcontext, mc_fpstate, 224);
FBSD_CHECK_OFF(fbsd_mcontext, mc_fsbase, 736);
FBSD_CHECK_OFF(fbsd_mcontext, mc_gsbase, 744);
FBSD_CHECK_OFF(fbsd_mcontext, mc_xfpustate, 752);
FBSD_CHECK_OFF(fbsd_mcontext, mc_xfpustate_len, 760);
FBSD_CHECK_OFF(fbsd_mcontext, mc_spare, 768);

/* mc_flags / mc_fpformat / mc_ownedfp values (x86/include/ucontext.h) */
#define FBSD_MC_HASSEGS      0x1
#define FBSD_MC_HASBASES     0x2
#define FBSD_MC_HASFPXSTATE  0x4
#define FBSD_MC_FPFMT_NODEV  0x10000
#define FBSD_MC_FPFMT_XMM    0x10002
#define FBSD_MC_FPOWNED_NONE 0x20000
#define FBSD_MC_FPOWNED_FPU  0x20001
#define FBSD_MC_FPOWNED_PCB  0x20002

/* sys/sys/_ucontext.h */
struct fbsd_ucontext {
    struct fbsd_sigset   uc_sigmask;
    struct fbsd_mcontext uc_mcontext;
    uint64_t             uc_link;
    struct fbsd_stack    uc_stack;
    int32_t              uc_flags;
    int32_t              uc_spare[4];
};
FBSD_CHECK_SIZE(fbsd_ucontext, 880);
FBSD_CHECK_OFF(fbsd_ucontext, uc_mcontext, 16);
FBSD_CHECK_OFF(fbsd_ucontext, uc_link, 816);
FBSD_CHECK_OFF(fbsd_ucontext, uc_stack, 824);
FBSD_CHECK_OFF(fbsd_ucontext, uc_flags, 848);
FBSD_CHECK_OFF(fbsd_ucontext, uc_spare, 852);

/* sys/sys/thr.h: thr_new's argument */
struct fbsd_thr_param {
    uint64_t start_func;
    uint64_t arg;
    uint64_t stack_base;
    uint64_t stack_size;
    uint64_t tls_base;
    uint64_t tls_size;
    uint64_t child_tid;          /* long *: 8-byte tid */
    uint64_t parent_tid;
    int32_t  flags;              /* FBSD_THR_* */
    int32_t  pad;
    uint64_t rtp;
    uint64_t spare[3];
};
FBSD_CHECK_SIZE(fbsd_thr_param, 104);
FBSD_CHECK_OFF(fbsd_thr_param, tls_base, 32);
FBSD_CHECK_OFF(fbsd_thr_param, child_tid, 48);
FBSD_CHECK_OFF(fbsd_thr_param, flags, 64);
FBSD_CHECK_OFF(fbsd_thr_param, rtp, 72);

/* sys/sys/_umtx.h: struct _umtx_time */
struct fbsd_umtx_time {
    struct fbsd_timespec timeout;
    uint32_t flags;              /* FBSD_UMTX_ABSTIME */
    uint32_t clockid;
};
FBSD_CHECK_SIZE(fbsd_umtx_time, 24);
FBSD_CHECK_OFF(fbsd_umtx_time, flags, 16);
FBSD_CHECK_OFF(fbsd_umtx_time, clockid, 20);

/* sys/sys/event.h: FreeBSD 12+ kevent (syscall 560) */
struct fbsd_kevent {
    uint64_t ident;
    int16_t  filter;
    uint16_t flags;
    uint32_t fflags;
    int64_t  data;
    uint64_t udata;
    uint64_t ext[4];
};
FBSD_CHECK_SIZE(fbsd_kevent, 64);
FBSD_CHECK_OFF(fbsd_kevent, filter, 8);
FBSD_CHECK_OFF(fbsd_kevent, flags, 10);
FBSD_CHECK_OFF(fbsd_kevent, fflags, 12);
FBSD_CHECK_OFF(fbsd_kevent, data, 16);
FBSD_CHECK_OFF(fbsd_kevent, udata, 24);
FBSD_CHECK_OFF(fbsd_kevent, ext, 32);

/* struct kevent_freebsd11 (syscall 363): data was intptr_t, no ext[] */
struct fbsd_kevent11 {
    uint64_t ident;
    int16_t  filter;
    uint16_t flags;
    uint32_t fflags;
    int64_t  data;
    uint64_t udata;
};
FBSD_CHECK_SIZE(fbsd_kevent11, 32);
FBSD_CHECK_OFF(fbsd_kevent11, data, 16);
FBSD_CHECK_OFF(fbsd_kevent11, udata, 24);

/* sys/sys/fcntl.h: struct flock (Linux puts l_type/l_whence first) */
struct fbsd_flock {
    int64_t l_start;
    int64_t l_len;
    int32_t l_pid;
    int16_t l_type;
    int16_t l_whence;
    int32_t l_sysid;
    int32_t pad;
};
FBSD_CHECK_SIZE(fbsd_flock, 32);
FBSD_CHECK_OFF(fbsd_flock, l_pid, 16);
FBSD_CHECK_OFF(fbsd_flock, l_type, 20);
FBSD_CHECK_OFF(fbsd_flock, l_whence, 22);
FBSD_CHECK_OFF(fbsd_flock, l_sysid, 24);

/* sys/sys/socket.h, netinet/in.h, netinet6/in6.h, sys/sys/un.h: every BSD
 * sockaddr starts with a length byte and a one-byte family. */
struct fbsd_sockaddr {
    uint8_t sa_len;
    uint8_t sa_family;
    char    sa_data[14];
};
FBSD_CHECK_SIZE(fbsd_sockaddr, 16);

struct fbsd_sockaddr_in {
    uint8_t  sin_len;
    uint8_t  sin_family;
    uint16_t sin_port;           /* network order */
    uint32_t sin_addr;           /* network order */
    uint8_t  sin_zero[8];
};
FBSD_CHECK_SIZE(fbsd_sockaddr_in, 16);
FBSD_CHECK_OFF(fbsd_sockaddr_in, sin_port, 2);
FBSD_CHECK_OFF(fbsd_sockaddr_in, sin_addr, 4);

struct fbsd_sockaddr_in6 {
    uint8_t  sin6_len;
    uint8_t  sin6_family;
    uint16_t sin6_port;
    uint32_t sin6_flowinfo;
    uint8_t  sin6_addr[16];
    uint32_t sin6_scope_id;
};
FBSD_CHECK_SIZE(fbsd_sockaddr_in6, 28);
FBSD_CHECK_OFF(fbsd_sockaddr_in6, sin6_flowinfo, 4);
FBSD_CHECK_OFF(fbsd_sockaddr_in6, sin6_addr, 8);
FBSD_CHECK_OFF(fbsd_sockaddr_in6, sin6_scope_id, 24);

struct fbsd_sockaddr_un {
    uint8_t sun_len;
    uint8_t sun_family;
    char    sun_path[104];
};
FBSD_CHECK_SIZE(fbsd_sockaddr_un, 106);
FBSD_CHECK_OFF(fbsd_sockaddr_un, sun_path, 2);

/* sys/sys/_sockaddr_storage.h */
struct fbsd_sockaddr_storage {
    uint8_t ss_len;
    uint8_t ss_family;
    char    ss_pad1[6];
    int64_t ss_align;
    char    ss_pad2[112];
};
FBSD_CHECK_SIZE(fbsd_sockaddr_storage, 128);

/* sys/sys/resource.h: rlim_t is signed on FreeBSD */
struct fbsd_rlimit {
    int64_t rlim_cur, rlim_max;
};
FBSD_CHECK_SIZE(fbsd_rlimit, 16);

#endif
