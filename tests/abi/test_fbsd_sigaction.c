/* abi/freebsd/sigaction.c: struct sigaction and stack_t, both directions. */
#define _GNU_SOURCE
#include <signal.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/convert.h"
#include "tests/abi/abi_test.h"

#define KERNEL_SA_RESTORER 0x04000000   /* glibc does not export these two */
#define KERNEL_SS_AUTODISARM (1U << 31)
#define LBIT(sig) (1ULL << ((sig) - 1))

static void set_bit(struct fbsd_sigset *s, int sig)
{
    s->bits[(sig - 1) / 32] |= 1U << ((sig - 1) % 32);
}

static void test_sigaction_to_linux(void)
{
    struct fbsd_sigaction fb = { .handler = 0x401000, .flags = FBSD_SA_SIGINFO | FBSD_SA_ONSTACK | FBSD_SA_RESTART };
    set_bit(&fb.mask, FBSD_SIGURG);
    set_bit(&fb.mask, FBSD_SIGUSR1);
    set_bit(&fb.mask, FBSD_SIGRTMIN);
    struct lx_k_sigaction lx;
    memset(&lx, 0xaa, sizeof(lx));
    fbsd_to_linux_sigaction(&lx, &fb);
    EXPECT_EQ(lx.handler, 0x401000);
    EXPECT_EQ(lx.flags, SA_SIGINFO | SA_ONSTACK | SA_RESTART);
    EXPECT_EQ(lx.restorer, 0);
    EXPECT_EQ(lx.mask, LBIT(SIGURG) | LBIT(SIGUSR1) | LBIT(44));
    /* SIG_IGN / SIG_DFL pass through as the numbers they are */
    fb = (struct fbsd_sigaction){ .handler = FBSD_SIG_IGN };
    fbsd_to_linux_sigaction(&lx, &fb);
    EXPECT_EQ(lx.handler, (uint64_t)(uintptr_t)SIG_IGN);
    EXPECT_EQ(lx.mask, 0);
}

static void test_sigaction_to_fbsd(void)
{
    struct lx_k_sigaction lx = {
        .handler = 0x555000,
        .flags = SA_SIGINFO | SA_NODEFER | SA_RESETHAND | KERNEL_SA_RESTORER,
        .restorer = 0x999,
        .mask = LBIT(SIGCHLD) | LBIT(SIGBUS) | LBIT(SIGSTKFLT),
    };
    struct fbsd_sigaction fb;
    memset(&fb, 0xaa, sizeof(fb));
    linux_to_fbsd_sigaction(&fb, &lx);
    EXPECT_EQ(fb.handler, 0x555000);
    EXPECT_EQ(fb.flags, FBSD_SA_SIGINFO | FBSD_SA_NODEFER | FBSD_SA_RESETHAND);
    struct fbsd_sigset want = { { 0 } };
    set_bit(&want, FBSD_SIGCHLD);
    set_bit(&want, FBSD_SIGBUS);          /* SIGSTKFLT has no FreeBSD bit */
    CU_ASSERT(memcmp(&fb.mask, &want, sizeof(want)) == 0);
}

static void test_sigaction_round_trip(void)
{
    struct fbsd_sigaction fb = { .handler = 0x1234, .flags = 0x7f }, back;
    for (int s = 1; s <= 33; s++)
        if (s != FBSD_SIGKILL)
            set_bit(&fb.mask, s);
    struct lx_k_sigaction lx;
    fbsd_to_linux_sigaction(&lx, &fb);
    linux_to_fbsd_sigaction(&back, &lx);
    EXPECT_EQ(back.handler, fb.handler);
    EXPECT_EQ(back.flags, fb.flags);
    CU_ASSERT(memcmp(&back.mask, &fb.mask, sizeof(fb.mask)) == 0);
}

static void test_stack(void)
{
    struct fbsd_stack fb = { .ss_sp = 0x7000, .ss_size = 32768, .ss_flags = FBSD_SS_DISABLE };
    struct lx_stack lx;
    memset(&lx, 0xaa, sizeof(lx));
    fbsd_to_linux_stack(&lx, &fb);
    EXPECT_EQ(lx.ss_sp, 0x7000);
    EXPECT_EQ(lx.ss_size, 32768);
    EXPECT_EQ(lx.ss_flags, SS_DISABLE);
    fb.ss_flags = FBSD_SS_ONSTACK;
    fbsd_to_linux_stack(&lx, &fb);
    EXPECT_EQ(lx.ss_flags, SS_ONSTACK);

    struct lx_stack in = { .ss_sp = 0x9000, .ss_flags = SS_DISABLE | (int32_t)KERNEL_SS_AUTODISARM, .ss_size = 8192 };
    struct fbsd_stack out;
    memset(&out, 0xaa, sizeof(out));
    linux_to_fbsd_stack(&out, &in);
    EXPECT_EQ(out.ss_sp, 0x9000);
    EXPECT_EQ(out.ss_size, 8192);
    EXPECT_EQ(out.ss_flags, FBSD_SS_DISABLE);   /* SS_AUTODISARM dropped */
    EXPECT_EQ(out.ss_pad, 0);
    in.ss_flags = SS_ONSTACK;
    linux_to_fbsd_stack(&out, &in);
    EXPECT_EQ(out.ss_flags, FBSD_SS_ONSTACK);
}

static CU_TestInfo tests[] = {
    { "sigaction to Linux", test_sigaction_to_linux },
    { "sigaction to FreeBSD", test_sigaction_to_fbsd },
    { "sigaction round trip", test_sigaction_round_trip },
    { "stack_t", test_stack },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_sigaction", NULL, NULL, NULL, NULL, tests })
