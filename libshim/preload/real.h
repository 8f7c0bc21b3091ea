/* The next definition of every libc entry point the shim interposes, found
 * through dlsym(RTLD_NEXT) on first use.  One X-macro list gives the slot,
 * its C type (typeof the libc declaration) and the name to look up, so the
 * three can never disagree. */
#ifndef DZ_PRELOAD_REAL_H
#define DZ_PRELOAD_REAL_H
#include "libshim/preload/decls.h"

#define DZ_REAL_OPEN(X)                                                         \
    X(open) X(open64) X(__open_2) X(__open64_2) X(openat) X(openat64)           \
    X(__openat_2) X(__openat64_2) X(creat) X(creat64) X(fopen) X(fopen64)       \
    X(freopen) X(freopen64) X(opendir) X(scandir) X(scandir64) X(scandirat)     \
    X(scandirat64) X(mkstemp) X(mkstemp64) X(mkostemp) X(mkostemp64)            \
    X(mkstemps) X(mkstemps64) X(mkostemps) X(mkostemps64) X(mkdtemp)
#define DZ_REAL_STAT(X)                                                         \
    X(stat) X(stat64) X(lstat) X(lstat64) X(fstatat) X(fstatat64) X(__xstat)    \
    X(__xstat64) X(__lxstat) X(__lxstat64) X(__fxstatat) X(__fxstatat64)        \
    X(statx) X(statfs) X(statfs64) X(statvfs) X(statvfs64) X(access)            \
    X(faccessat) X(euidaccess) X(eaccess) X(pathconf)
#define DZ_REAL_DIR(X)                                                          \
    X(mkdir) X(mkdirat) X(rmdir) X(unlink) X(unlinkat) X(remove) X(rename)      \
    X(renameat) X(renameat2) X(link) X(linkat) X(symlink) X(symlinkat)          \
    X(chdir) X(chroot) X(getcwd) X(get_current_dir_name) X(readlink)            \
    X(readlinkat) X(realpath) X(canonicalize_file_name)
#define DZ_REAL_ATTR(X)                                                         \
    X(chmod) X(fchmodat) X(lchmod) X(chown) X(lchown) X(fchownat) X(utime)      \
    X(utimes) X(lutimes) X(futimesat) X(utimensat) X(truncate) X(truncate64)    \
    X(mknod) X(mknodat) X(__xmknod) X(__xmknodat) X(mkfifo) X(mkfifoat)         \
    X(getxattr) X(lgetxattr) X(setxattr) X(lsetxattr) X(listxattr)              \
    X(llistxattr) X(removexattr) X(lremovexattr) X(inotify_add_watch)
#define DZ_REAL_EXEC(X)                                                         \
    X(execve) X(execvpe) X(fexecve) X(execveat) X(posix_spawn) X(posix_spawnp) \
    X(posix_spawn_file_actions_addopen)                                         \
    X(posix_spawn_file_actions_addchdir_np) X(system) X(popen)
#define DZ_REAL_MISC(X) X(uname) X(dlopen) X(dlmopen)

#define DZ_REAL_ALL(X)                                                          \
    DZ_REAL_OPEN(X) DZ_REAL_STAT(X) DZ_REAL_DIR(X) DZ_REAL_ATTR(X)              \
    DZ_REAL_EXEC(X) DZ_REAL_MISC(X)

struct dz_real {
#define DZ_X(n) __typeof__(n) *n;
    DZ_REAL_ALL(DZ_X)
#undef DZ_X
};
extern struct dz_real dz_real;

/* Resolve the slots that must not be resolved late (see real.c). */
void dz_real_warm(void);

/* Resolve one slot; aborts with a message when libc has no such symbol. */
void *dz_real_resolve(void **slot, const char *name);

static inline void *dz_real_get(void **slot, const char *name)
{
    void *p = __atomic_load_n(slot, __ATOMIC_ACQUIRE);
    return __builtin_expect(p != 0, 1) ? p : dz_real_resolve(slot, name);
}

/* DZ_REAL(open)(path, flags, mode): the next `open` in the lookup chain. */
#define DZ_REAL(n) ((__typeof__(&n))dz_real_get((void **)&dz_real.n, #n))

#endif
