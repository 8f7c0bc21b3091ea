/* Linux getdents64 record -> NetBSD struct dirent record (sys/sys/dirent.h,
 * what __getdents30 writes).  DT_* values are the same on both systems.
 * NetBSD records have no d_off: the directory position is the descriptor's
 * offset, which the handler leaves where Linux's getdents64 put it. */
#include "abi/netbsd/convert.h"
#include "abi/netbsd/consts.h"
#include <dirent.h>
#include <string.h>
#undef d_fileno   /* <dirent.h> aliases it to d_ino; ours is a real field */

_Static_assert(NBSD_DT_FIFO == DT_FIFO && NBSD_DT_CHR == DT_CHR && NBSD_DT_DIR == DT_DIR &&
               NBSD_DT_BLK == DT_BLK && NBSD_DT_REG == DT_REG && NBSD_DT_LNK == DT_LNK &&
               NBSD_DT_SOCK == DT_SOCK && NBSD_DT_WHT == DT_WHT, "DT_* differ");

size_t nbsd_dirent_reclen(size_t namlen)
{
    return (offsetof(struct nbsd_dirent, d_name) + namlen + 1 + 7) & ~(size_t)7;
}

size_t linux_to_nbsd_dirent(void *dst, size_t room, const struct lx_dirent64 *src)
{
    /* The name ends at its NUL, and never past the record. */
    size_t max = src->d_reclen > offsetof(struct lx_dirent64, d_name)
                     ? src->d_reclen - offsetof(struct lx_dirent64, d_name) : 0;
    const char *nul = memchr(src->d_name, 0, max);
    size_t namlen = nul ? (size_t)(nul - src->d_name) : max;
    if (namlen > NBSD_MAXNAMLEN)
        namlen = NBSD_MAXNAMLEN;
    size_t reclen = nbsd_dirent_reclen(namlen);
    if (reclen > room)
        return 0;
    struct nbsd_dirent hdr = {
        .d_fileno = src->d_ino,
        .d_reclen = (uint16_t)reclen,
        .d_namlen = (uint16_t)namlen,
        .d_type = src->d_type,
    };
    char *out = dst;
    size_t hlen = offsetof(struct nbsd_dirent, d_name);
    memcpy(out, &hdr, hlen);
    memcpy(out + hlen, src->d_name, namlen);
    memset(out + hlen + namlen, 0, reclen - hlen - namlen);   /* NUL + padding */
    return reclen;
}
