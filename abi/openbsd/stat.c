/* Linux struct stat -> OpenBSD struct stat (sys/sys/stat.h, 128 bytes). */
#include "abi/openbsd/convert.h"
#include "abi/openbsd/consts.h"
#include <stdint.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

_Static_assert(OBSD_S_IFMT == S_IFMT && OBSD_S_IFIFO == S_IFIFO && OBSD_S_IFCHR == S_IFCHR &&
               OBSD_S_IFDIR == S_IFDIR && OBSD_S_IFBLK == S_IFBLK && OBSD_S_IFREG == S_IFREG &&
               OBSD_S_IFLNK == S_IFLNK && OBSD_S_IFSOCK == S_IFSOCK, "S_IF* differ");

/* sys/sys/types.h: makedev(x, y) = (x & 0xff) << 8 | (y & 0xff) |
 * (y & 0xffff00) << 8.  Larger numbers do not fit and are cut (lossy;
 * equality of the common small numbers survives). */
int32_t linux_to_obsd_dev(uint64_t d)
{
    uint32_t ma = major(d), mi = minor(d);
    return (int32_t)(((ma & 0xffu) << 8) | (mi & 0xffu) | ((mi & 0xffff00u) << 8));
}

uint64_t obsd_to_linux_dev(int32_t d)
{
    uint32_t u = (uint32_t)d;
    return makedev((u >> 8) & 0xffu, (u & 0xffu) | ((u & 0xffff0000u) >> 8));
}

void linux_to_obsd_stat(struct obsd_stat *dst, const struct lx_stat *src)
{
    *dst = (struct obsd_stat){
        .st_mode = src->st_mode,
        .st_dev = linux_to_obsd_dev(src->st_dev),
        .st_ino = src->st_ino,
        .st_nlink = src->st_nlink > UINT32_MAX ? UINT32_MAX : (uint32_t)src->st_nlink,
        .st_uid = src->st_uid,
        .st_gid = src->st_gid,
        .st_rdev = linux_to_obsd_dev(src->st_rdev),
        .st_atim = { src->st_atim.tv_sec, src->st_atim.tv_nsec },
        .st_mtim = { src->st_mtim.tv_sec, src->st_mtim.tv_nsec },
        .st_ctim = { src->st_ctim.tv_sec, src->st_ctim.tv_nsec },
        .st_size = src->st_size,
        .st_blocks = src->st_blocks,
        .st_blksize = src->st_blksize > INT32_MAX ? INT32_MAX : (int32_t)src->st_blksize,
        /* st_flags (chflags) and st_gen: no Linux equivalent; 0 is what an
         * unprivileged OpenBSD caller sees for st_gen. */
        /* Linux struct stat carries no birth time; OpenBSD's UFS reports
         * the inode's creation time, which we do not have: ctime is the
         * closest lower bound an OpenBSD program could expect (lossy). */
        .st_birthtim = { src->st_ctim.tv_sec, src->st_ctim.tv_nsec },
    };
}
