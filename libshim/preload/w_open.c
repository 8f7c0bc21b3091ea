/* open, openat, creat (with their 64-bit and fortified twins), fopen,
 * freopen, opendir, scandir and the mkstemp family. */
#include "libshim/preload/shim.h"
#include <stdarg.h>
#include <string.h>

enum { OPEN, OPEN64, OPEN_2, OPEN64_2, OPENAT, OPENAT64, OPENAT_2, OPENAT64_2, CREAT, CREAT64 };

static int call_open(int id, int dirfd, const char *p, int flags, mode_t mode)
{
    switch (id) {
    case OPEN: return DZ_REAL(open)(p, flags, mode);
    case OPEN64: return DZ_REAL(open64)(p, flags, mode);
    case OPEN_2: return DZ_REAL(__open_2)(p, flags);
    case OPEN64_2: return DZ_REAL(__open64_2)(p, flags);
    case OPENAT: return DZ_REAL(openat)(dirfd, p, flags, mode);
    case OPENAT64: return DZ_REAL(openat64)(dirfd, p, flags, mode);
    case OPENAT_2: return DZ_REAL(__openat_2)(dirfd, p, flags);
    case OPENAT64_2: return DZ_REAL(__openat64_2)(dirfd, p, flags);
    case CREAT: return DZ_REAL(creat)(p, mode);
    default: return DZ_REAL(creat64)(p, mode);
    }
}

static DZ_SLOW int open_slow(unsigned m, int id, int dirfd, const char *path, int flags,
                             mode_t mode)
{
    struct dz_xp x;
    int r = -2, at = id >= OPENAT && id <= OPENAT64_2, cr = id >= CREAT;
    int oflags = cr ? O_CREAT | O_WRONLY | O_TRUNC : flags;

    if (m & DZ_PROCFS)
        r = dz_procfs_open(m, at ? dirfd : AT_FDCWD, path, oflags);
    if (r != -2) {
        x.orig = x.path = path;             /* served from DENIZEN_UNAME */
    } else if (dz_xp_init(&x, m, at ? dirfd : AT_FDCWD, path, dz_open_xflags(oflags)) < 0) {
        r = -1;
    } else {
        r = call_open(id, dirfd, x.path, flags, mode);
        if (r < 0 && dz_xp_retry(&x, m, errno))
            r = call_open(id, dirfd, x.path, flags, mode);
    }
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        dz_tl_begin(&t, cr ? "creat" : at ? "openat" : "open");
        if (at)
            dz_tl_fd(&t, dirfd);
        dz_tl_path(&t, &x);
        if (!cr)
            dz_tl_flags(&t, &dz_tab_open, (unsigned)flags);
        if (cr || __OPEN_NEEDS_MODE(flags))
            dz_tl_oct(&t, mode);
        dz_tl_end_int(&t, r, e);
        errno = e;
    }
    return r;
}

#define OPEN_MODE(flags, last)                                                  \
    mode_t mode = 0;                                                            \
    if (__OPEN_NEEDS_MODE(flags)) {                                             \
        va_list ap;                                                             \
        va_start(ap, last);                                                     \
        mode = va_arg(ap, mode_t);                                              \
        va_end(ap);                                                             \
    }

#define OPEN_FRONT(fn, id, dirfd, path, flags, real_call)                       \
    unsigned m = dz_mode();                                                     \
    if (DZ_FAST(m, DZ_PROCFS))                                                  \
        return real_call;                                                       \
    return open_slow(m, id, dirfd, path, flags, mode)

DZ_EXPORT int open(const char *path, int flags, ...)
{
    OPEN_MODE(flags, flags);
    OPEN_FRONT(open, OPEN, AT_FDCWD, path, flags, DZ_REAL(open)(path, flags, mode));
}

DZ_EXPORT int open64(const char *path, int flags, ...)
{
    OPEN_MODE(flags, flags);
    OPEN_FRONT(open64, OPEN64, AT_FDCWD, path, flags, DZ_REAL(open64)(path, flags, mode));
}

DZ_EXPORT int __open_2(const char *path, int flags)
{
    mode_t mode = 0;
    OPEN_FRONT(__open_2, OPEN_2, AT_FDCWD, path, flags, DZ_REAL(__open_2)(path, flags));
}

DZ_EXPORT int __open64_2(const char *path, int flags)
{
    mode_t mode = 0;
    OPEN_FRONT(__open64_2, OPEN64_2, AT_FDCWD, path, flags, DZ_REAL(__open64_2)(path, flags));
}

