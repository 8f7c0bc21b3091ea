/* abi/freebsd/values.c: enumerated values (fcntl, clocks, rlimits ...). */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/flags.h"
#include "tests/abi/abi_test.h"

static void test_tables_well_formed(void)
{
    check_valtab(&fbsd_fcntl_cmds, "fcntl");
    check_valtab(&fbsd_clock_ids, "clock");
    check_valtab(&fbsd_rlimit_res, "rlimit");
    check_valtab(&fbsd_sigprocmask_how, "how");
    check_valtab(&fbsd_whence, "whence");
    check_valtab(&fbsd_madvise, "madvise");
    check_valtab(&fbsd_umtx_ops, "umtx");
    check_valtab(&fbsd_sysarch_ops, "sysarch");
    check_valtab(&fbsd_idtypes, "idtypes");
}

static void test_fcntl(void)
{
    EXPECT_EQ(host_of(&fbsd_fcntl_cmds, 11), F_GETLK);
    EXPECT_EQ(host_of(&fbsd_fcntl_cmds, 12), F_SETLK);
    EXPECT_EQ(host_of(&fbsd_fcntl_cmds, 13), F_SETLKW);
    EXPECT_EQ(host_of(&fbsd_fcntl_cmds, 17), F_DUPFD_CLOEXEC);
    EXPECT_EQ(host_of(&fbsd_fcntl_cmds, FBSD_F_GETOWN), F_GETOWN);
    EXPECT_EQ(host_of(&fbsd_fcntl_cmds, FBSD_F_SETOWN), F_SETOWN);
    EXPECT_EQ(host_of(&fbsd_fcntl_cmds, FBSD_F_GETFL), F_GETFL);
    EXPECT_EQ(host_of(&fbsd_fcntl_cmds, FBSD_F_ADD_SEALS), F_ADD_SEALS);
    EXPECT_EQ(host_of(&fbsd_fcntl_cmds, FBSD_F_DUP2FD), -1);          /* emulated */
    EXPECT_EQ(guest_of(&fbsd_fcntl_cmds, F_SETLKW), 13);
    EXPECT_STR(dz_val_name(&fbsd_fcntl_cmds, 17), "F_DUPFD_CLOEXEC");
}

static void test_clocks(void)
{
    EXPECT_EQ(host_of(&fbsd_clock_ids, 0), CLOCK_REALTIME);
    EXPECT_EQ(host_of(&fbsd_clock_ids, 4), CLOCK_MONOTONIC);
    EXPECT_EQ(host_of(&fbsd_clock_ids, FBSD_CLOCK_UPTIME), CLOCK_BOOTTIME);
    EXPECT_EQ(host_of(&fbsd_clock_ids, FBSD_CLOCK_UPTIME_PRECISE), CLOCK_BOOTTIME);
    EXPECT_EQ(host_of(&fbsd_clock_ids, FBSD_CLOCK_UPTIME_FAST), CLOCK_BOOTTIME);
    EXPECT_EQ(host_of(&fbsd_clock_ids, FBSD_CLOCK_REALTIME_PRECISE), CLOCK_REALTIME);
    EXPECT_EQ(host_of(&fbsd_clock_ids, FBSD_CLOCK_REALTIME_FAST), CLOCK_REALTIME);
    EXPECT_EQ(host_of(&fbsd_clock_ids, FBSD_CLOCK_MONOTONIC_PRECISE), CLOCK_MONOTONIC);
    EXPECT_EQ(host_of(&fbsd_clock_ids, FBSD_CLOCK_MONOTONIC_FAST), CLOCK_MONOTONIC);
    EXPECT_EQ(host_of(&fbsd_clock_ids, FBSD_CLOCK_SECOND), CLOCK_REALTIME_COARSE);
    EXPECT_EQ(host_of(&fbsd_clock_ids, 14), CLOCK_THREAD_CPUTIME_ID);
    EXPECT_EQ(host_of(&fbsd_clock_ids, 15), CLOCK_PROCESS_CPUTIME_ID);
    EXPECT_EQ(host_of(&fbsd_clock_ids, FBSD_CLOCK_VIRTUAL), -1);
    EXPECT_EQ(host_of(&fbsd_clock_ids, FBSD_CLOCK_PROF), -1);
    EXPECT_EQ(host_of(&fbsd_clock_ids, 3), -1);
    EXPECT_EQ(guest_of(&fbsd_clock_ids, CLOCK_MONOTONIC), 4);         /* first entry wins */
    EXPECT_EQ(guest_of(&fbsd_clock_ids, CLOCK_REALTIME), 0);
}

