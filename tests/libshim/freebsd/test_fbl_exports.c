/* libshim/freebsd/exports.def: the table is well formed, every import of
 * lightningcss-cli-freebsd-x64 1.33.0 (readelf --dyn-syms) binds, symbol
 * versions pick the export; abi/freebsd/tcb.c lays out TLS as FreeBSD's
 * rtld does; abi/freebsd/strerror.c speaks FreeBSD. */
#include <string.h>
#include "libshim/freebsd/fbl.h"
#include "abi/freebsd/stdio.h"
#include "abi/freebsd/strerror.h"
#include "tests/abi/abi_test.h"

static void test_rows(void)
{
    EXPECT_EQ(fbl_lib.nexports, FBL_NEXPORTS);
    CU_ASSERT(fbl_lib.pers == &fbsd_personality);
    for (size_t i = 0; i < fbl_lib.nexports; i++) {
        const struct dz_export *x = fbl_lib.exports[i];
        int ok = x->ent.name && x->ent.name[0] && x->entry && x->ent.nargs <= 8 && x->version &&
                 x->ent.ret < DZ_K_COUNT && (x->conv == DZ_LIB_RAW || x->conv == DZ_LIB_TLS ? !x->ent.fn : !!x->ent.fn) &&
                 (x->ent.level == DZ_FULL || x->ent.note);
        for (int a = 0; a < x->ent.nargs; a++)
            ok = ok && x->ent.arg[a] < DZ_K_COUNT && x->ent.arg[a] != DZ_K_NONE;
        if (!ok)
            printf("\n  row %zu (%s) is malformed", i, x->ent.name ? x->ent.name : "?");
        CU_ASSERT(ok);
        for (size_t j = i + 1; j < fbl_lib.nexports; j++) {
            const struct dz_export *y = fbl_lib.exports[j];
            int twice = strcmp(x->ent.name, y->ent.name) == 0 && strcmp(x->version, y->version) == 0;
            if (twice)
                printf("\n  %s@%s exported twice", x->ent.name, x->version);
            CU_ASSERT(!twice);
        }
    }
    CU_ASSERT(dz_lib_find(&fbl_lib, "_denizen_start") == NULL);   /* LOCAL rows */
}