DZ_EXPORT int openat(int dirfd, const char *path, int flags, ...)
{
    OPEN_MODE(flags, flags);
    OPEN_FRONT(openat, OPENAT, dirfd, path, flags, DZ_REAL(openat)(dirfd, path, flags, mode));
}

DZ_EXPORT int openat64(int dirfd, const char *path, int flags, ...)
{
    OPEN_MODE(flags, flags);
    OPEN_FRONT(openat64, OPENAT64, dirfd, path, flags,
               DZ_REAL(openat64)(dirfd, path, flags, mode));
}

DZ_EXPORT int __openat_2(int dirfd, const char *path, int flags)
{
    mode_t mode = 0;
    OPEN_FRONT(__openat_2, OPENAT_2, dirfd, path, flags, DZ_REAL(__openat_2)(dirfd, path, flags));
}

DZ_EXPORT int __openat64_2(int dirfd, const char *path, int flags)
{
    mode_t mode = 0;
    OPEN_FRONT(__openat64_2, OPENAT64_2, dirfd, path, flags,
               DZ_REAL(__openat64_2)(dirfd, path, flags));
}

DZ_EXPORT int creat(const char *path, mode_t mode)
{
    OPEN_FRONT(creat, CREAT, AT_FDCWD, path, 0, DZ_REAL(creat)(path, mode));
}

DZ_EXPORT int creat64(const char *path, mode_t mode)
{
    OPEN_FRONT(creat64, CREAT64, AT_FDCWD, path, 0, DZ_REAL(creat64)(path, mode));
}

/* ------------------------------------------------------------- stdio */

/* open(2) flags of an fopen mode string (glibc libio/fileops.c). */
static int fmode_flags(const char *mode)
{
    int f;
    switch (mode[0]) {
    case 'w': f = O_WRONLY | O_CREAT | O_TRUNC; break;
    case 'a': f = O_WRONLY | O_CREAT | O_APPEND; break;
    default: f = O_RDONLY; break;
    }
    for (const char *s = mode + 1; *s && *s != ','; s++) {
        if (*s == '+')
            f = (f & ~O_ACCMODE) | O_RDWR;
        else if (*s == 'x')
            f |= O_EXCL;
        else if (*s == 'e')
            f |= O_CLOEXEC;
    }
    return f;
}

enum { FOPEN, FOPEN64, FREOPEN, FREOPEN64 };

static FILE *call_fopen(int id, const char *p, const char *mode, FILE *stream)
{
    switch (id) {
    case FOPEN: return DZ_REAL(fopen)(p, mode);
    case FOPEN64: return DZ_REAL(fopen64)(p, mode);
    case FREOPEN: return DZ_REAL(freopen)(p, mode, stream);
    default: return DZ_REAL(freopen64)(p, mode, stream);
    }
}

static DZ_SLOW FILE *fopen_slow(unsigned m, int id, const char *path, const char *mode,
                                FILE *stream)
{
    struct dz_xp x;
    FILE *f = NULL;
    int fd = -2, flags = fmode_flags(mode);

    if ((m & DZ_PROCFS) && id <= FOPEN64)
        fd = dz_procfs_open(m, AT_FDCWD, path, flags);
    if (fd >= 0) {
        x.orig = x.path = path;
        if (!(f = fdopen(fd, mode)))
            close(fd);
    } else if (fd == -1) {
        x.orig = x.path = path;
    } else if (dz_xp_init(&x, m, AT_FDCWD, path, dz_open_xflags(flags)) == 0) {
        f = call_fopen(id, x.path, mode, stream);
        if (!f && dz_xp_retry(&x, m, errno))
            f = call_fopen(id, x.path, mode, stream);
    }
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        dz_tl_begin(&t, id <= FOPEN64 ? "fopen" : "freopen");
        dz_tl_path(&t, &x);
        dz_tl_str(&t, mode);
        if (id > FOPEN64)
            dz_tl_ptr(&t, stream);
        dz_tl_end_ptr(&t, f, e);
        errno = e;
    }
    return f;
}

DZ_EXPORT FILE *fopen(const char *path, const char *mode)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, DZ_PROCFS))
        return DZ_REAL(fopen)(path, mode);
    return fopen_slow(m, FOPEN, path, mode, NULL);
}

DZ_EXPORT FILE *fopen64(const char *path, const char *mode)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, DZ_PROCFS))
        return DZ_REAL(fopen64)(path, mode);
    return fopen_slow(m, FOPEN64, path, mode, NULL);
}

