/* libshim/common/attr.c: the pthread_attr_t objects every library
 * personality shares (the guest's pthread_attr_t holds a pointer to one). */
#include "libshim/common/attr.h"
#include "tests/dz_cunit.h"
#include <errno.h>
#include <stdint.h>

static void test_lifecycle(void)
{
    uint64_t attr = 0, size = 0, addr = 1;
    int32_t st = -1;
    uint64_t g = (uint64_t)&attr;
    CU_ASSERT_EQUAL(dz_lib_attr_init(g, 256 * 1024, 4096, 0), 0);
    CU_ASSERT_NOT_EQUAL(attr, 0);
    CU_ASSERT_EQUAL(dz_lib_attr_getstacksize(g, (uint64_t)&size), 0);
    CU_ASSERT_EQUAL(size, 256 * 1024);
    CU_ASSERT_EQUAL(dz_lib_attr_setstacksize(g, 1000, 16384, 1), -EINVAL);       /* below the minimum */
    CU_ASSERT_EQUAL(dz_lib_attr_setstacksize(g, 100001, 16384, 1), 0);
    dz_lib_attr_getstacksize(g, (uint64_t)&size);
    CU_ASSERT_EQUAL(size, 102400);                                               /* rounded to pages */
    CU_ASSERT_EQUAL(dz_lib_attr_setstacksize(g, 100001, 16384, 0), 0);
    dz_lib_attr_getstack(g, (uint64_t)&addr, (uint64_t)&size);
    CU_ASSERT_EQUAL(size, 100001);                                               /* as given */
    CU_ASSERT_EQUAL(addr, 0);                                                    /* no stack given */
    CU_ASSERT_EQUAL(dz_lib_attr_setdetachstate(g, 7, 1, 0), -EINVAL);
    CU_ASSERT_EQUAL(dz_lib_attr_setdetachstate(g, 1, 1, 0), 0);
    CU_ASSERT_EQUAL(dz_lib_attr_getdetachstate(g, (uint64_t)&st), 0);
    CU_ASSERT_EQUAL(st, 1);
    CU_ASSERT_EQUAL(dz_lib_attr_destroy(g), 0);
    CU_ASSERT_EQUAL(attr, 0);                                                    /* cleared */
    CU_ASSERT_EQUAL(dz_lib_attr_destroy(g), -EINVAL);                           /* not initialised */
}

static CU_TestInfo tests[] = {
    { "init, set, get, destroy", test_lifecycle },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "lib_attr", NULL, NULL, NULL, NULL, tests })
