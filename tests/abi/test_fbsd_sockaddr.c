/* abi/freebsd/sockaddr.c: the three families both ways, errors, truncation. */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/convert.h"
#include "tests/abi/abi_test.h"

static void test_inet(void)
{
    struct fbsd_sockaddr_in fb = { .sin_len = 16, .sin_family = FBSD_AF_INET, .sin_port = htons(8080),
                                   .sin_addr = htonl(0x7f000001) };
    struct sockaddr_storage ss;
    uint32_t len = sizeof(ss);
    EXPECT_EQ(fbsd_to_linux_sockaddr(&ss, &len, &fb, sizeof(fb)), 0);
    EXPECT_EQ(len, sizeof(struct sockaddr_in));
    struct sockaddr_in *in = (struct sockaddr_in *)&ss;
    EXPECT_EQ(in->sin_family, AF_INET);
    EXPECT_EQ(ntohs(in->sin_port), 8080);
    EXPECT_EQ(ntohl(in->sin_addr.s_addr), 0x7f000001);

    unsigned char back[32];
    memset(back, 0xee, sizeof(back));
    uint32_t blen = sizeof(back);
    EXPECT_EQ(linux_to_fbsd_sockaddr(back, &blen, &ss, len), 0);
    EXPECT_EQ(blen, 16);
    CU_ASSERT(memcmp(back, &fb, sizeof(fb)) == 0);
    EXPECT_EQ(back[16], 0xee);
}

static void test_inet6(void)
{
    struct fbsd_sockaddr_in6 fb = { .sin6_len = 28, .sin6_family = FBSD_AF_INET6, .sin6_port = htons(443),
                                    .sin6_flowinfo = htonl(0x12345), .sin6_scope_id = 3 };
    for (int i = 0; i < 16; i++)
        fb.sin6_addr[i] = (uint8_t)(0xf0 + i);
    struct sockaddr_storage ss;
    uint32_t len = sizeof(ss);
    EXPECT_EQ(fbsd_to_linux_sockaddr(&ss, &len, &fb, sizeof(fb)), 0);
    EXPECT_EQ(len, sizeof(struct sockaddr_in6));
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
    EXPECT_EQ(in6->sin6_family, AF_INET6);
    EXPECT_EQ(ntohs(in6->sin6_port), 443);
    EXPECT_EQ(ntohl(in6->sin6_flowinfo), 0x12345);
    EXPECT_EQ(in6->sin6_scope_id, 3);
    CU_ASSERT(memcmp(&in6->sin6_addr, fb.sin6_addr, 16) == 0);

    unsigned char back[28];
    uint32_t blen = sizeof(back);
    EXPECT_EQ(linux_to_fbsd_sockaddr(back, &blen, &ss, len), 0);
    EXPECT_EQ(blen, 28);
    CU_ASSERT(memcmp(back, &fb, sizeof(fb)) == 0);
}

static void test_unix(void)
{
    struct fbsd_sockaddr_un fb = { .sun_family = FBSD_AF_UNIX, .sun_path = "/tmp/sock" };
    fb.sun_len = 2 + 9 + 1;
    struct sockaddr_un un;
    uint32_t len = sizeof(un);
    EXPECT_EQ(fbsd_to_linux_sockaddr(&un, &len, &fb, fb.sun_len), 0);
    EXPECT_EQ(un.sun_family, AF_UNIX);
    EXPECT_STR(un.sun_path, "/tmp/sock");
    EXPECT_EQ(len, 2 + 9 + 1);
    /* without the NUL in the length, and with sa_len ignored */
    fb.sun_len = 99;
    len = sizeof(un);
    EXPECT_EQ(fbsd_to_linux_sockaddr(&un, &len, &fb, 2 + 9), 0);
    EXPECT_STR(un.sun_path, "/tmp/sock");
    EXPECT_EQ(len, 2 + 9 + 1);
    /* a full 104-byte path */
    memset(fb.sun_path, 'p', sizeof(fb.sun_path));
    len = sizeof(un);
    EXPECT_EQ(fbsd_to_linux_sockaddr(&un, &len, &fb, sizeof(fb)), 0);
    EXPECT_EQ(len, 2 + 104 + 1);
    EXPECT_EQ(strlen(un.sun_path), 104);

    /* back: what Linux getsockname says for a bound socket */
    struct sockaddr_un lx = { .sun_family = AF_UNIX, .sun_path = "/run/x.sock" };
    unsigned char back[106];
    uint32_t blen = sizeof(back);
    EXPECT_EQ(linux_to_fbsd_sockaddr(back, &blen, &lx, 2 + 11 + 1), 0);
    EXPECT_EQ(blen, 2 + 11 + 1);
    EXPECT_EQ(back[0], 2 + 11 + 1);
    EXPECT_EQ(back[1], FBSD_AF_UNIX);
    EXPECT_STR((char *)back + 2, "/run/x.sock");
}

