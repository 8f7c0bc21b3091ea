/* abi/freebsd/flags.c: the flag-word tables, driven through the walker. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/flags.h"
#include "tests/abi/abi_test.h"

#define KERNEL_O_LARGEFILE 0x8000   /* glibc's O_LARGEFILE is 0 on x86-64; F_GETFL shows the kernel's */
#define KERNEL_SA_RESTORER 0x04000000 /* arch/x86/include/uapi/asm/signal.h; glibc hides it */

static void test_tables_well_formed(void)
{
    check_flagtab(&fbsd_open_flags, "open");
    check_flagtab(&fbsd_at_flags, "at");
    check_flagtab(&fbsd_mmap_prot, "prot");
    check_flagtab(&fbsd_mmap_flags, "mmap");
    check_flagtab(&fbsd_sa_flags, "sa");
    check_flagtab(&fbsd_sock_flags, "sock");
    check_flagtab(&fbsd_msg_flags, "msg");
    check_flagtab(&fbsd_wait_options, "wait");
    check_flagtab(&fbsd_fd_flags, "fd");
}

static void test_open_to_host(void)
{
    uint64_t unk = 99;
    EXPECT_EQ(dz_flags_to_host(&fbsd_open_flags, 0x200 | 0x100000 | 0x4, &unk),
              O_CREAT | O_CLOEXEC | O_NONBLOCK | O_RDONLY);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&fbsd_open_flags, FBSD_O_RDWR | FBSD_O_CREAT | FBSD_O_EXCL | FBSD_O_TRUNC, &unk),
              O_RDWR | O_CREAT | O_EXCL | O_TRUNC);
    EXPECT_EQ(dz_flags_to_host(&fbsd_open_flags, FBSD_O_WRONLY | FBSD_O_APPEND | FBSD_O_NOFOLLOW, &unk),
              O_WRONLY | O_APPEND | O_NOFOLLOW);
    EXPECT_EQ(dz_flags_to_host(&fbsd_open_flags, FBSD_O_DIRECTORY | FBSD_O_NOCTTY | FBSD_O_DIRECT, &unk),
              O_DIRECTORY | O_NOCTTY | O_DIRECT);
    EXPECT_EQ(unk, 0);
    /* known and dropped: no host bit, not unknown */
    EXPECT_EQ(dz_flags_to_host(&fbsd_open_flags, FBSD_O_EXLOCK | FBSD_O_SHLOCK | FBSD_O_EXEC | FBSD_O_VERIFY |
                                                 FBSD_O_TTY_INIT, &unk), O_RDONLY);
    EXPECT_EQ(unk, 0);
    /* unknown bits come back */
    EXPECT_EQ(dz_flags_to_host(&fbsd_open_flags, FBSD_O_RDWR | FBSD_O_RESOLVE_BENEATH | 0x40000000, &unk), O_RDWR);
    EXPECT_EQ(unk, FBSD_O_RESOLVE_BENEATH | 0x40000000);
    EXPECT_EQ(dz_flags_to_host(&fbsd_open_flags, 3, &unk), 0);            /* no such access mode */
    EXPECT_EQ(unk, 3);
    /* sync flags */
    EXPECT_EQ(dz_flags_to_host(&fbsd_open_flags, FBSD_O_SYNC, NULL), O_SYNC);
    EXPECT_EQ(dz_flags_to_host(&fbsd_open_flags, FBSD_O_DSYNC, NULL), O_DSYNC);
    EXPECT_EQ(dz_flags_to_host(&fbsd_open_flags, FBSD_O_SYNC | FBSD_O_DSYNC, &unk), O_SYNC);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&fbsd_open_flags, FBSD_O_PATH, NULL), O_PATH);
}

static void test_open_to_guest(void)
{
    uint64_t unk = 99;
    /* what F_GETFL returns on Linux */
    EXPECT_EQ(dz_flags_to_guest(&fbsd_open_flags, O_RDWR | O_APPEND | O_NONBLOCK | KERNEL_O_LARGEFILE, &unk),
              FBSD_O_RDWR | FBSD_O_APPEND | FBSD_O_NONBLOCK);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_guest(&fbsd_open_flags, O_SYNC, NULL), FBSD_O_SYNC);
    EXPECT_EQ(dz_flags_to_guest(&fbsd_open_flags, O_DSYNC, NULL), FBSD_O_DSYNC);
    EXPECT_EQ(dz_flags_to_guest(&fbsd_open_flags, O_WRONLY | O_CLOEXEC, NULL), FBSD_O_WRONLY | FBSD_O_CLOEXEC);
    EXPECT_EQ(dz_flags_to_guest(&fbsd_open_flags, O_NOATIME, &unk), FBSD_O_RDONLY);
    EXPECT_EQ(unk, O_NOATIME);
}

