/* abi/freebsd/types.h: the layouts are pinned by _Static_assert in the
 * header; this test makes sure the header is usable where the engine uses
 * it, i.e. next to glibc's headers, whose macros (sa_handler, si_pid,
 * d_fileno ...) have bitten BSD-named fields before, and checks what the
 * asserts cannot: alignment of the signal frame structures. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <ucontext.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/types.h"
#include "tests/abi/abi_test.h"

static void test_alignment(void)
{
    EXPECT_EQ(_Alignof(struct fbsd_mcontext), 16);
    EXPECT_EQ(_Alignof(struct fbsd_ucontext), 16);
    EXPECT_EQ(sizeof(struct fbsd_ucontext), 880);
    EXPECT_EQ(sizeof(struct fbsd_siginfo), 80);
    EXPECT_EQ(offsetof(struct fbsd_ucontext, uc_mcontext.mc_fsbase), 16 + 736);
    EXPECT_EQ(offsetof(struct fbsd_ucontext, uc_mcontext.mc_rip), 16 + 160);
    EXPECT_EQ(_Alignof(struct fbsd_sockaddr_un), 1);
    EXPECT_EQ(sizeof(struct fbsd_statfs), 2344);
}

/* Touch every field whose name a libc macro could rewrite. */
static void test_fields_next_to_glibc(void)
{
    struct fbsd_sigaction sa = { .handler = 1, .flags = FBSD_SA_SIGINFO };
    struct fbsd_siginfo si = { .signo = FBSD_SIGSEGV, .errno_ = 0, .code = FBSD_SEGV_MAPERR, .pid = 2,
                               .uid = 3, .status = 4, .addr = 5, .value = 6 };
    si.reason.fault.trapno = 12;
    si.reason.timer.overrun = 1;
    struct fbsd_stack ss = { .ss_sp = 7, .ss_size = 8, .ss_flags = FBSD_SS_DISABLE };
    struct fbsd_stat st = { .st_mode = FBSD_S_IFREG, .st_atim = { 1, 2 }, .st_birthtim = { -1, 0 } };
    struct fbsd_statfs sf = { .f_version = FBSD_STATFS_VERSION, .f_fsid = { 1, 2 } };
    struct fbsd_flock fl = { .l_type = FBSD_F_WRLCK, .l_whence = FBSD_SEEK_SET, .l_sysid = 0 };
    struct fbsd_sockaddr_in sin = { .sin_len = 16, .sin_family = FBSD_AF_INET, .sin_port = 1, .sin_addr = 2 };
    struct fbsd_sockaddr_in6 sin6 = { .sin6_len = 28, .sin6_family = FBSD_AF_INET6, .sin6_scope_id = 1 };
    struct fbsd_sockaddr_un sun = { .sun_len = 3, .sun_family = FBSD_AF_UNIX, .sun_path = "x" };
    struct fbsd_ucontext uc = { .uc_mcontext = { .mc_len = sizeof(struct fbsd_mcontext), .mc_rip = 9 } };
    struct fbsd_thr_param tp = { .start_func = 1, .tls_base = 2, .flags = FBSD_THR_SUSPENDED };
    struct fbsd_umtx_time ut = { .timeout = { 1, 2 }, .flags = FBSD_UMTX_ABSTIME, .clockid = FBSD_CLOCK_MONOTONIC };
    struct fbsd_rlimit rl = { .rlim_cur = FBSD_RLIM_INFINITY };
    struct fbsd_kevent kev = { .ident = 1, .ext = { 4 } };
    struct fbsd_kevent11 kev11 = { .udata = 2 };
    struct fbsd_timeval tv = { .tv_usec = 3 };
    EXPECT_EQ(sa.handler + (uint64_t)sa.flags, 1 + 0x40);
    EXPECT_EQ(si.pid + si.status + (int)si.addr, 11);
    EXPECT_EQ(ss.ss_flags, 4);
    EXPECT_EQ(st.st_birthtim.tv_sec, -1);
    EXPECT_EQ(sf.f_fsid[1], 2);
    EXPECT_EQ(fl.l_type, 3);
    EXPECT_EQ(sin.sin_addr + sin6.sin6_scope_id + sun.sun_len, 6);
    EXPECT_EQ(uc.uc_mcontext.mc_len, 800);
    EXPECT_EQ(tp.flags + (int)ut.flags, 2);
    EXPECT_EQ(rl.rlim_cur, INT64_MAX);
    EXPECT_EQ(kev.ext[0] + kev11.udata + (uint64_t)tv.tv_usec, 9);
}

static CU_TestInfo tests[] = {
    { "alignment", test_alignment },
    { "fields next to glibc", test_fields_next_to_glibc },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_types", NULL, NULL, NULL, NULL, tests })
