/* Unit tests for libshim/preload/config.c: DENIZEN_UNAME specs and
 * DENIZEN_SHIM_CONFIG files. */
#include "libshim/preload/config.h"
#include "tests/dz_cunit.h"
#include <string.h>

static int nbad;
static char last_what[128], last_text[256];

static void diag(void *ctx, const char *what, const char *text, size_t len)
{
    nbad++;
    snprintf(last_what, sizeof last_what, "%s", what);
    snprintf(last_text, sizeof last_text, "%.*s", (int)len, text);
}

static int uparse(struct dz_uname_spec *u, const char *s)
{
    memset(u, 0, sizeof *u);
    nbad = 0;
    return dz_uname_parse(u, s, strlen(s), diag, NULL);
}

static void test_uname_subset(void)
{
    struct dz_uname_spec u;
    CU_ASSERT_EQUAL(uparse(&u, "release=2.6.32"), 0);
    CU_ASSERT_EQUAL(u.mask, 1u << DZ_UTS_RELEASE);
    CU_ASSERT_STRING_EQUAL(u.f[DZ_UTS_RELEASE], "2.6.32");
    CU_ASSERT_EQUAL(uparse(&u, "sysname=Linux, release=3.10.0 ,machine=i686"), 0);
    CU_ASSERT_EQUAL(u.mask, (1u << DZ_UTS_SYSNAME) | (1u << DZ_UTS_RELEASE) |
                            (1u << DZ_UTS_MACHINE));
    CU_ASSERT_STRING_EQUAL(u.f[DZ_UTS_SYSNAME], "Linux");
    CU_ASSERT_STRING_EQUAL(u.f[DZ_UTS_RELEASE], "3.10.0");
    CU_ASSERT_STRING_EQUAL(u.f[DZ_UTS_MACHINE], "i686");
}

static void test_uname_commas(void)
{
    struct dz_uname_spec u;
    /* a comma not followed by KEY= belongs to the value */
    CU_ASSERT_EQUAL(uparse(&u, "version=#1 SMP Mon, 1 Jan 2001,release=2.6.32"), 0);
    CU_ASSERT_STRING_EQUAL(u.f[DZ_UTS_VERSION], "#1 SMP Mon, 1 Jan 2001");
    CU_ASSERT_STRING_EQUAL(u.f[DZ_UTS_RELEASE], "2.6.32");
    /* escaped comma before a key */
    CU_ASSERT_EQUAL(uparse(&u, "version=a\\,release=b"), 0);
    CU_ASSERT_STRING_EQUAL(u.f[DZ_UTS_VERSION], "a,release=b");
    CU_ASSERT_EQUAL(u.mask, 1u << DZ_UTS_VERSION);
    /* later keys win; keys are case-insensitive; empty values allowed */
    CU_ASSERT_EQUAL(uparse(&u, "release=1,RELEASE=2,nodename="), 0);
    CU_ASSERT_STRING_EQUAL(u.f[DZ_UTS_RELEASE], "2");
    CU_ASSERT_STRING_EQUAL(u.f[DZ_UTS_NODENAME], "");
}

static void test_uname_errors(void)
{
    struct dz_uname_spec u;
    CU_ASSERT_EQUAL(uparse(&u, "kernel=5,release=2.6.32"), 1);
    CU_ASSERT_STRING_EQUAL(last_what, "unknown uname field");
    CU_ASSERT_STRING_EQUAL(last_text, "kernel=5");
    CU_ASSERT_STRING_EQUAL(u.f[DZ_UTS_RELEASE], "2.6.32");
    CU_ASSERT_EQUAL(uparse(&u, "2.6.32"), 1);
    CU_ASSERT_EQUAL(u.mask, 0);
    char big[200];
    memset(big, 'x', sizeof big);
    memcpy(big, "release=", 8);
    big[sizeof big - 1] = '\0';
    CU_ASSERT_EQUAL(uparse(&u, big), 1);
    CU_ASSERT_EQUAL(strlen(u.f[DZ_UTS_RELEASE]), 64);
}