/* The program's imports, name@version, as its .gnu.version_r gives them. */
static const char *const lightningcss_imports[] = {
    "__libc_start1@FBSD_1.7", "__cxa_finalize@FBSD_1.0", "memcpy@FBSD_1.0", "malloc@FBSD_1.0",
    "free@FBSD_1.0", "_umtx_op@FBSD_1.0", "strlen@FBSD_1.0", "isatty@FBSD_1.0", "getpid@FBSD_1.0",
    "bcmp@FBSD_1.0", "arc4random_buf@FBSD_1.1", "_Unwind_Resume@GCC_3.0", "memset@FBSD_1.0",
    "posix_memalign@FBSD_1.0", "memmove@FBSD_1.0", "getrandom@FBSD_1.5", "__error@FBSD_1.0",
    "realloc@FBSD_1.0", "memcmp@FBSD_1.0", "calloc@FBSD_1.0", "poll@FBSD_1.0", "fcntl@FBSD_1.0",
    "open@FBSD_1.0", "dup@FBSD_1.0", "signal@FBSD_1.0", "sysconf@FBSD_1.0",
    "pthread_attr_init@FBSD_1.0", "pthread_self@FBSD_1.0", "pthread_attr_get_np@FBSD_1.0",
    "pthread_attr_destroy@FBSD_1.0", "pthread_attr_getstack@FBSD_1.0", "abort@FBSD_1.0",
    "sigaction@FBSD_1.0", "read@FBSD_1.0", "fstat@FBSD_1.5", "close@FBSD_1.0", "lstat@FBSD_1.5",
    "pow@FBSD_1.0", "sched_yield@FBSD_1.0", "pthread_condattr_init@FBSD_1.0",
    "pthread_condattr_setclock@FBSD_1.0", "pthread_cond_init@FBSD_1.0",
    "pthread_condattr_destroy@FBSD_1.0", "pthread_mutex_lock@FBSD_1.0", "pthread_cond_wait@FBSD_1.0",
    "pthread_cond_timedwait@FBSD_1.0", "clock_gettime@FBSD_1.0", "pthread_mutex_unlock@FBSD_1.0",
    "pthread_mutex_destroy@FBSD_1.0", "pthread_cond_destroy@FBSD_1.0", "pthread_cond_signal@FBSD_1.0",
    "cosf@FBSD_1.0", "sinf@FBSD_1.0", "powf@FBSD_1.0", "atan2f@FBSD_1.0", "expf@FBSD_1.0",
    "tanf@FBSD_1.0", "asinf@FBSD_1.0", "acosf@FBSD_1.0", "atanf@FBSD_1.0", "logf@FBSD_1.0",
    "hypotf@FBSD_1.0", "pthread_attr_setstacksize@FBSD_1.0", "pthread_create@FBSD_1.0",
    "pthread_detach@FBSD_1.0", "pthread_setname_np@FBSD_1.6", "write@FBSD_1.0",
    "_Unwind_GetLanguageSpecificData@GCC_3.0", "_Unwind_GetIPInfo@GCC_4.2.0",
    "_Unwind_GetRegionStart@GCC_3.0", "_Unwind_SetGR@GCC_3.0", "_Unwind_SetIP@GCC_3.0",
    "pthread_getthreadid_np@FBSD_1.2", "_Unwind_Backtrace@GCC_3.3", "getcwd@FBSD_1.0",
    "_Unwind_GetIP@GCC_3.0", "dl_iterate_phdr@FBSD_1.0", "munmap@FBSD_1.0", "lseek@FBSD_1.0",
    "mmap@FBSD_1.0", "realpath@FBSD_1.0", "stat@FBSD_1.5", "sysctl@FBSD_1.0",
    "pthread_key_create@FBSD_1.0", "pthread_key_delete@FBSD_1.0", "pthread_setspecific@FBSD_1.0",
    "getenv@FBSD_1.0", "_Unwind_GetTextRelBase@GCC_3.0", "_Unwind_GetDataRelBase@GCC_3.0",
    "mkdir@FBSD_1.0", "strerror_r@FBSD_1.0", "pthread_attr_getguardsize@FBSD_1.0",
    "sigaltstack@FBSD_1.0", "mprotect@FBSD_1.0", "pause@FBSD_1.0", "sysctlbyname@FBSD_1.0",
    "cpuset_getaffinity@FBSD_1.1", "exit@FBSD_1.0", "dup2@FBSD_1.0", "setgroups@FBSD_1.0",
    "setgid@FBSD_1.0", "setuid@FBSD_1.0", "chroot@FBSD_1.0", "chdir@FBSD_1.0", "setpgid@FBSD_1.0",
    "setsid@FBSD_1.0", "execvp@FBSD_1.0", "waitpid@FBSD_1.0", "pipe2@FBSD_1.3",
    "posix_spawnattr_init@FBSD_1.1", "posix_spawn_file_actions_init@FBSD_1.1",
    "posix_spawnattr_destroy@FBSD_1.1", "fork@FBSD_1.0", "posix_spawn_file_actions_adddup2@FBSD_1.1",
    "posix_spawn_file_actions_destroy@FBSD_1.1", "posix_spawnattr_setpgroup@FBSD_1.1",
    "sigemptyset@FBSD_1.0", "sigaddset@FBSD_1.0", "posix_spawnattr_setsigdefault@FBSD_1.1",
    "posix_spawnattr_setflags@FBSD_1.1", "posix_spawnp@FBSD_1.1", "_exit@FBSD_1.0",
};

static void test_lightningcss_imports(void)
{
    /* 125 imports less the 2 weak unversioned ones and the weak
     * posix_spawn_file_actions_addchdir_np, which may stay unbound (0). */
    EXPECT_EQ(sizeof lightningcss_imports / sizeof lightningcss_imports[0], 122);
    for (size_t i = 0; i < sizeof lightningcss_imports / sizeof lightningcss_imports[0]; i++) {
        const void *p = dz_lib_resolve((void *)&fbl_lib, lightningcss_imports[i]);
        if (!p)
            printf("\n  %s does not bind", lightningcss_imports[i]);
        CU_ASSERT(p != NULL);
    }
}

static void test_versions(void)
{
    const struct dz_export *x = dz_lib_find(&fbl_lib, "stat@FBSD_1.5");
    CU_ASSERT_FATAL(x != NULL);
    EXPECT_STR(x->version, "FBSD_1.5");
    CU_ASSERT(dz_lib_find(&fbl_lib, "stat@FBSD_1.0") == NULL);    /* the pre-ino64 layout: not ours */
    CU_ASSERT(dz_lib_find(&fbl_lib, "fstat@FBSD_1.0") == NULL);
    CU_ASSERT(dz_lib_find(&fbl_lib, "stat") == x);                /* unversioned: the default */
    CU_ASSERT(dz_lib_find(&fbl_lib, "stat@") == NULL);
    CU_ASSERT(dz_lib_find(&fbl_lib, "sta@FBSD_1.5") == NULL);
    CU_ASSERT(dz_lib_find(&fbl_lib, "_Jv_RegisterClasses") == NULL);
}

