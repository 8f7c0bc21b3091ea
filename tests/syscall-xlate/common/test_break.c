/* Unit tests for dz_break (syscall-xlate/common/mmap.c): the break grows and
 * shrinks inside its own area, and an address past user space is ENOMEM with
 * nothing unmapped (the storm test found break(-1) rounding up to 0 and
 * unmapping everything below the break, the program's text included). */
#define _GNU_SOURCE
#include "syscall-xlate/engine/engine.h"
#include "tests/dz_cunit.h"
#include <errno.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

long dz_break(struct dz_call *c);

static long brk_call(uint64_t want)
{
    struct dz_call c = { .a = { want } };
    return dz_break(&c);
}

static int mapped(uint64_t addr)
{
    unsigned char v;
    return mincore((void *)(addr & ~4095UL), 4096, &v) == 0;
}

static char *area;

static int setup(void)
{
    /* A page we own just below the break: it must survive every call. */
    area = mmap(NULL, 64 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED)
        return 1;
    munmap(area + 4096, 63 * 4096);   /* the break's room: free address space */
    dz_opts.brk_base = dz_opts.brk_cur = (uint64_t)area + 4096;
    return 0;
}

static void test_grow_shrink(void)
{
    uint64_t base = dz_opts.brk_base;
    CU_ASSERT_EQUAL(brk_call(0), (long)base);
    CU_ASSERT_EQUAL(brk_call(base + 10000), (long)(base + 10000));
    CU_ASSERT(mapped(base + 9999));
    CU_ASSERT_EQUAL(brk_call(0), (long)(base + 10000));
    CU_ASSERT_EQUAL(brk_call(base + 100), (long)(base + 100));
    CU_ASSERT(!mapped(base + 8192));
    CU_ASSERT_EQUAL(brk_call(base - 1), -EINVAL);
    CU_ASSERT(mapped((uint64_t)area));
}

static void test_past_user_space(void)
{
    uint64_t before = (uint64_t)brk_call(0);
    uint64_t bad[] = { ~0UL, ~0UL - 4095, 0x800000000000UL, 1UL << 62 };
    for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        CU_ASSERT_EQUAL(brk_call(bad[i]), -ENOMEM);
        CU_ASSERT_EQUAL(brk_call(0), (long)before);
        CU_ASSERT(mapped((uint64_t)area));                       /* below the break */
        CU_ASSERT(mapped((uint64_t)(uintptr_t)test_past_user_space)); /* our own text */
    }
}

static CU_TestInfo break_tests[] = {
    { "grow and shrink", test_grow_shrink },
    { "past user space: ENOMEM, nothing unmapped", test_past_user_space },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "break", setup, NULL, NULL, NULL, break_tests })