static void test_uname_apply(void)
{
    struct dz_uname_spec u;
    char f[DZ_UTS_NFIELDS][DZ_UTS_LEN] = { "Linux", "host", "6.1", "#1", "x86_64", "(none)" };
    uparse(&u, "release=2.6.32,machine=i686");
    dz_uname_apply(&u, f);
    CU_ASSERT_STRING_EQUAL(f[DZ_UTS_SYSNAME], "Linux");
    CU_ASSERT_STRING_EQUAL(f[DZ_UTS_RELEASE], "2.6.32");
    CU_ASSERT_STRING_EQUAL(f[DZ_UTS_MACHINE], "i686");
    CU_ASSERT_STRING_EQUAL(f[DZ_UTS_NODENAME], "host");
}

static struct dz_pathmap map;
static struct dz_shim_cfg cfg;

static int cparse(const char *text)
{
    dz_pathmap_init(&map);
    memset(&cfg, 0, sizeof cfg);
    cfg.map = &map;
    nbad = 0;
    return dz_cfg_parse(&cfg, text, strlen(text), diag, NULL);
}

static void test_config_file(void)
{
    const char *text =
        "# legacy installer\n"
        "\n"
        "  /opt/legacy = /srv/legacy  \n"
        "/etc/foo.conf=/home/u/foo.conf\r\n"
        "map = /a=/b; /c=/d\n"
        "root = /srv/linux\n"
        "uname = release=2.6.32\n"
        "uname = machine=i686\n"
        "trace = /tmp/shim-%p.log\n";
    CU_ASSERT_EQUAL(cparse(text), 0);
    CU_ASSERT_EQUAL(map.n, 4);
    CU_ASSERT_STRING_EQUAL(map.rule[0].old, "/opt/legacy");
    CU_ASSERT_STRING_EQUAL(map.rule[0].new, "/srv/legacy");
    CU_ASSERT_STRING_EQUAL(map.rule[1].new, "/home/u/foo.conf");
    CU_ASSERT_STRING_EQUAL(map.rule[3].old, "/c");
    CU_ASSERT_STRING_EQUAL(cfg.root, "/srv/linux");
    CU_ASSERT_STRING_EQUAL(cfg.trace, "/tmp/shim-%p.log");
    CU_ASSERT_EQUAL(cfg.uname.mask, (1u << DZ_UTS_RELEASE) | (1u << DZ_UTS_MACHINE));
}

static void test_config_errors(void)
{
    CU_ASSERT_EQUAL(cparse("colour = blue\n/ok=/fine\n"), 1);
    CU_ASSERT_STRING_EQUAL(last_what, "unknown setting");
    CU_ASSERT_EQUAL(map.n, 1);
    CU_ASSERT_EQUAL(cparse("just words\n"), 1);
    CU_ASSERT_EQUAL(cparse("/no-equals\n"), 1);
    CU_ASSERT_STRING_EQUAL(last_what, dz_pm_strerror(DZ_PM_ENOSEP));
    CU_ASSERT_EQUAL(cparse("map = /a=/b; rel=/x\n"), 1);
    CU_ASSERT_EQUAL(map.n, 1);
    CU_ASSERT_EQUAL(cparse("uname = bogus=1\n"), 1);
}

static CU_TestInfo uname_tests[] = {
    { "subset", test_uname_subset },
    { "commas in values", test_uname_commas },
    { "errors", test_uname_errors },
    { "apply", test_uname_apply },
    CU_TEST_INFO_NULL,
};

static CU_TestInfo config_tests[] = {
    { "file", test_config_file },
    { "errors", test_config_errors },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN(
    { "preload-uname-spec", NULL, NULL, NULL, NULL, uname_tests },
    { "preload-config", NULL, NULL, NULL, NULL, config_tests })
