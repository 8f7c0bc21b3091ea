/* abi/freebsd/runetype.c: the C locale's _RuneLocale classifies and maps
 * 0..255 as the host's <ctype.h> does in the C locale, with FreeBSD's
 * extras (digit values in the low byte, screen widths). */
#include <ctype.h>
#include <locale.h>
#include <string.h>
#include "abi/freebsd/runetype.h"
#include "tests/abi/abi_test.h"

static const struct {
    const char *name;
    int (*host)(int);
    unsigned long bits;     /* any of them: FreeBSD's isalnum is A|D|N */
} classes[] = {
    { "alpha", isalpha, FBSD_CT_A }, { "cntrl", iscntrl, FBSD_CT_C }, { "digit", isdigit, FBSD_CT_D },
    { "graph", isgraph, FBSD_CT_G }, { "lower", islower, FBSD_CT_L }, { "punct", ispunct, FBSD_CT_P },
    { "space", isspace, FBSD_CT_S }, { "upper", isupper, FBSD_CT_U }, { "xdigit", isxdigit, FBSD_CT_X },
    { "blank", isblank, FBSD_CT_B }, { "print", isprint, FBSD_CT_R },
    { "alnum", isalnum, FBSD_CT_A | FBSD_CT_D | FBSD_CT_N },
};

static void test_classes(void)
{
    const struct fbsd_rune_locale *l = &fbsd_c_rune_locale;
    setlocale(LC_ALL, "C");
    for (int c = 0; c < FBSD_CACHED_RUNES; c++) {
        for (size_t k = 0; k < sizeof classes / sizeof classes[0]; k++) {
            int ours = (l->runetype[c] & classes[k].bits) != 0, host = classes[k].host(c) != 0;
            if (ours != host)
                printf("\n  %s(%d): ours %d, host %d", classes[k].name, c, ours, host);
            CU_ASSERT(ours == host);
        }
        EXPECT_EQ(l->mapupper[c], toupper(c));
        EXPECT_EQ(l->maplower[c], tolower(c));
        /* Width 1 exactly for the printable ones; none for the others. */
        EXPECT_EQ(l->runetype[c] & FBSD_CT_SWM, isprint(c) ? FBSD_CT_SW1 : 0);
    }
}

static void test_values_and_header(void)
{
    const struct fbsd_rune_locale *l = &fbsd_c_rune_locale;
    CU_ASSERT(memcmp(l->magic, FBSD_RUNE_MAGIC, 8) == 0);
    EXPECT_STR(l->encoding, "NONE");
    EXPECT_EQ(l->runetype['7'] & 0xff, 7);
    EXPECT_EQ(l->runetype['b'] & 0xff, 11);
    EXPECT_EQ(l->runetype['F'] & 0xff, 15);
    EXPECT_EQ(l->runetype['G'] & 0xff, 0);
    EXPECT_EQ(l->runetype_ext.nranges, 0);
    EXPECT_EQ(l->maplower_ext.nranges, 0);
    EXPECT_EQ(l->mapupper_ext.nranges, 0);
}

static CU_TestInfo tests[] = {
    { "classes and maps against the host's C locale", test_classes },
    { "digit values, header", test_values_and_header },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_runetype", NULL, NULL, NULL, NULL, tests })
