/* Path translation for one call, and mapping answers back (see shim.h). */
#include "libshim/preload/shim.h"
#include <fcntl.h>
#include <string.h>

static int translate(struct dz_xp *x, unsigned mode, unsigned flags)
{
    return dz_pathmap_translate(&dz_shim.map, (mode & DZ_ROOT) ? dz_shim.root : NULL,
                                x->dirfd, x->orig, flags, &dz_pm_rawfs, x->buf);
}

int dz_xp_init(struct dz_xp *x, unsigned mode, int dirfd, const char *path, unsigned flags)
{
    x->orig = x->path = path;
    x->dirfd = dirfd;
    x->flags = flags;
    x->how = DZ_PM_SAME;
    if (!(mode & DZ_PATHS) || !path)
        return 0;
    int r = translate(x, mode, flags);
    if (r < 0) {
        errno = -r;
        return -1;
    }
    x->how = r;
    if (r != DZ_PM_SAME)
        x->path = x->buf;
    return 0;
}

int dz_xp_retry(struct dz_xp *x, unsigned mode, int err)
{
    if (x->how != DZ_PM_SAME || !(mode & DZ_RULES) || !x->orig ||
        (err != ENOENT && err != ENOTDIR))
        return 0;
    int r = translate(x, mode, x->flags | DZ_PM_FULL);
    errno = err;
    if (r != DZ_PM_MAPPED)
        return 0;
    x->how = r;
    x->path = x->buf;
    return 1;
}

int dz_unmap(unsigned mode, char *buf)
{
    if (buf[0] != '/')
        return 0;
    if ((mode & DZ_RULES) && dz_pathmap_reverse(&dz_shim.map, buf, buf, DZ_PM_PATH_MAX) > 0)
        return 1;
    if ((mode & DZ_ROOT) && dz_root_reverse(dz_shim.root, buf, buf, DZ_PM_PATH_MAX) > 0)
        return 1;
    return 0;
}

unsigned dz_open_xflags(int oflags)
{
    unsigned f = 0;
    if ((oflags & O_NOFOLLOW) || ((oflags & O_CREAT) && (oflags & O_EXCL)))
        f |= DZ_PM_NOFOLLOW;
    if (oflags & O_CREAT)
        f |= DZ_PM_CREATE;
    return f;
}
