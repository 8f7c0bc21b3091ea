/* abi/netbsd/errno.c: both maps complete, round trips by name. */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "abi/netbsd/errno.h"
#include "tests/abi/abi_test.h"

static void test_sizes(void)
{
    EXPECT_EQ(sizeof(nbsd_errno_from_linux_tab) / sizeof(nbsd_errno_from_linux_tab[0]), EHWPOISON + 1);
    EXPECT_EQ(sizeof(linux_errno_from_nbsd_tab) / sizeof(linux_errno_from_nbsd_tab[0]), 97);
    EXPECT_EQ(nbsd_errno_from_linux_tab[0], 0);
    EXPECT_EQ(linux_errno_from_nbsd_tab[0], 0);
}

/* Every Linux number 1..133 lands on a named NetBSD errno, every NetBSD
 * errno 1..96 on a real Linux errno. */
static void test_no_holes(void)
{
    for (int l = 1; l <= EHWPOISON; l++) {
        int n = nbsd_errno_from_linux(l);
        if (n < 1 || n > NBSD_ELAST || !nbsd_errno_name(n))
            printf("\n  Linux errno %d -> NetBSD %d", l, n);
        CU_ASSERT(n >= 1 && n <= NBSD_ELAST && nbsd_errno_name(n));
    }
    for (int n = 1; n <= NBSD_ELAST; n++) {
        int l = linux_errno_from_nbsd(n);
        if (l < 1 || l > EHWPOISON || !strerrorname_np(l))
            printf("\n  NetBSD errno %d (%s) -> Linux %d", n, nbsd_errno_name(n), l);
        CU_ASSERT(l >= 1 && l <= EHWPOISON && strerrorname_np(l));
        CU_ASSERT(nbsd_errno_name(n) != NULL);
    }
}

/* Every errno the two systems share by name maps to its namesake both
 * ways (names from glibc's strerrorname_np). */
static void test_round_trip_by_name(void)
{
    int pairs = 0;
    for (int l = 1; l <= EHWPOISON; l++) {
        const char *ln = strerrorname_np(l);
        for (int n = 1; ln && n <= NBSD_ELAST; n++) {
            if (strcmp(ln, nbsd_errno_name(n)) != 0)
                continue;
            pairs++;
            if (nbsd_errno_from_linux(l) != n || linux_errno_from_nbsd(n) != l)
                printf("\n  %s: Linux %d <-> NetBSD %d broken", ln, l, n);
            CU_ASSERT(nbsd_errno_from_linux(l) == n && linux_errno_from_nbsd(n) == l);
        }
    }
    CU_ASSERT(pairs >= 80);
}

/* The values Go's NetBSD runtime compares raw rax against, and the rest
 * of ABI-NOTES §5.1's NetBSD column. */
static void test_known_values(void)
{
    static const struct { int lx, nb; } known[] = {
        { EAGAIN, 35 }, { ETIMEDOUT, 60 }, { EINPROGRESS, 36 }, { EDEADLK, 11 }, { EALREADY, 37 },
        { ENOSYS, 78 }, { ENOTEMPTY, 66 }, { ELOOP, 62 }, { ENAMETOOLONG, 63 }, { ESRCH, 3 },
        { ECONNREFUSED, 61 }, { EADDRINUSE, 48 }, { EOPNOTSUPP, 45 }, { EPROTO, 96 },
        { EBADMSG, 88 }, { EILSEQ, 85 }, { ECANCELED, 87 }, { ENODATA, 89 }, { ETIME, 92 },
        { EMULTIHOP, 94 }, { ENOLINK, 95 }, { ENOSTR, 91 }, { ENOSR, 90 }, { EOVERFLOW, 84 },
        { EINTR, 4 }, { ENOENT, 2 },
    };
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        EXPECT_EQ(nbsd_errno_from_linux(known[i].lx), known[i].nb);
        EXPECT_EQ(linux_errno_from_nbsd(known[i].nb), known[i].lx);
    }
}

/* NetBSD keeps ENOTSUP (86) apart from EOPNOTSUPP (45); Linux has one. */
static void test_enotsup(void)
{
    EXPECT_EQ(linux_errno_from_nbsd(NBSD_ENOTSUP), ENOTSUP);
    EXPECT_EQ(nbsd_errno_from_linux(ENOTSUP), NBSD_EOPNOTSUPP);
    EXPECT_STR(nbsd_errno_name(86), "ENOTSUP");
}

static void test_lossy(void)
{
    EXPECT_EQ(linux_errno_from_nbsd(NBSD_ENOATTR), ENODATA);
    EXPECT_EQ(nbsd_errno_from_linux(EOWNERDEAD), NBSD_EINVAL);
    EXPECT_EQ(nbsd_errno_from_linux(EHWPOISON), NBSD_EIO);
    EXPECT_EQ(nbsd_errno_from_linux(EUCLEAN), NBSD_EIO);
    EXPECT_EQ(linux_errno_from_nbsd(NBSD_EPROCLIM), EAGAIN);
    EXPECT_EQ(linux_errno_from_nbsd(NBSD_EFTYPE), EINVAL);
}

static void test_range_and_names(void)
{
    EXPECT_EQ(nbsd_errno_from_linux(0), 0);
    EXPECT_EQ(linux_errno_from_nbsd(0), 0);
    EXPECT_EQ(nbsd_errno_from_linux(-1), NBSD_EINVAL);
    EXPECT_EQ(nbsd_errno_from_linux(EHWPOISON + 1), NBSD_EINVAL);
    EXPECT_EQ(linux_errno_from_nbsd(97), EINVAL);
    EXPECT_STR(nbsd_errno_name(35), "EAGAIN");
    EXPECT_STR(nbsd_errno_name(93), "ENOATTR");
    EXPECT_STR(nbsd_errno_name(96), "EPROTO");
    EXPECT_STR(nbsd_errno_name(0), NULL);
    EXPECT_STR(nbsd_errno_name(97), NULL);
}

static CU_TestInfo tests[] = {
    { "sizes", test_sizes },
    { "no holes", test_no_holes },
    { "round trip by name", test_round_trip_by_name },
    { "known values", test_known_values },
    { "ENOTSUP", test_enotsup },
    { "lossy mappings", test_lossy },
    { "range and names", test_range_and_names },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "nbsd_errno", NULL, NULL, NULL, NULL, tests })
