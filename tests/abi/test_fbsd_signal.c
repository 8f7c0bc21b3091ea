/* abi/freebsd/signal.c: numbers, carriers, round trips, signal sets. */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include "abi/freebsd/flags.h"
#include "abi/freebsd/signal.h"
#include "tests/abi/abi_test.h"

static void test_known_pairs(void)
{
    static const struct { int lx, fb; } known[] = {
        { SIGURG, 16 }, { SIGUSR1, 30 }, { SIGUSR2, 31 }, { SIGCHLD, 20 }, { SIGBUS, 10 },
        { SIGSYS, 12 }, { SIGSTOP, 17 }, { SIGTSTP, 18 }, { SIGCONT, 19 }, { SIGIO, 23 },
        { SIGHUP, 1 }, { SIGKILL, 9 }, { SIGSEGV, 11 }, { SIGPROF, 27 }, { SIGWINCH, 28 },
    };
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        EXPECT_EQ(fbsd_signal_to_linux(known[i].fb), known[i].lx);
        EXPECT_EQ(linux_signal_to_fbsd(known[i].lx), known[i].fb);
    }
    EXPECT_EQ(linux_signal_to_fbsd(23), 16);
    EXPECT_EQ(linux_signal_to_fbsd(10), 30);
    EXPECT_EQ(linux_signal_to_fbsd(17), 20);
}

/* The engine relies on exactly these carriers. */
static void test_carriers(void)
{
    EXPECT_EQ(fbsd_signal_to_linux(FBSD_SIGEMT), 40);
    EXPECT_EQ(fbsd_signal_to_linux(FBSD_SIGINFO), 41);
    EXPECT_EQ(fbsd_signal_to_linux(FBSD_SIGTHR), 42);
    EXPECT_EQ(fbsd_signal_to_linux(FBSD_SIGLIBRT), 43);
    for (int i = 0; i < 20; i++) {
        EXPECT_EQ(fbsd_signal_to_linux(FBSD_SIGRTMIN + i), 44 + i);
        EXPECT_EQ(linux_signal_to_fbsd(44 + i), FBSD_SIGRTMIN + i);
    }
    EXPECT_EQ(fbsd_signal_to_linux(FBSD_SIGRTMIN + 20), 0);
    EXPECT_EQ(fbsd_signal_to_linux(FBSD_SIGRTMAX), 0);
    EXPECT_EQ(fbsd_signal_to_linux(34), 0);
    EXPECT_EQ(fbsd_signal_to_linux(64), 0);
    EXPECT_EQ(fbsd_signal_to_linux(128), 0);
    EXPECT_EQ(fbsd_signal_to_linux(129), 0);
    EXPECT_EQ(fbsd_signal_to_linux(-1), 0);
    EXPECT_EQ(fbsd_signal_to_linux(0), 0);
    /* Linux signals FreeBSD has no name for */
    static const int lx_only[] = { SIGSTKFLT, SIGPWR, 32, 33, 34, 35, 36, 37, 38, 39, 64 };
    for (size_t i = 0; i < sizeof(lx_only) / sizeof(lx_only[0]); i++)
        EXPECT_EQ(linux_signal_to_fbsd(lx_only[i]), 0);
    EXPECT_EQ(linux_signal_to_fbsd(65), 0);
    EXPECT_EQ(linux_signal_to_fbsd(-3), 0);
}

static void test_round_trips(void)
{
    int mapped = 0;
    for (int f = 0; f <= FBSD_NSIG; f++) {
        int l = fbsd_signal_to_linux(f);
        CU_ASSERT(l >= 0 && l <= 64 && l != 32 && l != 33);   /* glibc's own: never produced */
        if (l) {
            mapped++;
            if (linux_signal_to_fbsd(l) != f)
                printf("\n  FreeBSD %d -> Linux %d -> FreeBSD %d", f, l, linux_signal_to_fbsd(l));
            CU_ASSERT(linux_signal_to_fbsd(l) == f);
        }
    }
    EXPECT_EQ(mapped, 29 + 4 + 20);
    for (int l = 0; l <= 64; l++) {
        int f = linux_signal_to_fbsd(l);
        if (f)
            EXPECT_EQ(fbsd_signal_to_linux(f), l);
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
        snprintf(name, sizeof(name), "SIG%s", abbrev);
        for (int f = 1; f <= FBSD_NSIG; f++) {
            const char *fn = fbsd_signal_name(f);
            if (fn && strcmp(fn, name) == 0) {
                pairs++;
                EXPECT_EQ(fbsd_signal_to_linux(f), l);
            }
        }
    }
    CU_ASSERT(pairs >= 28);
}

