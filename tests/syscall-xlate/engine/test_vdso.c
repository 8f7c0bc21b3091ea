/* Unit tests for libshim/common/vdso.c: the vDSO's clock_gettime is found
 * by name and tells the same time as the libc call. */
#include "syscall-xlate/engine/vdso.h"
#include "tests/dz_cunit.h"
#include <time.h>

static void test_clock_gettime_found(void)
{
    int (*f)(clockid_t, struct timespec *) = (int (*)(clockid_t, struct timespec *))dz_vdso_sym("__vdso_clock_gettime");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    struct timespec a, v, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    CU_ASSERT_EQUAL(f(CLOCK_MONOTONIC, &v), 0);
    clock_gettime(CLOCK_MONOTONIC, &b);
    long long na = a.tv_sec * 1000000000LL + a.tv_nsec, nv = v.tv_sec * 1000000000LL + v.tv_nsec,
              nb = b.tv_sec * 1000000000LL + b.tv_nsec;
    CU_ASSERT(na <= nv && nv <= nb);
}

static void test_unknown_name(void)
{
    CU_ASSERT_PTR_NULL(dz_vdso_sym("__vdso_no_such_function"));
    CU_ASSERT_PTR_NULL(dz_vdso_sym(""));
}

static CU_TestInfo vdso_tests[] = {
    { "clock_gettime found and agrees", test_clock_gettime_found },
    { "unknown names", test_unknown_name },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "vdso", NULL, NULL, NULL, NULL, vdso_tests })