static void test_conventions(void)
{
    EXPECT_EQ(dz_lib_find(&fbl_lib, "pthread_create")->conv, DZ_LIB_ERRNO);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "posix_memalign")->conv, DZ_LIB_ERRNO);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "malloc")->conv, DZ_LIB_PTR);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "getcwd")->conv, DZ_LIB_PTR);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "mmap")->conv, DZ_LIB_INT);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "_exit")->conv, DZ_LIB_NORETURN);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "__error")->conv, DZ_LIB_RAW);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "__libc_start1")->conv, DZ_LIB_RAW);
    /* A raw `syscall` and the libc call: one handler. */
    CU_ASSERT(dz_lib_find(&fbl_lib, "_umtx_op")->ent.fn == fbsd_sysent[454].fn);
    CU_ASSERT(dz_lib_find(&fbl_lib, "sysctl")->ent.fn == fbsd_sysent[202].fn);
    CU_ASSERT(dz_lib_find(&fbl_lib, "read")->ent.fn == fbsd_sysent[3].fn);
}

static void test_tls_layout(void)
{
    static uint8_t init[0x20];
    for (size_t i = 0; i < sizeof init; i++)
        init[i] = (uint8_t)(i + 1);
    /* lightningcss's PT_TLS: filesz 0x20, memsz 0x1b8, align 8. */
    struct fbsd_tls_image img = { (uint64_t)(uintptr_t)init, sizeof init, 0x1b8, 8 };
    size_t off, size = fbsd_tls_area_size(&img, &off);
    CU_ASSERT(size >= off + sizeof(struct fbsd_tcb) + sizeof(struct fbsd_thread_rec));
    static _Alignas(4096) uint8_t area[8192];
    memset(area, 0xee, sizeof area);
    uint64_t tp = fbsd_tls_area_init(area, &img, off);
    CU_ASSERT(tp % 16 == 0);
    const struct fbsd_tcb *tcb = (const struct fbsd_tcb *)(uintptr_t)tp;
    EXPECT_EQ(tcb->tcb_self, tp);                                  /* %fs:0 */
    EXPECT_EQ(tcb->tcb_thread, tp + sizeof(struct fbsd_tcb));      /* pthread_self, errno first */
    /* local-exec: the block starts round(0x1b8, 8) below the thread pointer */
    CU_ASSERT(memcmp((void *)(uintptr_t)(tp - 0x1b8), init, sizeof init) == 0);
    /* rtld's DTV: generation, one module, the executable's block */
    const uint64_t *dtv = (const uint64_t *)(uintptr_t)tcb->tcb_dtv;
    CU_ASSERT(dtv != NULL);
    if (dtv) {
        EXPECT_EQ(dtv[1], 1);
        EXPECT_EQ(dtv[2], tp - 0x1b8);
    }
}

/* What a C program imports beyond Rust's set: the stdio objects are
 * FreeBSD FILEs of the standard descriptors, data rows bind to the
 * objects themselves, variadic and callback-taking functions are
 * guest-side code, EOF comes back without errno. */
