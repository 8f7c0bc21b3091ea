/* abi/netbsd/values.c and sockopts.c: the value tables. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include "abi/netbsd/consts.h"
#include "abi/netbsd/flags.h"
#include "tests/abi/abi_test.h"

static void test_tables_well_formed(void)
{
    check_valtab(&nbsd_fcntl_cmds, "fcntl");
    check_valtab(&nbsd_clock_ids, "clock");
    check_valtab(&nbsd_rlimit_res, "rlimit");
    check_valtab(&nbsd_sigprocmask_how, "how");
    check_valtab(&nbsd_whence, "whence");
    check_valtab(&nbsd_madvise, "madvise");
    check_valtab(&nbsd_af, "af");
    check_valtab(&nbsd_sock_types, "socktype");
    check_valtab(&nbsd_sockopt_levels, "levels");
    check_valtab(&nbsd_so_opts, "so");
    check_valtab(&nbsd_tcp_opts, "tcp");
    check_valtab(&nbsd_ip_opts, "ip");
    check_valtab(&nbsd_ipv6_opts, "ipv6");
    check_valtab(&nbsd_shut_how, "shut");
}

static void test_values(void)
{
    /* fcntl: NetBSD's lock commands are 7/8/9, F_DUPFD_CLOEXEC 12; F_CLOSEM is the handler's */
    EXPECT_EQ(host_of(&nbsd_fcntl_cmds, 7), F_GETLK);
    EXPECT_EQ(host_of(&nbsd_fcntl_cmds, 8), F_SETLK);
    EXPECT_EQ(host_of(&nbsd_fcntl_cmds, 9), F_SETLKW);
    EXPECT_EQ(host_of(&nbsd_fcntl_cmds, 12), F_DUPFD_CLOEXEC);
    EXPECT_EQ(host_of(&nbsd_fcntl_cmds, NBSD_F_CLOSEM), -1);
    /* clocks: MONOTONIC is 3; VIRTUAL and PROF have no clock_gettime twin */
    EXPECT_EQ(host_of(&nbsd_clock_ids, 3), CLOCK_MONOTONIC);
    EXPECT_EQ(host_of(&nbsd_clock_ids, 0), CLOCK_REALTIME);
    EXPECT_EQ(host_of(&nbsd_clock_ids, 0x20000000), CLOCK_THREAD_CPUTIME_ID);
    EXPECT_EQ(host_of(&nbsd_clock_ids, 0x40000000), CLOCK_PROCESS_CPUTIME_ID);
    EXPECT_EQ(host_of(&nbsd_clock_ids, 1), -1);
    EXPECT_EQ(host_of(&nbsd_clock_ids, 4), -1);
    /* resources */
    EXPECT_EQ(host_of(&nbsd_rlimit_res, 8), RLIMIT_NOFILE);
    EXPECT_EQ(host_of(&nbsd_rlimit_res, 7), RLIMIT_NPROC);
    EXPECT_EQ(host_of(&nbsd_rlimit_res, 6), RLIMIT_MEMLOCK);
    EXPECT_EQ(host_of(&nbsd_rlimit_res, 10), RLIMIT_AS);
    EXPECT_EQ(host_of(&nbsd_rlimit_res, NBSD_RLIMIT_NTHR), -1);
    EXPECT_EQ(host_of(&nbsd_sigprocmask_how, 3), SIG_SETMASK);
    /* madvise: FREE 6 -> 8, SPACEAVAIL succeeds doing nothing */
    EXPECT_EQ(host_of(&nbsd_madvise, 6), MADV_FREE);
    EXPECT_EQ(host_of(&nbsd_madvise, 5), -1);
    EXPECT_EQ(guest_of(&nbsd_madvise, MADV_DONTNEED), 4);
}

static void test_sockets(void)
{
    EXPECT_EQ(host_of(&nbsd_af, 24), AF_INET6);
    EXPECT_EQ(host_of(&nbsd_af, 1), AF_UNIX);
    EXPECT_EQ(host_of(&nbsd_af, NBSD_AF_ROUTE), -1);
    EXPECT_EQ(guest_of(&nbsd_af, AF_INET6), 24);
    EXPECT_EQ(host_of(&nbsd_sockopt_levels, 0xffff), SOL_SOCKET);
    EXPECT_EQ(host_of(&nbsd_sockopt_levels, 1), -1);            /* IPPROTO_ICMP vs SOL_SOCKET */
    EXPECT_EQ(host_of(&nbsd_so_opts, 0x100c), SO_RCVTIMEO);
    EXPECT_EQ(host_of(&nbsd_so_opts, 0x100b), SO_SNDTIMEO);
    EXPECT_EQ(host_of(&nbsd_so_opts, 0x1007), SO_ERROR);
    EXPECT_EQ(host_of(&nbsd_so_opts, 4), SO_REUSEADDR);
    EXPECT_EQ(host_of(&nbsd_so_opts, NBSD_SO_NOSIGPIPE), -1);
    EXPECT_EQ(host_of(&nbsd_tcp_opts, 3), TCP_KEEPIDLE);
    EXPECT_EQ(host_of(&nbsd_tcp_opts, 5), TCP_KEEPINTVL);
    EXPECT_EQ(host_of(&nbsd_tcp_opts, 6), TCP_KEEPCNT);
    EXPECT_EQ(host_of(&nbsd_ipv6_opts, 27), IPV6_V6ONLY);
    EXPECT_EQ(host_of(&nbsd_ipv6_opts, 12), IPV6_ADD_MEMBERSHIP);
    EXPECT_EQ(host_of(&nbsd_ip_opts, 3), IP_TOS);
}

static CU_TestInfo tests[] = {
    { "tables well formed", test_tables_well_formed },
    { "values", test_values },
    { "sockets", test_sockets },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "nbsd_values", NULL, NULL, NULL, NULL, tests })
