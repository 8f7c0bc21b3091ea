/* abi/openbsd/errno.c: both maps complete, round trips by name, the values
 * Go's OpenBSD runtime depends on. */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "abi/openbsd/errno.h"
#include "tests/abi/abi_test.h"

static void test_sizes(void)
{
    EXPECT_EQ(sizeof(obsd_errno_from_linux_tab) / sizeof(obsd_errno_from_linux_tab[0]), EHWPOISON + 1);
    EXPECT_EQ(sizeof(linux_errno_from_obsd_tab) / sizeof(linux_errno_from_obsd_tab[0]), 96);
    EXPECT_EQ(obsd_errno_from_linux_tab[0], 0);
    EXPECT_EQ(linux_errno_from_obsd_tab[0], 0);
}

/* Every Linux number lands on a named OpenBSD errno, every OpenBSD errno
 * 1..95 on a Linux errno glibc can name. */
static void test_no_holes(void)
{
    for (int l = 1; l <= EHWPOISON; l++) {
        int o = obsd_errno_from_linux(l);
        if (o < 1 || o > OBSD_ELAST || !obsd_errno_name(o))
            printf("\n  Linux errno %d -> OpenBSD %d", l, o);
        CU_ASSERT(o >= 1 && o <= OBSD_ELAST && obsd_errno_name(o));
    }
    for (int o = 1; o <= OBSD_ELAST; o++) {
        int l = linux_errno_from_obsd(o);
        if (l < 1 || l > EHWPOISON || !strerrorname_np(l))
            printf("\n  OpenBSD errno %d (%s) -> Linux %d", o, obsd_errno_name(o), l);
        CU_ASSERT(l >= 1 && l <= EHWPOISON && strerrorname_np(l));
        CU_ASSERT(obsd_errno_name(o) != NULL);
    }
}

static void test_round_trip_by_name(void)
{
    int pairs = 0;
    for (int l = 1; l <= EHWPOISON; l++) {
        const char *ln = strerrorname_np(l);
        for (int o = 1; ln && o <= OBSD_ELAST; o++) {
            if (strcmp(ln, obsd_errno_name(o)) != 0)
                continue;
            pairs++;
            if (obsd_errno_from_linux(l) != o || linux_errno_from_obsd(o) != l)
                printf("\n  %s: Linux %d <-> OpenBSD %d broken", ln, l, o);
            CU_ASSERT(obsd_errno_from_linux(l) == o && linux_errno_from_obsd(o) == l);
        }
    }
    CU_ASSERT(pairs >= 80);
}

/* x/sys zerrors_openbsd_amd64.go and runtime/defs_openbsd_amd64.go. */
static void test_known_values(void)
{
    static const struct { int lx, ob; } known[] = {
        { EAGAIN, 35 }, { ETIMEDOUT, 60 }, { EINPROGRESS, 36 }, { EDEADLK, 11 }, { ENOSYS, 78 },
        { ENOTEMPTY, 66 }, { ELOOP, 62 }, { ENAMETOOLONG, 63 }, { ECONNREFUSED, 61 },
        { EADDRINUSE, 48 }, { EOPNOTSUPP, 45 }, { EOVERFLOW, 87 }, { ECANCELED, 88 },
        { EIDRM, 89 }, { ENOMSG, 90 }, { EBADMSG, 92 }, { EPROTO, 95 }, { EILSEQ, 84 },
        { ENOTRECOVERABLE, 93 }, { EOWNERDEAD, 94 }, { ENOMEDIUM, 85 }, { EMEDIUMTYPE, 86 },
        { EINTR, 4 }, { ESRCH, 3 }, { EFAULT, 14 },
    };
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
        EXPECT_EQ(obsd_errno_from_linux(known[i].lx), known[i].ob);
        EXPECT_EQ(linux_errno_from_obsd(known[i].ob), known[i].lx);
    }
}

static void test_lossy_and_names(void)
{
    EXPECT_EQ(obsd_errno_from_linux(ENODATA), OBSD_ENOATTR);
    EXPECT_EQ(obsd_errno_from_linux(EMULTIHOP), OBSD_EIO);
    EXPECT_EQ(obsd_errno_from_linux(ENOLINK), OBSD_EIO);
    EXPECT_EQ(linux_errno_from_obsd(OBSD_ENOTSUP), EOPNOTSUPP);
    EXPECT_EQ(linux_errno_from_obsd(OBSD_EIPSEC), EACCES);
    EXPECT_EQ(obsd_errno_from_linux(-1), OBSD_EINVAL);
    EXPECT_EQ(linux_errno_from_obsd(96), EINVAL);
    EXPECT_STR(obsd_errno_name(35), "EAGAIN");
    EXPECT_STR(obsd_errno_name(91), "ENOTSUP");
    EXPECT_STR(obsd_errno_name(95), "EPROTO");
    EXPECT_STR(obsd_errno_name(0), NULL);
    EXPECT_STR(obsd_errno_name(96), NULL);
}

static CU_TestInfo tests[] = {
    { "sizes", test_sizes },
    { "no holes", test_no_holes },
    { "round trip by name", test_round_trip_by_name },
    { "known values", test_known_values },
    { "lossy mappings and names", test_lossy_and_names },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "obsd_errno", NULL, NULL, NULL, NULL, tests })