static void test_c_exports(void)
{
    const struct dz_export *out = dz_lib_find(&fbl_lib, "__stdoutp@FBSD_1.0");
    CU_ASSERT_FATAL(out != NULL);
    EXPECT_EQ(out->conv, DZ_LIB_RAW);
    const struct fbsd_file *const *fp = out->entry;
    EXPECT_EQ((*fp)->_file, 1);
    CU_ASSERT((*fp)->_flags & FBSD_SWR);
    EXPECT_EQ((*fp)->_r, 0);   /* getc/putc macros always take the function path */
    EXPECT_EQ((*fp)->_w, 0);
    const struct fbsd_file *const *err = dz_lib_find(&fbl_lib, "__stderrp")->entry;
    EXPECT_EQ((*err)->_file, 2);
    CU_ASSERT((*err)->_flags & FBSD_SNBF);
    EXPECT_EQ(*(const int32_t *)dz_lib_find(&fbl_lib, "__isthreaded")->entry, 1);
    EXPECT_EQ(*(const int32_t *)dz_lib_find(&fbl_lib, "optind")->entry, 1);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "printf@FBSD_1.0")->conv, DZ_LIB_RAW);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "qsort")->conv, DZ_LIB_RAW);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "pthread_exit")->conv, DZ_LIB_RAW);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "getc")->conv, DZ_LIB_VAL);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "__srget")->conv, DZ_LIB_VAL);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "fopen")->conv, DZ_LIB_PTR);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "__stack_chk_fail")->conv, DZ_LIB_NORETURN);
    CU_ASSERT(dz_lib_find(&fbl_lib, "_Unwind_Backtrace@GCC_3.3") != NULL);
    CU_ASSERT(dz_lib_find(&fbl_lib, "_Unwind_GetIPInfo@GCC_4.2.0") != NULL);
    CU_ASSERT(dz_lib_find(&fbl_lib, "__gcc_personality_v0@GCC_3.3.1") != NULL);
    /* the same handler as the syscall personality's */
    CU_ASSERT(dz_lib_find(&fbl_lib, "execve")->ent.fn == fbsd_sysent[59].fn);
    CU_ASSERT(dz_lib_find(&fbl_lib, "wait4")->ent.fn == fbsd_sysent[7].fn);
}

/* ctype: the data rows are the C locale's table, a pointer to it and 256;
 * _ThreadRuneLocale is a TLS row whose offset from the thread pointer
 * lands on the record's slot of a laid-out area, NULL in a new one. */
static void test_ctype_exports(void)
{
    const struct dz_export *def = dz_lib_find(&fbl_lib, "_DefaultRuneLocale@FBSD_1.0");
    const struct dz_export *cur = dz_lib_find(&fbl_lib, "_CurrentRuneLocale@FBSD_1.0");
    const struct dz_export *lim = dz_lib_find(&fbl_lib, "__mb_sb_limit@FBSD_1.0");
    const struct dz_export *thr = dz_lib_find(&fbl_lib, "_ThreadRuneLocale@FBSD_1.3");
    CU_ASSERT_FATAL(def && cur && lim && thr);
    CU_ASSERT(memcmp(def->entry, "RuneMagi", 8) == 0);
    CU_ASSERT(*(const void *const *)cur->entry == def->entry);
    EXPECT_EQ(*(const int32_t *)lim->entry, 256);
    EXPECT_EQ(thr->conv, DZ_LIB_TLS);
    CU_ASSERT(dz_lib_find(&fbl_lib, "_ThreadRuneLocale@FBSD_1.0") == NULL);   /* FBSD_1.3's */
    struct fbsd_tls_image img = { 0, 0, 0x40, 16 };
    size_t off;
    fbsd_tls_area_size(&img, &off);
    static _Alignas(4096) uint8_t area[8192];
    memset(area, 0, sizeof area);
    uint64_t tp = fbsd_tls_area_init(area, &img, off);
    const struct fbsd_thread_rec *rec = (const void *)(uintptr_t)(tp + sizeof(struct fbsd_tcb));
    int64_t tpoff = *(const int64_t *)thr->entry;
    CU_ASSERT((uint64_t)(tp + (uint64_t)tpoff) == (uint64_t)(uintptr_t)&rec->thread_rune_locale);
    EXPECT_EQ(*(const uint64_t *)(uintptr_t)(tp + (uint64_t)tpoff), 0);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "___runetype")->conv, DZ_LIB_VAL);
    EXPECT_EQ(dz_lib_find(&fbl_lib, "isalpha@FBSD_1.0")->conv, DZ_LIB_VAL);
}

static void test_strerror(void)
{
    EXPECT_STR(fbsd_strerror(FBSD_ENOENT), "No such file or directory");
    EXPECT_STR(fbsd_strerror(FBSD_EAGAIN), "Resource temporarily unavailable");
    EXPECT_STR(fbsd_strerror(FBSD_ENXIO), "Device not configured");   /* not Linux's words */
    CU_ASSERT(fbsd_strerror(-1) == NULL);
    CU_ASSERT(fbsd_strerror(100000) == NULL);
}

static CU_TestInfo tests[] = {
    { "rows well formed", test_rows },
    { "lightningcss's imports all bind", test_lightningcss_imports },
    { "symbol versions pick the export", test_versions },
    { "result conventions, shared handlers", test_conventions },
    { "TLS variant II layout", test_tls_layout },
    { "FreeBSD's error messages", test_strerror },
    { "a C program's exports", test_c_exports },
    { "ctype's tables and TLS row", test_ctype_exports },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbl_exports", NULL, NULL, NULL, NULL, tests })