static void test_open_format(void)
{
    char buf[128];
    dz_flags_format(&fbsd_open_flags, FBSD_O_RDWR | FBSD_O_CREAT, buf, sizeof(buf));
    EXPECT_STR(buf, "O_RDWR|O_CREAT");
    dz_flags_format(&fbsd_open_flags, 0, buf, sizeof(buf));
    EXPECT_STR(buf, "O_RDONLY");
    dz_flags_format(&fbsd_open_flags, FBSD_O_WRONLY | FBSD_O_CLOEXEC | 0x40000000, buf, sizeof(buf));
    EXPECT_STR(buf, "O_WRONLY|O_CLOEXEC|0x40000000");
    dz_flags_format(&fbsd_open_flags, FBSD_O_EXLOCK | FBSD_O_NONBLOCK, buf, sizeof(buf));
    EXPECT_STR(buf, "O_RDONLY|O_NONBLOCK|O_EXLOCK");
}

static void test_at_flags(void)
{
    uint64_t unk;
    EXPECT_EQ(dz_flags_to_host(&fbsd_at_flags, 0x200, &unk), AT_SYMLINK_NOFOLLOW);
    EXPECT_EQ(dz_flags_to_host(&fbsd_at_flags, 0x800, &unk), AT_REMOVEDIR);
    EXPECT_EQ(dz_flags_to_host(&fbsd_at_flags, 0x100, &unk), AT_EACCESS);
    EXPECT_EQ(dz_flags_to_host(&fbsd_at_flags, 0x400, &unk), AT_SYMLINK_FOLLOW);
    EXPECT_EQ(dz_flags_to_host(&fbsd_at_flags, FBSD_AT_EMPTY_PATH | FBSD_AT_SYMLINK_NOFOLLOW, &unk),
              AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&fbsd_at_flags, FBSD_AT_RESOLVE_BENEATH, &unk), 0);
    EXPECT_EQ(unk, FBSD_AT_RESOLVE_BENEATH);
}

static void test_mmap(void)
{
    uint64_t unk = 99;
    char buf[160];
    EXPECT_EQ(dz_flags_to_host(&fbsd_mmap_prot, FBSD_PROT_READ | FBSD_PROT_WRITE, &unk), PROT_READ | PROT_WRITE);
    EXPECT_EQ(dz_flags_to_host(&fbsd_mmap_prot, FBSD_PROT_MAX(7) | FBSD_PROT_READ, &unk), PROT_READ);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&fbsd_mmap_prot, FBSD_PROT_EXEC | 0x100, &unk), PROT_EXEC);
    EXPECT_EQ(unk, 0x100);
    dz_flags_format(&fbsd_mmap_prot, 0, buf, sizeof(buf));
    EXPECT_STR(buf, "PROT_NONE");
    dz_flags_format(&fbsd_mmap_prot, 3, buf, sizeof(buf));
    EXPECT_STR(buf, "PROT_READ|PROT_WRITE");

    /* what Go's runtime asks for: MAP_PRIVATE|MAP_ANON (+ sometimes MAP_FIXED) */
    EXPECT_EQ(dz_flags_to_host(&fbsd_mmap_flags, 0x2 | 0x1000, &unk), MAP_PRIVATE | MAP_ANONYMOUS);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&fbsd_mmap_flags, FBSD_MAP_SHARED | FBSD_MAP_FIXED, NULL), MAP_SHARED | MAP_FIXED);
    EXPECT_EQ(dz_flags_to_host(&fbsd_mmap_flags, FBSD_MAP_PRIVATE | FBSD_MAP_ANON | FBSD_MAP_STACK |
                                                 FBSD_MAP_NOSYNC | FBSD_MAP_NOCORE | FBSD_MAP_PREFAULT_READ |
                                                 FBSD_MAP_HASSEMAPHORE | FBSD_MAP_ALIGNED(21), &unk),
              MAP_PRIVATE | MAP_ANONYMOUS);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&fbsd_mmap_flags, FBSD_MAP_FIXED | FBSD_MAP_EXCL | FBSD_MAP_PRIVATE, NULL),
              MAP_FIXED | MAP_FIXED_NOREPLACE | MAP_PRIVATE);
    EXPECT_EQ(dz_flags_to_host(&fbsd_mmap_flags, FBSD_MAP_32BIT | FBSD_MAP_PRIVATE, NULL), MAP_32BIT | MAP_PRIVATE);
    EXPECT_EQ(dz_flags_to_host(&fbsd_mmap_flags, FBSD_MAP_GUARD, NULL), MAP_ANONYMOUS | MAP_NORESERVE);
    EXPECT_EQ(dz_flags_to_host(&fbsd_mmap_flags, FBSD_MAP_PRIVATE | 0x20, &unk), MAP_PRIVATE);
    EXPECT_EQ(unk, 0x20);                                  /* reserved bit: FreeBSD says EINVAL */
    dz_flags_format(&fbsd_mmap_flags, FBSD_MAP_PRIVATE | FBSD_MAP_ANON | FBSD_MAP_ALIGNED(5), buf, sizeof(buf));
    EXPECT_STR(buf, "MAP_PRIVATE|MAP_ANON|MAP_ALIGNED(1)|MAP_ALIGNED(4)");
}

