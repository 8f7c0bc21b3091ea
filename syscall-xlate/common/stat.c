/* stat and directory reading, shared by the BSDs: the Linux struct stat
 * and getdents64 records are rewritten into the personality's layouts
 * (dz_bsd_abi stat_out, dirent_out). */
#define _GNU_SOURCE
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>

static long stat_out(struct dz_call *c, uint64_t guest, const struct lx_stat *ls)
{
    const struct dz_bsd_abi *b = dz_bsd(c);
    unsigned char buf[256];
    if (b->stat_size > sizeof buf)
        return -EOVERFLOW;
    b->stat_out(buf, ls);
    return dz_copy_out(guest, buf, b->stat_size) ? -EFAULT : 0;
}

static long stat_at(struct dz_call *c, int dirfd, uint64_t gpath, long lflags, uint64_t gbuf)
{
    char pb[PATH_MAX];
    long pe;
    const char *p = dz_guest_path(gpath, pb, &pe);
    if (!p)
        return pe;
    struct lx_stat ls;
    long r = dz_sys(SYS_newfstatat, dirfd, p, &ls, lflags);
    return r < 0 ? r : stat_out(c, gbuf, &ls);
}

/* fstat(int fd, struct stat *sb) */
long dz_fstat(struct dz_call *c)
{
    struct lx_stat ls;
    long r = dz_sys(SYS_fstat, AI(0), &ls);
    return r < 0 ? r : stat_out(c, A(1), &ls);
}

/* fstatat(int fd, const char *path, struct stat *buf, int flag) */
long dz_fstatat(struct dz_call *c)
{
    uint64_t unknown;
    long f = (long)dz_flags_to_host(dz_bsd(c)->at_flags, A(3), &unknown);
    if (unknown)
        return -EINVAL;
    return stat_at(c, AI(0), A(1), f, A(2));
}

/* stat(const char *path, struct stat *ub), lstat(...) */
long dz_stat(struct dz_call *c) { return stat_at(c, AT_FDCWD, A(0), 0, A(1)); }
long dz_lstat(struct dz_call *c) { return stat_at(c, AT_FDCWD, A(0), AT_SYMLINK_NOFOLLOW, A(1)); }

/* A guest record may be longer than the Linux one (FreeBSD: by up to 8
 * bytes, every record at least 24) or shorter (NetBSD), so reading 3/4 of
 * the room in Linux records almost always fits; when one does not, the
 * directory offset is put back to the first record not returned (its
 * predecessor's d_off). */
long dz_bsd_read_dirents(struct dz_call *c, int fd, uint64_t gbuf, size_t count, long *base)
{
    const struct dz_bsd_abi *b = dz_bsd(c);
    enum { KMAX = 32768 };
    char kbuf[KMAX], out[KMAX + KMAX / 3 + 64];
    size_t room = count < sizeof out ? count : sizeof out;
    size_t want = room * 3 / 4;
    if (want > KMAX)
        want = KMAX;
    if (want < 512)
        want = room < 512 ? room : 512;
    if (base)
        *base = dz_sys(SYS_lseek, fd, 0, SEEK_CUR);
    long n = dz_sys(SYS_getdents64, fd, kbuf, want);
    if (n < 0)
        return n;
    size_t used = 0;
    int64_t last_off = 0;
    for (long off = 0; off < n;) {
        const struct lx_dirent64 *d = (const struct lx_dirent64 *)(kbuf + off);
        size_t rl = b->dirent_out(out + used, room - used, d);
        if (rl == 0) {
            if (used == 0)
                return -EINVAL;   /* the caller's buffer cannot hold one entry */
            dz_sys(SYS_lseek, fd, last_off, SEEK_SET);
            break;
        }
        last_off = d->d_off;
        used += rl;
        off += d->d_reclen;
    }
    if (used && dz_copy_out(gbuf, out, used) != 0)
        return -EFAULT;
    return (long)used;
}

/* getdirentries(int fd, char *buf, size_t count, off_t *basep) */
long dz_getdirentries(struct dz_call *c)
{
    long base;
    long r = dz_bsd_read_dirents(c, AI(0), A(1), (size_t)A(2), &base);
    if (r >= 0 && A(3) && base >= 0 && dz_copy_out(A(3), &base, sizeof base) != 0)
        return -EFAULT;
    return r;
}

/* getdents(int fd, char *buf, size_t count) */
long dz_getdents(struct dz_call *c) { return dz_bsd_read_dirents(c, AI(0), A(1), (size_t)A(2), NULL); }
