/* abi/freebsd/rlimit.c: RLIM_INFINITY differs. */
#define _GNU_SOURCE
#include <sys/resource.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/convert.h"
#include "tests/abi/abi_test.h"

static void test_to_linux(void)
{
    struct fbsd_rlimit fb = { .rlim_cur = 1024, .rlim_max = FBSD_RLIM_INFINITY };
    struct lx_rlimit lx;
    fbsd_to_linux_rlimit(&lx, &fb);
    EXPECT_EQ(lx.rlim_cur, 1024);
    CU_ASSERT(lx.rlim_max == RLIM_INFINITY);
    CU_ASSERT(lx.rlim_max == ~0ULL);
    fb = (struct fbsd_rlimit){ .rlim_cur = -5, .rlim_max = 0 };   /* FreeBSD: negative = infinity */
    fbsd_to_linux_rlimit(&lx, &fb);
    CU_ASSERT(lx.rlim_cur == RLIM_INFINITY);
    EXPECT_EQ(lx.rlim_max, 0);
}

static void test_to_fbsd(void)
{
    struct lx_rlimit lx = { .rlim_cur = RLIM_INFINITY, .rlim_max = 4096 };
    struct fbsd_rlimit fb;
    linux_to_fbsd_rlimit(&fb, &lx);
    EXPECT_EQ(fb.rlim_cur, FBSD_RLIM_INFINITY);
    EXPECT_EQ(fb.rlim_max, 4096);
    lx = (struct lx_rlimit){ .rlim_cur = 1ULL << 63, .rlim_max = (1ULL << 63) - 1 };
    linux_to_fbsd_rlimit(&fb, &lx);
    EXPECT_EQ(fb.rlim_cur, FBSD_RLIM_INFINITY);
    EXPECT_EQ(fb.rlim_max, FBSD_RLIM_INFINITY);
    lx = (struct lx_rlimit){ .rlim_cur = 8 << 20, .rlim_max = 0 };
    linux_to_fbsd_rlimit(&fb, &lx);
    EXPECT_EQ(fb.rlim_cur, 8 << 20);
    EXPECT_EQ(fb.rlim_max, 0);
}

static CU_TestInfo tests[] = {
    { "to Linux", test_to_linux },
    { "to FreeBSD", test_to_fbsd },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_rlimit", NULL, NULL, NULL, NULL, tests })