static void test_sa_flags(void)
{
    uint64_t unk = 99;
    /* Go: SA_SIGINFO|SA_ONSTACK|SA_RESTART */
    EXPECT_EQ(dz_flags_to_host(&fbsd_sa_flags, 0x40 | 0x1 | 0x2, &unk), SA_SIGINFO | SA_ONSTACK | SA_RESTART);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&fbsd_sa_flags, FBSD_SA_RESETHAND | FBSD_SA_NODEFER | FBSD_SA_NOCLDSTOP |
                                               FBSD_SA_NOCLDWAIT, NULL),
              SA_RESETHAND | SA_NODEFER | SA_NOCLDSTOP | SA_NOCLDWAIT);
    EXPECT_EQ(dz_flags_to_guest(&fbsd_sa_flags, SA_SIGINFO | SA_ONSTACK | SA_RESTART | KERNEL_SA_RESTORER, &unk), 0x43);
    EXPECT_EQ(unk, 0);
}

static void test_socket_flags(void)
{
    uint64_t unk = 99;
    EXPECT_EQ(dz_flags_to_host(&fbsd_sock_flags, 0x30000000, &unk), SOCK_NONBLOCK | SOCK_CLOEXEC);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&fbsd_msg_flags, FBSD_MSG_NOSIGNAL | FBSD_MSG_DONTWAIT | FBSD_MSG_WAITALL |
                                                FBSD_MSG_PEEK | FBSD_MSG_OOB, &unk),
              MSG_NOSIGNAL | MSG_DONTWAIT | MSG_WAITALL | MSG_PEEK | MSG_OOB);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&fbsd_msg_flags, FBSD_MSG_CMSG_CLOEXEC | FBSD_MSG_EOR | FBSD_MSG_WAITFORONE, NULL),
              MSG_CMSG_CLOEXEC | MSG_EOR | MSG_WAITFORONE);
    EXPECT_EQ(dz_flags_to_guest(&fbsd_msg_flags, MSG_TRUNC | MSG_CTRUNC, &unk), FBSD_MSG_TRUNC | FBSD_MSG_CTRUNC);
    EXPECT_EQ(dz_flags_to_host(&fbsd_msg_flags, FBSD_MSG_EOF, &unk), 0);
    EXPECT_EQ(unk, FBSD_MSG_EOF);
}

static void test_wait_and_fd(void)
{
    uint64_t unk = 99;
    EXPECT_EQ(dz_flags_to_host(&fbsd_wait_options, 1 | 2 | 4, &unk), WNOHANG | WUNTRACED | WCONTINUED);
    EXPECT_EQ(dz_flags_to_host(&fbsd_wait_options, FBSD_WEXITED | FBSD_WNOWAIT | FBSD_WTRAPPED, &unk),
              WEXITED | WNOWAIT);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(dz_flags_to_host(&fbsd_wait_options, FBSD_WLINUXCLONE, NULL), __WCLONE);
    EXPECT_EQ(dz_flags_to_host(&fbsd_fd_flags, FBSD_FD_CLOEXEC, NULL), FD_CLOEXEC);
    EXPECT_EQ(dz_flags_to_guest(&fbsd_fd_flags, FD_CLOEXEC, NULL), FBSD_FD_CLOEXEC);
}

static CU_TestInfo tests[] = {
    { "tables well formed", test_tables_well_formed },
    { "open to host", test_open_to_host },
    { "open to guest", test_open_to_guest },
    { "open format", test_open_format },
    { "at flags", test_at_flags },
    { "mmap", test_mmap },
    { "sigaction flags", test_sa_flags },
    { "socket flags", test_socket_flags },
    { "wait and fd", test_wait_and_fd },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_flags", NULL, NULL, NULL, NULL, tests })
