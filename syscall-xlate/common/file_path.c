/* Path-taking calls shared by the BSDs (mode bits and path semantics are
 * the same as Linux; the *at variants with flags live per personality,
 * since AT_* values differ). */
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include "syscall-xlate/pathmap/pathmap.h"
#include <errno.h>
#include <limits.h>
#include <string.h>

/* With --root DIR an absolute guest path is looked up under DIR first
 * (FreeBSD's /compat/linux rule), by the same code the LD_PRELOAD shim
 * uses for DENIZEN_ROOT. */
const char *dz_guest_path(uint64_t guest, char *buf, long *err)
{
    *err = 0;
    /* NULL is the one bad pointer PATH() cannot pass through: it reads a
     * NULL result as "failed with *err", and *err would be 0 (success). */
    if (!guest) {
        *err = -EFAULT;
        return NULL;
    }
    if (!dz_opts.root)
        return (const char *)guest;   /* the kernel checks the pointer: EFAULT */
    long r = dz_path_in(buf, PATH_MAX, guest);
    if (r < 0) {
        *err = r;
        return NULL;
    }
    char rooted[DZ_PM_PATH_MAX];
    if (dz_root_lookup(dz_opts.root, buf, 0, &dz_pm_rawfs, rooted) == 1)
        memcpy(buf, rooted, strlen(rooted) + 1);
    return buf;
}

long dz_link(struct dz_call *c) { PATH(0); PATH(1); return dz_sys(SYS_link, p0, p1); }
/* unlink of a directory: EPERM on the BSDs (EISDIR on Linux). */
static long unlink_err(long r) { return r == -EISDIR ? -EPERM : r; }
long dz_unlink(struct dz_call *c) { PATH(0); return unlink_err(dz_sys(SYS_unlink, p0)); }
long dz_chdir(struct dz_call *c) { PATH(0); return dz_sys(SYS_chdir, p0); }
long dz_chmod(struct dz_call *c) { PATH(0); return dz_sys(SYS_chmod, p0, A(1) & 07777); }
long dz_chown(struct dz_call *c) { PATH(0); return dz_sys(SYS_chown, p0, AI(1), AI(2)); }
long dz_lchown(struct dz_call *c) { PATH(0); return dz_sys(SYS_lchown, p0, AI(1), AI(2)); }
/* F_OK/R_OK/W_OK/X_OK are 0/4/2/1 everywhere. */
long dz_access(struct dz_call *c) { PATH(0); return dz_sys(SYS_access, p0, AI(1)); }
long dz_symlink(struct dz_call *c) { PATH(1); return dz_sys(SYS_symlink, A(0), p1); }
/* The executable's link in procfs names the guest program, not denizen:
 * Linux /proc/self/exe, NetBSD /proc/curproc/exe (Go's os.Executable on
 * NetBSD), FreeBSD /proc/curproc/file.  1 and *r set when gpath is one. */
int dz_exe_link(uint64_t gpath, uint64_t gbuf, size_t size, long *r)
{
    static const char *const names[] = { "/proc/self/exe", "/proc/curproc/exe", "/proc/curproc/file" };
    char p[32];
    if (!gpath || dz_ua_strncpy(p, (const char *)gpath, sizeof p) < 0 || strncmp(p, "/proc/", 6) != 0)
        return 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(p, names[i]) != 0 || !dz_opts.exe_path)
            continue;
        size_t n = strlen(dz_opts.exe_path);
        if (n > size)
            n = size;                  /* readlink truncates, no NUL */
        *r = dz_copy_out(gbuf, dz_opts.exe_path, n) ? -14 /* EFAULT */ : (long)n;
        return 1;
    }
    return 0;
}

long dz_readlink(struct dz_call *c)
{
    long r;
    if (dz_exe_link(A(0), A(1), (size_t)A(2), &r))
        return r;
    PATH(0);
    return dz_sys(SYS_readlink, p0, A(1), A(2));
}
long dz_rename(struct dz_call *c) { PATH(0); PATH(1); return dz_sys(SYS_rename, p0, p1); }
long dz_mkdir(struct dz_call *c) { PATH(0); return dz_sys(SYS_mkdir, p0, A(1) & 07777); }
long dz_rmdir(struct dz_call *c) { PATH(0); return dz_sys(SYS_rmdir, p0); }
long dz_chroot(struct dz_call *c) { PATH(0); return dz_sys(SYS_chroot, p0); }
long dz_truncate(struct dz_call *c) { PATH(0); return dz_sys(SYS_truncate, p0, A(1)); }
long dz_mkfifo(struct dz_call *c) { PATH(0); return dz_sys(SYS_mknod, p0, (A(1) & 07777) | 0010000, 0); }
long dz_umask(struct dz_call *c) { return dz_sys(SYS_umask, A(0) & 0777); }