static void test_rlimits(void)
{
    EXPECT_EQ(host_of(&fbsd_rlimit_res, 8), RLIMIT_NOFILE);
    EXPECT_EQ(host_of(&fbsd_rlimit_res, 7), RLIMIT_NPROC);
    EXPECT_EQ(host_of(&fbsd_rlimit_res, 6), RLIMIT_MEMLOCK);
    EXPECT_EQ(host_of(&fbsd_rlimit_res, 10), RLIMIT_AS);
    EXPECT_EQ(host_of(&fbsd_rlimit_res, FBSD_RLIMIT_STACK), RLIMIT_STACK);
    EXPECT_EQ(host_of(&fbsd_rlimit_res, FBSD_RLIMIT_SBSIZE), -1);
    EXPECT_EQ(guest_of(&fbsd_rlimit_res, RLIMIT_NOFILE), 8);
}

static void test_small_enums(void)
{
    EXPECT_EQ(host_of(&fbsd_sigprocmask_how, 1), SIG_BLOCK);
    EXPECT_EQ(host_of(&fbsd_sigprocmask_how, 2), SIG_UNBLOCK);
    EXPECT_EQ(host_of(&fbsd_sigprocmask_how, 3), SIG_SETMASK);
    EXPECT_EQ(host_of(&fbsd_sigprocmask_how, 0), -1);
    EXPECT_EQ(host_of(&fbsd_whence, FBSD_SEEK_DATA), SEEK_DATA);
    EXPECT_EQ(host_of(&fbsd_whence, FBSD_SEEK_HOLE), SEEK_HOLE);
    EXPECT_EQ(host_of(&fbsd_whence, FBSD_SEEK_END), SEEK_END);
    EXPECT_EQ(host_of(&fbsd_madvise, 5), MADV_FREE);
    EXPECT_EQ(host_of(&fbsd_madvise, FBSD_MADV_DONTNEED), MADV_DONTNEED);
    EXPECT_EQ(host_of(&fbsd_madvise, FBSD_MADV_NOCORE), MADV_DONTDUMP);
    EXPECT_EQ(host_of(&fbsd_madvise, FBSD_MADV_CORE), MADV_DODUMP);
    EXPECT_EQ(host_of(&fbsd_madvise, FBSD_MADV_NOSYNC), -1);
    EXPECT_EQ(host_of(&fbsd_idtypes, FBSD_P_PID), P_PID);
    EXPECT_EQ(host_of(&fbsd_idtypes, FBSD_P_PGID), P_PGID);
    EXPECT_EQ(host_of(&fbsd_idtypes, FBSD_P_ALL), P_ALL);
    EXPECT_EQ(host_of(&fbsd_idtypes, FBSD_P_SID), -1);
}

static void test_umtx_and_sysarch(void)
{
    for (int op = 0; op <= 28; op++)
        EXPECT_EQ(host_of(&fbsd_umtx_ops, op), op);
    EXPECT_EQ(host_of(&fbsd_umtx_ops, 29), -1);
    EXPECT_STR(dz_val_name(&fbsd_umtx_ops, 15), "UMTX_OP_WAIT_UINT_PRIVATE");
    EXPECT_STR(dz_val_name(&fbsd_umtx_ops, 16), "UMTX_OP_WAKE_PRIVATE");
    EXPECT_EQ(host_of(&fbsd_sysarch_ops, 128), ARCH_GET_FS);
    EXPECT_EQ(host_of(&fbsd_sysarch_ops, 129), ARCH_SET_FS);
    EXPECT_EQ(host_of(&fbsd_sysarch_ops, 130), ARCH_GET_GS);
    EXPECT_EQ(host_of(&fbsd_sysarch_ops, 131), ARCH_SET_GS);
    EXPECT_STR(dz_val_name(&fbsd_sysarch_ops, 129), "AMD64_SET_FSBASE");
}

static CU_TestInfo tests[] = {
    { "tables well formed", test_tables_well_formed },
    { "fcntl", test_fcntl },
    { "clocks", test_clocks },
    { "rlimits", test_rlimits },
    { "small enums", test_small_enums },
    { "umtx and sysarch", test_umtx_and_sysarch },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_values", NULL, NULL, NULL, NULL, tests })
