/* Emulation-root lookup: FreeBSD's kern_alternate_path() rule, the one
 * implementation behind `denizen run --root DIR` and the shim's
 * DENIZEN_ROOT (see pathmap.h). */
#include "syscall-xlate/pathmap/pathmap.h"
#include <errno.h>
#include <string.h>

/* Length of root without trailing slashes ("/" -> 0: no root at all). */
static size_t root_len(const char *root)
{
    size_t n = strlen(root);
    while (n > 0 && root[n - 1] == '/')
        n--;
    return n;
}

/* Does an absolute path name the root directory itself ("/", "//.", "/..")?
 * FreeBSD compares vnodes here: a lookup that lands on the emulation root
 * uses the real root, so "cd /; cd .." and getcwd walks terminate. */
static int names_root(const char *path)
{
    for (const char *p = path; *p;) {
        while (*p == '/')
            p++;
        if (!*p)
            break;
        const char *c = p;
        while (*p && *p != '/')
            p++;
        size_t n = (size_t)(p - c);
        if (!(n == 1 && c[0] == '.') && !(n == 2 && c[0] == '.' && c[1] == '.'))
            return 0;
    }
    return 1;
}

int dz_root_lookup(const char *root, const char *path, unsigned flags,
                   const struct dz_pm_fs *fs, char *out)
{
    if (!root || !path || path[0] != '/')
        return 0;
    size_t rl = root_len(root), pl = strlen(path);
    if (rl == 0 || names_root(path))
        return 0;
    if (rl + pl + 1 > DZ_PM_PATH_MAX)
        return 0;                  /* cannot exist under root: host path */
    memcpy(out, root, rl);
    memcpy(out + rl, path, pl + 1);

    if (fs->probe(fs->ctx, out, !(flags & DZ_PM_NOFOLLOW)) == 0)
        return 1;
    if (!(flags & DZ_PM_CREATE))
        return 0;
    /* Creating.  FreeBSD looks only at the parent, so an O_CREAT open of a
     * file that exists on the host alone would make an empty twin under the
     * root; we keep an existing host object and let the parent decide only
     * for a new one.  "/x" has the root itself as its parent. */
    if (fs->probe(fs->ctx, path, 0) == 0)
        return 0;
    char parent[DZ_PM_PATH_MAX];
    size_t n = rl + pl;
    while (n > rl && out[n - 1] == '/')
        n--;                       /* "mkdir /a/b/" creates b */
    while (n > rl && out[n - 1] != '/')
        n--;
    while (n > rl && out[n - 1] == '/')
        n--;
    if (n == rl)
        return 1;
    memcpy(parent, out, n);
    parent[n] = '\0';
    return fs->probe(fs->ctx, parent, 1) == 0;
}

int dz_root_reverse(const char *root, const char *host, char *out, size_t outsz)
{
    if (!root || host[0] != '/')
        return 0;
    size_t rl = root_len(root);
    if (rl == 0 || strncmp(host, root, rl) != 0 || (host[rl] != '/' && host[rl] != '\0'))
        return 0;
    size_t tl = strlen(host + rl);
    if (tl + 2 > outsz)
        return -ENAMETOOLONG;
    if (tl == 0) {
        out[0] = '/';
        out[1] = '\0';
    } else {
        memmove(out, host + rl, tl + 1);
    }
    return 1;
}
