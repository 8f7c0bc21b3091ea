/* abi/openbsd/flags.c, values.c, sockopts.c: table consistency and the
 * values OpenBSD programs pass (x/sys zerrors_openbsd_amd64.go). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include "abi/openbsd/consts.h"
#include "abi/openbsd/flags.h"
#include "tests/abi/abi_test.h"

static uint64_t to_host(const struct dz_flagtab *t, uint64_t g, uint64_t *unk)
{
    return dz_flags_to_host(t, g, unk);
}

static void test_tables_consistent(void)
{
    check_flagtab(&obsd_open_flags, "open");
    check_flagtab(&obsd_at_flags, "at");
    check_flagtab(&obsd_mmap_prot, "prot");
    check_flagtab(&obsd_mmap_flags, "mmap");
    check_flagtab(&obsd_sa_flags, "sa");
    check_flagtab(&obsd_sock_flags, "sock");
    check_flagtab(&obsd_msg_flags, "msg");
    check_flagtab(&obsd_wait_options, "wait");
    const struct dz_valtab *v[] = { &obsd_fcntl_cmds, &obsd_clock_ids, &obsd_rlimit_res,
        &obsd_sigprocmask_how, &obsd_whence, &obsd_madvise, &obsd_itimers, &obsd_af,
        &obsd_sock_types, &obsd_sockopt_levels, &obsd_so_opts, &obsd_tcp_opts, &obsd_ip_opts,
        &obsd_ipv6_opts, &obsd_shut_how };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        check_valtab(v[i], "value table");
}

static void test_open_flags(void)
{
    uint64_t unk;
    /* Go: O_RDONLY|O_CLOEXEC for /dev/urandom, O_RDWR|O_CREAT|O_EXCL|O_CLOEXEC for CreateTemp */
    EXPECT_EQ(to_host(&obsd_open_flags, OBSD_O_CLOEXEC, &unk), O_RDONLY | O_CLOEXEC);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(to_host(&obsd_open_flags, 0x10a02, &unk), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC);
    EXPECT_EQ(to_host(&obsd_open_flags, OBSD_O_NONBLOCK | OBSD_O_APPEND | OBSD_O_DIRECTORY | OBSD_O_NOFOLLOW, &unk),
              O_NONBLOCK | O_APPEND | O_DIRECTORY | O_NOFOLLOW);
    EXPECT_EQ(to_host(&obsd_open_flags, OBSD_O_SYNC, &unk), O_SYNC);
    EXPECT_EQ(to_host(&obsd_open_flags, OBSD_O_SHLOCK, &unk), 0);   /* taken by the handler */
    EXPECT_EQ(unk, 0);
    to_host(&obsd_open_flags, 0x40000000, &unk);
    EXPECT_EQ(unk, 0x40000000);
    /* F_GETFL answers come back in OpenBSD's bits, O_LARGEFILE swallowed */
    EXPECT_EQ(dz_flags_to_guest(&obsd_open_flags, O_WRONLY | O_NONBLOCK | O_LARGEFILE, &unk),
              OBSD_O_WRONLY | OBSD_O_NONBLOCK);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_guest(&obsd_open_flags, O_RDONLY | O_SYNC, &unk), OBSD_O_SYNC);
    EXPECT_EQ(to_host(&obsd_at_flags, OBSD_AT_SYMLINK_NOFOLLOW, &unk), AT_SYMLINK_NOFOLLOW);
    EXPECT_EQ(to_host(&obsd_at_flags, OBSD_AT_REMOVEDIR, &unk), AT_REMOVEDIR);
}

