/* `denizen doctor` (loader/doctor.c): its report on made-up hosts -- every
 * fact on its own line, the verdict last, exit 1 only without Syscall User
 * Dispatch -- and the facts of this host, read for real. */
#define _GNU_SOURCE
#include "loader/doctor.h"
#include "tests/dz_cunit.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *out;
static int code;

/* A host on which denizen runs as well as it can; each test spoils one fact. */
static struct dz_host_facts good(void)
{
    struct dz_host_facts f = {
        .kernel = "Linux 6.18.0 #1 SMP PREEMPT_DYNAMIC",
        .sud = 1,
        .hwcap2 = 2,
        .mmap_min_addr = 65536,
        .vdso_clock = 1,
        .cache_dir = "/home/u/.cache/denizen/sites-1",
        .cache_writable = 1,
        .personalities = { "freebsd", "netbsd", "openbsd" },
        .npersonalities = 3,
        .unbuilt = { "illumos/Solaris" },
        .nunbuilt = 1,
    };
    return f;
}

static void report(const struct dz_host_facts *f)
{
    free(out);
    out = NULL;
    size_t len;
    FILE *fp = open_memstream(&out, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(fp);
    code = dz_doctor_report(f, fp);
    fclose(fp);
}

/* The value on the line labelled label (up to its newline, in a static
 * buffer), or "" when there is no such line. */
static const char *fact(const char *label)
{
    static char v[1024];
    v[0] = 0;
    size_t n = strlen(label);
    for (const char *l = out; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
        if (strncmp(l, "  ", 2) != 0 || strncmp(l + 2, label, n) != 0 || l[2 + n] != ' ')
            continue;
        const char *s = l + 2 + n;
        while (*s == ' ')
            s++;
        size_t k = strcspn(s, "\n");
        snprintf(v, sizeof v, "%.*s", (int)k, s);
        break;
    }
    return v;
}

static const char *last_line(void)
{
    size_t n = strlen(out);
    CU_ASSERT_FATAL(n > 0 && out[n - 1] == '\n');
    const char *l = out + n - 1;
    while (l > out && l[-1] != '\n')
        l--;
    return l;
}

static long column(const char *p)
{
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    const char *l = p;
    while (l > out && l[-1] != '\n')
        l--;
    return p - l;
}

static void test_good_host(void)
{
    struct dz_host_facts f = good();
    report(&f);
    CU_ASSERT_EQUAL(code, 0);
    CU_ASSERT_NSTRING_EQUAL(out, "denizen doctor\n", 15);
    CU_ASSERT_STRING_EQUAL(fact("kernel"), "Linux 6.18.0 #1 SMP PREEMPT_DYNAMIC");
    CU_ASSERT_STRING_EQUAL(fact("syscall user dispatch"), "present");
    CU_ASSERT_STRING_EQUAL(fact("vm.mmap_min_addr"), "65536");
    CU_ASSERT_STRING_EQUAL(fact("vdso clock"), "__vdso_clock_gettime");
    CU_ASSERT_STRING_EQUAL(fact("site cache"), "/home/u/.cache/denizen/sites-1 (writable)");
    CU_ASSERT_PTR_NOT_NULL(strstr(last_line(), "denizen can run"));
    CU_ASSERT_PTR_NULL(strstr(out, "warning"));
    /* Each value from the same column. */
    CU_ASSERT_EQUAL(column(strstr(out, "present")), column(strstr(out, "Linux 6.18")));
    CU_ASSERT_EQUAL(column(strstr(out, "freebsd")), column(strstr(out, "65536")));
}

static void test_no_sud(void)
{
    struct dz_host_facts f = good();
    f.sud = 0;
    f.sud_errno = EINVAL;   /* a kernel before 5.11 knows no such prctl */
    report(&f);
    CU_ASSERT_EQUAL(code, 1);
    CU_ASSERT_NSTRING_EQUAL(fact("syscall user dispatch"), "absent", 6);
    const char *last = last_line();
    CU_ASSERT_PTR_NOT_NULL(strstr(last, "cannot run here"));
    CU_ASSERT_PTR_NOT_NULL(strstr(last, "Syscall User Dispatch"));
    CU_ASSERT_PTR_EQUAL(strchr(last, '\n'), out + strlen(out) - 1);   /* one line, the last */
}

static void test_fsgsbase(void)
{
    struct dz_host_facts f = good();
    report(&f);
    CU_ASSERT_NSTRING_EQUAL(fact("fsgsbase"), "used", 4);

    f.hwcap2 = 0;
    report(&f);
    CU_ASSERT_EQUAL(code, 0);
    CU_ASSERT_NSTRING_EQUAL(fact("fsgsbase"), "not offered", 11);
    CU_ASSERT_PTR_NOT_NULL(strstr(fact("fsgsbase"), "fallback"));

    f.hwcap2 = 2;
    f.fsgs_env = "off";
    report(&f);
    CU_ASSERT_EQUAL(code, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(fact("fsgsbase"), "forced off"));

    f.fsgs_env = "on";
    report(&f);
    CU_ASSERT_NSTRING_EQUAL(fact("fsgsbase"), "used", 4);
}

static void test_warnings_only(void)
{
    struct dz_host_facts f = good();
    f.vdso_clock = 0;
    report(&f);
    CU_ASSERT_EQUAL(code, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(fact("vdso clock"), "warning"));

    f = good();
    f.cache_writable = 0;
    report(&f);
    CU_ASSERT_EQUAL(code, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(fact("site cache"), "/home/u/.cache/denizen/sites-1"));
    CU_ASSERT_PTR_NOT_NULL(strstr(fact("site cache"), "warning"));

    f = good();
    f.cache_dir[0] = 0;
    report(&f);
    CU_ASSERT_EQUAL(code, 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(fact("site cache"), "warning"));

    f.cache_off = 1;
    report(&f);
    CU_ASSERT_NSTRING_EQUAL(fact("site cache"), "off", 3);

    f = good();
    f.mmap_min_addr = -1;
    report(&f);
    CU_ASSERT_EQUAL(code, 0);
    CU_ASSERT_NSTRING_EQUAL(fact("vm.mmap_min_addr"), "unknown", 7);
}

static void test_personalities(void)
{
    struct dz_host_facts f = good();
    report(&f);
    CU_ASSERT_STRING_EQUAL(fact("personalities"), "freebsd netbsd openbsd (illumos/Solaris: not built)");
    f.npersonalities = 1;
    f.nunbuilt = 0;
    report(&f);
    CU_ASSERT_STRING_EQUAL(fact("personalities"), "freebsd");
}

/* This host: whatever it offers, the facts are sane and the report says
 * them all. */
static void test_real_host(void)
{
    struct dz_host_facts f;
    dz_host_facts_read(&f);
    CU_ASSERT(f.kernel[0] != 0);
    CU_ASSERT(f.mmap_min_addr >= 0);
    CU_ASSERT(f.sud == 0 || f.sud == 1);
    CU_ASSERT(f.sud || f.sud_errno != 0);
    CU_ASSERT_EQUAL(f.npersonalities, 4);   /* freebsd netbsd openbsd illumos */
    CU_ASSERT_EQUAL(f.nunbuilt, 0);
    int have_freebsd = 0;
    for (int i = 0; i < f.npersonalities; i++)
        have_freebsd |= strcmp(f.personalities[i], "freebsd") == 0;
    CU_ASSERT(have_freebsd);
    report(&f);
    CU_ASSERT_EQUAL(code, !f.sud);
    const char *labels[] = { "kernel", "syscall user dispatch", "fsgsbase", "vm.mmap_min_addr",
                             "vdso clock", "site cache", "personalities", "verdict" };
    for (size_t i = 0; i < sizeof labels / sizeof labels[0]; i++)
        CU_ASSERT(fact(labels[i])[0] != 0);
}

static int teardown(void)
{
    free(out);
    out = NULL;
    return 0;
}

static CU_TestInfo tests[] = {
    { "a good host", test_good_host },
    { "no Syscall User Dispatch", test_no_sud },
    { "FSGSBASE used, not offered, forced off", test_fsgsbase },
    { "warnings do not fail", test_warnings_only },
    { "personalities", test_personalities },
    { "this host", test_real_host },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "loader doctor", NULL, teardown, NULL, NULL, tests })
