/* libshim/openbsd/exports.def: the export table is well formed and covers
 * every import of abi/ABI-NOTES.md §3.6 (esbuild go1.26 and a typical
 * go1.19 program); the safety-net syscall table has its two own rows. */
#include <string.h>
#include "libshim/openbsd/obsd.h"
#include "tests/abi/abi_test.h"

extern const struct dz_export *const obsd_exports[];

static void test_rows(void)
{
    EXPECT_EQ(obsd_lib.nexports, OBSD_NEXPORTS);
    CU_ASSERT(obsd_lib.nexports >= 88);
    for (size_t i = 0; i < obsd_lib.nexports; i++) {
        const struct dz_export *x = obsd_lib.exports[i];
        int ok = x->ent.name && x->ent.name[0] && x->entry && x->ent.nargs <= 8 &&
                 x->ent.ret < DZ_K_COUNT && (x->conv == DZ_LIB_RAW ? !x->ent.fn : !!x->ent.fn) &&
                 (x->ent.level == DZ_FULL || x->ent.note);
        for (int a = 0; a < x->ent.nargs; a++)
            ok = ok && x->ent.arg[a] < DZ_K_COUNT && x->ent.arg[a] != DZ_K_NONE;
        if (!ok)
            printf("\n  row %zu (%s) is malformed", i, x->ent.name ? x->ent.name : "?");
        CU_ASSERT(ok);
        for (size_t j = i + 1; j < obsd_lib.nexports; j++) {
            if (strcmp(x->ent.name, obsd_lib.exports[j]->ent.name) == 0)
                printf("\n  %s exported twice", x->ent.name);
            CU_ASSERT(strcmp(x->ent.name, obsd_lib.exports[j]->ent.name) != 0);
        }
    }
    /* LOCAL rows are not importable */
    CU_ASSERT(dz_lib_find(&obsd_lib, "_denizen_thread_return") == NULL);
    CU_ASSERT(dz_lib_find(&obsd_lib, "no_such_symbol") == NULL);
}

/* abi/ABI-NOTES.md §3.6, every symbol named there. */
static const char *const abi_notes_imports[] = {
    "pthread_attr_init", "pthread_attr_destroy", "pthread_attr_getstacksize",
    "pthread_attr_setdetachstate", "pthread_create", "pthread_sigmask", "__thrsleep",
    "__thrwakeup", "getthrid", "thrkill", "getpid", "kill", "sched_yield", "exit", "__errno",
    "mmap", "munmap", "madvise", "open", "close", "read", "write", "pread", "lseek", "pipe2",
    "dup3", "fcntl", "setitimer", "usleep", "clock_gettime", "sysctl", "kqueue", "kevent",
    "sigaction", "sigaltstack", "issetugid", "socket", "bind", "connect", "listen", "accept4",
    "getsockopt", "setsockopt", "getpeername", "getsockname", "shutdown", "accept", "getdents",
    "fstat", "stat", "lstat", "fstatat", "chmod", "mkdir", "rmdir", "unlink", "readlink",
    "getcwd", "getrlimit", "setrlimit", "getrusage", "execve", "arc4random_buf",
    /* typical (go1.19) */
    "chdir", "chown", "chroot", "dup2", "fork", "fsync", "geteuid", "getgid", "getppid",
    "getuid", "ioctl", "link", "ptrace", "rename", "setgid", "setgroups", "setpgid", "setsid",
    "setuid", "symlink", "syscall", "truncate", "utimensat", "utimes", "wait4",
};

static void test_abi_notes_coverage(void)
{
    for (size_t i = 0; i < sizeof abi_notes_imports / sizeof abi_notes_imports[0]; i++) {
        const struct dz_export *x = dz_lib_find(&obsd_lib, abi_notes_imports[i]);
        if (!x)
            printf("\n  %s is not exported", abi_notes_imports[i]);
        CU_ASSERT(x != NULL);
        CU_ASSERT(x == NULL || dz_lib_resolve((void *)&obsd_lib, abi_notes_imports[i]) == x->entry);
    }
}

/* Result conventions Go depends on (runtime/sys_openbsd*.go). */
static void test_conventions(void)
{
    EXPECT_EQ(dz_lib_find(&obsd_lib, "__thrsleep")->conv, DZ_LIB_ERRNO);
    EXPECT_EQ(dz_lib_find(&obsd_lib, "pthread_create")->conv, DZ_LIB_ERRNO);
    EXPECT_EQ(dz_lib_find(&obsd_lib, "pthread_sigmask")->conv, DZ_LIB_ERRNO);
    EXPECT_EQ(dz_lib_find(&obsd_lib, "getcwd")->conv, DZ_LIB_PTR);
    EXPECT_EQ(dz_lib_find(&obsd_lib, "mmap")->conv, DZ_LIB_INT);   /* MAP_FAILED is -1 */
    EXPECT_EQ(dz_lib_find(&obsd_lib, "exit")->conv, DZ_LIB_NORETURN);
    EXPECT_EQ(dz_lib_find(&obsd_lib, "arc4random_buf")->conv, DZ_LIB_VOID);
    EXPECT_EQ(dz_lib_find(&obsd_lib, "__errno")->conv, DZ_LIB_RAW);
}

static void test_safety_net(void)
{
    CU_ASSERT(obsd_personality.sysent == obsd_sysent);
    CU_ASSERT((long)obsd_personality.nsysent > obsd_lib.deliver_nr);
    CU_ASSERT(obsd_sysent[obsd_lib.deliver_nr].fn == dz_lib_deliver);
    CU_ASSERT(obsd_sysent[103].fn == obsd_sigreturn);
    EXPECT_STR(obsd_sysent[103].name, "sigreturn");
    EXPECT_STR(obsd_sysent[4].name, "write");
    CU_ASSERT(obsd_sysent[4].fn == NULL);       /* a raw write is refused */
    EXPECT_STR(obsd_sysent[94].name, "__thrsleep");
    int handled = 0;
    for (unsigned i = 0; i < obsd_personality.nsysent; i++)
        handled += obsd_sysent[i].fn != NULL;
    EXPECT_EQ(handled, 2);
}

static CU_TestInfo tests[] = {
    { "rows well formed", test_rows },
    { "ABI-NOTES 3.6 imports all exported", test_abi_notes_coverage },
    { "result conventions", test_conventions },
    { "safety-net syscall table", test_safety_net },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "obsd_exports", NULL, NULL, NULL, NULL, tests })
