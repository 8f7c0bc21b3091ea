/* The tracer's argument decoding (syscall-xlate/trace/trace.c). */
#include "syscall-xlate/trace/trace.h"
#include "syscall-xlate/trace/classes.h"
#include "abi/common/flagtab.h"
#include "syscall-xlate/engine/engine.h"
#include "tests/dz_cunit.h"
#include <string.h>

static const struct dz_flag oflags[] = {
    DZ_FIELD(3, 0, 3, 0, "O_RDONLY"), DZ_FIELD(3, 1, 3, 1, "O_WRONLY"), DZ_FIELD(3, 2, 3, 2, "O_RDWR"),
    DZ_FLAG(0x200, 0x40, "O_CREAT"), DZ_FLAG(0x100000, 0x80000, "O_CLOEXEC"),
};
static const struct dz_flagtab oflag_tab = DZ_FLAGTAB(oflags);
static const struct dz_val clocks[] = { { 4, 1, "CLOCK_MONOTONIC" } };
static const struct dz_valtab clock_tab = DZ_VALTAB(clocks);
static struct dz_kindtab kinds[DZ_K_COUNT];
static struct dz_personality pers = { .name = "test", .kinds = kinds };

static const char *arg(int k, uint64_t v, uint64_t next)
{
    static char buf[256];
    dz_trace_arg(&pers, k, v, next, buf, sizeof buf);
    return buf;
}

static void test_generic(void)
{
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_INT, (uint64_t)-5, 0), "-5");
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_ATFD, (uint64_t)(int64_t)-100, 0), "AT_FDCWD");
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_ATFD, 3, 0), "3");
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_MODE, 0644, 0), "0644");
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_PTR, 0, 0), "NULL");
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_OUTBUF, 0x1000, 0), "0x1000");
}

static void test_strings(void)
{
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_PATH, (uint64_t)"/etc/passwd", 0), "\"/etc/passwd\"");
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_INBUF, (uint64_t)"hi\n\x01", 4), "\"hi\\n\\x01\"");
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_INBUF, (uint64_t)"abcdef", 3), "\"abc\"");
    /* an unreadable guest pointer is shown as a number, not followed */
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_PATH, 8, 0), "0x8");
}

static void test_long_buffer_truncated(void)
{
    char big[300];
    memset(big, 'a', sizeof big);
    const char *s = arg(DZ_K_INBUF, (uint64_t)big, sizeof big);
    CU_ASSERT_PTR_NOT_NULL(strstr(s, "\"..."));
}

static void test_personality_tables(void)
{
    kinds[DZ_K_OFLAGS].flags = &oflag_tab;
    kinds[DZ_K_CLOCK].vals = &clock_tab;
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_OFLAGS, 0x100000, 0), "O_RDONLY|O_CLOEXEC");
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_OFLAGS, 0x202, 0), "O_RDWR|O_CREAT");
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_OFLAGS, 0x4000001, 0), "O_WRONLY|0x4000000");
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_CLOCK, 4, 0), "CLOCK_MONOTONIC");
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_CLOCK, 99, 0), "99");
}

static void test_mib(void)
{
    int mib[3] = { 1, 14, 12 };
    CU_ASSERT_STRING_EQUAL(arg(DZ_K_MIB, (uint64_t)mib, 3), "{1,14,12}");
}

/* --trace-calls lists: names, classes (plain or %class), !exclusions. */
static void test_select(void)
{
    CU_ASSERT_EQUAL(dz_trace_select_test("open,read", "open", DZ_C_FILE | DZ_C_DESC), 1);
    CU_ASSERT_EQUAL(dz_trace_select_test("open,read", "write", DZ_C_DESC), 0);
    CU_ASSERT_EQUAL(dz_trace_select_test("file", "openat", DZ_C_FILE | DZ_C_DESC), 1);
    CU_ASSERT_EQUAL(dz_trace_select_test("file", "read", DZ_C_DESC), 0);
    CU_ASSERT_EQUAL(dz_trace_select_test("%network,%ipc", "sendto", DZ_C_NETWORK), 1);
    CU_ASSERT_EQUAL(dz_trace_select_test("%network", "getpid", 0), 0);
    /* only exclusions: everything else */
    CU_ASSERT_EQUAL(dz_trace_select_test("!clock_gettime,!_umtx_op", "read", DZ_C_DESC), 1);
    CU_ASSERT_EQUAL(dz_trace_select_test("!clock_gettime", "clock_gettime", 0), 0);
    /* an exclusion wins over a class */
    CU_ASSERT_EQUAL(dz_trace_select_test("desc,!read", "read", DZ_C_DESC), 0);
    CU_ASSERT_EQUAL(dz_trace_select_test("desc,!read", "close", DZ_C_DESC), 1);
    CU_ASSERT_EQUAL(dz_trace_select_test("!memory", "mmap", DZ_C_DESC | DZ_C_MEMORY), 0);
    /* not valid: empty items, an unknown %class */
    CU_ASSERT_EQUAL(dz_trace_select_test("", "read", 0), -1);
    CU_ASSERT_EQUAL(dz_trace_select_test("open,,read", "read", 0), -1);
    CU_ASSERT_EQUAL(dz_trace_select_test("%files", "read", 0), -1);
    CU_ASSERT_EQUAL(dz_trace_select_test("!", "read", 0), -1);
}

static CU_TestInfo tests[] = {
    { "--trace-calls selection", test_select },
    { "generic kinds", test_generic },
    { "strings and buffers", test_strings },
    { "long buffer truncated", test_long_buffer_truncated },
    { "personality flag and value tables", test_personality_tables },
    { "sysctl MIB", test_mib },
    CU_TEST_INFO_NULL,
};

/* The engine's fault fixup turns a bad guest pointer into -EFAULT only
 * with its signal handlers installed, as in a real run. */
static int setup(void)
{
    dz_signals_init();
    return 0;
}

DZ_CUNIT_MAIN({ "trace", setup, NULL, NULL, NULL, tests })
