/* abi/freebsd/kevent.c: kevent and kevent_freebsd11 <-> dz_kevent. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/convert.h"
#include "tests/abi/abi_test.h"

static void test_plain_copy(void)
{
    struct fbsd_kevent fb = { .ident = 0xee1eb9f4, .filter = DZ_EVFILT_USER, .flags = DZ_EV_ADD | DZ_EV_CLEAR,
                              .fflags = DZ_NOTE_TRIGGER, .data = -77, .udata = 0xdeadbeef,
                              .ext = { 1, 2, 3, 4 } };
    struct dz_kevent dz;
    memset(&dz, 0xaa, sizeof(dz));
    fbsd_to_dz_kevent(&dz, &fb);
    EXPECT_EQ(dz.ident, 0xee1eb9f4);
    EXPECT_EQ(dz.filter, DZ_EVFILT_USER);
    EXPECT_EQ(dz.flags, DZ_EV_ADD | DZ_EV_CLEAR);
    EXPECT_EQ(dz.fflags, DZ_NOTE_TRIGGER);
    EXPECT_EQ(dz.data, -77);
    EXPECT_EQ(dz.udata, 0xdeadbeef);
    EXPECT_EQ(dz.ext[0] + dz.ext[1] + dz.ext[2] + dz.ext[3], 10);
    struct fbsd_kevent back;
    dz_to_fbsd_kevent(&back, &dz);
    CU_ASSERT(memcmp(&back, &fb, sizeof(fb)) == 0);
}

static void test_signal_ident(void)
{
    struct fbsd_kevent fb = { .ident = FBSD_SIGURG, .filter = DZ_EVFILT_SIGNAL, .flags = DZ_EV_ADD };
    struct dz_kevent dz;
    fbsd_to_dz_kevent(&dz, &fb);
    EXPECT_EQ(dz.ident, SIGURG);
    struct fbsd_kevent back;
    dz.data = 3;                     /* times delivered: not an errno */
    dz_to_fbsd_kevent(&back, &dz);
    EXPECT_EQ(back.ident, FBSD_SIGURG);
    EXPECT_EQ(back.data, 3);
    fb.ident = FBSD_SIGINFO;
    fbsd_to_dz_kevent(&dz, &fb);
    EXPECT_EQ(dz.ident, 41);
    fb.ident = 200;
    fbsd_to_dz_kevent(&dz, &fb);
    EXPECT_EQ(dz.ident, 0);
    /* a read filter's ident is a descriptor: untouched */
    fb = (struct fbsd_kevent){ .ident = FBSD_SIGURG, .filter = DZ_EVFILT_READ };
    fbsd_to_dz_kevent(&dz, &fb);
    EXPECT_EQ(dz.ident, FBSD_SIGURG);
}

static void test_errors_out(void)
{
    struct dz_kevent dz = { .ident = 5, .filter = DZ_EVFILT_READ, .flags = DZ_EV_ERROR, .data = ETIMEDOUT };
    struct fbsd_kevent fb;
    dz_to_fbsd_kevent(&fb, &dz);
    EXPECT_EQ(fb.data, FBSD_ETIMEDOUT);
    dz.data = 0;                     /* EV_RECEIPT success */
    dz_to_fbsd_kevent(&fb, &dz);
    EXPECT_EQ(fb.data, 0);
    dz = (struct dz_kevent){ .filter = DZ_EVFILT_READ, .data = ETIMEDOUT };   /* bytes, not errno */
    dz_to_fbsd_kevent(&fb, &dz);
    EXPECT_EQ(fb.data, ETIMEDOUT);
    dz = (struct dz_kevent){ .filter = DZ_EVFILT_WRITE, .flags = DZ_EV_EOF, .fflags = ECONNRESET };
    dz_to_fbsd_kevent(&fb, &dz);
    EXPECT_EQ(fb.fflags, FBSD_ECONNRESET);
    dz = (struct dz_kevent){ .filter = DZ_EVFILT_USER, .flags = DZ_EV_EOF, .fflags = 0x10 };
    dz_to_fbsd_kevent(&fb, &dz);
    EXPECT_EQ(fb.fflags, 0x10);
}

static void test_kevent11(void)
{
    struct fbsd_kevent11 fb = { .ident = FBSD_SIGCHLD, .filter = DZ_EVFILT_SIGNAL, .flags = DZ_EV_ADD,
                                .fflags = 7, .data = 8, .udata = 9 };
    struct dz_kevent dz;
    memset(&dz, 0xaa, sizeof(dz));
    fbsd_to_dz_kevent11(&dz, &fb);
    EXPECT_EQ(dz.ident, SIGCHLD);
    EXPECT_EQ(dz.fflags, 7);
    EXPECT_EQ(dz.data, 8);
    EXPECT_EQ(dz.udata, 9);
    EXPECT_EQ(dz.ext[0] | dz.ext[3], 0);
    struct fbsd_kevent11 back;
    dz_to_fbsd_kevent11(&back, &dz);
    CU_ASSERT(memcmp(&back, &fb, sizeof(fb)) == 0);
    dz = (struct dz_kevent){ .filter = DZ_EVFILT_WRITE, .flags = DZ_EV_ERROR, .data = EBADF, .ext = { 1 } };
    dz_to_fbsd_kevent11(&back, &dz);
    EXPECT_EQ(back.data, FBSD_EBADF);
    dz.data = EAGAIN;
    dz_to_fbsd_kevent11(&back, &dz);
    EXPECT_EQ(back.data, FBSD_EAGAIN);
}

static CU_TestInfo tests[] = {
    { "plain copy", test_plain_copy },
    { "signal ident", test_signal_ident },
    { "errors out", test_errors_out },
    { "kevent11", test_kevent11 },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_kevent", NULL, NULL, NULL, NULL, tests })
