/* syscall-xlate/common/signal.c: the 128-bit guest sets through each
 * personality's signal map, the handler mask, the frame stack pointer. */
#include <signal.h>
#include <string.h>
#include "abi/freebsd/consts.h"
#include "abi/netbsd/consts.h"
#include "syscall-xlate/common/bsd.h"
#include "tests/dz_cunit.h"

extern const struct dz_personality fbsd_personality, nbsd_personality;

static uint64_t bit(int s) { return 1ULL << (s - 1); }

static void test_sets(void)
{
    struct dz_thread t;
    memset(&t, 0, sizeof t);
    t.pers = &nbsd_personality;
    struct dz_sigset128 s = { { 0 } };
    s.bits[0] = (1u << (NBSD_SIGURG - 1)) | (1u << (NBSD_SIGUSR1 - 1)) | (1u << (NBSD_SIGPWR - 1));
    CU_ASSERT_EQUAL(dz_bsd_sigset_to_linux(&t, &s), bit(SIGURG) | bit(SIGUSR1) | bit(SIGPWR));
    struct dz_sigset128 back;
    dz_bsd_sigset_from_linux(&t, &back, bit(SIGURG) | bit(SIGUSR1) | bit(SIGPWR) | bit(33));
    CU_ASSERT(memcmp(&back, &s, sizeof s) == 0);              /* Linux 33 (glibc's) has no NetBSD name */
    t.pers = &fbsd_personality;
    s = (struct dz_sigset128){ { 0 } };
    s.bits[0] = 1u << (FBSD_SIGTHR - 1);
    CU_ASSERT_EQUAL(dz_bsd_sigset_to_linux(&t, &s), bit(42));   /* the FreeBSD SIGTHR carrier */
}

static void test_handler_mask(void)
{
    struct dz_thread t;
    memset(&t, 0, sizeof t);
    t.pers = &nbsd_personality;
    dz_bsd_mask(&t)->bits[0] = 1u << (NBSD_SIGHUP - 1);
    struct dz_gsigaction a = { .handler = 0x1000, .gmask = { 1u << (NBSD_SIGINT - 1) } };
    struct dz_sigset128 m;
    dz_bsd_handler_mask(&t, NBSD_SIGURG, &a, &m);
    CU_ASSERT_EQUAL(m.bits[0], (1u << (NBSD_SIGHUP - 1)) | (1u << (NBSD_SIGINT - 1)) | (1u << (NBSD_SIGURG - 1)));
    a.flags = DZ_SA_NODEFER;
    dz_bsd_handler_mask(&t, NBSD_SIGURG, &a, &m);
    CU_ASSERT_EQUAL(m.bits[0], (1u << (NBSD_SIGHUP - 1)) | (1u << (NBSD_SIGINT - 1)));
}

static void test_frame_sp(void)
{
    struct dz_thread t;
    memset(&t, 0, sizeof t);
    t.gss_flags = DZ_SS_DISABLE;
    struct dz_gsigaction a = { .flags = DZ_SA_ONSTACK };
    int on;
    CU_ASSERT_EQUAL(dz_bsd_signal_sp(&t, 0x10000, &a, &on), 0x10000 - 128);   /* no altstack */
    CU_ASSERT_EQUAL(on, 0);
    t.gss_flags = 0;
    t.gss_sp = 0x50000;
    t.gss_size = 0x8000;
    CU_ASSERT_EQUAL(dz_bsd_signal_sp(&t, 0x10000, &a, &on), 0x58000);         /* onto the altstack */
    CU_ASSERT_EQUAL(on, 1);
    CU_ASSERT_EQUAL(dz_bsd_signal_sp(&t, 0x54000, &a, &on), 0x54000 - 128);   /* already on it */
    CU_ASSERT_EQUAL(on, 1);
    a.flags = 0;
    CU_ASSERT_EQUAL(dz_bsd_signal_sp(&t, 0x10000, &a, &on), 0x10000 - 128);   /* not asked for */
    CU_ASSERT_EQUAL(on, 0);
}

static CU_TestInfo tests[] = {
    { "signal sets", test_sets },
    { "handler mask", test_handler_mask },
    { "frame stack pointer", test_frame_sp },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "common_signal", NULL, NULL, NULL, NULL, tests })
