/* NetBSD -> Linux socket values: families, types, option levels and
 * options (NetBSD sys/sys/socket.h, netinet/in.h, netinet/tcp.h,
 * netinet6/in6.h; Linux values from musl).  An option missing from its
 * table has no Linux counterpart, or one whose argument differs in shape,
 * and is the handler's to emulate or refuse (ENOPROTOOPT). */
#define _GNU_SOURCE
#include "abi/netbsd/flags.h"
#include "abi/netbsd/consts.h"
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#define V(f, l) { NBSD_##f, l, #f }
#define SAME(n) { NBSD_##n, n, #n }

/* Families whose Linux socket means the same thing.  AF_ROUTE (34) and
 * AF_LINK have none (Linux routing sockets are AF_NETLINK). */
static const struct dz_val af[] = {
    SAME(AF_UNSPEC), SAME(AF_UNIX), SAME(AF_INET), SAME(AF_INET6),
    SAME(AF_APPLETALK), SAME(AF_IPX), SAME(AF_ISDN), SAME(AF_BLUETOOTH),
};
const struct dz_valtab nbsd_af = DZ_VALTAB(af);

static const struct dz_val sock_types[] = {
    SAME(SOCK_STREAM), SAME(SOCK_DGRAM), SAME(SOCK_RAW), SAME(SOCK_RDM),
    SAME(SOCK_SEQPACKET),
};
const struct dz_valtab nbsd_sock_types = DZ_VALTAB(sock_types);

/* setsockopt levels.  IPPROTO_ICMP (1) is left out: on Linux level 1 is
 * SOL_SOCKET. */
static const struct dz_val sockopt_levels[] = {
    V(SOL_SOCKET, SOL_SOCKET),
    SAME(IPPROTO_IP), SAME(IPPROTO_TCP), SAME(IPPROTO_UDP), SAME(IPPROTO_IPV6),
    SAME(IPPROTO_ICMPV6), SAME(IPPROTO_RAW),
};
const struct dz_valtab nbsd_sockopt_levels = DZ_VALTAB(sockopt_levels);

/* Level SOL_SOCKET.  struct linger and the SO_*TIMEO struct timeval have
 * the Linux layout (NetBSD's timeouts are 0x100b/0x100c, not FreeBSD's
 * 0x1005/0x1006).  Left out: SO_USELOOPBACK, SO_NOSIGPIPE (handled as a
 * no-op, see the master note), SO_ACCEPTFILTER, SO_OVERFLOWED,
 * SO_NOHEADER. */
static const struct dz_val so_opts[] = {
    SAME(SO_DEBUG), SAME(SO_ACCEPTCONN), SAME(SO_REUSEADDR), SAME(SO_KEEPALIVE),
    SAME(SO_DONTROUTE), SAME(SO_BROADCAST), SAME(SO_LINGER), SAME(SO_OOBINLINE),
    SAME(SO_REUSEPORT), SAME(SO_TIMESTAMP),
    SAME(SO_SNDBUF), SAME(SO_RCVBUF), SAME(SO_SNDLOWAT), SAME(SO_RCVLOWAT),
    SAME(SO_SNDTIMEO), SAME(SO_RCVTIMEO), SAME(SO_ERROR), SAME(SO_TYPE),
};
const struct dz_valtab nbsd_so_opts = DZ_VALTAB(so_opts);

/* Level IPPROTO_TCP.  Left out: TCP_NOPUSH (no cork-until-close twin that
 * behaves the same), TCP_KEEPINIT, TCP_MD5SIG (another argument shape),
 * TCP_CONGCTL (names differ). */
static const struct dz_val tcp_opts[] = {
    SAME(TCP_NODELAY), SAME(TCP_MAXSEG), SAME(TCP_KEEPIDLE), SAME(TCP_KEEPINTVL),
    SAME(TCP_KEEPCNT),
};
const struct dz_valtab nbsd_tcp_opts = DZ_VALTAB(tcp_opts);

/* Level IPPROTO_IP.  Left out: IP_RECVDSTADDR, IP_RECVIF (Linux returns
 * that information as IP_PKTINFO), IP_RECVRETOPTS, IP_PORTRANGE. */
static const struct dz_val ip_opts[] = {
    SAME(IP_OPTIONS), SAME(IP_HDRINCL), SAME(IP_TOS), SAME(IP_TTL),
    SAME(IP_RECVOPTS), SAME(IP_MULTICAST_IF), SAME(IP_MULTICAST_TTL),
    SAME(IP_MULTICAST_LOOP), SAME(IP_ADD_MEMBERSHIP), SAME(IP_DROP_MEMBERSHIP),
    SAME(IP_RECVTTL),
};
const struct dz_valtab nbsd_ip_opts = DZ_VALTAB(ip_opts);

/* Level IPPROTO_IPV6 (the RFC 3542 names). */
static const struct dz_val ipv6_opts[] = {
    SAME(IPV6_UNICAST_HOPS), SAME(IPV6_MULTICAST_IF), SAME(IPV6_MULTICAST_HOPS),
    SAME(IPV6_MULTICAST_LOOP), V(IPV6_JOIN_GROUP, IPV6_ADD_MEMBERSHIP),
    V(IPV6_LEAVE_GROUP, IPV6_DROP_MEMBERSHIP), SAME(IPV6_CHECKSUM), SAME(IPV6_V6ONLY),
    SAME(IPV6_RECVPKTINFO), SAME(IPV6_RECVHOPLIMIT), SAME(IPV6_RECVTCLASS), SAME(IPV6_TCLASS),
};
const struct dz_valtab nbsd_ipv6_opts = DZ_VALTAB(ipv6_opts);

/* shutdown(2) how: identical, listed for the tracer. */
static const struct dz_val shut_how[] = {
    SAME(SHUT_RD), SAME(SHUT_WR), SAME(SHUT_RDWR),
};
const struct dz_valtab nbsd_shut_how = DZ_VALTAB(shut_how);
