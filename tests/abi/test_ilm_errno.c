/* abi/illumos/errno.c: both maps complete, round trips by name, and the
 * values Go's illumos runtime and syscall package depend on (illumos
 * sys/errno.h, abi/ABI-NOTES.md §4 and §5.1). */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include "abi/illumos/errno.h"
#include "tests/abi/abi_test.h"

static void test_sizes(void)
{
    EXPECT_EQ(sizeof(ilm_errno_from_linux_tab) / sizeof(ilm_errno_from_linux_tab[0]), EHWPOISON + 1);
    EXPECT_EQ(sizeof(linux_errno_from_ilm_tab) / sizeof(linux_errno_from_ilm_tab[0]), 152);
    EXPECT_EQ(ILM_ELAST, 151);
    EXPECT_EQ(ilm_errno_from_linux_tab[0], 0);
    EXPECT_EQ(linux_errno_from_ilm_tab[0], 0);
    EXPECT_EQ(ilm_errno_from_linux(0), 0);
    EXPECT_EQ(linux_errno_from_ilm(0), 0);
}

/* Every Linux errno lands on a named illumos errno; every illumos errno
 * that has a name maps to a Linux errno glibc can name.  (illumos leaves
 * gaps in its numbering, 101..119 and more: no name, EINVAL.) */
static void test_no_holes(void)
{
    for (int l = 1; l <= EHWPOISON; l++) {
        int g = ilm_errno_from_linux(l);
        if (g < 1 || g > ILM_ELAST || !ilm_errno_name(g))
            printf("\n  Linux errno %d -> illumos %d", l, g);
        CU_ASSERT(g >= 1 && g <= ILM_ELAST && ilm_errno_name(g));
    }
    int named = 0;
    for (int g = 1; g <= ILM_ELAST; g++) {
        int l = linux_errno_from_ilm(g);
        if (l < 1 || l > EHWPOISON || !strerrorname_np(l))
            printf("\n  illumos errno %d (%s) -> Linux %d", g, ilm_errno_name(g), l);
        CU_ASSERT(l >= 1 && l <= EHWPOISON && strerrorname_np(l));
        named += ilm_errno_name(g) != NULL;
    }
    CU_ASSERT(named >= 120);
}

/* An errno whose name both systems use goes there and back. */
static void test_round_trip_by_name(void)
{
    int pairs = 0;
    for (int g = 1; g <= ILM_ELAST; g++) {
        const char *gn = ilm_errno_name(g);
        if (!gn)
            continue;
        int l = linux_errno_from_ilm(g);
        const char *ln = strerrorname_np(l);
        if (!ln || strcmp(gn, ln) != 0)
            continue;   /* an alias (ENOTSUP, EDEADLOCK) or illumos-only */
        pairs++;
        if (ilm_errno_from_linux(l) != g)
            printf("\n  %s: illumos %d -> Linux %d -> illumos %d", gn, g, l, ilm_errno_from_linux(l));
        CU_ASSERT(ilm_errno_from_linux(l) == g);
    }
    for (int l = 1; l <= EHWPOISON; l++) {
        int g = ilm_errno_from_linux(l);
        const char *ln = strerrorname_np(l), *gn = ilm_errno_name(g);
        if (ln && gn && strcmp(ln, gn) == 0) {
            if (linux_errno_from_ilm(g) != l)
                printf("\n  %s: Linux %d -> illumos %d -> Linux %d", ln, l, g, linux_errno_from_ilm(g));
            CU_ASSERT(linux_errno_from_ilm(g) == l);
        }
    }
    CU_ASSERT(pairs >= 115);
}

/* The numbers, from illumos sys/errno.h: the ones Go's runtime compares
 * (ETIME for port_getn, ETIMEDOUT for sem_reltimedwait_np, EAGAIN, EINTR)
 * and the socket errnos above 120 where illumos and Linux part ways. */
