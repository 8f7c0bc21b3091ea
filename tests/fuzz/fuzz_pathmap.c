/* The path mapper (syscall-xlate/pathmap/): rule parsing, normalisation,
 * forward and reverse mapping, the resolver's walk (over a file system the
 * input describes) and the emulation-root lookup.  Every answer fits its
 * buffer and is NUL-terminated, or is a negative errno.
 * Input: rules text, NUL, symlinks ("PATH>TARGET" per line), NUL, then
 * NUL-separated queries; the first byte of a query picks its flags. */
#define _GNU_SOURCE
#include "tests/fuzz/fuzz.h"
#include "syscall-xlate/pathmap/pathmap.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>

static const char *links;
static size_t links_len;

/* A link table "PATH>TARGET\n...": readlink of PATH gives TARGET. */
static long fs_readlink(void *ctx, const char *path, char *buf, size_t size)
{
    size_t pl = strlen(path);
    for (const char *p = links, *end = links + links_len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *eol = nl ? nl : end;
        const char *gt = memchr(p, '>', (size_t)(eol - p));
        if (gt && (size_t)(gt - p) == pl && memcmp(p, path, pl) == 0) {
            size_t n = (size_t)(eol - gt - 1);
            if (n > size)
                n = size;
            memcpy(buf, gt + 1, n);
            return (long)n;
        }
        p = eol + 1;
    }
    return -EINVAL;
}

static long fs_dirpath(void *ctx, int dirfd, char *buf, size_t size)
{
    const char *d = dirfd == AT_FDCWD ? "/home/user" : "/srv/dir";
    size_t n = strlen(d);
    if (n + 1 > size)
        return -ENAMETOOLONG;
    memcpy(buf, d, n + 1);
    return (long)n;
}

/* Everything exists but names containing "nx". */
static long fs_probe(void *ctx, const char *path, int follow)
{
    return strstr(path, "nx") ? -ENOENT : 0;
}

static const struct dz_pm_fs fs = { NULL, fs_readlink, fs_dirpath, fs_probe };

static void check_out(int r, const char *out)
{
    FZ_CHECK(r >= -4095);
    if (r > 0)
        FZ_CHECK(memchr(out, 0, DZ_PM_PATH_MAX) != NULL);
}

static char path[DZ_PM_PATH_MAX + 1], out[DZ_PM_PATH_MAX], vout[DZ_PM_PATH_MAX];
static struct dz_pathmap m;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    const char *s = (const char *)data;
    const char *z = memchr(s, 0, n);
    size_t rl = z ? (size_t)(z - s) : n;
    dz_pathmap_init(&m);
    dz_pathmap_parse(&m, s, rl, NULL, NULL);
    FZ_CHECK(m.n <= DZ_PM_MAX_RULES && m.used <= DZ_PM_POOL);
    for (unsigned i = 0; i < m.n && i < 2; i++)
        dz_pathmap_set_canon(&m, i, "/canon/x");
    links = "";
    links_len = 0;
    if (!z)
        return 0;
    s = z + 1, n -= rl + 1;
    z = memchr(s, 0, n);
    links = s;
    links_len = z ? (size_t)(z - s) : n;
    if (!z)
        return 0;
    s = z + 1, n -= links_len + 1;
    while (n > 0) {
        z = memchr(s, 0, n);
        size_t ql = z ? (size_t)(z - s) : n;
        unsigned flags = ql ? (unsigned char)s[0] & 7 : 0;
        size_t pl = ql > DZ_PM_PATH_MAX ? DZ_PM_PATH_MAX : ql;
        memcpy(path, s, pl);
        path[pl] = 0;
        long nl = dz_path_normalize(path, out, sizeof out);
        FZ_CHECK(nl == -ENAMETOOLONG || (nl >= 0 && (size_t)nl < sizeof out && out[nl] == 0));
        if (nl > 0 && out[0] == '/') {
            char norm[DZ_PM_PATH_MAX];
            memcpy(norm, out, (size_t)nl + 1);
            size_t rest = 0;
            const struct dz_pm_rule *r = dz_pathmap_match(&m, norm, &rest);
            FZ_CHECK(!r || rest <= (size_t)nl);
            check_out(dz_pathmap_forward(&m, norm, out, sizeof out), out);
            check_out(dz_pathmap_reverse(&m, norm, out, sizeof out), out);
        }
        check_out(dz_pathmap_resolve(&m, "/home/user", path, flags, &fs, out, vout), out);
        check_out(dz_pathmap_translate(&m, (flags & 4) ? "/compat" : NULL, AT_FDCWD, path, flags, &fs, out), out);
        if (path[0] == '/') {
            check_out(dz_root_lookup("/compat/root", path, flags, &fs, out), out);
            check_out(dz_root_reverse("/compat/root", path, out, sizeof out), out);
        }
        if (!z)
            break;
        s = z + 1, n -= ql + 1;
    }
    return 0;
}
