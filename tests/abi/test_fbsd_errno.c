/* abi/freebsd/errno.c: both maps complete, round trips by name. */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "abi/freebsd/errno.h"
#include "tests/abi/abi_test.h"

static void test_sizes(void)
{
    EXPECT_EQ(sizeof(fbsd_errno_from_linux_tab) / sizeof(fbsd_errno_from_linux_tab[0]), EHWPOISON + 1);
    EXPECT_EQ(sizeof(linux_errno_from_fbsd_tab) / sizeof(linux_errno_from_fbsd_tab[0]), 98);
    EXPECT_EQ(fbsd_errno_from_linux_tab[0], 0);
    EXPECT_EQ(linux_errno_from_fbsd_tab[0], 0);
}

/* Every Linux number 1..133 lands on a named FreeBSD errno, every FreeBSD
 * errno 1..97 on a real Linux errno (one glibc can name). */
static void test_no_holes(void)
{
    for (int l = 1; l <= EHWPOISON; l++) {
        int f = fbsd_errno_from_linux(l);
        if (f < 1 || f > FBSD_ELAST || !fbsd_errno_name(f))
            printf("\n  Linux errno %d -> FreeBSD %d", l, f);
        CU_ASSERT(f >= 1 && f <= FBSD_ELAST && fbsd_errno_name(f));
    }
    for (int f = 1; f <= FBSD_ELAST; f++) {
        int l = linux_errno_from_fbsd(f);
        if (l < 1 || l > EHWPOISON || !strerrorname_np(l))
            printf("\n  FreeBSD errno %d (%s) -> Linux %d", f, fbsd_errno_name(f), l);
        CU_ASSERT(l >= 1 && l <= EHWPOISON && strerrorname_np(l));
        CU_ASSERT(fbsd_errno_name(f) != NULL);
    }
}

/* Every errno the two systems share by name maps to its namesake both ways
 * (names from glibc's strerrorname_np, independent of our tables). */
static void test_round_trip_by_name(void)
{
    int pairs = 0;
    for (int l = 1; l <= EHWPOISON; l++) {
        const char *ln = strerrorname_np(l);
        for (int f = 1; ln && f <= FBSD_ELAST; f++) {
            if (strcmp(ln, fbsd_errno_name(f)) != 0)
                continue;
            pairs++;
            if (fbsd_errno_from_linux(l) != f || linux_errno_from_fbsd(f) != l)
                printf("\n  %s: Linux %d <-> FreeBSD %d broken", ln, l, f);
            CU_ASSERT(fbsd_errno_from_linux(l) == f && linux_errno_from_fbsd(f) == l);
        }
    }
    CU_ASSERT(pairs >= 80);
}

static void test_known_values(void)
{
    static const struct { int lx, fb; } known[] = {
        { EAGAIN, 35 }, { ETIMEDOUT, 60 }, { EINPROGRESS, 36 }, { EDEADLK, 11 },
        { ENOSYS, 78 }, { ENOTEMPTY, 66 }, { ELOOP, 62 }, { ENAMETOOLONG, 63 },
        { ECONNREFUSED, 61 }, { EADDRINUSE, 48 }, { EOPNOTSUPP, 45 }, { EOWNERDEAD, 96 },
        { EINTR, 4 }, { ENOENT, 2 },
    };
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        EXPECT_EQ(fbsd_errno_from_linux(known[i].lx), known[i].fb);
        EXPECT_EQ(linux_errno_from_fbsd(known[i].fb), known[i].lx);
    }
    EXPECT_EQ(EAGAIN, 11);
    EXPECT_EQ(fbsd_errno_from_linux(11), 35);
    EXPECT_EQ(fbsd_errno_from_linux(110), 60);
}

static void test_lossy(void)
{
    EXPECT_EQ(fbsd_errno_from_linux(ENODATA), FBSD_ENOATTR);
    EXPECT_EQ(linux_errno_from_fbsd(FBSD_ENOATTR), ENODATA);
    EXPECT_EQ(fbsd_errno_from_linux(ETIME), FBSD_ETIMEDOUT);
    EXPECT_EQ(fbsd_errno_from_linux(EHWPOISON), FBSD_EIO);
    EXPECT_EQ(fbsd_errno_from_linux(ECHRNG), FBSD_EINVAL);
    EXPECT_EQ(fbsd_errno_from_linux(EUCLEAN), FBSD_EINTEGRITY);
    EXPECT_EQ(linux_errno_from_fbsd(FBSD_EPROCLIM), EAGAIN);
    EXPECT_EQ(linux_errno_from_fbsd(FBSD_ECAPMODE), EPERM);
}

static void test_range_and_names(void)
{
    EXPECT_EQ(fbsd_errno_from_linux(0), 0);
    EXPECT_EQ(linux_errno_from_fbsd(0), 0);
    EXPECT_EQ(fbsd_errno_from_linux(-1), FBSD_EINVAL);
    EXPECT_EQ(fbsd_errno_from_linux(EHWPOISON + 1), FBSD_EINVAL);
    EXPECT_EQ(linux_errno_from_fbsd(98), EINVAL);
    EXPECT_STR(fbsd_errno_name(35), "EAGAIN");
    EXPECT_STR(fbsd_errno_name(45), "EOPNOTSUPP");
    EXPECT_STR(fbsd_errno_name(97), "EINTEGRITY");
    EXPECT_STR(fbsd_errno_name(87), "ENOATTR");
    EXPECT_STR(fbsd_errno_name(0), NULL);
    EXPECT_STR(fbsd_errno_name(98), NULL);
    EXPECT_STR(fbsd_errno_name(-4), NULL);
}

static CU_TestInfo tests[] = {
    { "sizes", test_sizes },
    { "no holes", test_no_holes },
    { "round trip by name", test_round_trip_by_name },
    { "known values", test_known_values },
    { "lossy mappings", test_lossy },
    { "range and names", test_range_and_names },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_errno", NULL, NULL, NULL, NULL, tests })
