/* Linux x86-64 kernel-side structures, spelled with fixed-width fields so
 * code built against any libc (glibc for the engine, musl for abi/) can hand
 * them to raw Linux system calls.  These are the *kernel* layouts (what
 * rt_sigaction, newfstatat, getdents64 ... read and write), which is not
 * always the libc one: glibc's struct sigaction and sigset_t are bigger.
 * abi/linux/check.c holds the asserts against musl's definitions. */
#ifndef DZ_ABI_LINUX_TYPES_H
#define DZ_ABI_LINUX_TYPES_H
#include <stddef.h>
#include <stdint.h>

/* Highest Linux errno (EHWPOISON) and number of Linux signals (1..64);
 * the errno and signal maps are indexed up to these. */
#define LX_ELAST 133
#define LX_NSIG  64

struct lx_timespec {
    int64_t tv_sec, tv_nsec;
};

struct lx_timeval {
    int64_t tv_sec, tv_usec;
};

/* arch/x86/include/uapi/asm/stat.h, struct stat (newfstatat, fstat) */
struct lx_stat {
    uint64_t st_dev;
    uint64_t st_ino;
    uint64_t st_nlink;
    uint32_t st_mode;
    uint32_t st_uid;
    uint32_t st_gid;
    int32_t  st_pad0;
    uint64_t st_rdev;
    int64_t  st_size;
    int64_t  st_blksize;
    int64_t  st_blocks;
    struct lx_timespec st_atim;
    struct lx_timespec st_mtim;
    struct lx_timespec st_ctim;
    int64_t  st_unused[3];
};

/* include/uapi/asm-generic/statfs.h as built for x86-64 (statfs, fstatfs) */
struct lx_statfs {
    int64_t  f_type;
    int64_t  f_bsize;
    uint64_t f_blocks;
    uint64_t f_bfree;
    uint64_t f_bavail;
    uint64_t f_files;
    uint64_t f_ffree;
    int32_t  f_fsid[2];
    int64_t  f_namelen;
    int64_t  f_frsize;
    int64_t  f_flags;
    int64_t  f_spare[4];
};

/* include/linux/dirent.h, struct linux_dirent64: the record header that
 * getdents64 writes; d_name is NUL-terminated, d_reclen 8-aligned. */
struct lx_dirent64 {
    uint64_t d_ino;
    int64_t  d_off;
    uint16_t d_reclen;
    uint8_t  d_type;
    char     d_name[];
};

/* What rt_sigaction takes (arch/x86/include/uapi/asm/signal.h, the kernel
 * struct sigaction with SA_RESTORER): handler, flags, restorer, 64-bit mask.
 * The sigsetsize argument is 8. */
struct lx_k_sigaction {
    uint64_t handler;
    uint64_t flags;
    uint64_t restorer;
    uint64_t mask;
};

/* stack_t for sigaltstack: flags *before* size (BSD order is sp, size, flags) */
struct lx_stack {
    uint64_t ss_sp;
    int32_t  ss_flags;
    int32_t  pad;
    uint64_t ss_size;
};

/* struct flock for F_GETLK/F_SETLK/F_SETLKW (64-bit: same as flock64) */
struct lx_flock {
    int16_t l_type;
    int16_t l_whence;
    int32_t pad0;
    int64_t l_start;
    int64_t l_len;
    int32_t l_pid;
    int32_t pad1;
};

struct lx_rlimit {
    uint64_t rlim_cur, rlim_max;
};

/* __kernel_sockaddr_storage: 128 bytes, 8-aligned */
struct lx_sockaddr_storage {
    _Alignas(8) uint16_t ss_family;
    uint8_t ss_data[126];
};

/* The asserts that need no libc header live here, so every includer checks them. */
_Static_assert(sizeof(struct lx_timespec) == 16, "lx_timespec");
_Static_assert(sizeof(struct lx_stat) == 144, "lx_stat");
_Static_assert(offsetof(struct lx_stat, st_mode) == 24 && offsetof(struct lx_stat, st_size) == 48 &&
               offsetof(struct lx_stat, st_atim) == 72 && offsetof(struct lx_stat, st_ctim) == 104,
               "lx_stat offsets");
_Static_assert(sizeof(struct lx_statfs) == 120, "lx_statfs");
_Static_assert(offsetof(struct lx_statfs, f_fsid) == 56 && offsetof(struct lx_statfs, f_flags) == 80,
               "lx_statfs offsets");
_Static_assert(offsetof(struct lx_dirent64, d_reclen) == 16 && offsetof(struct lx_dirent64, d_type) == 18 &&
               offsetof(struct lx_dirent64, d_name) == 19, "lx_dirent64 offsets");
_Static_assert(sizeof(struct lx_k_sigaction) == 32 && offsetof(struct lx_k_sigaction, mask) == 24,
               "lx_k_sigaction");
_Static_assert(sizeof(struct lx_stack) == 24 && offsetof(struct lx_stack, ss_flags) == 8 &&
               offsetof(struct lx_stack, ss_size) == 16, "lx_stack");
_Static_assert(sizeof(struct lx_flock) == 32 && offsetof(struct lx_flock, l_start) == 8 &&
               offsetof(struct lx_flock, l_len) == 16 && offsetof(struct lx_flock, l_pid) == 24,
               "lx_flock");
_Static_assert(sizeof(struct lx_rlimit) == 16, "lx_rlimit");
_Static_assert(sizeof(struct lx_sockaddr_storage) == 128 && _Alignof(struct lx_sockaddr_storage) == 8,
               "lx_sockaddr_storage");

#endif