DZ_EXPORT FILE *freopen(const char *path, const char *mode, FILE *stream)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(freopen)(path, mode, stream);
    return fopen_slow(m, FREOPEN, path, mode, stream);
}

DZ_EXPORT FILE *freopen64(const char *path, const char *mode, FILE *stream)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(freopen64)(path, mode, stream);
    return fopen_slow(m, FREOPEN64, path, mode, stream);
}

/* ------------------------------------------------------- directories */

static DZ_SLOW DIR *opendir_slow(unsigned m, const char *path)
{
    struct dz_xp x;
    DIR *d = NULL;
    if (dz_xp_init(&x, m, AT_FDCWD, path, 0) == 0) {
        d = DZ_REAL(opendir)(x.path);
        if (!d && dz_xp_retry(&x, m, errno))
            d = DZ_REAL(opendir)(x.path);
    }
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        dz_tl_begin(&t, "opendir");
        dz_tl_path(&t, &x);
        dz_tl_end_ptr(&t, d, e);
        errno = e;
    }
    return d;
}

DZ_EXPORT DIR *opendir(const char *path)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(opendir)(path);
    return opendir_slow(m, path);
}

#define SCANDIR_TRACE (dz_tl_path(&t_, &x_), dz_tl_ptr(&t_, list), dz_tl_ptr(&t_, (void *)filter), \
                       dz_tl_ptr(&t_, (void *)compar))
DZ_PATHFN(int, scandir,
          (const char *path, struct dirent ***list, int (*filter)(const struct dirent *),
           int (*compar)(const struct dirent **, const struct dirent **)),
          (path, list, filter, compar), 0, "scandir", AT_FDCWD, path, 0,
          DZ_REAL(scandir)(P, list, filter, compar), SCANDIR_TRACE)
DZ_PATHFN(int, scandir64,
          (const char *path, struct dirent64 ***list, int (*filter)(const struct dirent64 *),
           int (*compar)(const struct dirent64 **, const struct dirent64 **)),
          (path, list, filter, compar), 0, "scandir", AT_FDCWD, path, 0,
          DZ_REAL(scandir64)(P, list, filter, compar), SCANDIR_TRACE)
DZ_PATHFN(int, scandirat,
          (int dirfd, const char *path, struct dirent ***list,
           int (*filter)(const struct dirent *),
           int (*compar)(const struct dirent **, const struct dirent **)),
          (dirfd, path, list, filter, compar), 0, "scandirat", dirfd, path, 0,
          DZ_REAL(scandirat)(dirfd, P, list, filter, compar),
          (dz_tl_fd(&t_, dirfd), SCANDIR_TRACE))
DZ_PATHFN(int, scandirat64,
          (int dirfd, const char *path, struct dirent64 ***list,
           int (*filter)(const struct dirent64 *),
           int (*compar)(const struct dirent64 **, const struct dirent64 **)),
          (dirfd, path, list, filter, compar), 0, "scandirat", dirfd, path, 0,
          DZ_REAL(scandirat64)(dirfd, P, list, filter, compar),
          (dz_tl_fd(&t_, dirfd), SCANDIR_TRACE))

/* ------------------------------------------------------------ mkstemp */

/* The template is rewritten in place: run the real call on the mapped
 * copy, then copy the generated characters (and suffix) back. */
enum { MKSTEMP, MKSTEMP64, MKOSTEMP, MKOSTEMP64, MKSTEMPS, MKSTEMPS64, MKOSTEMPS,
       MKOSTEMPS64 };

static int call_mkstemp(int id, char *p, int suffixlen, int flags)
{
    switch (id) {
    case MKSTEMP: return DZ_REAL(mkstemp)(p);
    case MKSTEMP64: return DZ_REAL(mkstemp64)(p);
    case MKOSTEMP: return DZ_REAL(mkostemp)(p, flags);
    case MKOSTEMP64: return DZ_REAL(mkostemp64)(p, flags);
    case MKSTEMPS: return DZ_REAL(mkstemps)(p, suffixlen);
    case MKSTEMPS64: return DZ_REAL(mkstemps64)(p, suffixlen);
    case MKOSTEMPS: return DZ_REAL(mkostemps)(p, suffixlen, flags);
    default: return DZ_REAL(mkostemps64)(p, suffixlen, flags);
    }
}

static void copy_back(char *tmpl, const char *mapped, size_t tail)
{
    size_t tl = strlen(tmpl), ml = strlen(mapped);
    if (tail <= tl && tail <= ml)
        memcpy(tmpl + tl - tail, mapped + ml - tail, tail);
}

