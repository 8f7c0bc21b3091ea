/* abi/illumos/signal.c: illumos <-> Linux signal numbers (illumos
 * sys/iso/signal_iso.h; abi/ABI-NOTES.md §5.2): every standard signal
 * round-trips, SIGEMT and SIGINFO ride on the Linux carriers 40/41,
 * real-time signals 42..64 keep their numbers, the libc-private ones have
 * no Linux counterpart; the names the tracer prints. */
#define _GNU_SOURCE
#include <signal.h>
#include "abi/illumos/flags.h"
#include "abi/illumos/signal.h"
#include "tests/abi/abi_test.h"

static const struct { int ilm, lx; const char *name; } std[] = {
    { 1, SIGHUP, "SIGHUP" }, { 2, SIGINT, "SIGINT" }, { 3, SIGQUIT, "SIGQUIT" },
    { 4, SIGILL, "SIGILL" }, { 5, SIGTRAP, "SIGTRAP" }, { 6, SIGABRT, "SIGABRT" },
    { 8, SIGFPE, "SIGFPE" }, { 9, SIGKILL, "SIGKILL" }, { 10, SIGBUS, "SIGBUS" },
    { 11, SIGSEGV, "SIGSEGV" }, { 12, SIGSYS, "SIGSYS" }, { 13, SIGPIPE, "SIGPIPE" },
    { 14, SIGALRM, "SIGALRM" }, { 15, SIGTERM, "SIGTERM" }, { 16, SIGUSR1, "SIGUSR1" },
    { 17, SIGUSR2, "SIGUSR2" }, { 18, SIGCHLD, "SIGCHLD" }, { 19, SIGPWR, "SIGPWR" },
    { 20, SIGWINCH, "SIGWINCH" }, { 21, SIGURG, "SIGURG" }, { 22, SIGIO, "SIGIO" },
    { 23, SIGSTOP, "SIGSTOP" }, { 24, SIGTSTP, "SIGTSTP" }, { 25, SIGCONT, "SIGCONT" },
    { 26, SIGTTIN, "SIGTTIN" }, { 27, SIGTTOU, "SIGTTOU" }, { 28, SIGVTALRM, "SIGVTALRM" },
    { 29, SIGPROF, "SIGPROF" }, { 30, SIGXCPU, "SIGXCPU" }, { 31, SIGXFSZ, "SIGXFSZ" },
};

static void test_standard_round_trip(void)
{
    for (size_t i = 0; i < sizeof std / sizeof std[0]; i++) {
        EXPECT_EQ(ilm_signal_to_linux(std[i].ilm), std[i].lx);
        EXPECT_EQ(linux_signal_to_ilm(std[i].lx), std[i].ilm);
        EXPECT_STR(ilm_signal_name(std[i].ilm), std[i].name);
    }
    /* Go's preemption signal, and the ones stress and the tests send. */
    EXPECT_EQ(ilm_signal_to_linux(21), 23);
    EXPECT_EQ(linux_signal_to_ilm(23), 21);
    EXPECT_EQ(ILM_SIGURG, 21);
    EXPECT_EQ(ILM_SIGUSR1, 16);
    EXPECT_EQ(ILM_SIGCHLD, 18);
}

/* Every signal that maps comes back to itself, in both directions. */
static void test_all_round_trip(void)
{
    int mapped = 0;
    for (int s = 1; s < ILM_NSIG; s++) {
        int l = ilm_signal_to_linux(s);
        if (!l)
            continue;
        mapped++;
        if (linux_signal_to_ilm(l) != s)
            printf("\n  illumos %d -> Linux %d -> illumos %d", s, l, linux_signal_to_ilm(l));
        CU_ASSERT(linux_signal_to_ilm(l) == s);
        CU_ASSERT(l >= 1 && l <= 64);
    }
    CU_ASSERT(mapped == 30 + 2 + 23);   /* 1..31 but SIGEMT, carried SIGEMT/SIGINFO, 42..64 */
    for (int l = 1; l <= 64; l++) {
        int s = linux_signal_to_ilm(l);
        if (s)
            CU_ASSERT(ilm_signal_to_linux(s) == l);
    }
}

