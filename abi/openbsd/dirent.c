/* Linux getdents64 record -> OpenBSD struct dirent record (sys/sys/dirent.h).
 * DT_* values are the same on both systems. */
#include "abi/openbsd/convert.h"
#include "abi/openbsd/consts.h"
#include <dirent.h>
#include <string.h>
#undef d_fileno   /* <dirent.h> may alias it to d_ino; ours is a real field */

_Static_assert(OBSD_DT_FIFO == DT_FIFO && OBSD_DT_CHR == DT_CHR && OBSD_DT_DIR == DT_DIR &&
               OBSD_DT_BLK == DT_BLK && OBSD_DT_REG == DT_REG && OBSD_DT_LNK == DT_LNK &&
               OBSD_DT_SOCK == DT_SOCK && OBSD_DT_UNKNOWN == DT_UNKNOWN, "DT_* differ");

size_t obsd_dirent_reclen(size_t namlen)
{
    return (offsetof(struct obsd_dirent, d_name) + namlen + 1 + 7) & ~(size_t)7;
}

size_t linux_to_obsd_dirent(void *dst, size_t room, const struct lx_dirent64 *src)
{
    size_t max = src->d_reclen > offsetof(struct lx_dirent64, d_name)
                     ? src->d_reclen - offsetof(struct lx_dirent64, d_name) : 0;
    const char *nul = memchr(src->d_name, 0, max);
    size_t namlen = nul ? (size_t)(nul - src->d_name) : max;
    if (namlen > OBSD_MAXNAMLEN)
        namlen = OBSD_MAXNAMLEN;
    size_t reclen = obsd_dirent_reclen(namlen);
    if (reclen > room)
        return 0;
    struct obsd_dirent hdr = {
        .d_fileno = src->d_ino,
        .d_off = src->d_off,       /* Linux's cookie: what lseek on the dir takes */
        .d_reclen = (uint16_t)reclen,
        .d_type = src->d_type,
        .d_namlen = (uint8_t)namlen,
    };
    char *out = dst;
    size_t hlen = offsetof(struct obsd_dirent, d_name);
    memcpy(out, &hdr, hlen);
    memcpy(out + hlen, src->d_name, namlen);
    memset(out + hlen + namlen, 0, reclen - hlen - namlen);   /* NUL + padding */
    return reclen;
}
