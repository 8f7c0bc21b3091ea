/* abi/netbsd/flock.c and rlimit.c: struct flock and struct rlimit. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/resource.h>
#include "abi/netbsd/consts.h"
#include "abi/netbsd/convert.h"
#include "tests/abi/abi_test.h"

static void test_flock(void)
{
    struct nbsd_flock nf = { .l_start = 100, .l_len = 50, .l_pid = 42, .l_type = NBSD_F_WRLCK, .l_whence = SEEK_CUR };
    struct lx_flock lf;
    nbsd_to_linux_flock(&lf, &nf);
    EXPECT_EQ(lf.l_type, F_WRLCK);
    EXPECT_EQ(lf.l_whence, SEEK_CUR);
    EXPECT_EQ(lf.l_start, 100);
    EXPECT_EQ(lf.l_len, 50);
    EXPECT_EQ(lf.l_pid, 42);
    struct nbsd_flock back;
    linux_to_nbsd_flock(&back, &lf);
    CU_ASSERT(memcmp(&back, &nf, sizeof nf) == 0);
    nf.l_type = NBSD_F_RDLCK;
    nbsd_to_linux_flock(&lf, &nf);
    EXPECT_EQ(lf.l_type, F_RDLCK);
    nf.l_type = NBSD_F_UNLCK;
    nbsd_to_linux_flock(&lf, &nf);
    EXPECT_EQ(lf.l_type, F_UNLCK);
    nf.l_type = 9;
    nbsd_to_linux_flock(&lf, &nf);
    EXPECT_EQ(lf.l_type, -1);
}

static void test_rlimit(void)
{
    struct nbsd_rlimit nr = { .rlim_cur = 1024, .rlim_max = NBSD_RLIM_INFINITY };
    struct lx_rlimit lr;
    nbsd_to_linux_rlimit(&lr, &nr);
    EXPECT_EQ(lr.rlim_cur, 1024);
    CU_ASSERT(lr.rlim_max == RLIM_INFINITY);
    struct nbsd_rlimit back;
    linux_to_nbsd_rlimit(&back, &lr);
    EXPECT_EQ(back.rlim_cur, 1024);
    EXPECT_EQ(back.rlim_max, NBSD_RLIM_INFINITY);
    nr.rlim_cur = 0xfffffffffffffff0ULL;   /* above NetBSD's infinity: infinity */
    nbsd_to_linux_rlimit(&lr, &nr);
    CU_ASSERT(lr.rlim_cur == RLIM_INFINITY);
}

static CU_TestInfo tests[] = {
    { "flock", test_flock },
    { "rlimit", test_rlimit },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "nbsd_flock", NULL, NULL, NULL, NULL, tests })
