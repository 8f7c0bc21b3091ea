/* abi/freebsd/flock.c: struct flock, both directions. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <unistd.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/convert.h"
#include "tests/abi/abi_test.h"

static void test_to_linux(void)
{
    struct fbsd_flock fb = { .l_start = 100, .l_len = 200, .l_pid = 300, .l_type = FBSD_F_WRLCK,
                             .l_whence = FBSD_SEEK_CUR, .l_sysid = 9 };
    struct lx_flock lx;
    memset(&lx, 0xaa, sizeof(lx));
    fbsd_to_linux_flock(&lx, &fb);
    EXPECT_EQ(lx.l_type, F_WRLCK);
    EXPECT_EQ(lx.l_whence, SEEK_CUR);
    EXPECT_EQ(lx.l_start, 100);
    EXPECT_EQ(lx.l_len, 200);
    EXPECT_EQ(lx.l_pid, 300);
    EXPECT_EQ(lx.pad0, 0);
    fb.l_type = FBSD_F_RDLCK;
    fbsd_to_linux_flock(&lx, &fb);
    EXPECT_EQ(lx.l_type, F_RDLCK);
    fb.l_type = FBSD_F_UNLCK;
    fbsd_to_linux_flock(&lx, &fb);
    EXPECT_EQ(lx.l_type, F_UNLCK);
    fb.l_type = 7;
    fbsd_to_linux_flock(&lx, &fb);
    EXPECT_EQ(lx.l_type, -1);
}

static void test_to_fbsd(void)
{
    struct lx_flock lx = { .l_type = F_RDLCK, .l_whence = SEEK_END, .l_start = 5, .l_len = 6, .l_pid = 77 };
    struct fbsd_flock fb;
    memset(&fb, 0xaa, sizeof(fb));
    linux_to_fbsd_flock(&fb, &lx);
    EXPECT_EQ(fb.l_start, 5);
    EXPECT_EQ(fb.l_len, 6);
    EXPECT_EQ(fb.l_pid, 77);
    EXPECT_EQ(fb.l_type, FBSD_F_RDLCK);
    EXPECT_EQ(fb.l_whence, FBSD_SEEK_END);
    EXPECT_EQ(fb.l_sysid, 0);
    EXPECT_EQ(fb.pad, 0);
    lx.l_type = F_WRLCK;
    linux_to_fbsd_flock(&fb, &lx);
    EXPECT_EQ(fb.l_type, FBSD_F_WRLCK);
    lx.l_type = F_UNLCK;
    linux_to_fbsd_flock(&fb, &lx);
    EXPECT_EQ(fb.l_type, FBSD_F_UNLCK);
}

static CU_TestInfo tests[] = {
    { "to Linux", test_to_linux },
    { "to FreeBSD", test_to_fbsd },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_flock", NULL, NULL, NULL, NULL, tests })
