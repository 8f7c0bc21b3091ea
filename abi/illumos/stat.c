/* Linux struct stat -> illumos struct stat (sys/stat.h, 128 bytes). */
#include "abi/illumos/convert.h"
#include "abi/illumos/consts.h"
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

_Static_assert(ILM_S_IFMT == S_IFMT && ILM_S_IFIFO == S_IFIFO && ILM_S_IFCHR == S_IFCHR &&
               ILM_S_IFDIR == S_IFDIR && ILM_S_IFBLK == S_IFBLK && ILM_S_IFREG == S_IFREG &&
               ILM_S_IFLNK == S_IFLNK && ILM_S_IFSOCK == S_IFSOCK, "S_IF* differ");

/* sys/mkdev.h (64-bit): major << 32 | minor. */
uint64_t linux_to_ilm_dev(uint64_t d)
{
    return (uint64_t)major(d) << 32 | minor(d);
}

void linux_to_ilm_stat(struct ilm_stat *dst, const struct lx_stat *src)
{
    *dst = (struct ilm_stat){
        .st_dev = linux_to_ilm_dev(src->st_dev),
        .st_ino = src->st_ino,
        .st_mode = src->st_mode,
        .st_nlink = src->st_nlink > UINT32_MAX ? UINT32_MAX : (uint32_t)src->st_nlink,
        .st_uid = src->st_uid,
        .st_gid = src->st_gid,
        .st_rdev = linux_to_ilm_dev(src->st_rdev),
        .st_size = src->st_size,
        .st_atim = { src->st_atim.tv_sec, src->st_atim.tv_nsec },
        .st_mtim = { src->st_mtim.tv_sec, src->st_mtim.tv_nsec },
        .st_ctim = { src->st_ctim.tv_sec, src->st_ctim.tv_nsec },
        .st_blksize = src->st_blksize > INT32_MAX ? INT32_MAX : (int32_t)src->st_blksize,
        .st_blocks = src->st_blocks,
    };
    /* The file system's type name: Linux's stat does not say; "zfs" is
     * what an illumos program most expects and nothing Go reads. */
    memcpy(dst->st_fstype, "zfs", 4);
}
