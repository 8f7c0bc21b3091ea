/* illumos -> Linux socket values: families, types, option levels and
 * options (sys/socket.h, netinet/in.h, netinet/tcp.h; Linux from musl).
 * SOCK_STREAM and SOCK_DGRAM are swapped against Linux (2 and 1), and
 * AF_INET6 is 26.  An option missing from its table is the handler's to
 * refuse with ENOPROTOOPT. */
#define _GNU_SOURCE
#include "abi/illumos/flags.h"
#include "abi/illumos/consts.h"
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#define SAME(n) { ILM_##n, n, #n }

static const struct dz_val af[] = {
    SAME(AF_UNSPEC), SAME(AF_UNIX), SAME(AF_INET), SAME(AF_INET6),
};
const struct dz_valtab ilm_af = DZ_VALTAB(af);

static const struct dz_val sock_types[] = {
    SAME(SOCK_STREAM), SAME(SOCK_DGRAM), SAME(SOCK_RAW), SAME(SOCK_RDM), SAME(SOCK_SEQPACKET),
};
const struct dz_valtab ilm_sock_types = DZ_VALTAB(sock_types);

/* Control message types at SOL_SOCKET (sys/socket.h). */
static const struct dz_val scm_types[] = {
    SAME(SCM_RIGHTS), SAME(SCM_TIMESTAMP),   /* SCM_UCRED: a ucred_t, not translated */
};
const struct dz_valtab ilm_scm_types = DZ_VALTAB(scm_types);

static const struct dz_val sockopt_levels[] = {
    { ILM_SOL_SOCKET, SOL_SOCKET, "SOL_SOCKET" },
    SAME(IPPROTO_IP), SAME(IPPROTO_TCP), SAME(IPPROTO_UDP), SAME(IPPROTO_IPV6), SAME(IPPROTO_RAW),
};
const struct dz_valtab ilm_sockopt_levels = DZ_VALTAB(sockopt_levels);

/* SO_ERROR's value is an errno: the handler maps it.  struct linger and
 * the SO_*TIMEO timeval have the Linux layout. */
static const struct dz_val so_opts[] = {
    SAME(SO_DEBUG), SAME(SO_ACCEPTCONN), SAME(SO_REUSEADDR), SAME(SO_KEEPALIVE),
    SAME(SO_DONTROUTE), SAME(SO_BROADCAST), SAME(SO_LINGER), SAME(SO_OOBINLINE),
    SAME(SO_SNDBUF), SAME(SO_RCVBUF), SAME(SO_SNDLOWAT), SAME(SO_RCVLOWAT),
    SAME(SO_SNDTIMEO), SAME(SO_RCVTIMEO), SAME(SO_ERROR), SAME(SO_TYPE), SAME(SO_TIMESTAMP),
    SAME(SO_DOMAIN),
};
const struct dz_valtab ilm_so_opts = DZ_VALTAB(so_opts);

static const struct dz_val tcp_opts[] = {
    SAME(TCP_NODELAY), SAME(TCP_MAXSEG), SAME(TCP_KEEPIDLE), SAME(TCP_KEEPINTVL), SAME(TCP_KEEPCNT),
    SAME(TCP_CORK), SAME(TCP_LINGER2),
};
const struct dz_valtab ilm_tcp_opts = DZ_VALTAB(tcp_opts);

static const struct dz_val ip_opts[] = {
    SAME(IP_HDRINCL), SAME(IP_TOS), SAME(IP_TTL), SAME(IP_MULTICAST_IF), SAME(IP_MULTICAST_TTL),
    SAME(IP_MULTICAST_LOOP), SAME(IP_ADD_MEMBERSHIP), SAME(IP_DROP_MEMBERSHIP), SAME(IP_PKTINFO),
};
const struct dz_valtab ilm_ip_opts = DZ_VALTAB(ip_opts);

static const struct dz_val ipv6_opts[] = {
    SAME(IPV6_UNICAST_HOPS), SAME(IPV6_MULTICAST_IF), SAME(IPV6_MULTICAST_HOPS),
    SAME(IPV6_MULTICAST_LOOP), SAME(IPV6_JOIN_GROUP), SAME(IPV6_LEAVE_GROUP),
    SAME(IPV6_V6ONLY), SAME(IPV6_TCLASS),
};
const struct dz_valtab ilm_ipv6_opts = DZ_VALTAB(ipv6_opts);

static const struct dz_val shut_how[] = {
    SAME(SHUT_RD), SAME(SHUT_WR), SAME(SHUT_RDWR),
};
const struct dz_valtab ilm_shut_how = DZ_VALTAB(shut_how);
