/* abi/netbsd/mcontext.c: Linux gregs <-> NetBSD __gregs (_REG_* order). */
#define _GNU_SOURCE
#include <sys/ucontext.h>
#include "abi/netbsd/consts.h"
#include "abi/netbsd/convert.h"
#include "tests/abi/abi_test.h"

static void test_to_netbsd(void)
{
    uint64_t lx[NGREG], nb[26];
    for (int i = 0; i < NGREG; i++)
        lx[i] = 0x1000 + (uint64_t)i;
    lx[REG_CSGSFS] = 0x002b000000000033ULL;   /* ss 0x2b, fs 0, gs 0, cs 0x33 */
    linux_to_nbsd_gregs(nb, lx);
    EXPECT_EQ(nb[NBSD_REG_RDI], lx[REG_RDI]);
    EXPECT_EQ(nb[NBSD_REG_RSI], lx[REG_RSI]);
    EXPECT_EQ(nb[NBSD_REG_R8], lx[REG_R8]);
    EXPECT_EQ(nb[NBSD_REG_R12], lx[REG_R12]);
    EXPECT_EQ(nb[NBSD_REG_R15], lx[REG_R15]);
    EXPECT_EQ(nb[NBSD_REG_RAX], lx[REG_RAX]);
    EXPECT_EQ(nb[NBSD_REG_RIP], lx[REG_RIP]);
    EXPECT_EQ(nb[NBSD_REG_RSP], lx[REG_RSP]);
    EXPECT_EQ(nb[NBSD_REG_RFLAGS], lx[REG_EFL]);
    EXPECT_EQ(nb[NBSD_REG_CS], 0x33);
    EXPECT_EQ(nb[NBSD_REG_SS], 0x2b);
}

static void test_to_linux(void)
{
    uint64_t lx[NGREG], nb[26];
    memset(lx, 0, sizeof lx);
    lx[REG_EFL] = 0x202;                      /* IF set, as the kernel leaves it */
    lx[REG_CSGSFS] = 0x33;
    for (int i = 0; i < 26; i++)
        nb[i] = 0x2000 + (uint64_t)i;
    nb[NBSD_REG_RFLAGS] = 0xffffffff;         /* IF/IOPL cleared, all user bits set */
    nbsd_to_linux_gregs(lx, nb);
    EXPECT_EQ(lx[REG_R9], nb[NBSD_REG_R9]);
    EXPECT_EQ(lx[REG_RBX], nb[NBSD_REG_RBX]);
    EXPECT_EQ(lx[REG_RIP], nb[NBSD_REG_RIP]);
    EXPECT_EQ(lx[REG_RSP], nb[NBSD_REG_RSP]);
    EXPECT_EQ(lx[REG_EFL], 0x202 | 0xcd5);
    EXPECT_EQ(lx[REG_CSGSFS], 0x33);          /* segments are not the guest's to set */
    /* round trip of every general register */
    uint64_t nb2[26];
    linux_to_nbsd_gregs(nb2, lx);
    static const int gpr[] = { NBSD_REG_RDI, NBSD_REG_RSI, NBSD_REG_RDX, NBSD_REG_RCX, NBSD_REG_R8,
                               NBSD_REG_R9, NBSD_REG_R10, NBSD_REG_R11, NBSD_REG_R12, NBSD_REG_R13,
                               NBSD_REG_R14, NBSD_REG_R15, NBSD_REG_RBP, NBSD_REG_RBX, NBSD_REG_RAX,
                               NBSD_REG_RIP, NBSD_REG_RSP };
    for (size_t i = 0; i < sizeof gpr / sizeof gpr[0]; i++)
        EXPECT_EQ(nb2[gpr[i]], nb[gpr[i]]);
}

static CU_TestInfo tests[] = {
    { "to NetBSD", test_to_netbsd },
    { "to Linux", test_to_linux },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "nbsd_mcontext", NULL, NULL, NULL, NULL, tests })
