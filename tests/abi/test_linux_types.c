/* abi/linux/types.h against the running kernel: each lx_ struct is filled
 * by the raw system call that uses it and compared with what glibc's
 * wrappers report.  (abi/linux/check.c already pins them to musl's
 * definitions at compile time.) */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>
#include "abi/linux/types.h"
#include "tests/abi/abi_test.h"

static char dir[64];

static int setup(void)
{
    strcpy(dir, "/tmp/dz-abi-XXXXXX");
    if (!mkdtemp(dir))
        return 1;
    char path[96];
    snprintf(path, sizeof(path), "%s/abc", dir);
    int fd = open(path, O_CREAT | O_WRONLY, 0640);
    if (fd < 0 || write(fd, "hello", 5) != 5)
        return 1;
    close(fd);
    return 0;
}

static int teardown(void)
{
    char path[96];
    snprintf(path, sizeof(path), "%s/abc", dir);
    unlink(path);
    snprintf(path, sizeof(path), "%s/sock", dir);
    unlink(path);
    rmdir(dir);
    return 0;
}

static void test_sizes_vs_glibc(void)
{
    EXPECT_EQ(sizeof(struct lx_stat), sizeof(struct stat));
    EXPECT_EQ(offsetof(struct lx_stat, st_size), offsetof(struct stat, st_size));
    EXPECT_EQ(offsetof(struct lx_stat, st_mtim), offsetof(struct stat, st_mtim));
    EXPECT_EQ(sizeof(struct lx_statfs), sizeof(struct statfs));
    EXPECT_EQ(sizeof(struct lx_flock), sizeof(struct flock));
    EXPECT_EQ(offsetof(struct lx_flock, l_pid), offsetof(struct flock, l_pid));
    EXPECT_EQ(sizeof(struct lx_stack), sizeof(stack_t));
    EXPECT_EQ(offsetof(struct lx_stack, ss_size), offsetof(stack_t, ss_size));
    EXPECT_EQ(sizeof(struct lx_rlimit), sizeof(struct rlimit));
    EXPECT_EQ(sizeof(struct lx_sockaddr_storage), sizeof(struct sockaddr_storage));
}

static void test_stat(void)
{
    char path[96];
    struct lx_stat lx;
    struct stat st;
    snprintf(path, sizeof(path), "%s/abc", dir);
    CU_ASSERT_FATAL(syscall(SYS_newfstatat, AT_FDCWD, path, &lx, 0) == 0);
    CU_ASSERT_FATAL(stat(path, &st) == 0);
    EXPECT_EQ(lx.st_dev, st.st_dev);
    EXPECT_EQ(lx.st_ino, st.st_ino);
    EXPECT_EQ(lx.st_mode, st.st_mode);
    EXPECT_EQ(lx.st_mode & 07777, 0640);
    EXPECT_EQ(lx.st_nlink, 1);
    EXPECT_EQ(lx.st_uid, st.st_uid);
    EXPECT_EQ(lx.st_size, 5);
    EXPECT_EQ(lx.st_blksize, st.st_blksize);
    EXPECT_EQ(lx.st_mtim.tv_sec, st.st_mtim.tv_sec);
    EXPECT_EQ(lx.st_mtim.tv_nsec, st.st_mtim.tv_nsec);
    EXPECT_EQ(lx.st_ctim.tv_nsec, st.st_ctim.tv_nsec);
}

static void test_statfs(void)
{
    struct lx_statfs lx;
    struct statfs st;
    CU_ASSERT_FATAL(syscall(SYS_statfs, dir, &lx) == 0);
    CU_ASSERT_FATAL(statfs(dir, &st) == 0);
    EXPECT_EQ(lx.f_type, st.f_type);
    EXPECT_EQ(lx.f_bsize, st.f_bsize);
    EXPECT_EQ(lx.f_blocks, st.f_blocks);
    EXPECT_EQ(lx.f_namelen, st.f_namelen);
    EXPECT_EQ(lx.f_frsize, st.f_frsize);
    EXPECT_EQ(lx.f_flags, st.f_flags);
}

static void test_dirent64(void)
{
    char buf[4096];
    int fd = open(dir, O_RDONLY | O_DIRECTORY);
    CU_ASSERT_FATAL(fd >= 0);
    long n = syscall(SYS_getdents64, fd, buf, sizeof(buf));
    close(fd);
    CU_ASSERT_FATAL(n > 0);
    int found = 0;
    for (long off = 0; off < n;) {
        const struct lx_dirent64 *d = (const struct lx_dirent64 *)(buf + off);
        CU_ASSERT(d->d_reclen % 8 == 0 && d->d_reclen >= 24);
        if (strcmp(d->d_name, "abc") == 0) {
            found = 1;
            EXPECT_EQ(d->d_type, DT_REG);
        }
        off += d->d_reclen;
    }
    CU_ASSERT(found);
}

