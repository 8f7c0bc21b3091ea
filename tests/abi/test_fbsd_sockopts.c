/* abi/freebsd/sockopts.c: families, socket types, option levels, options. */
#define _GNU_SOURCE
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/flags.h"
#include "tests/abi/abi_test.h"

static void test_tables_well_formed(void)
{
    check_valtab(&fbsd_af, "af");
    check_valtab(&fbsd_sock_types, "sock types");
    check_valtab(&fbsd_sockopt_levels, "levels");
    check_valtab(&fbsd_so_opts, "so");
    check_valtab(&fbsd_tcp_opts, "tcp");
    check_valtab(&fbsd_ip_opts, "ip");
    check_valtab(&fbsd_ipv6_opts, "ipv6");
    check_valtab(&fbsd_shut_how, "shut");
    /* levels must stay invertible: getsockopt answers come back by level */
    for (size_t i = 0; i < fbsd_sockopt_levels.n; i++)
        for (size_t j = i + 1; j < fbsd_sockopt_levels.n; j++)
            CU_ASSERT(fbsd_sockopt_levels.v[i].host != fbsd_sockopt_levels.v[j].host);
}

static void test_families_and_types(void)
{
    EXPECT_EQ(host_of(&fbsd_af, 28), AF_INET6);
    EXPECT_EQ(guest_of(&fbsd_af, AF_INET6), 28);
    EXPECT_EQ(host_of(&fbsd_af, FBSD_AF_INET), AF_INET);
    EXPECT_EQ(host_of(&fbsd_af, FBSD_AF_UNIX), AF_UNIX);
    EXPECT_EQ(host_of(&fbsd_af, FBSD_AF_UNSPEC), AF_UNSPEC);
    EXPECT_EQ(host_of(&fbsd_af, FBSD_AF_ROUTE), -1);
    EXPECT_EQ(host_of(&fbsd_af, FBSD_AF_LINK), -1);
    EXPECT_EQ(host_of(&fbsd_sock_types, FBSD_SOCK_STREAM), SOCK_STREAM);
    EXPECT_EQ(host_of(&fbsd_sock_types, FBSD_SOCK_DGRAM), SOCK_DGRAM);
    EXPECT_EQ(host_of(&fbsd_sock_types, FBSD_SOCK_SEQPACKET), SOCK_SEQPACKET);
    EXPECT_EQ(host_of(&fbsd_shut_how, FBSD_SHUT_RDWR), SHUT_RDWR);
}

static void test_levels(void)
{
    EXPECT_EQ(host_of(&fbsd_sockopt_levels, 0xffff), SOL_SOCKET);
    EXPECT_EQ(guest_of(&fbsd_sockopt_levels, SOL_SOCKET), 0xffff);
    EXPECT_EQ(host_of(&fbsd_sockopt_levels, FBSD_IPPROTO_TCP), IPPROTO_TCP);
    EXPECT_EQ(host_of(&fbsd_sockopt_levels, FBSD_IPPROTO_IPV6), IPPROTO_IPV6);
    EXPECT_EQ(host_of(&fbsd_sockopt_levels, FBSD_IPPROTO_IP), IPPROTO_IP);
    EXPECT_EQ(host_of(&fbsd_sockopt_levels, FBSD_IPPROTO_ICMP), -1);
}

