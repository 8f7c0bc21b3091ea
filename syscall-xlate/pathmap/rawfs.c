/* struct dz_pm_fs made of raw system calls: no libc, no errno, no TLS, so
 * it serves the LD_PRELOAD shim (whose libc entry points are interposed)
 * and code running in a signal handler alike. */
#include "syscall-xlate/pathmap/pathmap.h"
#include "syscall-xlate/pathmap/rawsys.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>

static long raw_readlink(void *ctx, const char *path, char *buf, size_t size)
{
    return dz_rsys(SYS_readlinkat, AT_FDCWD, path, buf, size);
}

static long raw_dirpath(void *ctx, int dirfd, char *buf, size_t size)
{
    long n;
    if (dirfd == AT_FDCWD) {
        n = dz_rsys(SYS_getcwd, buf, size, 0, 0);   /* length with the NUL */
        if (n < 0)
            return n;
        return buf[0] == '/' ? n - 1 : -ENOENT;      /* "(unreachable)/..." */
    }
    if (dirfd < 0)
        return -EBADF;
    char link[32] = "/proc/self/fd/";
    char digits[12];
    int k = 0, i = 14;
    unsigned v = (unsigned)dirfd;
    do
        digits[k++] = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    while (k)
        link[i++] = digits[--k];
    link[i] = '\0';
    n = dz_rsys(SYS_readlinkat, AT_FDCWD, link, buf, size - 1);
    if (n < 0)
        return n;
    buf[n] = '\0';
    return buf[0] == '/' ? n : -ENOTDIR;               /* "pipe:[..]" etc. */
}

static long raw_probe(void *ctx, const char *path, int follow)
{
    /* Room for the kernel's struct stat (144 bytes on x86-64). */
    unsigned long st[32];
    return dz_rsys(SYS_newfstatat, AT_FDCWD, path, st, follow ? 0 : AT_SYMLINK_NOFOLLOW);
}

const struct dz_pm_fs dz_pm_rawfs = {
    .ctx = 0,
    .readlink = raw_readlink,
    .dirpath = raw_dirpath,
    .probe = raw_probe,
};
