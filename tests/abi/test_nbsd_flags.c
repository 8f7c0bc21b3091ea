/* abi/netbsd/flags.c: the flag-word tables, driven through the walker. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include "abi/netbsd/consts.h"
#include "abi/netbsd/flags.h"
#include "tests/abi/abi_test.h"

#define KERNEL_O_LARGEFILE 0x8000   /* glibc's O_LARGEFILE is 0 on x86-64; F_GETFL shows the kernel's */

static void test_tables_well_formed(void)
{
    check_flagtab(&nbsd_open_flags, "open");
    check_flagtab(&nbsd_at_flags, "at");
    check_flagtab(&nbsd_mmap_prot, "prot");
    check_flagtab(&nbsd_mmap_flags, "mmap");
    check_flagtab(&nbsd_sa_flags, "sa");
    check_flagtab(&nbsd_sock_flags, "sock");
    check_flagtab(&nbsd_msg_flags, "msg");
    check_flagtab(&nbsd_wait_options, "wait");
    check_flagtab(&nbsd_uc_flags, "uc");
}

static void test_open(void)
{
    uint64_t unk = 99;
    /* Go's netpoll wake-up pipe: O_NONBLOCK|O_CLOEXEC = 0x400004 */
    EXPECT_EQ(dz_flags_to_host(&nbsd_open_flags, 0x400004, &unk), O_NONBLOCK | O_CLOEXEC);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&nbsd_open_flags, NBSD_O_RDWR | NBSD_O_CREAT | NBSD_O_EXCL | NBSD_O_TRUNC, &unk),
              O_RDWR | O_CREAT | O_EXCL | O_TRUNC);
    EXPECT_EQ(dz_flags_to_host(&nbsd_open_flags, NBSD_O_DIRECTORY | NBSD_O_NOFOLLOW | NBSD_O_DSYNC, &unk),
              O_DIRECTORY | O_NOFOLLOW | O_DSYNC);
    EXPECT_EQ(dz_flags_to_host(&nbsd_open_flags, NBSD_O_EXLOCK | NBSD_O_NOSIGPIPE | NBSD_O_SEARCH, &unk), O_RDONLY);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&nbsd_open_flags, NBSD_O_RDWR | 0x40000000, &unk), O_RDWR);
    EXPECT_EQ(unk, 0x40000000);
    /* F_GETFL's answer back */
    EXPECT_EQ(dz_flags_to_guest(&nbsd_open_flags, O_WRONLY | O_APPEND | O_NONBLOCK | KERNEL_O_LARGEFILE, &unk),
              NBSD_O_WRONLY | NBSD_O_APPEND | NBSD_O_NONBLOCK);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_guest(&nbsd_open_flags, O_SYNC, NULL), NBSD_O_SYNC);
    EXPECT_EQ(dz_flags_to_guest(&nbsd_open_flags, O_DSYNC, NULL), NBSD_O_DSYNC);
}

static void test_at(void)
{
    uint64_t unk;
    EXPECT_EQ(dz_flags_to_host(&nbsd_at_flags, 0x200, &unk), AT_SYMLINK_NOFOLLOW);
    EXPECT_EQ(dz_flags_to_host(&nbsd_at_flags, 0x800, &unk), AT_REMOVEDIR);
    EXPECT_EQ(dz_flags_to_host(&nbsd_at_flags, 0x400, &unk), AT_SYMLINK_FOLLOW);
    EXPECT_EQ(dz_flags_to_host(&nbsd_at_flags, 0x100, &unk), AT_EACCESS);
    EXPECT_EQ(unk, 0);
    dz_flags_to_host(&nbsd_at_flags, 0x1000, &unk);
    EXPECT_EQ(unk, 0x1000);
}

