/* abi/netbsd/sockaddr.c (on abi/common/sockaddr.c): AF_INET6 is 24. */
#define _GNU_SOURCE
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include "abi/netbsd/consts.h"
#include "abi/netbsd/convert.h"
#include "tests/abi/abi_test.h"

static void test_inet6(void)
{
    struct nbsd_sockaddr_in6 nb = { .sin6_len = 28, .sin6_family = NBSD_AF_INET6, .sin6_port = htons(8080),
                                    .sin6_scope_id = 3 };
    nb.sin6_addr[15] = 1;
    struct sockaddr_storage ss;
    uint32_t len = sizeof ss;
    EXPECT_EQ(nbsd_to_linux_sockaddr(&ss, &len, &nb, sizeof nb), 0);
    EXPECT_EQ(len, sizeof(struct sockaddr_in6));
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
    EXPECT_EQ(in6->sin6_family, AF_INET6);
    EXPECT_EQ(ntohs(in6->sin6_port), 8080);
    EXPECT_EQ(in6->sin6_scope_id, 3);
    CU_ASSERT(IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr));
    unsigned char back[128];
    uint32_t blen = sizeof back;
    EXPECT_EQ(linux_to_nbsd_sockaddr(back, &blen, &ss, len), 0);
    EXPECT_EQ(blen, 28);
    EXPECT_EQ(back[0], 28);
    EXPECT_EQ(back[1], 24);
    CU_ASSERT(memcmp(back, &nb, sizeof nb) == 0);
}

static void test_inet_and_unix(void)
{
    struct nbsd_sockaddr_in nb = { .sin_len = 16, .sin_family = NBSD_AF_INET, .sin_port = htons(80),
                                   .sin_addr = htonl(0x7f000001) };
    struct sockaddr_storage ss;
    uint32_t len = sizeof ss;
    EXPECT_EQ(nbsd_to_linux_sockaddr(&ss, &len, &nb, sizeof nb), 0);
    EXPECT_EQ(((struct sockaddr_in *)&ss)->sin_family, AF_INET);
    struct nbsd_sockaddr_un un = { .sun_family = NBSD_AF_UNIX };
    strcpy(un.sun_path, "/tmp/sock");
    len = sizeof ss;
    EXPECT_EQ(nbsd_to_linux_sockaddr(&ss, &len, &un, 2 + 10), 0);
    EXPECT_STR(((struct sockaddr_un *)&ss)->sun_path, "/tmp/sock");
    /* FreeBSD's AF_INET6 number means nothing here */
    unsigned char fb6[28] = { 28, 28 };
    len = sizeof ss;
    EXPECT_EQ(nbsd_to_linux_sockaddr(&ss, &len, fb6, sizeof fb6), -EAFNOSUPPORT);
}

static CU_TestInfo tests[] = {
    { "inet6", test_inet6 },
    { "inet and unix", test_inet_and_unix },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "nbsd_sockaddr", NULL, NULL, NULL, NULL, tests })
