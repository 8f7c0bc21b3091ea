/* Unit tests for syscall-xlate/engine/report.c: each unimplemented or unknown
 * system call number is reported exactly once, whatever its value (numbers
 * that agree modulo 4096 are different calls: the storm test found the second
 * of such a pair never reported). */
#define _GNU_SOURCE
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/personality.h"
#include "tests/dz_cunit.h"
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const struct dz_personality fake = { .name = "testos" };

/* Runs the reports with stderr sent to a file; returns what they wrote. */
static void capture(void (*body)(void), char *out, size_t n)
{
    FILE *f = tmpfile();
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    int saved = dup(2);
    dup2(fileno(f), 2);
    body();
    dup2(saved, 2);
    close(saved);
    rewind(f);
    size_t got = fread(out, 1, n - 1, f);
    out[got] = 0;
    fclose(f);
}

static int count(const char *hay, const char *needle)
{
    int k = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        k++;
    return k;
}

static void reports(void)
{
    long nrs[] = { 625, 4721, 625, 4721, 8817, -1, -1, 0xffffffffL, 0x7fffffffL, 0xffffffffL, 17, 17 };
    for (size_t i = 0; i < sizeof nrs / sizeof nrs[0]; i++)
        dz_report_unimplemented(&fake, nrs[i], nrs[i] == 17 ? "seventeen" : NULL);
}

static void test_once_each(void)
{
    char buf[4096];
    capture(reports, buf, sizeof buf);
    CU_ASSERT_EQUAL(count(buf, "testos syscall 625: unknown\n"), 1);
    CU_ASSERT_EQUAL(count(buf, "testos syscall 4721: unknown\n"), 1);
    CU_ASSERT_EQUAL(count(buf, "testos syscall 8817: unknown\n"), 1);
    CU_ASSERT_EQUAL(count(buf, "testos syscall -1: unknown\n"), 1);
    CU_ASSERT_EQUAL(count(buf, "testos syscall 4294967295: unknown\n"), 1);
    CU_ASSERT_EQUAL(count(buf, "testos syscall 2147483647: unknown\n"), 1);
    CU_ASSERT_EQUAL(count(buf, "testos syscall 17 seventeen: not implemented\n"), 1);
    CU_ASSERT_EQUAL(count(buf, "\n"), 7);
}

static void many_far(void)
{
    for (long i = 0; i < 1000; i++)
        dz_report_unimplemented(&fake, 100000 + i, NULL);
}

/* More far numbers than the set holds: each still reported (at least) once. */
static void test_many_far(void)
{
    static char buf[1 << 16];
    capture(many_far, buf, sizeof buf);
    CU_ASSERT(count(buf, "\n") >= 1000);
    CU_ASSERT_EQUAL(count(buf, "testos syscall 100999: unknown\n"), 1);
}

static CU_TestInfo report_tests[] = {
    { "each number reported once", test_once_each },
    { "a full set of far numbers", test_many_far },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "report", NULL, NULL, NULL, NULL, report_tests })
