/* illumos amd64 structures that cross the library boundary, with
 * fixed-width fields; sizes and offsets asserted against abi/LAYOUTS.md
 * ("illumos": x/sys ztypes_solaris_amd64.go, runtime defs1_solaris_amd64.go)
 * and the headers named per structure. */
#ifndef DZ_ABI_ILLUMOS_TYPES_H
#define DZ_ABI_ILLUMOS_TYPES_H
#include <stddef.h>
#include <stdint.h>

struct ilm_timespec {
    int64_t tv_sec;
    int64_t tv_nsec;
};

/* sys/stat.h (LP64: stat64 and stat are one). */
struct ilm_stat {
    uint64_t st_dev;
    uint64_t st_ino;
    uint32_t st_mode;
    uint32_t st_nlink;
    uint32_t st_uid;
    uint32_t st_gid;
    uint64_t st_rdev;
    int64_t st_size;
    struct ilm_timespec st_atim, st_mtim, st_ctim;
    int32_t st_blksize;
    int32_t st_pad;
    int64_t st_blocks;
    char st_fstype[16];
};
_Static_assert(sizeof(struct ilm_stat) == 128, "illumos stat");
_Static_assert(offsetof(struct ilm_stat, st_mode) == 16 && offsetof(struct ilm_stat, st_rdev) == 32 &&
               offsetof(struct ilm_stat, st_atim) == 48 && offsetof(struct ilm_stat, st_blksize) == 96 &&
               offsetof(struct ilm_stat, st_blocks) == 104 && offsetof(struct ilm_stat, st_fstype) == 112,
               "illumos stat offsets");

/* sys/dirent.h dirent_t: no d_type, the name at 18; records 8-aligned. */
struct ilm_dirent {
    uint64_t d_ino;
    int64_t d_off;
    uint16_t d_reclen;
    char d_name[6];
};
_Static_assert(offsetof(struct ilm_dirent, d_reclen) == 16 && offsetof(struct ilm_dirent, d_name) == 18,
               "illumos dirent offsets");

/* sys/resource.h */
struct ilm_rlimit {
    uint64_t rlim_cur, rlim_max;
};

/* sys/fcntl.h struct flock (LP64). */
struct ilm_flock {
    int16_t l_type;
    int16_t l_whence;
    int32_t l_pad0;
    int64_t l_start;
    int64_t l_len;
    int32_t l_sysid;
    int32_t l_pid;
    int64_t l_pad[4];
};
_Static_assert(sizeof(struct ilm_flock) == 64 && offsetof(struct ilm_flock, l_start) == 8 &&
               offsetof(struct ilm_flock, l_pid) == 28, "illumos flock");

/* sys/signal.h: sigset_t is 4 x u32, signal n in bit n-1. */
struct ilm_sigset {
    uint32_t bits[4];
};

/* sys/signal.h struct sigaction (LP64: no sa_resv). */
struct ilm_sigaction {
    int32_t flags;             /* sa_flags (the libc names are macros on Linux) */
    int32_t pad;
    uint64_t handler;          /* sa_handler / sa_sigaction */
    struct ilm_sigset mask;    /* sa_mask */
};
_Static_assert(sizeof(struct ilm_sigaction) == 32 && offsetof(struct ilm_sigaction, handler) == 8 &&
               offsetof(struct ilm_sigaction, mask) == 16, "illumos sigaction");

/* sys/signal.h stack_t */
struct ilm_stack {
    uint64_t ss_sp;
    uint64_t ss_size;
    int32_t ss_flags;
    int32_t ss_pad;
};
_Static_assert(sizeof(struct ilm_stack) == 24, "illumos stack_t");

/* sys/siginfo.h siginfo_t (256 bytes). */
struct ilm_siginfo {
    int32_t si_signo;
    int32_t si_code;
    int32_t si_errno;
    int32_t si_pad;
    union {
        uint64_t addr;                          /* faults */
        struct { int32_t pid; uint32_t uid; uint64_t value; } kill;   /* sent */
        struct { int32_t pid; int32_t pad; int64_t utime; int32_t status; } cld;
        uint8_t pad[240];
    } si_un;
};
_Static_assert(sizeof(struct ilm_siginfo) == 256 && offsetof(struct ilm_siginfo, si_un) == 16,
               "illumos siginfo");