static void test_mmap(void)
{
    uint64_t unk;
    /* runtime: MAP_PRIVATE|MAP_ANON, and MAP_FIXED|MAP_STACK for goroutine stacks */
    EXPECT_EQ(to_host(&obsd_mmap_flags, OBSD_MAP_PRIVATE | OBSD_MAP_ANON, &unk), MAP_PRIVATE | MAP_ANONYMOUS);
    EXPECT_EQ(to_host(&obsd_mmap_flags, 0x5012, &unk), MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(to_host(&obsd_mmap_flags, OBSD_MAP_CONCEAL, &unk), 0);
    EXPECT_EQ(unk, 0);
    to_host(&obsd_mmap_flags, 0x20, &unk);
    EXPECT_EQ(unk, 0x20);
    EXPECT_EQ(host_of(&obsd_madvise, OBSD_MADV_FREE), MADV_FREE);
    EXPECT_EQ(host_of(&obsd_madvise, OBSD_MADV_DONTNEED), MADV_DONTNEED);
    EXPECT_EQ(host_of(&obsd_madvise, OBSD_MADV_SPACEAVAIL), -1);
}

static void test_values(void)
{
    EXPECT_EQ(host_of(&obsd_clock_ids, OBSD_CLOCK_MONOTONIC), CLOCK_MONOTONIC);
    EXPECT_EQ(host_of(&obsd_clock_ids, OBSD_CLOCK_REALTIME), CLOCK_REALTIME);
    EXPECT_EQ(host_of(&obsd_clock_ids, OBSD_CLOCK_THREAD_CPUTIME_ID), CLOCK_THREAD_CPUTIME_ID);
    EXPECT_EQ(host_of(&obsd_clock_ids, OBSD_CLOCK_BOOTTIME), CLOCK_BOOTTIME);
    EXPECT_EQ(host_of(&obsd_clock_ids, 1), -1);
    EXPECT_EQ(host_of(&obsd_rlimit_res, OBSD_RLIMIT_NOFILE), RLIMIT_NOFILE);
    EXPECT_EQ(host_of(&obsd_rlimit_res, OBSD_RLIMIT_NPROC), RLIMIT_NPROC);
    EXPECT_EQ(host_of(&obsd_rlimit_res, OBSD_RLIMIT_MEMLOCK), RLIMIT_MEMLOCK);
    EXPECT_EQ(host_of(&obsd_fcntl_cmds, OBSD_F_DUPFD_CLOEXEC), F_DUPFD_CLOEXEC);
    EXPECT_EQ(host_of(&obsd_fcntl_cmds, OBSD_F_GETLK), F_GETLK);
    EXPECT_EQ(host_of(&obsd_fcntl_cmds, OBSD_F_ISATTY), -1);   /* the handler's */
    EXPECT_EQ(host_of(&obsd_sigprocmask_how, OBSD_SIG_SETMASK), SIG_SETMASK);
    EXPECT_EQ(host_of(&obsd_itimers, OBSD_ITIMER_PROF), ITIMER_PROF);
    uint64_t unk;
    EXPECT_EQ(to_host(&obsd_wait_options, OBSD_WNOHANG | OBSD_WCONTINUED, &unk), WNOHANG | WCONTINUED);
    EXPECT_EQ(to_host(&obsd_sa_flags, OBSD_SA_SIGINFO | OBSD_SA_ONSTACK | OBSD_SA_RESTART, &unk),
              SA_SIGINFO | SA_ONSTACK | SA_RESTART);
}

static void test_sockets(void)
{
    uint64_t unk;
    EXPECT_EQ(host_of(&obsd_af, OBSD_AF_INET6), AF_INET6);
    EXPECT_EQ(host_of(&obsd_af, OBSD_AF_ROUTE), -1);
    /* the type word Go passes: SOCK_STREAM|SOCK_NONBLOCK|SOCK_CLOEXEC = 0xc001 */
    EXPECT_EQ(to_host(&obsd_sock_flags, 0xc001, &unk), SOCK_NONBLOCK | SOCK_CLOEXEC);
    EXPECT_EQ(unk, OBSD_SOCK_STREAM);
    EXPECT_EQ(host_of(&obsd_sock_types, (int64_t)unk), SOCK_STREAM);
    to_host(&obsd_sock_flags, OBSD_SOCK_DNS | OBSD_SOCK_DGRAM, &unk);
    EXPECT_EQ(unk, OBSD_SOCK_DGRAM);
    EXPECT_EQ(host_of(&obsd_sockopt_levels, OBSD_SOL_SOCKET), SOL_SOCKET);
    EXPECT_EQ(host_of(&obsd_sockopt_levels, OBSD_IPPROTO_ICMP), -1);
    EXPECT_EQ(host_of(&obsd_so_opts, OBSD_SO_REUSEADDR), SO_REUSEADDR);
    EXPECT_EQ(host_of(&obsd_so_opts, OBSD_SO_ERROR), SO_ERROR);
    EXPECT_EQ(host_of(&obsd_so_opts, OBSD_SO_RCVTIMEO), SO_RCVTIMEO);
    EXPECT_EQ(host_of(&obsd_so_opts, OBSD_SO_PEERCRED), -1);
    EXPECT_EQ(host_of(&obsd_tcp_opts, OBSD_TCP_NODELAY), TCP_NODELAY);
    EXPECT_EQ(host_of(&obsd_ipv6_opts, OBSD_IPV6_V6ONLY), IPV6_V6ONLY);
    EXPECT_EQ(host_of(&obsd_ip_opts, OBSD_IP_TTL), IP_TTL);
    EXPECT_EQ(to_host(&obsd_msg_flags, OBSD_MSG_NOSIGNAL | OBSD_MSG_DONTWAIT, &unk), MSG_NOSIGNAL | MSG_DONTWAIT);
    EXPECT_EQ(dz_flags_to_guest(&obsd_msg_flags, MSG_TRUNC | MSG_CTRUNC, &unk), OBSD_MSG_TRUNC | OBSD_MSG_CTRUNC);
}

static void test_format(void)
{
    char buf[128];
    dz_flags_format(&obsd_open_flags, 0x10a02, buf, sizeof buf);
    EXPECT_STR(buf, "O_RDWR|O_CREAT|O_EXCL|O_CLOEXEC");
    dz_flags_format(&obsd_mmap_flags, 0x5012, buf, sizeof buf);
    EXPECT_STR(buf, "MAP_PRIVATE|MAP_FIXED|MAP_ANON|MAP_STACK");
}

static CU_TestInfo tests[] = {
    { "tables consistent", test_tables_consistent },
    { "open flags", test_open_flags },
    { "mmap and madvise", test_mmap },
    { "values", test_values },
    { "sockets", test_sockets },
    { "trace format", test_format },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "obsd_flags", NULL, NULL, NULL, NULL, tests })
