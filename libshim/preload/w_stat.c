/* stat, lstat, fstatat (2.33+ names, 64-bit twins and the old __xstat
 * family), statx, statfs, statvfs, access, faccessat, euidaccess, pathconf. */
#include "libshim/preload/shim.h"

#define ST(buf) (dz_tl_path(&t_, &x_), dz_tl_ptr(&t_, (buf)))
#define STAT_AT(buf, fl) (dz_tl_fd(&t_, dirfd), dz_tl_path(&t_, &x_), dz_tl_ptr(&t_, (buf)), \
                          dz_tl_flags(&t_, &dz_tab_at, (unsigned)(fl)))

DZ_PATHFN(int, stat, (const char *path, struct stat *buf), (path, buf), 0,
          "stat", AT_FDCWD, path, 0, DZ_REAL(stat)(P, buf), ST(buf))
DZ_PATHFN(int, stat64, (const char *path, struct stat64 *buf), (path, buf), 0,
          "stat", AT_FDCWD, path, 0, DZ_REAL(stat64)(P, buf), ST(buf))
DZ_PATHFN(int, lstat, (const char *path, struct stat *buf), (path, buf), 0,
          "lstat", AT_FDCWD, path, DZ_PM_NOFOLLOW, DZ_REAL(lstat)(P, buf), ST(buf))
DZ_PATHFN(int, lstat64, (const char *path, struct stat64 *buf), (path, buf), 0,
          "lstat", AT_FDCWD, path, DZ_PM_NOFOLLOW, DZ_REAL(lstat64)(P, buf), ST(buf))
DZ_PATHFN(int, fstatat, (int dirfd, const char *path, struct stat *buf, int flags),
          (dirfd, path, buf, flags), 0, "fstatat", dirfd, path, DZ_AT_XFLAGS(flags),
          DZ_REAL(fstatat)(dirfd, P, buf, flags), STAT_AT(buf, flags))
DZ_PATHFN(int, fstatat64, (int dirfd, const char *path, struct stat64 *buf, int flags),
          (dirfd, path, buf, flags), 0, "fstatat", dirfd, path, DZ_AT_XFLAGS(flags),
          DZ_REAL(fstatat64)(dirfd, P, buf, flags), STAT_AT(buf, flags))

/* glibc < 2.33 binaries call these; ver is _STAT_VER. */
DZ_PATHFN(int, __xstat, (int ver, const char *path, struct stat *buf), (ver, path, buf), 0,
          "stat", AT_FDCWD, path, 0, DZ_REAL(__xstat)(ver, P, buf), ST(buf))
DZ_PATHFN(int, __xstat64, (int ver, const char *path, struct stat64 *buf), (ver, path, buf),
          0, "stat", AT_FDCWD, path, 0, DZ_REAL(__xstat64)(ver, P, buf), ST(buf))
DZ_PATHFN(int, __lxstat, (int ver, const char *path, struct stat *buf), (ver, path, buf), 0,
          "lstat", AT_FDCWD, path, DZ_PM_NOFOLLOW, DZ_REAL(__lxstat)(ver, P, buf), ST(buf))
DZ_PATHFN(int, __lxstat64, (int ver, const char *path, struct stat64 *buf), (ver, path, buf),
          0, "lstat", AT_FDCWD, path, DZ_PM_NOFOLLOW, DZ_REAL(__lxstat64)(ver, P, buf),
          ST(buf))
DZ_PATHFN(int, __fxstatat, (int ver, int dirfd, const char *path, struct stat *buf, int flags),
          (ver, dirfd, path, buf, flags), 0, "fstatat", dirfd, path, DZ_AT_XFLAGS(flags),
          DZ_REAL(__fxstatat)(ver, dirfd, P, buf, flags), STAT_AT(buf, flags))
DZ_PATHFN(int, __fxstatat64,
          (int ver, int dirfd, const char *path, struct stat64 *buf, int flags),
          (ver, dirfd, path, buf, flags), 0, "fstatat", dirfd, path, DZ_AT_XFLAGS(flags),
          DZ_REAL(__fxstatat64)(ver, dirfd, P, buf, flags), STAT_AT(buf, flags))

DZ_PATHFN(int, statx,
          (int dirfd, const char *path, int flags, unsigned int mask, struct statx *buf),
          (dirfd, path, flags, mask, buf), 0, "statx", dirfd, path, DZ_AT_XFLAGS(flags),
          DZ_REAL(statx)(dirfd, P, flags, mask, buf),
          (dz_tl_fd(&t_, dirfd), dz_tl_path(&t_, &x_), dz_tl_flags(&t_, &dz_tab_at, (unsigned)flags),
           dz_tl_flags(&t_, &dz_tab_statx, mask), dz_tl_ptr(&t_, buf)))

DZ_PATHFN(int, statfs, (const char *path, struct statfs *buf), (path, buf), 0,
          "statfs", AT_FDCWD, path, 0, DZ_REAL(statfs)(P, buf), ST(buf))
DZ_PATHFN(int, statfs64, (const char *path, struct statfs64 *buf), (path, buf), 0,
          "statfs", AT_FDCWD, path, 0, DZ_REAL(statfs64)(P, buf), ST(buf))
DZ_PATHFN(int, statvfs, (const char *path, struct statvfs *buf), (path, buf), 0,
          "statvfs", AT_FDCWD, path, 0, DZ_REAL(statvfs)(P, buf), ST(buf))
DZ_PATHFN(int, statvfs64, (const char *path, struct statvfs64 *buf), (path, buf), 0,
          "statvfs", AT_FDCWD, path, 0, DZ_REAL(statvfs64)(P, buf), ST(buf))

#define ACC(mode) (dz_tl_path(&t_, &x_), dz_tl_flags(&t_, &dz_tab_access, (unsigned)(mode)))
DZ_PATHFN(int, access, (const char *path, int mode), (path, mode), 0,
          "access", AT_FDCWD, path, 0, DZ_REAL(access)(P, mode), ACC(mode))
DZ_PATHFN(int, euidaccess, (const char *path, int mode), (path, mode), 0,
          "euidaccess", AT_FDCWD, path, 0, DZ_REAL(euidaccess)(P, mode), ACC(mode))
DZ_PATHFN(int, eaccess, (const char *path, int mode), (path, mode), 0,
          "euidaccess", AT_FDCWD, path, 0, DZ_REAL(eaccess)(P, mode), ACC(mode))
DZ_PATHFN(int, faccessat, (int dirfd, const char *path, int mode, int flags),
          (dirfd, path, mode, flags), 0, "faccessat", dirfd, path, DZ_AT_XFLAGS(flags),
          DZ_REAL(faccessat)(dirfd, P, mode, flags),
          (dz_tl_fd(&t_, dirfd), ACC(mode), dz_tl_flags(&t_, &dz_tab_faccessat, (unsigned)flags)))

DZ_PATHFN(long, pathconf, (const char *path, int name), (path, name), 0,
          "pathconf", AT_FDCWD, path, 0, DZ_REAL(pathconf)(P, name),
          (dz_tl_path(&t_, &x_), dz_tl_int(&t_, name)))