static void test_carried_and_realtime(void)
{
    EXPECT_EQ(ilm_signal_to_linux(7), ILM_LINUX_SIGEMT);   /* SIGEMT */
    EXPECT_EQ(ilm_signal_to_linux(41), ILM_LINUX_SIGINFO); /* SIGINFO */
    EXPECT_EQ(ILM_LINUX_SIGEMT, 40);
    EXPECT_EQ(ILM_LINUX_SIGINFO, 41);
    EXPECT_EQ(linux_signal_to_ilm(40), 7);
    EXPECT_EQ(linux_signal_to_ilm(41), 41);
    EXPECT_STR(ilm_signal_name(7), "SIGEMT");
    EXPECT_STR(ilm_signal_name(41), "SIGINFO");
    for (int s = 42; s <= 64; s++) {
        EXPECT_EQ(ilm_signal_to_linux(s), s);
        EXPECT_EQ(linux_signal_to_ilm(s), s);
    }
    /* Linux's SIGSTKFLT and the real-time signals glibc keeps (32, 33) have
     * no illumos meaning. */
    EXPECT_EQ(linux_signal_to_ilm(SIGSTKFLT), 0);
    EXPECT_EQ(linux_signal_to_ilm(32), 0);
    EXPECT_EQ(linux_signal_to_ilm(33), 0);
}

static void test_private_and_out_of_range(void)
{
    static const struct { int ilm; const char *name; } priv[] = {
        { 32, "SIGWAITING" }, { 33, "SIGLWP" }, { 34, "SIGFREEZE" }, { 35, "SIGTHAW" },
        { 36, "SIGCANCEL" }, { 37, "SIGLOST" }, { 38, "SIGXRES" }, { 39, "SIGJVM1" },
        { 40, "SIGJVM2" },
    };
    for (size_t i = 0; i < sizeof priv / sizeof priv[0]; i++) {
        EXPECT_EQ(ilm_signal_to_linux(priv[i].ilm), 0);
        EXPECT_STR(ilm_signal_name(priv[i].ilm), priv[i].name);
    }
    for (int s = 65; s < ILM_NSIG; s++)
        EXPECT_EQ(ilm_signal_to_linux(s), 0);
    EXPECT_EQ(ILM_NSIG, 74);
    EXPECT_EQ(ilm_signal_to_linux(0), 0);
    EXPECT_EQ(ilm_signal_to_linux(-1), 0);
    EXPECT_EQ(ilm_signal_to_linux(ILM_NSIG), 0);
    EXPECT_EQ(linux_signal_to_ilm(0), 0);
    EXPECT_EQ(linux_signal_to_ilm(65), 0);
    EXPECT_STR(ilm_signal_name(0), NULL);
    EXPECT_STR(ilm_signal_name(ILM_NSIG), NULL);
}

/* The tracer's table (ilm_sigs): the same pairs, named. */
static void test_trace_table(void)
{
    check_valtab(&ilm_sigs, "ilm_sigs");
    EXPECT_EQ(host_of(&ilm_sigs, 21), SIGURG);
    EXPECT_EQ(guest_of(&ilm_sigs, SIGURG), 21);
    EXPECT_EQ(host_of(&ilm_sigs, 7), 40);
    EXPECT_EQ(host_of(&ilm_sigs, 19), SIGPWR);
    EXPECT_EQ(guest_of(&ilm_sigs, SIGBUS), 10);
}

static CU_TestInfo tests[] = {
    { "standard signals round-trip", test_standard_round_trip },
    { "every mapped signal round-trips", test_all_round_trip },
    { "carried and real-time signals", test_carried_and_realtime },
    { "libc-private signals and range", test_private_and_out_of_range },
    { "tracer table", test_trace_table },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "ilm_signal", NULL, NULL, NULL, NULL, tests })
