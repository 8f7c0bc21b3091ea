/* FreeBSD socket addresses (sys/sys/socket.h, netinet/in.h,
 * netinet6/in6.h, sys/sys/un.h, 13.2): the BSD layout every BSD shares
 * (abi/common/sockaddr.c) with FreeBSD's family numbers (AF_INET6 28). */
#include "abi/freebsd/convert.h"
#include "abi/freebsd/consts.h"
#include "abi/common/sockaddr.h"

_Static_assert(sizeof(struct fbsd_sockaddr_un) == sizeof(struct dz_bsd_sockaddr_un) &&
               FBSD_SUN_PATH_LEN == DZ_BSD_SUN_PATH_LEN, "FreeBSD sockaddr_un");
_Static_assert(sizeof(struct fbsd_sockaddr_in6) == sizeof(struct dz_bsd_sockaddr_in6), "FreeBSD sockaddr_in6");

static const struct dz_bsd_af fbsd_af_numbers = {
    .unspec = FBSD_AF_UNSPEC, .unix_ = FBSD_AF_UNIX, .inet = FBSD_AF_INET, .inet6 = FBSD_AF_INET6,
};

int fbsd_to_linux_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen)
{
    return dz_bsd_sockaddr_to_linux(&fbsd_af_numbers, dst, dstlen, src, srclen);
}

int linux_to_fbsd_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen)
{
    return dz_bsd_sockaddr_from_linux(&fbsd_af_numbers, dst, dstlen, src, srclen);
}
