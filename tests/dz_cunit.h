/* One main() for every CUnit test executable: run the given suites, exit
 * non-zero when any assertion failed. */
#ifndef DZ_TESTS_CUNIT_H
#define DZ_TESTS_CUNIT_H
#include <CUnit/Basic.h>

static inline int dz_cunit_main(CU_SuiteInfo *suites)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    if (CU_register_suites(suites) != CUE_SUCCESS)
        return 2;
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}

#define DZ_CUNIT_MAIN(...)                                              \
    int main(void)                                                      \
    {                                                                   \
        CU_SuiteInfo suites_[] = { __VA_ARGS__, CU_SUITE_INFO_NULL };   \
        return dz_cunit_main(suites_);                                  \
    }
#endif