static void test_so_opts(void)
{
    EXPECT_EQ(host_of(&fbsd_so_opts, 4), SO_REUSEADDR);
    EXPECT_EQ(host_of(&fbsd_so_opts, 8), SO_KEEPALIVE);
    EXPECT_EQ(host_of(&fbsd_so_opts, 0x1007), SO_ERROR);
    EXPECT_EQ(host_of(&fbsd_so_opts, 0x1008), SO_TYPE);
    EXPECT_EQ(host_of(&fbsd_so_opts, 0x1001), SO_SNDBUF);
    EXPECT_EQ(host_of(&fbsd_so_opts, 0x1002), SO_RCVBUF);
    EXPECT_EQ(host_of(&fbsd_so_opts, 0x1005), SO_SNDTIMEO);
    EXPECT_EQ(host_of(&fbsd_so_opts, 0x1006), SO_RCVTIMEO);
    EXPECT_EQ(host_of(&fbsd_so_opts, 0x80), SO_LINGER);
    EXPECT_EQ(host_of(&fbsd_so_opts, 0x20), SO_BROADCAST);
    EXPECT_EQ(host_of(&fbsd_so_opts, 0x200), SO_REUSEPORT);
    EXPECT_EQ(host_of(&fbsd_so_opts, FBSD_SO_REUSEPORT_LB), SO_REUSEPORT);
    EXPECT_EQ(host_of(&fbsd_so_opts, FBSD_SO_ACCEPTCONN), SO_ACCEPTCONN);
    EXPECT_EQ(host_of(&fbsd_so_opts, FBSD_SO_DOMAIN), SO_DOMAIN);
    EXPECT_EQ(host_of(&fbsd_so_opts, FBSD_SO_NOSIGPIPE), -1);
    EXPECT_EQ(guest_of(&fbsd_so_opts, SO_REUSEPORT), 0x200);
    EXPECT_STR(dz_val_name(&fbsd_so_opts, 0x1007), "SO_ERROR");
}

static void test_proto_opts(void)
{
    EXPECT_EQ(host_of(&fbsd_tcp_opts, 1), TCP_NODELAY);
    EXPECT_EQ(host_of(&fbsd_tcp_opts, 0x100), TCP_KEEPIDLE);
    EXPECT_EQ(host_of(&fbsd_tcp_opts, 0x200), TCP_KEEPINTVL);
    EXPECT_EQ(host_of(&fbsd_tcp_opts, 0x400), TCP_KEEPCNT);
    EXPECT_EQ(host_of(&fbsd_tcp_opts, FBSD_TCP_NOPUSH), TCP_CORK);
    EXPECT_EQ(host_of(&fbsd_tcp_opts, FBSD_TCP_INFO), -1);
    EXPECT_EQ(host_of(&fbsd_ip_opts, 3), IP_TOS);
    EXPECT_EQ(host_of(&fbsd_ip_opts, 4), IP_TTL);
    EXPECT_EQ(host_of(&fbsd_ip_opts, FBSD_IP_MULTICAST_IF), IP_MULTICAST_IF);
    EXPECT_EQ(host_of(&fbsd_ip_opts, FBSD_IP_ADD_MEMBERSHIP), IP_ADD_MEMBERSHIP);
    EXPECT_EQ(host_of(&fbsd_ip_opts, FBSD_IP_ADD_SOURCE_MEMBERSHIP), -1);
    EXPECT_EQ(host_of(&fbsd_ipv6_opts, 27), IPV6_V6ONLY);
    EXPECT_EQ(host_of(&fbsd_ipv6_opts, 4), IPV6_UNICAST_HOPS);
    EXPECT_EQ(host_of(&fbsd_ipv6_opts, FBSD_IPV6_TCLASS), IPV6_TCLASS);
    EXPECT_EQ(host_of(&fbsd_ipv6_opts, FBSD_IPV6_JOIN_GROUP), IPV6_ADD_MEMBERSHIP);
    EXPECT_EQ(host_of(&fbsd_ipv6_opts, FBSD_IPV6_RECVPKTINFO), IPV6_RECVPKTINFO);
    EXPECT_EQ(host_of(&fbsd_ipv6_opts, FBSD_IPV6_NEXTHOP), -1);
}

static CU_TestInfo tests[] = {
    { "tables well formed", test_tables_well_formed },
    { "families and types", test_families_and_types },
    { "levels", test_levels },
    { "SOL_SOCKET options", test_so_opts },
    { "protocol options", test_proto_opts },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_sockopts", NULL, NULL, NULL, NULL, tests })