static void handler(int sig)
{
    (void)sig;
}

static void test_sigaction(void)
{
    struct lx_k_sigaction act = {
        .handler = (uint64_t)(uintptr_t)handler,
        .flags = SA_RESTART | 0x04000000 /* SA_RESTORER */,
        .restorer = (uint64_t)(uintptr_t)handler,   /* never used: nothing is delivered */
        .mask = 1ULL << (SIGUSR2 - 1),
    }, old;
    struct sigaction seen;
    CU_ASSERT_FATAL(syscall(SYS_rt_sigaction, SIGUSR1, &act, &old, 8) == 0);
    CU_ASSERT_FATAL(sigaction(SIGUSR1, NULL, &seen) == 0);
    CU_ASSERT(seen.sa_handler == handler);
    CU_ASSERT(seen.sa_flags & SA_RESTART);
    CU_ASSERT(sigismember(&seen.sa_mask, SIGUSR2));
    CU_ASSERT(!sigismember(&seen.sa_mask, SIGUSR1));
    struct lx_k_sigaction back;
    CU_ASSERT_FATAL(syscall(SYS_rt_sigaction, SIGUSR1, &old, &back, 8) == 0);
    EXPECT_EQ(back.handler, act.handler);
    EXPECT_EQ(back.mask, act.mask);
}

static void test_sigaltstack(void)
{
    static char stack_mem[65536];
    struct lx_stack ss = { .ss_sp = (uint64_t)(uintptr_t)stack_mem, .ss_size = sizeof(stack_mem) }, old;
    stack_t seen;
    CU_ASSERT_FATAL(syscall(SYS_sigaltstack, &ss, &old) == 0);
    CU_ASSERT_FATAL(sigaltstack(NULL, &seen) == 0);
    CU_ASSERT(seen.ss_sp == stack_mem);
    EXPECT_EQ(seen.ss_size, sizeof(stack_mem));
    struct lx_stack off = { .ss_flags = SS_DISABLE };
    CU_ASSERT(syscall(SYS_sigaltstack, &off, NULL) == 0);
    CU_ASSERT_FATAL(syscall(SYS_sigaltstack, NULL, &old) == 0);
    EXPECT_EQ(old.ss_flags, SS_DISABLE);
}

static void test_flock(void)
{
    char path[96];
    snprintf(path, sizeof(path), "%s/abc", dir);
    int fd = open(path, O_RDWR);
    CU_ASSERT_FATAL(fd >= 0);
    struct lx_flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 1, .l_len = 2, .l_pid = 77 };
    CU_ASSERT(syscall(SYS_fcntl, fd, F_GETLK, &fl) == 0);
    EXPECT_EQ(fl.l_type, F_UNLCK);            /* nobody else holds a lock */
    EXPECT_EQ(fl.l_start, 1);
    EXPECT_EQ(fl.l_len, 2);
    close(fd);
}

static void test_rlimit(void)
{
    struct lx_rlimit lx;
    struct rlimit rl;
    CU_ASSERT_FATAL(syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &lx) == 0);
    CU_ASSERT_FATAL(getrlimit(RLIMIT_NOFILE, &rl) == 0);
    EXPECT_EQ(lx.rlim_cur, rl.rlim_cur);
    EXPECT_EQ(lx.rlim_max, rl.rlim_max);
}

static void test_sockaddr_storage(void)
{
    struct sockaddr_un un = { .sun_family = AF_UNIX };
    snprintf(un.sun_path, sizeof(un.sun_path), "%s/sock", dir);
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    CU_ASSERT_FATAL(s >= 0);
    CU_ASSERT_FATAL(bind(s, (struct sockaddr *)&un, sizeof(un)) == 0);
    struct lx_sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    CU_ASSERT(syscall(SYS_getsockname, s, &ss, &len) == 0);
    EXPECT_EQ(ss.ss_family, AF_UNIX);
    CU_ASSERT(strcmp((char *)ss.ss_data, un.sun_path) == 0);
    close(s);
}

static CU_TestInfo tests[] = {
    { "sizes vs glibc", test_sizes_vs_glibc },
    { "newfstatat", test_stat },
    { "statfs", test_statfs },
    { "getdents64", test_dirent64 },
    { "rt_sigaction", test_sigaction },
    { "sigaltstack", test_sigaltstack },
    { "fcntl F_GETLK", test_flock },
    { "prlimit64", test_rlimit },
    { "getsockname", test_sockaddr_storage },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "linux_types", setup, teardown, NULL, NULL, tests })
