/* FreeBSD -> Linux socket values: families, types, option levels and
 * options (FreeBSD sys/sys/socket.h, netinet/in.h, netinet/tcp.h,
 * netinet6/in6.h, 13.2; Linux values from musl).  An option missing from
 * its table has no Linux counterpart, or has one whose argument differs in
 * shape (struct tcp_info, struct accept_filter_arg ...), and is the
 * handler's to emulate or refuse (ENOPROTOOPT). */
#define _GNU_SOURCE
#include "abi/freebsd/flags.h"
#include "abi/freebsd/consts.h"
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#define V(f, l) { FBSD_##f, l, #f }
#define SAME(n) { FBSD_##n, n, #n }

/* Families whose Linux socket means the same thing.  AF_ROUTE and AF_LINK
 * have none (Linux routing sockets are AF_NETLINK with another protocol). */
static const struct dz_val af[] = {
    SAME(AF_UNSPEC), SAME(AF_UNIX), SAME(AF_INET), SAME(AF_INET6),
    SAME(AF_APPLETALK), SAME(AF_IPX), SAME(AF_DECnet), SAME(AF_SNA),
    SAME(AF_ISDN), SAME(AF_BLUETOOTH),
};
const struct dz_valtab fbsd_af = DZ_VALTAB(af);

/* The type part of socket(2)'s type; the flag part is fbsd_sock_flags. */
static const struct dz_val sock_types[] = {
    SAME(SOCK_STREAM), SAME(SOCK_DGRAM), SAME(SOCK_RAW), SAME(SOCK_RDM),
    SAME(SOCK_SEQPACKET),
};
const struct dz_valtab fbsd_sock_types = DZ_VALTAB(sock_types);

/* setsockopt levels.  IPPROTO_ICMP (1) is left out: on Linux level 1 is
 * SOL_SOCKET.  FreeBSD SOL_LOCAL (0, unix-domain options such as
 * LOCAL_PEERCRED) shares its number with IPPROTO_IP; the handler looks at
 * the socket's family before it looks here. */
static const struct dz_val sockopt_levels[] = {
    V(SOL_SOCKET, SOL_SOCKET),
    SAME(IPPROTO_IP), SAME(IPPROTO_TCP), SAME(IPPROTO_UDP), SAME(IPPROTO_IPV6),
    SAME(IPPROTO_ICMPV6), SAME(IPPROTO_RAW), SAME(IPPROTO_SCTP), SAME(IPPROTO_UDPLITE),
};
const struct dz_valtab fbsd_sockopt_levels = DZ_VALTAB(sockopt_levels);

/* Level SOL_SOCKET.  struct linger and the SO_*TIMEO struct timeval have
 * the same layout on both.  Left out: SO_USELOOPBACK, SO_NOSIGPIPE (the
 * handler remembers it and adds MSG_NOSIGNAL), SO_ACCEPTFILTER,
 * SO_BINTIME, SO_NO_OFFLOAD, SO_NO_DDP, SO_LABEL, SO_PEERLABEL,
 * SO_LISTEN*, SO_SETFIB, SO_USER_COOKIE, SO_TS_CLOCK. */
static const struct dz_val so_opts[] = {
    SAME(SO_DEBUG), SAME(SO_ACCEPTCONN), SAME(SO_REUSEADDR), SAME(SO_KEEPALIVE),
    SAME(SO_DONTROUTE), SAME(SO_BROADCAST), SAME(SO_LINGER), SAME(SO_OOBINLINE),
    SAME(SO_REUSEPORT),
    SAME(SO_TIMESTAMP),
    /* Linux SO_REUSEPORT already balances load across the group. */
    V(SO_REUSEPORT_LB, SO_REUSEPORT),
    SAME(SO_SNDBUF), SAME(SO_RCVBUF), SAME(SO_SNDLOWAT), SAME(SO_RCVLOWAT),
    SAME(SO_SNDTIMEO), SAME(SO_RCVTIMEO), SAME(SO_ERROR), SAME(SO_TYPE),
    SAME(SO_PROTOCOL), SAME(SO_MAX_PACING_RATE), SAME(SO_DOMAIN),
};
const struct dz_valtab fbsd_so_opts = DZ_VALTAB(so_opts);

