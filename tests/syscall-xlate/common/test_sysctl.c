/* syscall-xlate/common/sysctl.c: lookup in a MIB table and the answer
 * rules (size query, short buffer). */
#include <errno.h>
#include <string.h>
#include "syscall-xlate/common/sysctl.h"
#include "tests/dz_cunit.h"

static const struct dz_ctl_node nodes[] = {
    { "kern", {1}, 1, DZ_CTL_NODE },
    { "kern.ostype", {1, 1}, 2, DZ_CTL_STRING, NULL, dz_ctl_rd_const, "TestOS" },
    { "kern.osrev", {1, 3}, 2, DZ_CTL_INT, NULL, dz_ctl_rd_const, 0, 42 },
    { "kern.proc_args", {1, 48}, 2, DZ_CTL_NODE, NULL, NULL, 0, 0, 2 },
    { "hw", {6}, 1, DZ_CTL_NODE },
    { "hw.ncpu", {6, 3}, 2, DZ_CTL_INT, NULL, dz_ctl_rd_ncpu },
};
static const struct dz_ctl_tree tree = DZ_CTL_TREE(nodes);

static void test_lookup(void)
{
    int k[] = { 1 }, ost[] = { 1, 1 }, deep[] = { 1, 1, 7 }, pa[] = { 1, 48, 99, 5 }, pa3[] = { 1, 48, 9, 9, 9 };
    CU_ASSERT(dz_ctl_by_oid(&tree, k, 1) == &nodes[0]);
    CU_ASSERT(dz_ctl_by_oid(&tree, ost, 2) == &nodes[1]);
    CU_ASSERT(dz_ctl_by_oid(&tree, deep, 3) == NULL);          /* no extra components */
    CU_ASSERT(dz_ctl_by_oid(&tree, pa, 4) == &nodes[3]);       /* two extra allowed */
    CU_ASSERT(dz_ctl_by_oid(&tree, pa3, 5) == NULL);
    CU_ASSERT(dz_ctl_by_name(&tree, "hw.ncpu") == &nodes[5]);
    CU_ASSERT(dz_ctl_by_name(&tree, "hw.nope") == NULL);
}

static void test_answers(void)
{
    char buf[16];
    size_t len = sizeof buf;
    CU_ASSERT_EQUAL(nodes[1].read(&nodes[1], NULL, 0, NULL, &len), 0);  /* size query */
    CU_ASSERT_EQUAL(len, 7);
    len = sizeof buf;
    CU_ASSERT_EQUAL(nodes[1].read(&nodes[1], NULL, 0, buf, &len), 0);
    CU_ASSERT_STRING_EQUAL(buf, "TestOS");
    len = 3;
    CU_ASSERT_EQUAL(nodes[1].read(&nodes[1], NULL, 0, buf, &len), -ENOMEM); /* short: what fits */
    CU_ASSERT_EQUAL(len, 3);
    CU_ASSERT(memcmp(buf, "Tes", 3) == 0);
    int v = 0;
    len = sizeof v;
    CU_ASSERT_EQUAL(nodes[2].read(&nodes[2], NULL, 0, &v, &len), 0);
    CU_ASSERT_EQUAL(v, 42);
    CU_ASSERT_EQUAL(len, sizeof(int));
    len = sizeof v;
    CU_ASSERT_EQUAL(nodes[5].read(&nodes[5], NULL, 0, &v, &len), 0);
    CU_ASSERT(v >= 1);
}

static CU_TestInfo tests[] = {
    { "lookup", test_lookup },
    { "answers", test_answers },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "common_sysctl", NULL, NULL, NULL, NULL, tests })