static void test_known_values(void)
{
    static const struct { int ilm, lx; } v[] = {
        { 1, EPERM }, { 2, ENOENT }, { 4, EINTR }, { 9, EBADF }, { 11, EAGAIN }, { 12, ENOMEM },
        { 13, EACCES }, { 17, EEXIST }, { 22, EINVAL }, { 32, EPIPE }, { 34, ERANGE },
        { 35, ENOMSG }, { 45, EDEADLK }, { 46, ENOLCK }, { 47, ECANCELED }, { 61, ENODATA },
        { 62, ETIME }, { 71, EPROTO }, { 74, EMULTIHOP }, { 78, ENAMETOOLONG }, { 79, EOVERFLOW },
        { 88, EILSEQ }, { 89, ENOSYS }, { 90, ELOOP }, { 91, ERESTART }, { 93, ENOTEMPTY },
        { 95, ENOTSOCK }, { 122, EOPNOTSUPP }, { 124, EAFNOSUPPORT }, { 125, EADDRINUSE },
        { 126, EADDRNOTAVAIL }, { 130, ECONNABORTED }, { 131, ECONNRESET }, { 132, ENOBUFS },
        { 133, EISCONN }, { 134, ENOTCONN }, { 145, ETIMEDOUT }, { 146, ECONNREFUSED },
        { 148, EHOSTUNREACH }, { 149, EALREADY }, { 150, EINPROGRESS }, { 151, ESTALE },
    };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        EXPECT_EQ(linux_errno_from_ilm(v[i].ilm), v[i].lx);
        EXPECT_EQ(ilm_errno_from_linux(v[i].lx), v[i].ilm);
    }
    EXPECT_EQ(ILM_ETIME, 62);
    EXPECT_EQ(ILM_ETIMEDOUT, 145);
    EXPECT_EQ(ILM_EINPROGRESS, 150);
    EXPECT_EQ(ILM_ENOSYS, 89);
}

static void test_lossy_and_names(void)
{
    /* illumos ENOTSUP 48 is its own number; Linux's is EOPNOTSUPP's. */
    EXPECT_EQ(linux_errno_from_ilm(48), EOPNOTSUPP);
    EXPECT_EQ(ilm_errno_from_linux(EOPNOTSUPP), 122);
    EXPECT_EQ(linux_errno_from_ilm(ILM_EDEADLOCK), EDEADLK);
    EXPECT_EQ(ilm_errno_from_linux(EUCLEAN), ILM_EIO);
    EXPECT_EQ(ilm_errno_from_linux(ENOMEDIUM), ILM_ENODEV);
    /* out of range, either way */
    EXPECT_EQ(ilm_errno_from_linux(-1), ILM_EINVAL);
    EXPECT_EQ(ilm_errno_from_linux(EHWPOISON + 1), ILM_EINVAL);
    EXPECT_EQ(linux_errno_from_ilm(152), EINVAL);
    EXPECT_EQ(linux_errno_from_ilm(-3), EINVAL);
    EXPECT_EQ(linux_errno_from_ilm(110), EINVAL);   /* a gap in illumos's numbering */
    EXPECT_STR(ilm_errno_name(11), "EAGAIN");
    EXPECT_STR(ilm_errno_name(48), "ENOTSUP");
    EXPECT_STR(ilm_errno_name(62), "ETIME");
    EXPECT_STR(ilm_errno_name(145), "ETIMEDOUT");
    EXPECT_STR(ilm_errno_name(151), "ESTALE");
    EXPECT_STR(ilm_errno_name(110), NULL);
    EXPECT_STR(ilm_errno_name(0), NULL);
    EXPECT_STR(ilm_errno_name(152), NULL);
}

static CU_TestInfo tests[] = {
    { "sizes", test_sizes },
    { "no holes", test_no_holes },
    { "round trip by name", test_round_trip_by_name },
    { "known values", test_known_values },
    { "lossy mappings and names", test_lossy_and_names },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "ilm_errno", NULL, NULL, NULL, NULL, tests })
