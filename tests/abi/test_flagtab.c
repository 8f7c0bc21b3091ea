/* abi/common/flagtab.c: the one walker for flag words and value lists. */
#include "tests/abi/abi_test.h"

/* A made-up table exercising every kind of entry. */
static const struct dz_flag demo[] = {
    DZ_FIELD(0x3, 0x0, 0x3, 0x0, "RD"),       /* zero value of a field */
    DZ_FIELD(0x3, 0x1, 0x3, 0x1, "WR"),
    DZ_FIELD(0x3, 0x2, 0x3, 0x2, "RW"),
    DZ_FIELD(0x4, 0x4, 0x800, 0x800, "NB"),   /* one bit, other value */
    DZ_FLAG(0x8, 0x8, "SAME"),                /* same bit both sides */
    DZ_FIELD(0x10, 0x10, 0, 0, "DROPPED"),    /* known guest flag, no host */
    DZ_FIELD(0, 0, 0x8000, 0x8000, NULL),     /* host-only flag */
};
static const struct dz_flagtab demo_tab = DZ_FLAGTAB(demo);

static const struct dz_flag bits_only[] = {
    DZ_FLAG(0x1, 0x100, "A"),
    DZ_FLAG(0x2, 0x200, "B"),
};
static const struct dz_flagtab bits_tab = DZ_FLAGTAB(bits_only);

static void test_to_host(void)
{
    uint64_t unk = 99;
    EXPECT_EQ(dz_flags_to_host(&demo_tab, 0x2 | 0x4 | 0x8, &unk), 0x2 | 0x800 | 0x8);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&demo_tab, 0x1 | 0x10, &unk), 0x1);   /* dropped: no bit, not unknown */
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&demo_tab, 0x40 | 0x100000, &unk), 0); /* RD matches, rest unknown */
    EXPECT_EQ(unk, 0x40 | 0x100000);
    EXPECT_EQ(dz_flags_to_host(&demo_tab, 0x3, &unk), 0);            /* 3 is no access mode */
    EXPECT_EQ(unk, 0x3);
    EXPECT_EQ(dz_flags_to_host(&demo_tab, 0x4, NULL), 0x800);        /* unknown may be NULL */
}

static void test_to_guest(void)
{
    uint64_t unk = 99;
    EXPECT_EQ(dz_flags_to_guest(&demo_tab, 0x1 | 0x800 | 0x8000, &unk), 0x1 | 0x4);
    EXPECT_EQ(unk, 0);                                               /* host-only consumed */
    EXPECT_EQ(dz_flags_to_guest(&demo_tab, 0x2 | 0x4000, &unk), 0x2);
    EXPECT_EQ(unk, 0x4000);
}

static void test_format(void)
{
    char buf[64];
    EXPECT_EQ(dz_flags_format(&demo_tab, 0x2 | 0x4, buf, sizeof(buf)), (int)strlen("RW|NB"));
    EXPECT_STR(buf, "RW|NB");
    dz_flags_format(&demo_tab, 0, buf, sizeof(buf));
    EXPECT_STR(buf, "RD");
    dz_flags_format(&demo_tab, 0x10 | 0x100, buf, sizeof(buf));
    EXPECT_STR(buf, "RD|DROPPED|0x100");
    dz_flags_format(&bits_tab, 0, buf, sizeof(buf));
    EXPECT_STR(buf, "0");
    dz_flags_format(&bits_tab, 0x80, buf, sizeof(buf));
    EXPECT_STR(buf, "0x80");
    dz_flags_format(&bits_tab, 0x3, buf, sizeof(buf));
    EXPECT_STR(buf, "A|B");
    /* Like snprintf: truncates, terminates, returns the full length. */
    char small[4];
    EXPECT_EQ(dz_flags_format(&demo_tab, 0x2 | 0x4 | 0x8, small, sizeof(small)), (int)strlen("RW|NB|SAME"));
    EXPECT_STR(small, "RW|");
    EXPECT_EQ(dz_flags_format(&demo_tab, 0x2, NULL, 0), 2);
}

static const struct dz_val vals[] = {
    { 11, 5, "GETLK" },
    { 12, 6, "SETLK" },
    { 17, 1030, "DUPFD_CLOEXEC" },
};
static const struct dz_valtab val_tab = DZ_VALTAB(vals);

static void test_values(void)
{
    int64_t out = 0;
    EXPECT_EQ(dz_val_to_host(&val_tab, 12, &out), 0);
    EXPECT_EQ(out, 6);
    EXPECT_EQ(dz_val_to_guest(&val_tab, 1030, &out), 0);
    EXPECT_EQ(out, 17);
    out = 42;
    EXPECT_EQ(dz_val_to_host(&val_tab, 13, &out), -1);
    EXPECT_EQ(out, 42);                                              /* untouched on a miss */
    EXPECT_EQ(dz_val_to_guest(&val_tab, 11, &out), -1);
    EXPECT_STR(dz_val_name(&val_tab, 11), "GETLK");
    EXPECT_STR(dz_val_name(&val_tab, 5), NULL);
    check_valtab(&val_tab, "vals");
    check_flagtab(&demo_tab, "demo");
}

static CU_TestInfo tests[] = {
    { "to_host", test_to_host },
    { "to_guest", test_to_guest },
    { "format", test_format },
    { "values", test_values },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "flagtab", NULL, NULL, NULL, NULL, tests })
