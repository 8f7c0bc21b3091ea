/* Compile-time proof that abi/linux/types.h matches the Linux reference
 * definitions (musl's headers, which copy the kernel's x86-64 layouts).
 * No code: a mismatch fails the build. */
#define _GNU_SOURCE
#include "abi/linux/types.h"
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/time.h>
#include <time.h>

#define SAME_SIZE(ours, theirs) \
    _Static_assert(sizeof(ours) == sizeof(theirs), #ours " size != " #theirs)
#define SAME_FIELD(ours, f, theirs, g) \
    _Static_assert(offsetof(ours, f) == offsetof(theirs, g) && \
                   sizeof(((ours *)0)->f) == sizeof(((theirs *)0)->g), #ours "." #f " != " #theirs "." #g)

_Static_assert(LX_ELAST == EHWPOISON, "LX_ELAST is not Linux's highest errno");
_Static_assert(LX_NSIG == _NSIG - 1, "LX_NSIG is not Linux's signal count");

SAME_SIZE(struct lx_timespec, struct timespec);
SAME_FIELD(struct lx_timespec, tv_sec, struct timespec, tv_sec);
SAME_FIELD(struct lx_timespec, tv_nsec, struct timespec, tv_nsec);
SAME_SIZE(struct lx_timeval, struct timeval);
SAME_FIELD(struct lx_timeval, tv_usec, struct timeval, tv_usec);

SAME_SIZE(struct lx_stat, struct stat);
SAME_FIELD(struct lx_stat, st_dev, struct stat, st_dev);
SAME_FIELD(struct lx_stat, st_ino, struct stat, st_ino);
SAME_FIELD(struct lx_stat, st_nlink, struct stat, st_nlink);
SAME_FIELD(struct lx_stat, st_mode, struct stat, st_mode);
SAME_FIELD(struct lx_stat, st_uid, struct stat, st_uid);
SAME_FIELD(struct lx_stat, st_gid, struct stat, st_gid);
SAME_FIELD(struct lx_stat, st_rdev, struct stat, st_rdev);
SAME_FIELD(struct lx_stat, st_size, struct stat, st_size);
SAME_FIELD(struct lx_stat, st_blksize, struct stat, st_blksize);
SAME_FIELD(struct lx_stat, st_blocks, struct stat, st_blocks);
SAME_FIELD(struct lx_stat, st_atim, struct stat, st_atim);
SAME_FIELD(struct lx_stat, st_mtim, struct stat, st_mtim);
SAME_FIELD(struct lx_stat, st_ctim, struct stat, st_ctim);

SAME_SIZE(struct lx_statfs, struct statfs);
SAME_FIELD(struct lx_statfs, f_type, struct statfs, f_type);
SAME_FIELD(struct lx_statfs, f_bsize, struct statfs, f_bsize);
SAME_FIELD(struct lx_statfs, f_blocks, struct statfs, f_blocks);
SAME_FIELD(struct lx_statfs, f_bfree, struct statfs, f_bfree);
SAME_FIELD(struct lx_statfs, f_bavail, struct statfs, f_bavail);
SAME_FIELD(struct lx_statfs, f_files, struct statfs, f_files);
SAME_FIELD(struct lx_statfs, f_ffree, struct statfs, f_ffree);
SAME_FIELD(struct lx_statfs, f_fsid, struct statfs, f_fsid);
SAME_FIELD(struct lx_statfs, f_namelen, struct statfs, f_namelen);
SAME_FIELD(struct lx_statfs, f_frsize, struct statfs, f_frsize);
SAME_FIELD(struct lx_statfs, f_flags, struct statfs, f_flags);
SAME_FIELD(struct lx_statfs, f_spare, struct statfs, f_spare);

/* musl's struct dirent is the getdents64 record (with a fixed 256-byte name) */
SAME_FIELD(struct lx_dirent64, d_ino, struct dirent, d_ino);
SAME_FIELD(struct lx_dirent64, d_off, struct dirent, d_off);
SAME_FIELD(struct lx_dirent64, d_reclen, struct dirent, d_reclen);
SAME_FIELD(struct lx_dirent64, d_type, struct dirent, d_type);
_Static_assert(offsetof(struct lx_dirent64, d_name) == offsetof(struct dirent, d_name), "d_name");

SAME_SIZE(struct lx_stack, stack_t);
SAME_FIELD(struct lx_stack, ss_sp, stack_t, ss_sp);
SAME_FIELD(struct lx_stack, ss_flags, stack_t, ss_flags);
SAME_FIELD(struct lx_stack, ss_size, stack_t, ss_size);

SAME_SIZE(struct lx_flock, struct flock);
SAME_FIELD(struct lx_flock, l_type, struct flock, l_type);
SAME_FIELD(struct lx_flock, l_whence, struct flock, l_whence);
SAME_FIELD(struct lx_flock, l_start, struct flock, l_start);
SAME_FIELD(struct lx_flock, l_len, struct flock, l_len);
SAME_FIELD(struct lx_flock, l_pid, struct flock, l_pid);

SAME_SIZE(struct lx_rlimit, struct rlimit);
SAME_FIELD(struct lx_rlimit, rlim_cur, struct rlimit, rlim_cur);
SAME_FIELD(struct lx_rlimit, rlim_max, struct rlimit, rlim_max);

SAME_SIZE(struct lx_sockaddr_storage, struct sockaddr_storage);
SAME_FIELD(struct lx_sockaddr_storage, ss_family, struct sockaddr_storage, ss_family);
_Static_assert(_Alignof(struct lx_sockaddr_storage) == _Alignof(struct sockaddr_storage), "ss align");

/* The kernel sigaction has no libc twin (musl keeps its k_sigaction
 * private); check what we can: the mask is one unsigned long, the Linux
 * kernel sigset, and SA_RESTORER exists on this architecture. */
_Static_assert(sizeof(((struct lx_k_sigaction *)0)->mask) * 8 == _NSIG - 1, "kernel sigset is 64 bits");
_Static_assert(SA_RESTORER == 0x04000000, "x86-64 SA_RESTORER");
