/* illumos socket addresses (sys/socket_impl.h, netinet/in.h, sys/un.h):
 * the Linux shape (u16 family, no sa_len) with illumos family numbers
 * (AF_INET6 26) and a 32-byte sockaddr_in6 (__sin6_src_id at 28, which
 * Linux lacks: 0 on the way out, ignored on the way in). */
#include "abi/illumos/convert.h"
#include "abi/illumos/consts.h"
#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <sys/un.h>

_Static_assert(sizeof(((struct sockaddr_un *)0)->sun_path) == 108, "sun_path is 108 on both");

static int family_to_linux(uint16_t f)
{
    switch (f) {
    case ILM_AF_UNSPEC: return AF_UNSPEC;
    case ILM_AF_UNIX: return AF_UNIX;
    case ILM_AF_INET: return AF_INET;
    case ILM_AF_INET6: return AF_INET6;
    }
    return -1;
}

static int family_to_ilm(uint16_t f)
{
    switch (f) {
    case AF_UNSPEC: return ILM_AF_UNSPEC;
    case AF_UNIX: return ILM_AF_UNIX;
    case AF_INET: return ILM_AF_INET;
    case AF_INET6: return ILM_AF_INET6;
    }
    return -1;
}

int ilm_to_linux_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen)
{
    uint16_t fam;
    if (srclen < sizeof fam)
        return -EINVAL;
    memcpy(&fam, src, sizeof fam);
    int lf = family_to_linux(fam);
    if (lf < 0)
        return -EAFNOSUPPORT;
    uint32_t n = srclen;
    if (lf == AF_INET6) {
        if (srclen < sizeof(struct sockaddr_in6))
            return -EINVAL;
        n = sizeof(struct sockaddr_in6);   /* __sin6_src_id dropped */
    }
    if (n > *dstlen)
        n = *dstlen;
    memcpy(dst, src, n);
    uint16_t l16 = (uint16_t)lf;
    memcpy(dst, &l16, sizeof l16);
    *dstlen = n;
    return 0;
}

int linux_to_ilm_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen)
{
    unsigned char buf[sizeof(struct sockaddr_un) + 8];
    uint16_t fam;
    if (srclen < sizeof fam) {
        *dstlen = 0;
        return 0;
    }
    memcpy(&fam, src, sizeof fam);
    int gf = family_to_ilm(fam);
    uint32_t full = srclen > sizeof buf ? (uint32_t)sizeof buf : srclen;
    memset(buf, 0, sizeof buf);
    memcpy(buf, src, full);
    if (fam == AF_INET6)
        full = sizeof(struct ilm_sockaddr_in6);
    uint16_t g16 = gf < 0 ? fam : (uint16_t)gf;
    memcpy(buf, &g16, sizeof g16);
    memcpy(dst, buf, full < *dstlen ? full : *dstlen);
    *dstlen = full;
    return 0;
}
