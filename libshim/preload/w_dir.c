/* Directory entries (mkdir, rmdir, unlink, remove, rename, link, symlink),
 * the working directory (chdir, chroot, getcwd) and the calls whose answer
 * is a path and is mapped back (getcwd, readlink, realpath). */
#include "libshim/preload/shim.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define NOF DZ_PM_NOFOLLOW
#define NEWF (DZ_PM_NOFOLLOW | DZ_PM_CREATE)
#define PM(mode) (dz_tl_path(&t_, &x_), dz_tl_oct(&t_, (mode)))
#define P1 dz_tl_path(&t_, &x_)

DZ_PATHFN(int, mkdir, (const char *path, mode_t mode), (path, mode), 0,
          "mkdir", AT_FDCWD, path, NEWF, DZ_REAL(mkdir)(P, mode), PM(mode))
DZ_PATHFN(int, mkdirat, (int dirfd, const char *path, mode_t mode), (dirfd, path, mode), 0,
          "mkdirat", dirfd, path, NEWF, DZ_REAL(mkdirat)(dirfd, P, mode),
          (dz_tl_fd(&t_, dirfd), PM(mode)))
DZ_PATHFN(int, rmdir, (const char *path), (path), 0,
          "rmdir", AT_FDCWD, path, NOF, DZ_REAL(rmdir)(P), P1)
DZ_PATHFN(int, unlink, (const char *path), (path), 0,
          "unlink", AT_FDCWD, path, NOF, DZ_REAL(unlink)(P), P1)
DZ_PATHFN(int, unlinkat, (int dirfd, const char *path, int flags), (dirfd, path, flags), 0,
          "unlinkat", dirfd, path, NOF, DZ_REAL(unlinkat)(dirfd, P, flags),
          (dz_tl_fd(&t_, dirfd), P1, dz_tl_flags(&t_, &dz_tab_unlinkat, (unsigned)flags)))
DZ_PATHFN(int, remove, (const char *path), (path), 0,
          "remove", AT_FDCWD, path, NOF, DZ_REAL(remove)(P), P1)
DZ_PATHFN(int, chdir, (const char *path), (path), 0,
          "chdir", AT_FDCWD, path, 0, DZ_REAL(chdir)(P), P1)
DZ_PATHFN(int, chroot, (const char *path), (path), 0,
          "chroot", AT_FDCWD, path, 0, DZ_REAL(chroot)(P), P1)

/* symlink's target is stored as written: only the new link is mapped (the
 * shim reads targets as virtual paths, so a link into a mapping works). */
DZ_PATHFN(int, symlink, (const char *target, const char *path), (target, path), 0,
          "symlink", AT_FDCWD, path, NEWF, DZ_REAL(symlink)(target, P),
          (dz_tl_str(&t_, target), P1))
DZ_PATHFN(int, symlinkat, (const char *target, int dirfd, const char *path),
          (target, dirfd, path), 0, "symlinkat", dirfd, path, NEWF,
          DZ_REAL(symlinkat)(target, dirfd, P),
          (dz_tl_str(&t_, target), dz_tl_fd(&t_, dirfd), P1))

/* ---------------------------------------------------- two-path calls */

enum { RENAME, RENAMEAT, RENAMEAT2, LINK, LINKAT };

static int call2(int id, int d1, const char *p1, int d2, const char *p2, unsigned fl)
{
    switch (id) {
    case RENAME: return DZ_REAL(rename)(p1, p2);
    case RENAMEAT: return DZ_REAL(renameat)(d1, p1, d2, p2);
    case RENAMEAT2: return DZ_REAL(renameat2)(d1, p1, d2, p2, fl);
    case LINK: return DZ_REAL(link)(p1, p2);
    default: return DZ_REAL(linkat)(d1, p1, d2, p2, (int)fl);
    }
}

static DZ_SLOW int two_slow(unsigned m, int id, int d1, const char *p1, int d2,
                            const char *p2, unsigned fl)
{
    static const char *const names[] = { "rename", "renameat", "renameat2", "link", "linkat" };
    struct dz_xp a, b;
    int r = -1;
    /* link(2) does not follow oldpath unless linkat says AT_SYMLINK_FOLLOW */
    unsigned f1 = (id == LINKAT && (fl & AT_SYMLINK_FOLLOW)) ? 0 : NOF;
    b.orig = b.path = p2;
    if (dz_xp_init(&a, m, d1, p1, f1) == 0 && dz_xp_init(&b, m, d2, p2, NEWF) == 0) {
        r = call2(id, d1, a.path, d2, b.path, fl);
        if (r == -1) {
            int e = errno;
            int ra = dz_xp_retry(&a, m, e), rb = dz_xp_retry(&b, m, e);
            if (ra || rb)
                r = call2(id, d1, a.path, d2, b.path, fl);
        }
    }
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        int at = id == RENAMEAT || id == RENAMEAT2 || id == LINKAT;
        dz_tl_begin(&t, names[id]);
        if (at)
            dz_tl_fd(&t, d1);
        dz_tl_path(&t, &a);
        if (at)
            dz_tl_fd(&t, d2);
        dz_tl_path(&t, &b);
        if (id == RENAMEAT2)
            dz_tl_flags(&t, &dz_tab_rename, fl);
        else if (id == LINKAT)
            dz_tl_flags(&t, &dz_tab_at, fl);
        dz_tl_end_int(&t, r, e);
        errno = e;
    }
    return r;
}

