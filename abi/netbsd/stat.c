/* Linux struct stat -> NetBSD struct stat (sys/sys/stat.h, the 152-byte
 * one of __stat50/__fstat50/__lstat50 and fstatat). */
#include "abi/netbsd/convert.h"
#include "abi/netbsd/consts.h"
#include <stdint.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

/* File type bits are the same on both systems, so st_mode is copied. */
_Static_assert(NBSD_S_IFMT == S_IFMT && NBSD_S_IFIFO == S_IFIFO && NBSD_S_IFCHR == S_IFCHR &&
               NBSD_S_IFDIR == S_IFDIR && NBSD_S_IFBLK == S_IFBLK && NBSD_S_IFREG == S_IFREG &&
               NBSD_S_IFLNK == S_IFLNK && NBSD_S_IFSOCK == S_IFSOCK, "S_IF* differ");

/* NetBSD sys/sys/types.h makedev: major in bits 8..19, minor in bits
 * 0..7 and 20..31 (numbers that do not fit are cut, as NetBSD's are). */
uint64_t linux_to_nbsd_dev(uint64_t d)
{
    uint64_t ma = major(d), mi = minor(d);
    return ((ma << 8) & 0x000fff00u) | ((mi << 12) & 0xfff00000u) | (mi & 0xffu);
}

uint64_t nbsd_to_linux_dev(uint64_t d)
{
    uint32_t ma = (uint32_t)((d & 0x000fff00u) >> 8);
    uint32_t mi = (uint32_t)(((d & 0xfff00000u) >> 12) | (d & 0xffu));
    return makedev(ma, mi);
}

void linux_to_nbsd_stat(struct nbsd_stat *dst, const struct lx_stat *src)
{
    *dst = (struct nbsd_stat){
        /* Re-encoded so that major()/minor() on the guest side see Linux's
         * values; equality (os.SameFile) survives. */
        .st_dev = linux_to_nbsd_dev(src->st_dev),
        .st_mode = src->st_mode,
        .st_ino = src->st_ino,
        .st_nlink = src->st_nlink > UINT32_MAX ? UINT32_MAX : (uint32_t)src->st_nlink,
        .st_uid = src->st_uid,
        .st_gid = src->st_gid,
        .st_rdev = linux_to_nbsd_dev(src->st_rdev),
        .st_atim = { src->st_atim.tv_sec, src->st_atim.tv_nsec },
        .st_mtim = { src->st_mtim.tv_sec, src->st_mtim.tv_nsec },
        .st_ctim = { src->st_ctim.tv_sec, src->st_ctim.tv_nsec },
        /* struct stat carries no birth time on Linux (only statx does);
         * NetBSD reports 0 for a file system that does not record one. */
        .st_birthtim = { 0, 0 },
        .st_size = src->st_size,
        .st_blocks = src->st_blocks,
        .st_blksize = src->st_blksize > UINT32_MAX ? UINT32_MAX : (uint32_t)src->st_blksize,
        /* st_flags (chflags) and st_gen: no Linux equivalent; 0. */
    };
}
