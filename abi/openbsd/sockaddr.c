/* OpenBSD socket addresses (sys/sys/socket.h, netinet/in.h,
 * netinet6/in6.h, sys/sys/un.h): the BSD layout every BSD shares
 * (abi/common/sockaddr.c) with OpenBSD's family numbers (AF_INET6 24). */
#include "abi/openbsd/convert.h"
#include "abi/openbsd/consts.h"
#include "abi/common/sockaddr.h"

_Static_assert(sizeof(struct obsd_sockaddr_un) == sizeof(struct dz_bsd_sockaddr_un), "OpenBSD sockaddr_un");
_Static_assert(sizeof(struct obsd_sockaddr_in6) == sizeof(struct dz_bsd_sockaddr_in6), "OpenBSD sockaddr_in6");

static const struct dz_bsd_af obsd_af_numbers = {
    .unspec = OBSD_AF_UNSPEC, .unix_ = OBSD_AF_UNIX, .inet = OBSD_AF_INET, .inet6 = OBSD_AF_INET6,
};

int obsd_to_linux_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen)
{
    return dz_bsd_sockaddr_to_linux(&obsd_af_numbers, dst, dstlen, src, srclen);
}

int linux_to_obsd_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen)
{
    return dz_bsd_sockaddr_from_linux(&obsd_af_numbers, dst, dstlen, src, srclen);
}
