/* abi/openbsd/signal.c: numbers, carriers, round trips, 32-bit sets. */
#define _GNU_SOURCE
#include <signal.h>
#include "abi/openbsd/flags.h"
#include "abi/openbsd/signal.h"
#include "tests/abi/abi_test.h"

static void test_known_pairs(void)
{
    static const struct { int lx, ob; } known[] = {
        { SIGURG, 16 }, { SIGUSR1, 30 }, { SIGUSR2, 31 }, { SIGCHLD, 20 }, { SIGBUS, 10 },
        { SIGSYS, 12 }, { SIGSTOP, 17 }, { SIGTSTP, 18 }, { SIGCONT, 19 }, { SIGIO, 23 },
        { SIGHUP, 1 }, { SIGKILL, 9 }, { SIGSEGV, 11 }, { SIGPROF, 27 }, { SIGWINCH, 28 },
        { SIGPIPE, 13 }, { SIGTERM, 15 }, { SIGXCPU, 24 },
    };
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        EXPECT_EQ(obsd_signal_to_linux(known[i].ob), known[i].lx);
        EXPECT_EQ(linux_signal_to_obsd(known[i].lx), known[i].ob);
    }
}

static void test_carriers_and_range(void)
{
    EXPECT_EQ(obsd_signal_to_linux(OBSD_SIGEMT), 40);
    EXPECT_EQ(obsd_signal_to_linux(OBSD_SIGINFO), 41);
    EXPECT_EQ(obsd_signal_to_linux(OBSD_SIGTHR), 42);
    EXPECT_EQ(linux_signal_to_obsd(42), OBSD_SIGTHR);
    static const int lx_only[] = { SIGSTKFLT, SIGPWR, 32, 33, 34, 43, 50, 64 };
    for (size_t i = 0; i < sizeof(lx_only) / sizeof(lx_only[0]); i++)
        EXPECT_EQ(linux_signal_to_obsd(lx_only[i]), 0);
    EXPECT_EQ(obsd_signal_to_linux(0), 0);
    EXPECT_EQ(obsd_signal_to_linux(33), 0);
    EXPECT_EQ(obsd_signal_to_linux(-2), 0);
    EXPECT_EQ(linux_signal_to_obsd(65), 0);
    EXPECT_STR(obsd_signal_name(16), "SIGURG");
    EXPECT_STR(obsd_signal_name(32), "SIGTHR");
    EXPECT_STR(obsd_signal_name(33), NULL);
}

/* Every OpenBSD signal 1..32 has a Linux number that maps back to it. */
static void test_round_trips(void)
{
    for (int o = 1; o <= OBSD_NSIG; o++) {
        int l = obsd_signal_to_linux(o);
        CU_ASSERT(l > 0 && l <= 64 && l != 32 && l != 33);
        EXPECT_EQ(linux_signal_to_obsd(l), o);
    }
    for (int l = 1; l <= 64; l++) {
        int o = linux_signal_to_obsd(l);
        if (o)
            EXPECT_EQ(obsd_signal_to_linux(o), l);
    }
}

static void test_sets(void)
{
    uint32_t all = 0xffffffffu;
    uint64_t l = obsd_sigset_to_linux(all);
    EXPECT_EQ(__builtin_popcountll(l), 32);
    EXPECT_EQ(linux_sigset_to_obsd(l), all);
    uint32_t urg = 1u << (OBSD_SIGURG - 1);
    EXPECT_EQ(obsd_sigset_to_linux(urg), 1ULL << (SIGURG - 1));
    EXPECT_EQ(linux_sigset_to_obsd(1ULL << (SIGUSR1 - 1)), 1u << (OBSD_SIGUSR1 - 1));
    /* Linux-only signals vanish from a set */
    EXPECT_EQ(linux_sigset_to_obsd(1ULL << (SIGPWR - 1) | 1ULL << 63), 0);
    EXPECT_EQ(obsd_sigset_to_linux(0), 0);
}

static void test_value_table(void)
{
    check_valtab(&obsd_sigs, "obsd_sigs");
    EXPECT_EQ(obsd_sigs.n, 32);
    EXPECT_EQ(host_of(&obsd_sigs, OBSD_SIGCHLD), SIGCHLD);
    EXPECT_STR(dz_val_name(&obsd_sigs, OBSD_SIGINFO), "SIGINFO");
}

static CU_TestInfo tests[] = {
    { "known pairs", test_known_pairs },
    { "carriers and range", test_carriers_and_range },
    { "round trips", test_round_trips },
    { "signal sets", test_sets },
    { "value table", test_value_table },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "obsd_signal", NULL, NULL, NULL, NULL, tests })
