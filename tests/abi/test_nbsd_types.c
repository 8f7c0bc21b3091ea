/* abi/netbsd/types.h: layouts against LAYOUTS.md (NetBSD section) and Go's
 * runtime definitions; the _Static_asserts in the header pin the rest. */
#include "abi/netbsd/types.h"
#include "abi/netbsd/consts.h"
#include "tests/abi/abi_test.h"

static void test_sizes(void)
{
    EXPECT_EQ(sizeof(struct nbsd_stat), 152);
    EXPECT_EQ(sizeof(struct nbsd_kevent), 40);
    EXPECT_EQ(sizeof(struct nbsd_sigaction), 32);
    EXPECT_EQ(sizeof(struct nbsd_siginfo), 128);
    EXPECT_EQ(sizeof(struct nbsd_mcontext), 728);
    EXPECT_EQ(sizeof(struct nbsd_ucontext), 784);
    EXPECT_EQ(sizeof(struct nbsd_sysctlnode), 96);
    EXPECT_EQ(sizeof(struct nbsd_flock), 24);
    EXPECT_EQ(offsetof(struct nbsd_dirent, d_name), 13);
}

/* What Go's runtime (defs1_netbsd_amd64.go) reaches into. */
static void test_go_offsets(void)
{
    EXPECT_EQ(offsetof(struct nbsd_ucontext, uc_mcontext) + offsetof(struct nbsd_mcontext, gregs) +
              8 * NBSD_REG_RIP, 56 + 168);
    EXPECT_EQ(offsetof(struct nbsd_ucontext, uc_sigmask), 16);
    EXPECT_EQ(offsetof(struct nbsd_siginfo, reason), 16);      /* si_addr: sigaddr() reads _reason[0] */
    EXPECT_EQ(offsetof(struct nbsd_sigaction, flags), 24);
    /* the frame a handler gets: return address, siginfo, ucontext (16-aligned when fp is 8 mod 16) */
    EXPECT_EQ(offsetof(struct nbsd_sigframe, sf_uc) % 16, 8);
    EXPECT_EQ((offsetof(struct nbsd_sigframe, sf_uc) + offsetof(struct nbsd_ucontext, uc_mcontext) +
               offsetof(struct nbsd_mcontext, fpregs)) % 16, 8);
}

static CU_TestInfo tests[] = {
    { "sizes", test_sizes },
    { "Go's offsets", test_go_offsets },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "nbsd_types", NULL, NULL, NULL, NULL, tests })
