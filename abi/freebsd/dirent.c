/* Linux getdents64 record -> FreeBSD struct dirent record (sys/sys/dirent.h,
 * 13.2).  DT_* values are the same on both systems. */
#include "abi/freebsd/convert.h"
#include "abi/freebsd/consts.h"
#include <dirent.h>
#include <string.h>
#undef d_fileno   /* <dirent.h> aliases it to d_ino; ours is a real field */

_Static_assert(FBSD_DT_FIFO == DT_FIFO && FBSD_DT_CHR == DT_CHR && FBSD_DT_DIR == DT_DIR &&
               FBSD_DT_BLK == DT_BLK && FBSD_DT_REG == DT_REG && FBSD_DT_LNK == DT_LNK &&
               FBSD_DT_SOCK == DT_SOCK && FBSD_DT_WHT == DT_WHT, "DT_* differ");

size_t fbsd_dirent_reclen(size_t namlen)
{
    return (offsetof(struct fbsd_dirent, d_name) + namlen + 1 + 7) & ~(size_t)7;
}

size_t linux_to_fbsd_dirent(void *dst, size_t room, const struct lx_dirent64 *src)
{
    /* The name ends at its NUL, and never past the record. */
    size_t max = src->d_reclen > offsetof(struct lx_dirent64, d_name)
                     ? src->d_reclen - offsetof(struct lx_dirent64, d_name) : 0;
    const char *nul = memchr(src->d_name, 0, max);
    size_t namlen = nul ? (size_t)(nul - src->d_name) : max;
    if (namlen > FBSD_MAXNAMLEN)
        namlen = FBSD_MAXNAMLEN;
    size_t reclen = fbsd_dirent_reclen(namlen);
    if (reclen > room)
        return 0;
    struct fbsd_dirent hdr = {
        .d_fileno = src->d_ino,
        .d_off = src->d_off,       /* Linux's cookie: what lseek on the dir takes */
        .d_reclen = (uint16_t)reclen,
        .d_type = src->d_type,
        .d_namlen = (uint16_t)namlen,
    };
    char *out = dst;
    size_t hlen = offsetof(struct fbsd_dirent, d_name);
    memcpy(out, &hdr, hlen);
    memcpy(out + hlen, src->d_name, namlen);
    memset(out + hlen + namlen, 0, reclen - hlen - namlen);   /* NUL + padding */
    return reclen;
}
