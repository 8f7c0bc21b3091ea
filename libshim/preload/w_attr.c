/* Metadata of a named file: chmod, chown, utime*, truncate, mknod, mkfifo,
 * extended attributes, inotify watches. */
#include "libshim/preload/shim.h"

#define NOF DZ_PM_NOFOLLOW
#define NEWF (DZ_PM_NOFOLLOW | DZ_PM_CREATE)
#define P1 dz_tl_path(&t_, &x_)
#define FD1 dz_tl_fd(&t_, dirfd)
#define ATF(fl) dz_tl_flags(&t_, &dz_tab_at, (unsigned)(fl))

DZ_PATHFN(int, chmod, (const char *path, mode_t mode), (path, mode), 0,
          "chmod", AT_FDCWD, path, 0, DZ_REAL(chmod)(P, mode), (P1, dz_tl_oct(&t_, mode)))
DZ_PATHFN(int, lchmod, (const char *path, mode_t mode), (path, mode), 0,
          "lchmod", AT_FDCWD, path, NOF, DZ_REAL(lchmod)(P, mode), (P1, dz_tl_oct(&t_, mode)))
DZ_PATHFN(int, fchmodat, (int dirfd, const char *path, mode_t mode, int flags),
          (dirfd, path, mode, flags), 0, "fchmodat", dirfd, path, DZ_AT_XFLAGS(flags),
          DZ_REAL(fchmodat)(dirfd, P, mode, flags), (FD1, P1, dz_tl_oct(&t_, mode), ATF(flags)))

#define OWN (P1, dz_tl_int(&t_, (long)(int)uid), dz_tl_int(&t_, (long)(int)gid))
DZ_PATHFN(int, chown, (const char *path, uid_t uid, gid_t gid), (path, uid, gid), 0,
          "chown", AT_FDCWD, path, 0, DZ_REAL(chown)(P, uid, gid), OWN)
DZ_PATHFN(int, lchown, (const char *path, uid_t uid, gid_t gid), (path, uid, gid), 0,
          "lchown", AT_FDCWD, path, NOF, DZ_REAL(lchown)(P, uid, gid), OWN)
DZ_PATHFN(int, fchownat, (int dirfd, const char *path, uid_t uid, gid_t gid, int flags),
          (dirfd, path, uid, gid, flags), 0, "fchownat", dirfd, path, DZ_AT_XFLAGS(flags),
          DZ_REAL(fchownat)(dirfd, P, uid, gid, flags), (FD1, OWN, ATF(flags)))

#define TM(t) (P1, dz_tl_ptr(&t_, (t)))
DZ_PATHFN(int, utime, (const char *path, const struct utimbuf *times), (path, times), 0,
          "utime", AT_FDCWD, path, 0, DZ_REAL(utime)(P, times), TM(times))
DZ_PATHFN(int, utimes, (const char *path, const struct timeval times[2]), (path, times), 0,
          "utimes", AT_FDCWD, path, 0, DZ_REAL(utimes)(P, times), TM(times))
DZ_PATHFN(int, lutimes, (const char *path, const struct timeval times[2]), (path, times), 0,
          "lutimes", AT_FDCWD, path, NOF, DZ_REAL(lutimes)(P, times), TM(times))
DZ_PATHFN(int, futimesat, (int dirfd, const char *path, const struct timeval times[2]),
          (dirfd, path, times), 0, "futimesat", dirfd, path, 0,
          DZ_REAL(futimesat)(dirfd, P, times), (FD1, TM(times)))
DZ_PATHFN(int, utimensat,
          (int dirfd, const char *path, const struct timespec times[2], int flags),
          (dirfd, path, times, flags), 0, "utimensat", dirfd, path, DZ_AT_XFLAGS(flags),
          DZ_REAL(utimensat)(dirfd, P, times, flags), (FD1, TM(times), ATF(flags)))

DZ_PATHFN(int, truncate, (const char *path, off_t len), (path, len), 0,
          "truncate", AT_FDCWD, path, 0, DZ_REAL(truncate)(P, len), (P1, dz_tl_int(&t_, len)))
DZ_PATHFN(int, truncate64, (const char *path, off64_t len), (path, len), 0,
          "truncate", AT_FDCWD, path, 0, DZ_REAL(truncate64)(P, len), (P1, dz_tl_int(&t_, len)))

#define MKN(mode, dev) (P1, dz_tl_oct(&t_, (mode)), dz_tl_hex(&t_, (unsigned long)(dev)))
DZ_PATHFN(int, mknod, (const char *path, mode_t mode, dev_t dev), (path, mode, dev), 0,
          "mknod", AT_FDCWD, path, NEWF, DZ_REAL(mknod)(P, mode, dev), MKN(mode, dev))