static void test_unix_special(void)
{
    unsigned char back[106];
    uint32_t blen = sizeof(back);
    /* unnamed socket: Linux reports just the family */
    struct sockaddr_un lx = { .sun_family = AF_UNIX };
    memset(back, 0xee, sizeof(back));
    EXPECT_EQ(linux_to_fbsd_sockaddr(back, &blen, &lx, 2), 0);
    EXPECT_EQ(blen, 16);
    EXPECT_EQ(back[0], 16);
    EXPECT_EQ(back[1], FBSD_AF_UNIX);
    EXPECT_EQ(back[2] | back[15], 0);
    /* a Linux path longer than FreeBSD can hold is cut at 104 */
    memset(lx.sun_path, 'q', 107);
    lx.sun_path[107] = 0;
    blen = sizeof(back);
    EXPECT_EQ(linux_to_fbsd_sockaddr(back, &blen, &lx, sizeof(lx)), 0);
    EXPECT_EQ(blen, 106);
    EXPECT_EQ(back[0], 106);
    EXPECT_EQ(back[105], 'q');
    /* abstract name: bytes pass through, leading NUL included */
    memset(&lx, 0, sizeof(lx));
    lx.sun_family = AF_UNIX;
    memcpy(lx.sun_path, "\0abs", 4);
    blen = sizeof(back);
    EXPECT_EQ(linux_to_fbsd_sockaddr(back, &blen, &lx, 2 + 4), 0);
    EXPECT_EQ(blen, 6);
    CU_ASSERT(back[2] == 0 && memcmp(back + 3, "abs", 3) == 0);

    /* FreeBSD has no abstract or autobind address: empty path is ENOENT */
    struct fbsd_sockaddr_un fb = { .sun_len = 2, .sun_family = FBSD_AF_UNIX };
    struct sockaddr_un un;
    uint32_t len = sizeof(un);
    EXPECT_EQ(fbsd_to_linux_sockaddr(&un, &len, &fb, 2), -ENOENT);
    EXPECT_EQ(fbsd_to_linux_sockaddr(&un, &len, &fb, sizeof(fb)), -ENOENT);
}

static void test_errors(void)
{
    struct sockaddr_storage ss;
    uint32_t len = sizeof(ss);
    struct fbsd_sockaddr_in fb = { .sin_len = 16, .sin_family = FBSD_AF_INET };
    EXPECT_EQ(fbsd_to_linux_sockaddr(&ss, &len, &fb, 1), -EINVAL);
    EXPECT_EQ(fbsd_to_linux_sockaddr(&ss, &len, &fb, 8), -EINVAL);      /* short sockaddr_in */
    fb.sin_family = FBSD_AF_INET6;
    EXPECT_EQ(fbsd_to_linux_sockaddr(&ss, &len, &fb, 16), -EINVAL);     /* short sockaddr_in6 */
    fb.sin_family = FBSD_AF_ROUTE;
    EXPECT_EQ(fbsd_to_linux_sockaddr(&ss, &len, &fb, 16), -EAFNOSUPPORT);
    fb.sin_family = FBSD_AF_INET;
    len = 8;                                                            /* host buffer too small */
    EXPECT_EQ(fbsd_to_linux_sockaddr(&ss, &len, &fb, 16), -EINVAL);
    struct sockaddr_storage lx = { .ss_family = AF_NETLINK };
    unsigned char back[128];
    uint32_t blen = sizeof(back);
    EXPECT_EQ(linux_to_fbsd_sockaddr(back, &blen, &lx, 12), -EAFNOSUPPORT);
}

static void test_unspec(void)
{
    struct fbsd_sockaddr fb = { .sa_len = 16, .sa_family = FBSD_AF_UNSPEC };
    struct sockaddr_storage ss;
    uint32_t len = sizeof(ss);
    EXPECT_EQ(fbsd_to_linux_sockaddr(&ss, &len, &fb, sizeof(fb)), 0);
    EXPECT_EQ(ss.ss_family, AF_UNSPEC);
    EXPECT_EQ(len, 16);
    unsigned char back[16];
    uint32_t blen = sizeof(back);
    EXPECT_EQ(linux_to_fbsd_sockaddr(back, &blen, &ss, len), 0);
    EXPECT_EQ(blen, 16);
    EXPECT_EQ(back[1], FBSD_AF_UNSPEC);
    /* no address at all */
    blen = sizeof(back);
    EXPECT_EQ(linux_to_fbsd_sockaddr(back, &blen, &ss, 0), 0);
    EXPECT_EQ(blen, 0);
}

/* The guest buffer is smaller than the address: copy what fits, report all. */
static void test_truncation(void)
{
    struct sockaddr_in6 in6 = { .sin6_family = AF_INET6, .sin6_port = htons(1), .sin6_scope_id = 9 };
    unsigned char back[16];
    memset(back, 0xee, sizeof(back));
    uint32_t blen = 10;
    EXPECT_EQ(linux_to_fbsd_sockaddr(back, &blen, &in6, sizeof(in6)), 0);
    EXPECT_EQ(blen, 28);
    EXPECT_EQ(back[0], 28);
    EXPECT_EQ(back[1], FBSD_AF_INET6);
    EXPECT_EQ(back[3], 1);
    EXPECT_EQ(back[10], 0xee);
    blen = 0;
    EXPECT_EQ(linux_to_fbsd_sockaddr(NULL, &blen, &in6, sizeof(in6)), 0);
    EXPECT_EQ(blen, 28);
    struct sockaddr_un un = { .sun_family = AF_UNIX, .sun_path = "/a/long/path" };
    memset(back, 0xee, sizeof(back));
    blen = 4;
    EXPECT_EQ(linux_to_fbsd_sockaddr(back, &blen, &un, 2 + 12 + 1), 0);
    EXPECT_EQ(blen, 15);
    CU_ASSERT(back[0] == 15 && back[1] == FBSD_AF_UNIX && back[2] == '/' && back[3] == 'a' && back[4] == 0xee);
}

static CU_TestInfo tests[] = {
    { "AF_INET", test_inet },
    { "AF_INET6", test_inet6 },
    { "AF_UNIX", test_unix },
    { "AF_UNIX special names", test_unix_special },
    { "errors", test_errors },
    { "AF_UNSPEC", test_unspec },
    { "truncation", test_truncation },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_sockaddr", NULL, NULL, NULL, NULL, tests })
