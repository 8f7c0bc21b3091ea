/* NetBSD socket addresses (sys/sys/socket.h, netinet/in.h,
 * netinet6/in6.h, sys/sys/un.h): the BSD layout every BSD shares
 * (abi/common/sockaddr.c) with NetBSD's family numbers (AF_INET6 24). */
#include "abi/netbsd/convert.h"
#include "abi/netbsd/consts.h"
#include "abi/common/sockaddr.h"

_Static_assert(sizeof(struct nbsd_sockaddr_un) == sizeof(struct dz_bsd_sockaddr_un), "NetBSD sockaddr_un");
_Static_assert(sizeof(struct nbsd_sockaddr_in6) == sizeof(struct dz_bsd_sockaddr_in6), "NetBSD sockaddr_in6");
_Static_assert(sizeof(struct nbsd_sockaddr_in) == sizeof(struct dz_bsd_sockaddr_in), "NetBSD sockaddr_in");

static const struct dz_bsd_af nbsd_af_numbers = {
    .unspec = NBSD_AF_UNSPEC, .unix_ = NBSD_AF_UNIX, .inet = NBSD_AF_INET, .inet6 = NBSD_AF_INET6,
};

int nbsd_to_linux_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen)
{
    return dz_bsd_sockaddr_to_linux(&nbsd_af_numbers, dst, dstlen, src, srclen);
}

int linux_to_nbsd_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen)
{
    return dz_bsd_sockaddr_from_linux(&nbsd_af_numbers, dst, dstlen, src, srclen);
}
