/* abi/netbsd/kevent.c: NetBSD's 40-byte kevent <-> dz_kevent (filters 0/1). */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include "abi/netbsd/consts.h"
#include "abi/netbsd/convert.h"
#include "tests/abi/abi_test.h"

static void test_filters(void)
{
    static const struct { uint32_t nb; int16_t dz; } f[] = {
        { NBSD_EVFILT_READ, DZ_EVFILT_READ }, { NBSD_EVFILT_WRITE, DZ_EVFILT_WRITE },
        { NBSD_EVFILT_AIO, DZ_EVFILT_AIO }, { NBSD_EVFILT_VNODE, DZ_EVFILT_VNODE },
        { NBSD_EVFILT_PROC, DZ_EVFILT_PROC }, { NBSD_EVFILT_SIGNAL, DZ_EVFILT_SIGNAL },
        { NBSD_EVFILT_TIMER, DZ_EVFILT_TIMER },
    };
    for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) {
        struct nbsd_kevent nk = { .ident = 3, .filter = f[i].nb, .flags = NBSD_EV_ADD };
        struct dz_kevent dz;
        nbsd_to_dz_kevent(&dz, &nk);
        EXPECT_EQ(dz.filter, f[i].dz);
        struct nbsd_kevent back;
        dz_to_nbsd_kevent(&back, &dz);
        EXPECT_EQ(back.filter, f[i].nb);
    }
    /* EVFILT_FS (7) has no neutral twin: refused by the emulation, kept on the way back */
    struct nbsd_kevent fs = { .filter = 7 };
    struct dz_kevent dz;
    nbsd_to_dz_kevent(&dz, &fs);
    CU_ASSERT(dz.filter < DZ_EVFILT_TIMER && dz.filter != DZ_EVFILT_USER);
    struct nbsd_kevent back;
    dz_to_nbsd_kevent(&back, &dz);
    EXPECT_EQ(back.filter, 7);
}

static void test_plain_copy(void)
{
    struct nbsd_kevent nk = { .ident = 9, .filter = NBSD_EVFILT_READ, .flags = NBSD_EV_ADD | NBSD_EV_CLEAR,
                              .fflags = 0, .data = 1234, .udata = 0xc000123456 };
    struct dz_kevent dz;
    nbsd_to_dz_kevent(&dz, &nk);
    EXPECT_EQ(dz.ident, 9);
    EXPECT_EQ(dz.flags, DZ_EV_ADD | DZ_EV_CLEAR);
    EXPECT_EQ(dz.data, 1234);
    EXPECT_EQ(dz.udata, 0xc000123456);
    struct nbsd_kevent back;
    dz_to_nbsd_kevent(&back, &dz);
    CU_ASSERT(memcmp(&back, &nk, sizeof nk) == 0);
}

static void test_signal_and_errors(void)
{
    struct nbsd_kevent nk = { .ident = NBSD_SIGINFO, .filter = NBSD_EVFILT_SIGNAL, .flags = NBSD_EV_ADD };
    struct dz_kevent dz;
    nbsd_to_dz_kevent(&dz, &nk);
    EXPECT_EQ(dz.ident, 41);
    nk.ident = NBSD_SIGUSR1;
    nbsd_to_dz_kevent(&dz, &nk);
    EXPECT_EQ(dz.ident, SIGUSR1);
    struct nbsd_kevent back;
    dz_to_nbsd_kevent(&back, &dz);
    EXPECT_EQ(back.ident, NBSD_SIGUSR1);
    dz = (struct dz_kevent){ .ident = 5, .filter = DZ_EVFILT_READ, .flags = DZ_EV_ERROR, .data = ETIMEDOUT };
    dz_to_nbsd_kevent(&back, &dz);
    EXPECT_EQ(back.data, NBSD_ETIMEDOUT);
    EXPECT_EQ(back.filter, NBSD_EVFILT_READ);
    dz = (struct dz_kevent){ .ident = 5, .filter = DZ_EVFILT_WRITE, .flags = DZ_EV_EOF, .fflags = ECONNRESET };
    dz_to_nbsd_kevent(&back, &dz);
    EXPECT_EQ(back.fflags, NBSD_ECONNRESET);
}

static CU_TestInfo tests[] = {
    { "filters", test_filters },
    { "plain copy", test_plain_copy },
    { "signals and errors", test_signal_and_errors },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "nbsd_kevent", NULL, NULL, NULL, NULL, tests })
