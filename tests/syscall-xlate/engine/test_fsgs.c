/* syscall-xlate/engine/fsgs.c and fsgs_ops.S: the choice of mechanism, the
 * arch_prctl switches (any host), the instruction switches (hosts that
 * offer FSGSBASE), and that the fallback cannot use the instructions. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/fsgs.h"
#include "syscall-xlate/engine/thread.h"
#include "tests/dz_cunit.h"
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

struct dz_fsgs_ops {
    void (*enter)(void), (*leave)(void), (*nested_enter)(void), (*nested_leave)(void);
};
extern struct dz_fsgs_ops dz_fsgs_ops;
extern void dz_fsgs_instr_set_gs(void *);

static void test_decide(void)
{
    CU_ASSERT_EQUAL(dz_fsgs_decide(0, NULL), DZ_FSGS_ABSENT);
    CU_ASSERT_EQUAL(dz_fsgs_decide(0, "off"), DZ_FSGS_ABSENT);    /* nothing to turn off */
    CU_ASSERT_EQUAL(dz_fsgs_decide(DZ_HWCAP2_FSGSBASE, NULL), DZ_FSGS_INSTR);
    CU_ASSERT_EQUAL(dz_fsgs_decide(DZ_HWCAP2_FSGSBASE, "on"), DZ_FSGS_INSTR);
    CU_ASSERT_EQUAL(dz_fsgs_decide(DZ_HWCAP2_FSGSBASE, ""), DZ_FSGS_INSTR);
    CU_ASSERT_EQUAL(dz_fsgs_decide(DZ_HWCAP2_FSGSBASE, "off"), DZ_FSGS_OFF);
    CU_ASSERT_EQUAL(dz_fsgs_decide(DZ_HWCAP2_FSGSBASE, "0"), DZ_FSGS_OFF);
    CU_ASSERT_EQUAL(dz_fsgs_decide(~0UL & ~DZ_HWCAP2_FSGSBASE, NULL), DZ_FSGS_ABSENT);
    CU_ASSERT_PTR_NOT_NULL(strstr(dz_fsgs_describe(DZ_FSGS_INSTR), "used"));
    CU_ASSERT_PTR_NOT_NULL(strstr(dz_fsgs_describe(DZ_FSGS_ABSENT), "not offered"));
    CU_ASSERT_PTR_NOT_NULL(strstr(dz_fsgs_describe(DZ_FSGS_OFF), "forced off"));
}

/* A thread's state and a made-up guest TLS block whose first word (what
 * %fs:0 reads) is a marker. */
static struct dz_thread th __attribute__((aligned(64)));
static uint64_t guest_tls[4] = { 0x6775657374ULL, 0, 0, 0 };

/* leave, read %fs:0 with the guest's base live (no C in between: the C
 * library's TLS is gone meanwhile), enter; then nested_enter/leave from the
 * guest base.  Returns what %fs:0 showed in the guest and in the nested
 * section, and the FS base nested_enter reported. */
static void switch_round(uint64_t out[3])
{
    uint64_t seen, nested_seen, reported;
    __asm__ volatile("mov %3, %%rax\n\t"
                     "call *8+dz_fsgs_ops(%%rip)\n\t"      /* leave: guest FS */
                     "mov %%fs:0, %0\n\t"
                     "call *16+dz_fsgs_ops(%%rip)\n\t"     /* nested_enter: host FS, r11 = guest */
                     "mov %%r11, %2\n\t"
                     "mov %%fs:0, %1\n\t"
                     "call *24+dz_fsgs_ops(%%rip)\n\t"     /* nested_leave: guest FS again */
                     "call *0+dz_fsgs_ops(%%rip)\n\t"      /* enter: host FS */
                     : "=&r"(seen), "=&r"(nested_seen), "=&r"(reported)
                     : "r"(&th)
                     : "rax", "r11", "memory", "cc");
    out[0] = seen;
    out[1] = nested_seen;
    out[2] = reported;
}

static void check_round(void)
{
    uint64_t host;
    __asm__ volatile("mov %%fs:0, %0" : "=r"(host));
    memset(&th, 0, sizeof th);
    th.self = &th;
    th.host_fs = host;
    th.cur_fs = host;
    th.guest_fs = (uint64_t)guest_tls;
    uint64_t r[3];
    switch_round(r);
    CU_ASSERT_EQUAL(r[0], guest_tls[0]);          /* the guest's FS was live */
    CU_ASSERT_EQUAL(r[1], host);                  /* host FS in the nested section */
    CU_ASSERT_EQUAL(r[2], (uint64_t)guest_tls);   /* what nested_enter found live */
    uint64_t now;
    __asm__ volatile("mov %%fs:0, %0" : "=r"(now));
    CU_ASSERT_EQUAL(now, host);                   /* and the host's again after enter */
    CU_ASSERT_EQUAL(th.guest_fs, (uint64_t)guest_tls);
    printf(" (%s) ", dz_fsgs_describe(dz_fsgs_mode));
}

static void test_prctl_switches(void)
{
    CU_ASSERT_EQUAL(dz_fsgs_install(DZ_FSGS_OFF), 0);   /* from here on, this process has no instructions */
    check_round();
}

/* The fallback is faithful: after installing it, the instructions' section
 * cannot run (a fault, whether or not this CPU has them). */
static void test_instr_section_gone(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGSEGV, SIG_DFL);
        dz_fsgs_install(DZ_FSGS_ABSENT);
        dz_fsgs_instr_set_gs((void *)dz_fsgs_no_thread);
        _exit(0);
    }
    int st = 0;
    CU_ASSERT_EQUAL(waitpid(pid, &st, 0), pid);
    CU_ASSERT(WIFSIGNALED(st) && WTERMSIG(st) == SIGSEGV);
}

/* The instruction switches need a host that offers FSGSBASE; elsewhere
 * this case says so and checks nothing (the arch_prctl cases above are the
 * ones such a host uses).  Run in a child: the parent installed the
 * fallback, which has unmapped the instructions for good. */
static void test_instr_switches(void)
{
    if (!(getauxval(AT_HWCAP2) & DZ_HWCAP2_FSGSBASE)) {
        printf(" (this host does not offer FSGSBASE: the instruction switches cannot run here) ");
        return;
    }
    pid_t pid = fork();
    if (pid == 0) {
        /* a fresh image of the section is not needed: re-map it executable */
        extern char dz_fsgsbase_start[], dz_fsgsbase_end[];
        if (mprotect(dz_fsgsbase_start, (size_t)(dz_fsgsbase_end - dz_fsgsbase_start), PROT_READ | PROT_EXEC))
            _exit(3);
        dz_fsgs_install(DZ_FSGS_INSTR);
        check_round();
        _exit(CU_get_number_of_failures() ? 1 : 0);
    }
    int st = 0;
    CU_ASSERT_EQUAL(waitpid(pid, &st, 0), pid);
    CU_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

static CU_TestInfo tests[] = {
    { "mode from host facts", test_decide },
    { "instruction section gone in the fallback", test_instr_section_gone },
    { "arch_prctl switches", test_prctl_switches },
    { "instruction switches", test_instr_switches },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "engine_fsgs", NULL, NULL, NULL, NULL, tests })
