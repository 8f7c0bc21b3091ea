/* Linux getdents64 record -> illumos dirent_t record (sys/dirent.h): no
 * d_type (programs that need the type lstat the entry), the name at 18. */
#include "abi/illumos/convert.h"
#include "abi/illumos/consts.h"
#include <string.h>

size_t ilm_dirent_reclen(size_t namlen)
{
    return (offsetof(struct ilm_dirent, d_name) + namlen + 1 + 7) & ~(size_t)7;
}

size_t linux_to_ilm_dirent(void *dst, size_t room, const struct lx_dirent64 *src)
{
    size_t max = src->d_reclen > offsetof(struct lx_dirent64, d_name)
                     ? src->d_reclen - offsetof(struct lx_dirent64, d_name) : 0;
    const char *nul = memchr(src->d_name, 0, max);
    size_t namlen = nul ? (size_t)(nul - src->d_name) : max;
    if (namlen > ILM_MAXNAMELEN - 1)
        namlen = ILM_MAXNAMELEN - 1;
    size_t reclen = ilm_dirent_reclen(namlen);
    if (reclen > room)
        return 0;
    struct ilm_dirent hdr = {
        .d_ino = src->d_ino,
        .d_off = src->d_off,       /* Linux's cookie: what lseek on the dir takes */
        .d_reclen = (uint16_t)reclen,
    };
    char *out = dst;
    size_t hlen = offsetof(struct ilm_dirent, d_name);
    memcpy(out, &hdr, hlen);
    memcpy(out + hlen, src->d_name, namlen);
    memset(out + hlen + namlen, 0, reclen - hlen - namlen);   /* NUL + padding */
    return reclen;
}