/* Level IPPROTO_TCP.  Left out: TCP_NOOPT, TCP_MD5SIG and TCP_INFO (other
 * argument layouts), TCP_KEEPINIT (no Linux timer), TCP_FASTOPEN (struct
 * tcp_fastopen vs int). */
static const struct dz_val tcp_opts[] = {
    SAME(TCP_NODELAY), SAME(TCP_MAXSEG),
    V(TCP_NOPUSH, TCP_CORK),            /* hold partial frames until unset */
    SAME(TCP_CONGESTION), SAME(TCP_KEEPIDLE), SAME(TCP_KEEPINTVL), SAME(TCP_KEEPCNT),
};
const struct dz_valtab fbsd_tcp_opts = DZ_VALTAB(tcp_opts);

/* Level IPPROTO_IP.  struct ip_mreq has the same layout on both.  Left
 * out: IP_RECVRETOPTS, IP_RECVDSTADDR and IP_RECVIF (Linux delivers both
 * through IP_PKTINFO), IP_PORTRANGE, IP_BINDANY, IP_DONTFRAG (Linux
 * IP_MTU_DISCOVER takes other values), and the four source-filter options
 * (IP_ADD/DROP_SOURCE_MEMBERSHIP, IP_BLOCK/UNBLOCK_SOURCE): FreeBSD's
 * struct ip_mreq_source is {group, source, interface}, Linux's is
 * {group, interface, source}. */
static const struct dz_val ip_opts[] = {
    SAME(IP_OPTIONS), SAME(IP_HDRINCL), SAME(IP_TOS), SAME(IP_TTL),
    SAME(IP_RECVOPTS), SAME(IP_RETOPTS),
    SAME(IP_MULTICAST_IF), SAME(IP_MULTICAST_TTL), SAME(IP_MULTICAST_LOOP),
    SAME(IP_ADD_MEMBERSHIP), SAME(IP_DROP_MEMBERSHIP),
    SAME(IP_RECVTTL), SAME(IP_MINTTL), SAME(IP_RECVTOS),
};
const struct dz_valtab fbsd_ip_opts = DZ_VALTAB(ip_opts);

/* Level IPPROTO_IPV6 (RFC 3542 names on both sides).  Left out:
 * IPV6_USE_MIN_MTU, IPV6_PREFER_TEMPADDR (Linux IPV6_ADDR_PREFERENCES
 * takes other values), IPV6_NEXTHOP (its argument is a sockaddr_in6, which
 * needs sockaddr.c). */
static const struct dz_val ipv6_opts[] = {
    SAME(IPV6_UNICAST_HOPS), SAME(IPV6_MULTICAST_IF), SAME(IPV6_MULTICAST_HOPS),
    SAME(IPV6_MULTICAST_LOOP), SAME(IPV6_JOIN_GROUP), SAME(IPV6_LEAVE_GROUP),
    SAME(IPV6_CHECKSUM), SAME(IPV6_V6ONLY), SAME(IPV6_RTHDRDSTOPTS),
    SAME(IPV6_RECVPKTINFO), SAME(IPV6_RECVHOPLIMIT), SAME(IPV6_RECVRTHDR),
    SAME(IPV6_RECVHOPOPTS), SAME(IPV6_RECVDSTOPTS), SAME(IPV6_RECVPATHMTU),
    SAME(IPV6_PATHMTU), SAME(IPV6_PKTINFO), SAME(IPV6_HOPLIMIT),
    SAME(IPV6_HOPOPTS), SAME(IPV6_DSTOPTS), SAME(IPV6_RTHDR), SAME(IPV6_RECVTCLASS),
    SAME(IPV6_AUTOFLOWLABEL), SAME(IPV6_TCLASS), SAME(IPV6_DONTFRAG),
};
const struct dz_valtab fbsd_ipv6_opts = DZ_VALTAB(ipv6_opts);

static const struct dz_val shut_how[] = {
    SAME(SHUT_RD), SAME(SHUT_WR), SAME(SHUT_RDWR),
};
const struct dz_valtab fbsd_shut_how = DZ_VALTAB(shut_how);