static DZ_SLOW int mkstemp_slow(unsigned m, int id, char *tmpl, int suffixlen, int flags)
{
    static const char *const names[] = { "mkstemp", "mkstemp", "mkostemp", "mkostemp",
                                         "mkstemps", "mkstemps", "mkostemps", "mkostemps" };
    struct dz_xp x;
    int r = -1;
    if (dz_xp_init(&x, m, AT_FDCWD, tmpl, DZ_PM_CREATE | DZ_PM_NOFOLLOW) == 0) {
        if (x.path == tmpl) {
            r = call_mkstemp(id, tmpl, suffixlen, flags);
        } else {
            r = call_mkstemp(id, x.buf, suffixlen, flags);
            if (r >= 0)
                copy_back(tmpl, x.buf, 6 + (size_t)(suffixlen > 0 ? suffixlen : 0));
        }
    }
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        dz_tl_begin(&t, names[id]);
        dz_tl_path(&t, &x);
        if (id >= MKSTEMPS)
            dz_tl_int(&t, suffixlen);
        if (id == MKOSTEMP || id == MKOSTEMP64 || id >= MKOSTEMPS)
            dz_tl_flags(&t, &dz_tab_open, (unsigned)flags);
        dz_tl_end_int(&t, r, e);
        errno = e;
    }
    return r;
}

#define MKSTEMP_FRONT(id, real_call, suffixlen, flags)                          \
    unsigned m = dz_mode();                                                     \
    if (DZ_FAST(m, 0))                                                          \
        return real_call;                                                       \
    return mkstemp_slow(m, id, tmpl, suffixlen, flags)

DZ_EXPORT int mkstemp(char *tmpl)
{
    MKSTEMP_FRONT(MKSTEMP, DZ_REAL(mkstemp)(tmpl), 0, 0);
}
DZ_EXPORT int mkstemp64(char *tmpl)
{
    MKSTEMP_FRONT(MKSTEMP64, DZ_REAL(mkstemp64)(tmpl), 0, 0);
}
DZ_EXPORT int mkostemp(char *tmpl, int flags)
{
    MKSTEMP_FRONT(MKOSTEMP, DZ_REAL(mkostemp)(tmpl, flags), 0, flags);
}
DZ_EXPORT int mkostemp64(char *tmpl, int flags)
{
    MKSTEMP_FRONT(MKOSTEMP64, DZ_REAL(mkostemp64)(tmpl, flags), 0, flags);
}
DZ_EXPORT int mkstemps(char *tmpl, int suffixlen)
{
    MKSTEMP_FRONT(MKSTEMPS, DZ_REAL(mkstemps)(tmpl, suffixlen), suffixlen, 0);
}
DZ_EXPORT int mkstemps64(char *tmpl, int suffixlen)
{
    MKSTEMP_FRONT(MKSTEMPS64, DZ_REAL(mkstemps64)(tmpl, suffixlen), suffixlen, 0);
}
DZ_EXPORT int mkostemps(char *tmpl, int suffixlen, int flags)
{
    MKSTEMP_FRONT(MKOSTEMPS, DZ_REAL(mkostemps)(tmpl, suffixlen, flags), suffixlen, flags);
}
DZ_EXPORT int mkostemps64(char *tmpl, int suffixlen, int flags)
{
    MKSTEMP_FRONT(MKOSTEMPS64, DZ_REAL(mkostemps64)(tmpl, suffixlen, flags), suffixlen, flags);
}

static DZ_SLOW char *mkdtemp_slow(unsigned m, char *tmpl)
{
    struct dz_xp x;
    char *r = NULL;
    if (dz_xp_init(&x, m, AT_FDCWD, tmpl, DZ_PM_CREATE | DZ_PM_NOFOLLOW) == 0) {
        if (x.path == tmpl) {
            r = DZ_REAL(mkdtemp)(tmpl);
        } else if (DZ_REAL(mkdtemp)(x.buf)) {
            copy_back(tmpl, x.buf, 6);
            r = tmpl;
        }
    }
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        dz_tl_begin(&t, "mkdtemp");
        dz_tl_path(&t, &x);
        dz_tl_end_ptr(&t, r, e);
        errno = e;
    }
    return r;
}

DZ_EXPORT char *mkdtemp(char *tmpl)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(mkdtemp)(tmpl);
    return mkdtemp_slow(m, tmpl);
}
