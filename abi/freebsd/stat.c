/* Linux struct stat -> FreeBSD 12+ struct stat (sys/sys/stat.h, 13.2). */
#include "abi/freebsd/convert.h"
#include "abi/freebsd/consts.h"
#include <stdint.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

/* File type bits are the same on both systems, so st_mode is copied. */
_Static_assert(FBSD_S_IFMT == S_IFMT && FBSD_S_IFIFO == S_IFIFO && FBSD_S_IFCHR == S_IFCHR &&
               FBSD_S_IFDIR == S_IFDIR && FBSD_S_IFBLK == S_IFBLK && FBSD_S_IFREG == S_IFREG &&
               FBSD_S_IFLNK == S_IFLNK && FBSD_S_IFSOCK == S_IFSOCK, "S_IF* differ");

/* FreeBSD 12+ sys/sys/types.h: major in bits 8..15 and 40..63, minor in
 * bits 0..7, 16..31 and 32..39. */
static uint64_t fbsd_makedev(uint32_t ma, uint32_t mi)
{
    return ((uint64_t)(ma & 0xffffff00u) << 32) | ((ma & 0xffu) << 8) |
           ((uint64_t)(mi & 0xff00u) << 24) | (mi & 0xffff00ffu);
}

uint64_t linux_to_fbsd_dev(uint64_t d)
{
    return fbsd_makedev(major(d), minor(d));
}

uint64_t fbsd_to_linux_dev(uint64_t d)
{
    uint32_t ma = (uint32_t)(((d >> 32) & 0xffffff00u) | ((d >> 8) & 0xffu));
    uint32_t mi = (uint32_t)(((d >> 24) & 0xff00u) | (d & 0xffff00ffu));
    return makedev(ma, mi);
}

void linux_to_fbsd_stat(struct fbsd_stat *dst, const struct lx_stat *src)
{
    *dst = (struct fbsd_stat){
        /* Device numbers are re-encoded so that major()/minor() on the
         * guest side see Linux's values; equality (os.SameFile) survives. */
        .st_dev = linux_to_fbsd_dev(src->st_dev),
        .st_ino = src->st_ino,
        .st_nlink = src->st_nlink,
        .st_mode = (uint16_t)src->st_mode,
        .st_uid = src->st_uid,
        .st_gid = src->st_gid,
        .st_rdev = linux_to_fbsd_dev(src->st_rdev),
        .st_atim = { src->st_atim.tv_sec, src->st_atim.tv_nsec },
        .st_mtim = { src->st_mtim.tv_sec, src->st_mtim.tv_nsec },
        .st_ctim = { src->st_ctim.tv_sec, src->st_ctim.tv_nsec },
        /* struct stat carries no birth time on Linux (only statx does).
         * FreeBSD itself reports {-1, 0} when a filesystem does not record
         * one (vn_stat), so that is what we say rather than invent a
         * value from ctime.  A caller that used statx may overwrite it. */
        .st_birthtim = { -1, 0 },
        .st_size = src->st_size,
        .st_blocks = src->st_blocks,
        .st_blksize = src->st_blksize > INT32_MAX ? INT32_MAX : (int32_t)src->st_blksize,
        /* st_flags (chflags) and st_gen: Linux has no equivalent; 0 is what
         * FreeBSD shows for an unprivileged st_gen and for no flags. */
    };
}
