/* FreeBSD 12+ (ino64) stat, statfs and directory reading. */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/convert.h"
#include "abi/freebsd/flags.h"
#include "abi/freebsd/convert.h"
#include "abi/linux/types.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>

static long stat_out(uint64_t guest, const struct lx_stat *ls)
{
    struct fbsd_stat fs;
    linux_to_fbsd_stat(&fs, ls);
    return dz_copy_out(guest, &fs, sizeof fs) ? -EFAULT : 0;
}

/* fstat(int fd, struct stat *sb): 551 */
long fbsd_fstat(struct dz_call *c)
{
    struct lx_stat ls;
    long r = dz_sys(SYS_fstat, AI(0), &ls);
    return r < 0 ? r : stat_out(A(1), &ls);
}

/* fstatat(int fd, const char *path, struct stat *buf, int flag): 552 */
long fbsd_fstatat(struct dz_call *c)
{
    char pb[PATH_MAX];
    long pe;
    const char *p = dz_guest_path(A(1), pb, &pe);
    if (!p)
        return pe;
    uint64_t unknown;
    long f = (long)dz_flags_to_host(&fbsd_at_flags, A(3), &unknown);
    if (unknown)
        return -EINVAL;
    struct lx_stat ls;
    long r = dz_sys(SYS_newfstatat, AI(0), p, &ls, f);
    return r < 0 ? r : stat_out(A(2), &ls);
}

static long statfs_out(uint64_t guest, const struct lx_statfs *ls)
{
    struct fbsd_statfs local;
    linux_to_fbsd_statfs(&local, ls);
    return dz_copy_out(guest, &local, sizeof local) ? -EFAULT : 0;
}

/* statfs(const char *path, struct statfs *buf): 555 */
long fbsd_statfs(struct dz_call *c)
{
    char pb[PATH_MAX];
    long pe;
    const char *p = dz_guest_path(A(0), pb, &pe);
    if (!p)
        return pe;
    struct lx_statfs ls;
    long r = dz_sys(SYS_statfs, p, &ls);
    return r < 0 ? r : statfs_out(A(1), &ls);
}

/* fstatfs(int fd, struct statfs *buf): 556 */
long fbsd_fstatfs(struct dz_call *c)
{
    struct lx_statfs ls;
    long r = dz_sys(SYS_fstatfs, AI(0), &ls);
    return r < 0 ? r : statfs_out(A(1), &ls);
}

/* getdirentries(int fd, char *buf, size_t count, off_t *basep): 554.
 * A FreeBSD record is at most 8 bytes longer than the Linux one and every
 * record is at least 24 bytes, so reading 3/4 of the room in Linux records
 * almost always fits; when one does not, the directory offset is put back
 * to the first record not returned (its predecessor's d_off). */
long fbsd_getdirentries(struct dz_call *c)
{
    enum { KMAX = 32768 };
    char kbuf[KMAX], out[KMAX + KMAX / 3 + 64];
    size_t room = A(2) < sizeof out ? (size_t)A(2) : sizeof out;
    size_t want = room * 3 / 4;
    if (want > KMAX)
        want = KMAX;
    if (want < 512)
        want = room < 512 ? room : 512;
    long base = dz_sys(SYS_lseek, AI(0), 0, SEEK_CUR);
    long n = dz_sys(SYS_getdents64, AI(0), kbuf, want);
    if (n < 0)
        return n;
    size_t used = 0;
    int64_t last_off = 0;
    for (long off = 0; off < n;) {
        const struct lx_dirent64 *d = (const struct lx_dirent64 *)(kbuf + off);
        size_t rl = linux_to_fbsd_dirent(out + used, room - used, d);
        if (rl == 0) {
            if (used == 0)
                return -EINVAL;   /* the caller's buffer cannot hold one entry */
            dz_sys(SYS_lseek, AI(0), last_off, SEEK_SET);
            break;
        }
        last_off = d->d_off;
        used += rl;
        off += d->d_reclen;
    }
    if (used && dz_copy_out(A(1), out, used) != 0)
        return -EFAULT;
    if (A(3) && base >= 0 && dz_copy_out(A(3), &base, sizeof base) != 0)
        return -EFAULT;
    return (long)used;
}
