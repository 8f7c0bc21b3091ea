/* OpenBSD -> Linux socket values: families, types, option levels and
 * options (OpenBSD sys/sys/socket.h, netinet/in.h, netinet/tcp.h,
 * netinet6/in6.h; Linux values from musl).  An option missing from its
 * table has no Linux counterpart (or another argument shape) and is the
 * handler's to emulate or refuse with ENOPROTOOPT. */
#define _GNU_SOURCE
#include "abi/openbsd/flags.h"
#include "abi/openbsd/consts.h"
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#define V(f, l) { OBSD_##f, l, #f }
#define SAME(n) { OBSD_##n, n, #n }

/* AF_ROUTE and AF_LINK have no Linux socket of the same meaning. */
static const struct dz_val af[] = {
    SAME(AF_UNSPEC), SAME(AF_UNIX), SAME(AF_INET), SAME(AF_INET6),
};
const struct dz_valtab obsd_af = DZ_VALTAB(af);

static const struct dz_val sock_types[] = {
    SAME(SOCK_STREAM), SAME(SOCK_DGRAM), SAME(SOCK_RAW), SAME(SOCK_RDM),
    SAME(SOCK_SEQPACKET),
};
const struct dz_valtab obsd_sock_types = DZ_VALTAB(sock_types);

/* IPPROTO_ICMP (1) is left out: on Linux level 1 is SOL_SOCKET. */
static const struct dz_val sockopt_levels[] = {
    V(SOL_SOCKET, SOL_SOCKET),
    SAME(IPPROTO_IP), SAME(IPPROTO_TCP), SAME(IPPROTO_UDP), SAME(IPPROTO_IPV6),
    SAME(IPPROTO_RAW),
};
const struct dz_valtab obsd_sockopt_levels = DZ_VALTAB(sockopt_levels);

/* Level SOL_SOCKET.  struct linger and the SO_*TIMEO struct timeval have
 * the same layout.  SO_ERROR's value is an errno: the handler maps it.
 * Left out: SO_PEERCRED (OpenBSD's struct sockpeercred is {uid, gid, pid},
 * Linux's struct ucred {pid, uid, gid}: ENOPROTOOPT rather than a wrong
 * order), SO_USELOOPBACK, SO_BINDANY, SO_RTABLE, SO_SPLICE, SO_ZEROIZE, SO_NETPROC. */
static const struct dz_val so_opts[] = {
    SAME(SO_DEBUG), SAME(SO_ACCEPTCONN), SAME(SO_REUSEADDR), SAME(SO_KEEPALIVE),
    SAME(SO_DONTROUTE), SAME(SO_BROADCAST), SAME(SO_LINGER), SAME(SO_OOBINLINE),
    SAME(SO_REUSEPORT), SAME(SO_TIMESTAMP),
    SAME(SO_SNDBUF), SAME(SO_RCVBUF), SAME(SO_SNDLOWAT), SAME(SO_RCVLOWAT),
    SAME(SO_SNDTIMEO), SAME(SO_RCVTIMEO), SAME(SO_ERROR), SAME(SO_TYPE),
};
const struct dz_valtab obsd_so_opts = DZ_VALTAB(so_opts);

/* Level IPPROTO_TCP.  OpenBSD has no keepalive tuning per socket. */
static const struct dz_val tcp_opts[] = {
    SAME(TCP_NODELAY), SAME(TCP_MAXSEG),
};
const struct dz_valtab obsd_tcp_opts = DZ_VALTAB(tcp_opts);

/* Level IPPROTO_IP.  struct ip_mreq has the same layout on both. */
static const struct dz_val ip_opts[] = {
    SAME(IP_HDRINCL), SAME(IP_TOS), SAME(IP_TTL),
    SAME(IP_MULTICAST_IF), SAME(IP_MULTICAST_TTL), SAME(IP_MULTICAST_LOOP),
    SAME(IP_ADD_MEMBERSHIP), SAME(IP_DROP_MEMBERSHIP),
};
const struct dz_valtab obsd_ip_opts = DZ_VALTAB(ip_opts);

static const struct dz_val ipv6_opts[] = {
    SAME(IPV6_UNICAST_HOPS), SAME(IPV6_MULTICAST_IF), SAME(IPV6_MULTICAST_HOPS),
    SAME(IPV6_MULTICAST_LOOP), SAME(IPV6_JOIN_GROUP), SAME(IPV6_LEAVE_GROUP),
    SAME(IPV6_V6ONLY), SAME(IPV6_TCLASS),
};
const struct dz_valtab obsd_ipv6_opts = DZ_VALTAB(ipv6_opts);

static const struct dz_val shut_how[] = {
    SAME(SHUT_RD), SAME(SHUT_WR), SAME(SHUT_RDWR),
};
const struct dz_valtab obsd_shut_how = DZ_VALTAB(shut_how);
