/* abi/netbsd/signal.c: numbers, carriers, round trips, names. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include "abi/netbsd/flags.h"
#include "abi/netbsd/signal.h"
#include "tests/abi/abi_test.h"

static void test_known_pairs(void)
{
    static const struct { int lx, nb; } known[] = {
        { SIGURG, 16 }, { SIGUSR1, 30 }, { SIGUSR2, 31 }, { SIGCHLD, 20 }, { SIGBUS, 10 },
        { SIGSYS, 12 }, { SIGSTOP, 17 }, { SIGTSTP, 18 }, { SIGCONT, 19 }, { SIGIO, 23 },
        { SIGHUP, 1 }, { SIGKILL, 9 }, { SIGSEGV, 11 }, { SIGPROF, 27 }, { SIGWINCH, 28 },
        { SIGPWR, 32 },
    };
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        EXPECT_EQ(nbsd_signal_to_linux(known[i].nb), known[i].lx);
        EXPECT_EQ(linux_signal_to_nbsd(known[i].lx), known[i].nb);
    }
}

static void test_carriers(void)
{
    EXPECT_EQ(nbsd_signal_to_linux(NBSD_SIGEMT), 40);
    EXPECT_EQ(nbsd_signal_to_linux(NBSD_SIGINFO), 41);
    for (int i = 0; i < 22; i++) {
        EXPECT_EQ(nbsd_signal_to_linux(NBSD_SIGRTMIN + i), 42 + i);
        EXPECT_EQ(linux_signal_to_nbsd(42 + i), NBSD_SIGRTMIN + i);
    }
    EXPECT_EQ(nbsd_signal_to_linux(NBSD_SIGRTMIN + 22), 0);
    EXPECT_EQ(nbsd_signal_to_linux(NBSD_SIGRTMAX), 0);
    EXPECT_EQ(nbsd_signal_to_linux(64), 0);
    EXPECT_EQ(nbsd_signal_to_linux(-1), 0);
    EXPECT_EQ(nbsd_signal_to_linux(0), 0);
    static const int lx_only[] = { SIGSTKFLT, 32, 33, 34, 35, 36, 37, 38, 39, 64 };
    for (size_t i = 0; i < sizeof(lx_only) / sizeof(lx_only[0]); i++)
        EXPECT_EQ(linux_signal_to_nbsd(lx_only[i]), 0);
    EXPECT_EQ(linux_signal_to_nbsd(65), 0);
}

static void test_round_trips(void)
{
    int mapped = 0;
    for (int n = 0; n <= NBSD_NSIG; n++) {
        int l = nbsd_signal_to_linux(n);
        CU_ASSERT(l >= 0 && l <= 64 && l != 32 && l != 33);   /* glibc's own: never produced */
        if (l) {
            mapped++;
            EXPECT_EQ(linux_signal_to_nbsd(l), n);
        }
    }
    EXPECT_EQ(mapped, 30 + 2 + 22);
    for (int l = 0; l <= 64; l++) {
        int n = linux_signal_to_nbsd(l);
        if (n)
            EXPECT_EQ(nbsd_signal_to_linux(n), l);
    }
}

/* Standard signals map to their namesakes (Linux names from glibc). */
static void test_by_name(void)
{
    int pairs = 0;
    for (int l = 1; l < 32; l++) {
        const char *abbrev = sigabbrev_np(l);
        char name[32];
        if (!abbrev)
            continue;
        snprintf(name, sizeof name, "SIG%s", abbrev);
        for (int n = 1; n <= NBSD_NSIG; n++) {
            const char *nn = nbsd_signal_name(n);
            if (nn && strcmp(nn, name) == 0) {
                pairs++;
                EXPECT_EQ(nbsd_signal_to_linux(n), l);
            }
        }
    }
    CU_ASSERT(pairs >= 29);
}

static void test_names_and_table(void)
{
    EXPECT_STR(nbsd_signal_name(16), "SIGURG");
    EXPECT_STR(nbsd_signal_name(32), "SIGPWR");
    EXPECT_STR(nbsd_signal_name(33), "SIGRTMIN");
    EXPECT_STR(nbsd_signal_name(35), "SIGRTMIN+2");
    EXPECT_STR(nbsd_signal_name(63), "SIGRTMAX");
    EXPECT_STR(nbsd_signal_name(64), NULL);
    EXPECT_STR(nbsd_signal_name(0), NULL);
    check_valtab(&nbsd_sigs, "nbsd_sigs");
    EXPECT_STR(dz_val_name(&nbsd_sigs, 30), "SIGUSR1");
    EXPECT_EQ(host_of(&nbsd_sigs, 29), 41);
}

static CU_TestInfo tests[] = {
    { "known pairs", test_known_pairs },
    { "carriers", test_carriers },
    { "round trips", test_round_trips },
    { "by name", test_by_name },
    { "names and value table", test_names_and_table },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "nbsd_signal", NULL, NULL, NULL, NULL, tests })