/* usr/src/uts/intel/sys/regset.h: gregs index order (REG_*). */
enum {
    ILM_REG_R15, ILM_REG_R14, ILM_REG_R13, ILM_REG_R12, ILM_REG_R11, ILM_REG_R10, ILM_REG_R9,
    ILM_REG_R8, ILM_REG_RDI, ILM_REG_RSI, ILM_REG_RBP, ILM_REG_RBX, ILM_REG_RDX, ILM_REG_RCX,
    ILM_REG_RAX, ILM_REG_TRAPNO, ILM_REG_ERR, ILM_REG_RIP, ILM_REG_CS, ILM_REG_RFL, ILM_REG_RSP,
    ILM_REG_SS, ILM_REG_FS, ILM_REG_GS, ILM_REG_ES, ILM_REG_DS, ILM_REG_FSBASE, ILM_REG_GSBASE,
    ILM_NGREG
};

/* sys/ucontext.h ucontext_t: mcontext = gregs[28] + fpregset (fxsave
 * image 512 + status/xstatus 16). */
struct ilm_ucontext {
    uint64_t uc_flags;
    uint64_t uc_link;
    struct ilm_sigset uc_sigmask;
    struct ilm_stack uc_stack;
    uint64_t uc_pad;
    int64_t gregs[ILM_NGREG];
    uint8_t fpregs[528];
    int64_t uc_filler[5];
    uint64_t uc_pad2;
};
_Static_assert(sizeof(struct ilm_ucontext) == 864 && offsetof(struct ilm_ucontext, uc_sigmask) == 16 &&
               offsetof(struct ilm_ucontext, uc_stack) == 32 && offsetof(struct ilm_ucontext, gregs) == 64 &&
               offsetof(struct ilm_ucontext, fpregs) == 288 && offsetof(struct ilm_ucontext, uc_filler) == 816,
               "illumos ucontext");
#define ILM_UC_SIGMASK  0x01
#define ILM_UC_STACK    0x02
#define ILM_UC_CPU      0x04
#define ILM_UC_FPU      0x08

/* sys/port.h port_event_t */
struct ilm_port_event {
    int32_t portev_events;
    uint16_t portev_source;
    uint16_t portev_pad;
    uint64_t portev_object;
    uint64_t portev_user;
};
_Static_assert(sizeof(struct ilm_port_event) == 24 && offsetof(struct ilm_port_event, portev_object) == 8,
               "illumos port_event_t");

/* sys/utsname.h: five fields of SYS_NMLN (257). */
struct ilm_utsname {
    char sysname[257], nodename[257], release[257], version[257], machine[257];
};
_Static_assert(sizeof(struct ilm_utsname) == 5 * 257, "illumos utsname");

/* netinet/in.h sockaddr_in6: Linux's plus __sin6_src_id. */
struct ilm_sockaddr_in6 {
    uint16_t sin6_family;
    uint16_t sin6_port;
    uint32_t sin6_flowinfo;
    uint8_t sin6_addr[16];
    uint32_t sin6_scope_id;
    uint32_t sin6_src_id;
};
_Static_assert(sizeof(struct ilm_sockaddr_in6) == 32, "illumos sockaddr_in6");

/* sys/synch.h sem_t (48 bytes).  Whatever lives in it is the library's;
 * ours keeps the count in sem_count, a futex word. */
struct ilm_sem {
    uint32_t sem_count;
    uint16_t sem_type;
    uint16_t sem_magic;
    uint64_t sem_pad1[3];
    uint64_t sem_pad2[2];
};
_Static_assert(sizeof(struct ilm_sem) == 48, "illumos sem_t");

/* The thread pointer (%fs base): libc's ulwp_t begins with its own
 * address (ul_self, read as %fs:0 by Go and libc's curthread).  Ours is a
 * small record with the same first word, right above the executable's
 * static TLS block (TLS variant II, abi/ABI-NOTES.md §4.2). */
struct ilm_tcb {
    uint64_t self;             /* = its own address */
    int32_t errno_;            /* ___errno() points here */
    int32_t tid;               /* Linux tid, 0 until known */
    uint64_t stack_base, stack_size;   /* guest stack we mapped; 0 for the main thread */
    uint64_t area_base, area_size;     /* TLS block + this record */
};
_Static_assert(offsetof(struct ilm_tcb, self) == 0 && offsetof(struct ilm_tcb, errno_) == 8,
               "thunks.S: ___errno is %fs:0 + 8");

#endif