DZ_PATHFN(int, mknodat, (int dirfd, const char *path, mode_t mode, dev_t dev),
          (dirfd, path, mode, dev), 0, "mknodat", dirfd, path, NEWF,
          DZ_REAL(mknodat)(dirfd, P, mode, dev), (FD1, MKN(mode, dev)))
DZ_PATHFN(int, __xmknod, (int ver, const char *path, mode_t mode, dev_t *dev),
          (ver, path, mode, dev), 0, "mknod", AT_FDCWD, path, NEWF,
          DZ_REAL(__xmknod)(ver, P, mode, dev), MKN(mode, dev ? *dev : 0))
DZ_PATHFN(int, __xmknodat, (int ver, int dirfd, const char *path, mode_t mode, dev_t *dev),
          (ver, dirfd, path, mode, dev), 0, "mknodat", dirfd, path, NEWF,
          DZ_REAL(__xmknodat)(ver, dirfd, P, mode, dev), (FD1, MKN(mode, dev ? *dev : 0)))
DZ_PATHFN(int, mkfifo, (const char *path, mode_t mode), (path, mode), 0,
          "mkfifo", AT_FDCWD, path, NEWF, DZ_REAL(mkfifo)(P, mode), (P1, dz_tl_oct(&t_, mode)))
DZ_PATHFN(int, mkfifoat, (int dirfd, const char *path, mode_t mode), (dirfd, path, mode), 0,
          "mkfifoat", dirfd, path, NEWF, DZ_REAL(mkfifoat)(dirfd, P, mode),
          (FD1, P1, dz_tl_oct(&t_, mode)))

#define XGET(name) (P1, dz_tl_str(&t_, (name)), dz_tl_ptr(&t_, value), dz_tl_int(&t_, (long)size))
DZ_PATHFN(ssize_t, getxattr, (const char *path, const char *name, void *value, size_t size),
          (path, name, value, size), 0, "getxattr", AT_FDCWD, path, 0,
          DZ_REAL(getxattr)(P, name, value, size), XGET(name))
DZ_PATHFN(ssize_t, lgetxattr, (const char *path, const char *name, void *value, size_t size),
          (path, name, value, size), 0, "lgetxattr", AT_FDCWD, path, NOF,
          DZ_REAL(lgetxattr)(P, name, value, size), XGET(name))
#define XSET (XGET(name), dz_tl_flags(&t_, &dz_tab_xattr, (unsigned)flags))
DZ_PATHFN(int, setxattr,
          (const char *path, const char *name, const void *value, size_t size, int flags),
          (path, name, value, size, flags), 0, "setxattr", AT_FDCWD, path, 0,
          DZ_REAL(setxattr)(P, name, value, size, flags), XSET)
DZ_PATHFN(int, lsetxattr,
          (const char *path, const char *name, const void *value, size_t size, int flags),
          (path, name, value, size, flags), 0, "lsetxattr", AT_FDCWD, path, NOF,
          DZ_REAL(lsetxattr)(P, name, value, size, flags), XSET)
#define XLIST (P1, dz_tl_ptr(&t_, list), dz_tl_int(&t_, (long)size))
DZ_PATHFN(ssize_t, listxattr, (const char *path, char *list, size_t size), (path, list, size),
          0, "listxattr", AT_FDCWD, path, 0, DZ_REAL(listxattr)(P, list, size), XLIST)
DZ_PATHFN(ssize_t, llistxattr, (const char *path, char *list, size_t size), (path, list, size),
          0, "llistxattr", AT_FDCWD, path, NOF, DZ_REAL(llistxattr)(P, list, size), XLIST)
DZ_PATHFN(int, removexattr, (const char *path, const char *name), (path, name), 0,
          "removexattr", AT_FDCWD, path, 0, DZ_REAL(removexattr)(P, name),
          (P1, dz_tl_str(&t_, name)))
DZ_PATHFN(int, lremovexattr, (const char *path, const char *name), (path, name), 0,
          "lremovexattr", AT_FDCWD, path, NOF, DZ_REAL(lremovexattr)(P, name),
          (P1, dz_tl_str(&t_, name)))

DZ_PATHFN(int, inotify_add_watch, (int fd, const char *path, uint32_t mask), (fd, path, mask),
          0, "inotify_add_watch", AT_FDCWD, path, (mask & IN_DONT_FOLLOW) ? NOF : 0,
          DZ_REAL(inotify_add_watch)(fd, P, mask),
          (dz_tl_int(&t_, fd), P1, dz_tl_hex(&t_, mask)))
