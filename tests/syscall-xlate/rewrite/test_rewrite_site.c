/* The Capstone-based analysis of a syscall site before it is rewritten
 * (syscall-xlate/engine/rewrite_site.c): which instruction may become a
 * 5-byte jump, and every reason to refuse. */
#include "syscall-xlate/engine/rewrite.h"
#include "tests/dz_cunit.h"
#include <string.h>

#define BASE 0x401000ULL

static void *cs;

static int setup(void)
{
    cs = dz_site_decoder_open();
    return cs ? 0 : 1;
}

static int teardown(void)
{
    dz_site_decoder_close(cs);
    return 0;
}

/* Analyse the syscall at BASE + off in the function `code`. */
static int analyze(const char *code, size_t len, uint64_t off, struct dz_site_plan *p)
{
    return dz_site_analyze(cs, (const uint8_t *)code, BASE, len, BASE + off, p);
}
#define ANALYZE(code, off, p) analyze(code, sizeof(code) - 1, off, p)

static void test_mov_eax_imm(void)
{
    /* mov $0x14,%eax; syscall; ret  (runtime·getpid-style) */
    static const char f[] = "\xb8\x14\x00\x00\x00\x0f\x05\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL_FATAL(ANALYZE(f, 5, &p), 0);
    CU_ASSERT_EQUAL(p.insn, BASE);
    CU_ASSERT_EQUAL(p.len, 5);
    CU_ASSERT_EQUAL(memcmp(p.bytes, f, 5), 0);
    CU_ASSERT_TRUE(p.nr_known);
    CU_ASSERT_EQUAL(p.nr, 20);
}

static void test_mov_rax_imm32_seven_bytes(void)
{
    /* mov $0xca,%rax (7 bytes); syscall */
    static const char f[] = "\x48\xc7\xc0\xca\x00\x00\x00\x0f\x05\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL_FATAL(ANALYZE(f, 7, &p), 0);
    CU_ASSERT_EQUAL(p.len, 7);
    CU_ASSERT_TRUE(p.nr_known);
    CU_ASSERT_EQUAL(p.nr, 202);
}

static void test_stack_load(void)
{
    /* syscall.Syscall: mov 0x20(%rsp),%rdx; syscall -- any fall-through
     * instruction will do, the number need not be known */
    static const char f[] = "\x48\x8b\x44\x24\x08\x48\x8b\x54\x24\x20\x0f\x05\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL_FATAL(ANALYZE(f, 10, &p), 0);
    CU_ASSERT_EQUAL(p.insn, BASE + 5);
    CU_ASSERT_EQUAL(p.len, 5);
    CU_ASSERT_FALSE(p.nr_known);
}

static void test_short_instruction_refused(void)
{
    /* xor %eax,%eax; syscall */
    static const char f[] = "\x31\xc0\x0f\x05\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL(ANALYZE(f, 2, &p), -1);
    CU_ASSERT_PTR_NOT_NULL(p.why);
    CU_ASSERT_PTR_NOT_NULL(strstr(p.why, "shorter"));
}

static void test_rip_relative_refused(void)
{
    /* mov 0x10(%rip),%rax; syscall: it would read elsewhere from the stub */
    static const char f[] = "\x48\x8b\x05\x10\x00\x00\x00\x0f\x05\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL(ANALYZE(f, 7, &p), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(p.why, "rip-relative"));
}

static void test_call_refused(void)
{
    /* call rel32; syscall */
    static const char f[] = "\xe8\x00\x00\x00\x00\x0f\x05\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL(ANALYZE(f, 5, &p), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(p.why, "branch"));
}

static void test_branch_into_patched_bytes_refused(void)
{
    /* jmp 0x...5 lands inside the 7-byte mov that the jump would overwrite */
    static const char f[] = "\xeb\x03\x48\xc7\xc0\x14\x00\x00\x00\x0f\x05\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL(ANALYZE(f, 9, &p), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(p.why, "targets"));
}

static void test_backward_branch_into_patched_bytes_refused(void)
{
    /* mov $0x14,%rax; syscall; jne (mov+1) */
    static const char f[] = "\x48\xc7\xc0\x14\x00\x00\x00\x0f\x05\x75\xf6\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL(ANALYZE(f, 7, &p), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(p.why, "targets"));
}

static void test_branch_to_instruction_start_or_syscall_allowed(void)
{
    /* jmp to the syscall itself (it still traps), jne back to the mov's
     * first byte (it becomes the jump) */
    static const char f[] = "\xeb\x05\xb8\x14\x00\x00\x00\x0f\x05\x75\xf7\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL_FATAL(ANALYZE(f, 7, &p), 0);
    CU_ASSERT_EQUAL(p.insn, BASE + 2);
    CU_ASSERT_EQUAL(p.len, 5);
}

static void test_not_a_syscall_refused(void)
{
    static const char f[] = "\xb8\x14\x00\x00\x00\x90\x90\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL(ANALYZE(f, 5, &p), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(p.why, "not a syscall"));
}

static void test_site_inside_an_instruction_refused(void)
{
    /* the bytes 0f 05 inside an immediate are no syscall */
    static const char f[] = "\xb8\x0f\x05\x00\x00\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL(ANALYZE(f, 1, &p), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(p.why, "boundary"));
}

static void test_syscall_first_refused(void)
{
    static const char f[] = "\x0f\x05\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL(ANALYZE(f, 0, &p), -1);
}

static void test_undecodable_refused(void)
{
    /* a valid site followed by bytes that are no instruction: the decode
     * of the function is incomplete, so branch targets are unknown */
    static const char f[] = "\xb8\x14\x00\x00\x00\x0f\x05\xc3\x06";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL(ANALYZE(f, 5, &p), -1);
    CU_ASSERT_PTR_NOT_NULL(strstr(p.why, "undecodable"));
}

static void test_site_outside_function_refused(void)
{
    static const char f[] = "\xb8\x14\x00\x00\x00\x0f\x05\xc3";
    struct dz_site_plan p;
    CU_ASSERT_EQUAL(ANALYZE(f, 7, &p), -1);
    CU_ASSERT_EQUAL(analyze(f, sizeof f - 1, 100, &p), -1);
}

static CU_TestInfo tests[] = {
    { "mov $nr,%eax before syscall", test_mov_eax_imm },
    { "7-byte mov $nr,%rax", test_mov_rax_imm32_seven_bytes },
    { "any fall-through instruction (stack load)", test_stack_load },
    { "shorter than 5 bytes: refused", test_short_instruction_refused },
    { "rip-relative: refused", test_rip_relative_refused },
    { "call before syscall: refused", test_call_refused },
    { "branch into the patched bytes: refused", test_branch_into_patched_bytes_refused },
    { "backward branch into them: refused", test_backward_branch_into_patched_bytes_refused },
    { "branch to insn start / syscall: allowed", test_branch_to_instruction_start_or_syscall_allowed },
    { "site not a syscall: refused", test_not_a_syscall_refused },
    { "site inside an instruction: refused", test_site_inside_an_instruction_refused },
    { "syscall first in function: refused", test_syscall_first_refused },
    { "undecodable function: refused", test_undecodable_refused },
    { "site outside the function: refused", test_site_outside_function_refused },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "rewrite_site", setup, teardown, NULL, NULL, tests })