#define TWO_FRONT(real_call, ...)                                               \
    unsigned m = dz_mode();                                                     \
    if (DZ_FAST(m, 0))                                                          \
        return real_call;                                                       \
    return two_slow(m, __VA_ARGS__)

DZ_EXPORT int rename(const char *old, const char *new)
{
    TWO_FRONT(DZ_REAL(rename)(old, new), RENAME, AT_FDCWD, old, AT_FDCWD, new, 0);
}
DZ_EXPORT int renameat(int d1, const char *old, int d2, const char *new)
{
    TWO_FRONT(DZ_REAL(renameat)(d1, old, d2, new), RENAMEAT, d1, old, d2, new, 0);
}
DZ_EXPORT int renameat2(int d1, const char *old, int d2, const char *new, unsigned flags)
{
    TWO_FRONT(DZ_REAL(renameat2)(d1, old, d2, new, flags), RENAMEAT2, d1, old, d2, new, flags);
}
DZ_EXPORT int link(const char *old, const char *new)
{
    TWO_FRONT(DZ_REAL(link)(old, new), LINK, AT_FDCWD, old, AT_FDCWD, new, 0);
}
DZ_EXPORT int linkat(int d1, const char *old, int d2, const char *new, int flags)
{
    TWO_FRONT(DZ_REAL(linkat)(d1, old, d2, new, flags), LINKAT, d1, old, d2, new,
              (unsigned)flags);
}

/* ------------------------------------------------------------ getcwd */

static void trace_ret_path(unsigned m, const char *name, const char *shown, long arg,
                           const void *r, int e)
{
    struct dz_tl t;
    dz_tl_begin(&t, name);
    dz_tl_str(&t, shown);
    if (arg >= 0)
        dz_tl_int(&t, arg);
    dz_tl_end_ptr(&t, r, e);
}

static DZ_SLOW char *getcwd_slow(unsigned m, char *buf, size_t size)
{
    char tmp[DZ_PM_PATH_MAX];
    char *r;
    if (!(m & DZ_PATHS) || !DZ_REAL(getcwd)(tmp, sizeof tmp)) {
        /* nothing to map, or longer than PATH_MAX: the real answer */
        r = DZ_REAL(getcwd)(buf, size);
    } else {
        dz_unmap(m, tmp);
        size_t n = strlen(tmp) + 1;
        if (buf && size == 0) {
            errno = EINVAL;
            r = NULL;
        } else if (size && size < n) {
            errno = ERANGE;
            r = NULL;
        } else if (buf) {
            r = memcpy(buf, tmp, n);
        } else if ((r = malloc(size ? size : n)) != NULL) {
            memcpy(r, tmp, n);
        }
    }
    if (m & DZ_TRACE) {
        int e = errno;
        trace_ret_path(m, "getcwd", r, (long)size, r, e);
        errno = e;
    }
    return r;
}

DZ_EXPORT char *getcwd(char *buf, size_t size)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(getcwd)(buf, size);
    return getcwd_slow(m, buf, size);
}

DZ_EXPORT char *__getcwd_chk(char *buf, size_t size, size_t buflen)
{
    if (size > buflen)
        __chk_fail();
    return getcwd(buf, size);
}

static DZ_SLOW char *gcdn_slow(unsigned m)
{
    char *r = DZ_REAL(get_current_dir_name)();
    if (r && (m & DZ_PATHS) && strlen(r) < DZ_PM_PATH_MAX) {
        char tmp[DZ_PM_PATH_MAX];
        memcpy(tmp, r, strlen(r) + 1);
        if (dz_unmap(m, tmp)) {
            char *s = strdup(tmp);
            if (s) {
                free(r);
                r = s;
            }
        }
    }
    if (m & DZ_TRACE) {
        int e = errno;
        trace_ret_path(m, "get_current_dir_name", r, -1, r, e);
        errno = e;
    }
    return r;
}

DZ_EXPORT char *get_current_dir_name(void)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(get_current_dir_name)();
    return gcdn_slow(m);
}

/* ---------------------------------------------------------- readlink */

