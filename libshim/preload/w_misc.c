/* uname (DENIZEN_UNAME) and dlopen/dlmopen (mapped library paths). */
#include "libshim/preload/shim.h"
#include <string.h>

DZ_EXPORT int uname(struct utsname *u)
{
    unsigned m = dz_mode();
    if (__builtin_expect(!(m & (DZ_UNAME | DZ_TRACE)), 1))
        return DZ_REAL(uname)(u);
    int r = DZ_REAL(uname)(u);
    int e = errno;
    if (r == 0 && (m & DZ_UNAME))
        dz_uname_apply(&dz_shim.uname, (char (*)[DZ_UTS_LEN])(void *)u);
    if (m & DZ_TRACE) {
        struct dz_tl t;
        char b[8 * DZ_UTS_LEN * 2];
        dz_tl_begin(&t, "uname");
        if (r == 0) {
            snprintf(b, sizeof b, "{sysname=\"%s\", nodename=\"%s\", release=\"%s\", "
                     "version=\"%s\", machine=\"%s\", domainname=\"%s\"}",
                     u->sysname, u->nodename, u->release, u->version, u->machine,
                     u->domainname);
            dz_tl_raw(&t, b);
        } else {
            dz_tl_ptr(&t, u);
        }
        dz_tl_end_int(&t, r, e);
    }
    errno = e;
    return r;
}

/* dlopen finds its caller from its return address (RUNPATH, $ORIGIN,
 * namespace), so dlstub.S enters these hooks and then either jumps to the
 * real function with the caller's frame intact (return 0, *slot = the real
 * function) or returns the hook's own result (return 1, *slot = handle).
 * Only names with a '/' and no '$' are mapped; a bare name is found by the
 * loader's search, which the shim leaves alone. */
static int mappable(const char *file)
{
    return file && strchr(file, '/') && !strchr(file, '$');
}

static void trace_dl(const char *name, long lmid, const struct dz_xp *x, int mode, int done,
                     void *h)
{
    struct dz_tl t;
    int e = errno;
    dz_tl_begin(&t, name);
    if (lmid != -1)
        dz_tl_int(&t, lmid);
    dz_tl_path(&t, x);
    dz_tl_flags(&t, &dz_tab_dlopen, (unsigned)mode);
    if (!done)
        dz_tl_end_unknown(&t);
    else if (h)
        dz_tl_end_ptr(&t, h, 0);
    else
        dz_tl_end_raw(&t, "NULL");   /* dlerror() has the reason, not errno */
    errno = e;
}

static int dl_hook(long lmid, const char *file, int mode, void **slot)
{
    unsigned m = dz_mode();
    int mdl = lmid != -1;
    void *real = mdl ? (void *)DZ_REAL(dlmopen) : (void *)DZ_REAL(dlopen);
    const char *name = mdl ? "dlmopen" : "dlopen";
    *slot = real;
    if (!(m & (DZ_PATHS | DZ_TRACE)))
        return 0;
    struct dz_xp x;
    if (!mappable(file)) {
        if (m & DZ_TRACE) {
            x.orig = x.path = file;
            trace_dl(name, mdl ? lmid : -1, &x, mode, 0, NULL);
        }
        return 0;
    }
    void *h = NULL;
    if (dz_xp_init(&x, m, AT_FDCWD, file, 0) == 0) {
        h = mdl ? DZ_REAL(dlmopen)(lmid, x.path, mode) : DZ_REAL(dlopen)(x.path, mode);
        if (!h && x.how == DZ_PM_SAME && dz_xp_retry(&x, m, ENOENT))
            h = mdl ? DZ_REAL(dlmopen)(lmid, x.path, mode) : DZ_REAL(dlopen)(x.path, mode);
    }
    if (m & DZ_TRACE)
        trace_dl(name, mdl ? lmid : -1, &x, mode, 1, h);
    *slot = h;
    return 1;
}

__attribute__((visibility("hidden"))) int dz_dlopen_hook(const char *file, int mode, void **slot)
{
    return dl_hook(-1, file, mode, slot);
}

__attribute__((visibility("hidden"))) int dz_dlmopen_hook(long lmid, const char *file, int mode,
                                                          void **slot)
{
    return dl_hook(lmid, file, mode, slot);
}