static void test_names(void)
{
    EXPECT_STR(fbsd_signal_name(16), "SIGURG");
    EXPECT_STR(fbsd_signal_name(29), "SIGINFO");
    EXPECT_STR(fbsd_signal_name(32), "SIGTHR");
    EXPECT_STR(fbsd_signal_name(65), "SIGRTMIN");
    EXPECT_STR(fbsd_signal_name(66), "SIGRTMIN+1");
    EXPECT_STR(fbsd_signal_name(84), "SIGRTMIN+19");
    EXPECT_STR(fbsd_signal_name(126), "SIGRTMAX");
    EXPECT_STR(fbsd_signal_name(0), NULL);
    EXPECT_STR(fbsd_signal_name(40), NULL);
    EXPECT_STR(fbsd_signal_name(129), NULL);
    /* the tracer's table says the same as the arrays */
    check_valtab(&fbsd_sigs, "fbsd_sigs");
    for (size_t i = 0; i < fbsd_sigs.n; i++) {
        EXPECT_EQ(fbsd_signal_to_linux((int)fbsd_sigs.v[i].guest), fbsd_sigs.v[i].host);
        EXPECT_STR(fbsd_signal_name((int)fbsd_sigs.v[i].guest), fbsd_sigs.v[i].name);
    }
    EXPECT_EQ(host_of(&fbsd_sigs, 16), SIGURG);
    EXPECT_EQ(guest_of(&fbsd_sigs, SIGUSR1), 30);
}

static void set_bit(struct fbsd_sigset *s, int sig)
{
    s->bits[(sig - 1) / 32] |= 1U << ((sig - 1) % 32);
}

static void test_sigset_bit_by_bit(void)
{
    for (int f = 1; f <= FBSD_NSIG; f++) {
        struct fbsd_sigset s = { { 0 } };
        set_bit(&s, f);
        int l = fbsd_signal_to_linux(f);
        uint64_t want = l ? 1ULL << (l - 1) : 0;
        if (fbsd_sigset_to_linux(&s) != want)
            printf("\n  FreeBSD signal %d: Linux set %#llx", f, (unsigned long long)fbsd_sigset_to_linux(&s));
        CU_ASSERT(fbsd_sigset_to_linux(&s) == want);
    }
    for (int l = 1; l <= 64; l++) {
        struct fbsd_sigset s, want = { { 0 } };
        int f = linux_signal_to_fbsd(l);
        if (f)
            set_bit(&want, f);
        linux_sigset_to_fbsd(&s, 1ULL << (l - 1));
        CU_ASSERT(memcmp(&s, &want, sizeof(s)) == 0);
    }
}

static void test_sigset_sets(void)
{
    struct fbsd_sigset s = { { 0 } };
    set_bit(&s, 16);   /* SIGURG */
    set_bit(&s, 30);   /* SIGUSR1 */
    set_bit(&s, 20);   /* SIGCHLD */
    set_bit(&s, 65);   /* SIGRTMIN -> 44 */
    set_bit(&s, 100);  /* unmapped: dropped */
    uint64_t l = fbsd_sigset_to_linux(&s);
    EXPECT_EQ(l, (1ULL << (SIGURG - 1)) | (1ULL << (SIGUSR1 - 1)) | (1ULL << (SIGCHLD - 1)) | (1ULL << 43));
    struct fbsd_sigset back;
    linux_sigset_to_fbsd(&back, l);
    s.bits[(100 - 1) / 32] &= ~(1U << ((100 - 1) % 32));
    CU_ASSERT(memcmp(&back, &s, sizeof(s)) == 0);

    /* all FreeBSD signals: exactly the mapped Linux ones */
    struct fbsd_sigset all = { { ~0U, ~0U, ~0U, ~0U } };
    EXPECT_EQ(__builtin_popcountll(fbsd_sigset_to_linux(&all)), 53);
    EXPECT_EQ(fbsd_sigset_to_linux(&all) & ((1ULL << 31) | (1ULL << 32)), 0);  /* Linux 32, 33 */
    /* all Linux signals: the unmapped bits vanish, the rest land */
    linux_sigset_to_fbsd(&back, ~0ULL);
    EXPECT_EQ(__builtin_popcount(back.bits[0]) + __builtin_popcount(back.bits[1]) +
              __builtin_popcount(back.bits[2]) + __builtin_popcount(back.bits[3]), 53);
    /* dst is fully overwritten */
    struct fbsd_sigset dirty = { { ~0U, ~0U, ~0U, ~0U } };
    linux_sigset_to_fbsd(&dirty, 0);
    EXPECT_EQ(dirty.bits[0] | dirty.bits[1] | dirty.bits[2] | dirty.bits[3], 0);
}

static CU_TestInfo tests[] = {
    { "known pairs", test_known_pairs },
    { "carriers", test_carriers },
    { "round trips", test_round_trips },
    { "by name", test_by_name },
    { "names", test_names },
    { "sigset bit by bit", test_sigset_bit_by_bit },
    { "sigset sets", test_sigset_sets },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_signal", NULL, NULL, NULL, NULL, tests })