static DZ_SLOW ssize_t readlink_slow(unsigned m, int at, int dirfd, const char *path,
                                     char *buf, size_t size)
{
    struct dz_xp x;
    char tmp[DZ_PM_PATH_MAX];
    ssize_t r = -1;
    if (dz_xp_init(&x, m, dirfd, path, NOF) == 0) {
#define RL(p) (at ? DZ_REAL(readlinkat)(dirfd, (p), tmp, sizeof tmp - 1) \
                  : DZ_REAL(readlink)((p), tmp, sizeof tmp - 1))
        if (size == 0) {
            r = at ? DZ_REAL(readlinkat)(dirfd, x.path, buf, 0)
                   : DZ_REAL(readlink)(x.path, buf, 0);
        } else {
            r = RL(x.path);
            if (r < 0 && dz_xp_retry(&x, m, errno))
                r = RL(x.path);
        }
#undef RL
        if (r > 0 && size) {
            tmp[r] = '\0';
            if (dz_unmap(m, tmp))
                r = (ssize_t)strlen(tmp);
            if ((size_t)r > size)
                r = (ssize_t)size;
            memcpy(buf, tmp, (size_t)r);
        }
    }
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        dz_tl_begin(&t, at ? "readlinkat" : "readlink");
        if (at)
            dz_tl_fd(&t, dirfd);
        dz_tl_path(&t, &x);
        if (r >= 0) {
            tmp[r] = '\0';
            dz_tl_str(&t, tmp);
        } else {
            dz_tl_ptr(&t, buf);
        }
        dz_tl_int(&t, (long)size);
        dz_tl_end_int(&t, r, e);
        errno = e;
    }
    return r;
}

DZ_EXPORT ssize_t readlink(const char *path, char *buf, size_t size)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(readlink)(path, buf, size);
    return readlink_slow(m, 0, AT_FDCWD, path, buf, size);
}

DZ_EXPORT ssize_t readlinkat(int dirfd, const char *path, char *buf, size_t size)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(readlinkat)(dirfd, path, buf, size);
    return readlink_slow(m, 1, dirfd, path, buf, size);
}

DZ_EXPORT ssize_t __readlink_chk(const char *path, char *buf, size_t len, size_t buflen)
{
    if (len > buflen)
        __chk_fail();
    return readlink(path, buf, len);
}

DZ_EXPORT ssize_t __readlinkat_chk(int dirfd, const char *path, char *buf, size_t len,
                                   size_t buflen)
{
    if (len > buflen)
        __chk_fail();
    return readlinkat(dirfd, path, buf, len);
}

/* ---------------------------------------------------------- realpath */

/* The program's view of a canonical path: resolved in the virtual file
 * system when a rule is involved, else the kernel's answer mapped back. */
static int virtual_realpath(unsigned m, const char *path, char *out)
{
    char host[DZ_PM_PATH_MAX], hd[DZ_PM_PATH_MAX], vd[DZ_PM_PATH_MAX];
    const char *vdir = NULL;
    int rv = 0;
    if (path[0] != '/') {
        if (dz_pm_rawfs.dirpath(NULL, AT_FDCWD, hd, sizeof hd) < 0)
            return 0;
        rv = dz_pathmap_reverse(&dz_shim.map, hd, vd, sizeof vd);
        vdir = rv > 0 ? vd : hd;
    }
    int r = dz_pathmap_resolve(&dz_shim.map, vdir, path, 0, &dz_pm_rawfs, host, out);
    if (r < 0) {
        errno = -r;
        return -1;
    }
    if (r == 0 && rv <= 0)
        return 0;
    long e = dz_pm_rawfs.probe(NULL, host, 1);
    if (e < 0) {
        errno = (int)-e;
        return -1;
    }
    return 1;
}

static DZ_SLOW char *realpath_slow(unsigned m, const char *path, char *resolved)
{
    char out[DZ_PM_PATH_MAX];
    char *r = NULL;
    struct dz_xp x;
    int v = 0;
    x.orig = x.path = path;
    if (!path || !(m & DZ_PATHS)) {
        r = DZ_REAL(realpath)(path, resolved);
        goto done;
    }
    if ((m & DZ_RULES) && (v = virtual_realpath(m, path, out)) < 0)
        goto done;
    if (v == 0) {
        if (dz_xp_init(&x, m, AT_FDCWD, path, 0) < 0 || !DZ_REAL(realpath)(x.path, out))
            goto done;
        dz_unmap(m, out);
    }
    if (resolved)
        r = memcpy(resolved, out, strlen(out) + 1);
    else
        r = strdup(out);
done:
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        dz_tl_begin(&t, "realpath");
        dz_tl_path(&t, &x);
        dz_tl_str(&t, r);
        dz_tl_end_ptr(&t, r, e);
        errno = e;
    }
    return r;
}

DZ_EXPORT char *realpath(const char *path, char *resolved)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(realpath)(path, resolved);
    return realpath_slow(m, path, resolved);
}

DZ_EXPORT char *__realpath_chk(const char *path, char *resolved, size_t resolvedlen)
{
    if (resolvedlen < PATH_MAX)
        __chk_fail();
    return realpath(path, resolved);
}

DZ_EXPORT char *canonicalize_file_name(const char *path)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(canonicalize_file_name)(path);
    return realpath_slow(m, path, NULL);
}
