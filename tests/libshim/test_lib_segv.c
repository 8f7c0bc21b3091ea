/* libshim/common/segv.c on memory that is there: the accessors copy,
 * dz_lib_writable changes nothing, and dz_lib_segv records the access
 * entry.S makes again in guest mode (the faulting side runs under the
 * engine: tests/reliability/libsegv.sh, the badptr family). */
#include "libshim/common/libpers.h"
#include "tests/dz_cunit.h"
#include <string.h>

extern __thread uint8_t dz_lib_segv_kind;
extern __thread uint64_t dz_lib_segv_addr, dz_lib_segv_end;

static void test_accessors(void)
{
    unsigned char buf[8192], out[16];
    memset(buf, 0x5a, sizeof buf);
    uint64_t g = (uint64_t)buf;
    /* a range over a page boundary: every page asked, nothing written */
    CU_ASSERT_EQUAL(dz_lib_writable(g + 4000, 200), 0);
    for (size_t i = 0; i < sizeof buf; i++)
        if (buf[i] != 0x5a)
            CU_FAIL("dz_lib_writable changed the memory it asked about");
    CU_ASSERT_EQUAL(dz_lib_store(g + 10, "denizen", 8), 0);
    CU_ASSERT_EQUAL(memcmp(buf + 10, "denizen", 8), 0);
    CU_ASSERT_EQUAL(dz_lib_load(out, g + 10, 8), 0);
    CU_ASSERT_EQUAL(memcmp(out, "denizen", 8), 0);
    CU_ASSERT_EQUAL(dz_lib_writable(0, 0), 0);          /* nothing to write: no fault */
    CU_ASSERT_EQUAL(dz_lib_segv_kind, 0);
}

static void test_request(void)
{
    CU_ASSERT_EQUAL(dz_lib_segv(0x1000, 8, 1), DZ_LIB_SEGV);
    CU_ASSERT_EQUAL(dz_lib_segv_kind, 2);
    CU_ASSERT_EQUAL(dz_lib_segv_addr, 0x1000);
    CU_ASSERT_EQUAL(dz_lib_segv_end, 0x1008);
    CU_ASSERT_EQUAL(dz_lib_segv(0x2000, 0, 0), DZ_LIB_SEGV);   /* at least the first byte */
    CU_ASSERT_EQUAL(dz_lib_segv_kind, 1);
    CU_ASSERT_EQUAL(dz_lib_segv_end, 0x2001);
    CU_ASSERT_EQUAL(dz_lib_segv(~0ULL - 3, 64, 0), DZ_LIB_SEGV); /* wraps: the first byte */
    CU_ASSERT_EQUAL(dz_lib_segv_end, ~0ULL - 2);
    dz_lib_segv_kind = 0;
}

static CU_TestInfo tests[] = {
    { "accessors on mapped memory", test_accessors },
    { "the fault request", test_request },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "lib_segv", NULL, NULL, NULL, NULL, tests })