static void test_mmap(void)
{
    uint64_t unk;
    /* Go's arena reservations and commits */
    EXPECT_EQ(dz_flags_to_host(&nbsd_mmap_flags, 0x1002, &unk), MAP_ANONYMOUS | MAP_PRIVATE);
    EXPECT_EQ(dz_flags_to_host(&nbsd_mmap_flags, 0x1012, &unk), MAP_ANONYMOUS | MAP_PRIVATE | MAP_FIXED);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&nbsd_mmap_flags, NBSD_MAP_SHARED | NBSD_MAP_NORESERVE | NBSD_MAP_WIRED, &unk),
              MAP_SHARED | MAP_NORESERVE | MAP_LOCKED);
    EXPECT_EQ(dz_flags_to_host(&nbsd_mmap_flags, NBSD_MAP_PRIVATE | NBSD_MAP_ANON | NBSD_MAP_STACK |
                                                 NBSD_MAP_TRYFIXED | NBSD_MAP_ALIGNED(21), &unk),
              MAP_PRIVATE | MAP_ANONYMOUS);
    EXPECT_EQ(unk, 0);
    dz_flags_to_host(&nbsd_mmap_flags, NBSD_MAP_PRIVATE | NBSD_MAP_RENAME, &unk);
    EXPECT_EQ(unk, NBSD_MAP_RENAME);
    char buf[128];
    dz_flags_format(&nbsd_mmap_flags, 0x1012, buf, sizeof buf);
    EXPECT_STR(buf, "MAP_PRIVATE|MAP_FIXED|MAP_ANON");
    EXPECT_EQ(dz_flags_to_host(&nbsd_mmap_prot, 7, NULL), PROT_READ | PROT_WRITE | PROT_EXEC);
}

static void test_signals_and_sockets(void)
{
    uint64_t unk;
    EXPECT_EQ(dz_flags_to_host(&nbsd_sa_flags, NBSD_SA_SIGINFO | NBSD_SA_ONSTACK | NBSD_SA_RESTART, &unk),
              SA_SIGINFO | SA_ONSTACK | SA_RESTART);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&nbsd_sock_flags, NBSD_SOCK_CLOEXEC | NBSD_SOCK_NONBLOCK | NBSD_SOCK_NOSIGPIPE, &unk),
              SOCK_CLOEXEC | SOCK_NONBLOCK);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&nbsd_msg_flags, NBSD_MSG_NOSIGNAL | NBSD_MSG_DONTWAIT | NBSD_MSG_PEEK, &unk),
              MSG_NOSIGNAL | MSG_DONTWAIT | MSG_PEEK);
    EXPECT_EQ(dz_flags_to_guest(&nbsd_msg_flags, MSG_TRUNC | MSG_CTRUNC, NULL), NBSD_MSG_TRUNC | NBSD_MSG_CTRUNC);
}

static void test_wait(void)
{
    uint64_t unk;
    EXPECT_EQ(dz_flags_to_host(&nbsd_wait_options, NBSD_WNOHANG | NBSD_WUNTRACED | NBSD_WCONTINUED, &unk),
              WNOHANG | WUNTRACED | WCONTINUED);
    EXPECT_EQ(dz_flags_to_host(&nbsd_wait_options, NBSD_WALLSIG | NBSD_WALTSIG, &unk), __WALL | __WCLONE);
    EXPECT_EQ(dz_flags_to_host(&nbsd_wait_options, NBSD_WEXITED | NBSD_WNOWAIT, &unk), WEXITED | WNOWAIT);
    EXPECT_EQ(unk, 0);
    dz_flags_to_host(&nbsd_wait_options, NBSD_WNOZOMBIE, &unk);
    EXPECT_EQ(unk, NBSD_WNOZOMBIE);
}

static CU_TestInfo tests[] = {
    { "tables well formed", test_tables_well_formed },
    { "open", test_open },
    { "at", test_at },
    { "mmap", test_mmap },
    { "signals and sockets", test_signals_and_sockets },
    { "wait", test_wait },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "nbsd_flags", NULL, NULL, NULL, NULL, tests })
