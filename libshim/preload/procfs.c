/* /proc files that repeat uname(2) fields, served from DENIZEN_UNAME so a
 * program that reads /proc/sys/kernel/osrelease sees what uname() says.
 * The content lives in a sealed memfd: read, seek, fstat and mmap work;
 * writes fail like they would for an unprivileged user. */
#include "libshim/preload/shim.h"
#include "syscall-xlate/pathmap/rawsys.h"
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/utsname.h>

_Static_assert(sizeof(struct utsname) == DZ_UTS_NFIELDS * DZ_UTS_LEN,
               "struct utsname is six 65-byte fields");

/* Linux kernel/sysctl.c names (uts_kern_table). */
static const struct {
    const char *path;
    int field;
} files[] = {
    { "/proc/sys/kernel/ostype", DZ_UTS_SYSNAME },
    { "/proc/sys/kernel/hostname", DZ_UTS_NODENAME },
    { "/proc/sys/kernel/osrelease", DZ_UTS_RELEASE },
    { "/proc/sys/kernel/version", DZ_UTS_VERSION },
    { "/proc/sys/kernel/domainname", DZ_UTS_DOMAINNAME },
    { "/proc/version", -1 },
};

static int memfd_with(const char *data, size_t n, int cloexec)
{
    long fd = dz_rsys(SYS_memfd_create, "denizen-proc",
                      MFD_ALLOW_SEALING | (cloexec ? MFD_CLOEXEC : 0), 0, 0);
    if (fd < 0)
        return (int)fd;
    for (size_t off = 0; off < n;) {
        long k = dz_rsys(SYS_write, fd, data + off, n - off, 0);
        if (k <= 0) {
            dz_rsys(SYS_close, fd, 0, 0, 0);
            return k < 0 ? (int)k : -EIO;
        }
        off += (size_t)k;
    }
    dz_rsys(SYS_lseek, fd, 0, SEEK_SET, 0);
    dz_rsys(SYS_fcntl, fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL, 0);
    return (int)fd;
}

/* /proc/version is "Linux version RELEASE (builder) (compiler) VERSION\n";
 * rewrite the three uname parts, keep the middle. */
static size_t proc_version(char *out, size_t cap, const struct utsname *real,
                           const struct utsname *fake)
{
    char in[1024];
    long fd = dz_rsys(SYS_openat, AT_FDCWD, "/proc/version", O_RDONLY | O_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    long n = dz_rsys(SYS_read, fd, in, sizeof in - 1, 0);
    dz_rsys(SYS_close, fd, 0, 0, 0);
    if (n <= 0)
        return 0;
    in[n] = '\0';
    if (in[n - 1] == '\n')
        in[--n] = '\0';
    size_t sl = strlen(real->sysname), rl = strlen(real->release), vl = strlen(real->version);
    const char *mid = in + sl + sizeof " version " - 1 + rl;
    if (strncmp(in, real->sysname, sl) != 0 || strncmp(in + sl, " version ", 9) != 0 ||
        strncmp(in + sl + 9, real->release, rl) != 0 || (size_t)n < vl ||
        strcmp(in + n - vl, real->version) != 0 || mid > in + n - vl)
        return 0;
    int k = snprintf(out, cap, "%s version %s%.*s%s\n", fake->sysname, fake->release,
                     (int)(in + n - vl - mid), mid, fake->version);
    return k > 0 && (size_t)k < cap ? (size_t)k : 0;
}

int dz_procfs_open(unsigned mode, int dirfd, const char *path, int oflags)
{
    char norm[DZ_PM_PATH_MAX];
    if (!path || path[0] != '/' || strncmp(path, "/proc/", 6) != 0)
        return -2;
    if ((oflags & O_ACCMODE) != O_RDONLY || (oflags & (O_PATH | O_DIRECTORY | O_TMPFILE)))
        return -2;
    if (dz_path_normalize(path, norm, sizeof norm) < 0)
        return -2;
    unsigned i;
    for (i = 0; i < sizeof files / sizeof files[0]; i++)
        if (strcmp(norm, files[i].path) == 0)
            break;
    if (i == sizeof files / sizeof files[0])
        return -2;
    int f = files[i].field;
    if (f >= 0 && !(dz_shim.uname.mask & (1u << f)))
        return -2;

    struct utsname real, fake;
    if (DZ_REAL(uname)(&real) < 0)
        return -2;
    fake = real;
    dz_uname_apply(&dz_shim.uname, (char (*)[DZ_UTS_LEN])(void *)&fake);
    char data[1200];
    size_t n;
    if (f >= 0) {
        const char *v = ((const char (*)[DZ_UTS_LEN])(const void *)&fake)[f];
        n = strlen(v);
        memcpy(data, v, n);
        data[n++] = '\n';
    } else {
        n = proc_version(data, sizeof data, &real, &fake);
        if (n == 0)
            return -2;
    }
    int fd = memfd_with(data, n, oflags & O_CLOEXEC);
    if (fd < 0) {
        errno = -fd;
        return -1;
    }
    return fd;
}
