/* What FreeBSD's rtld and libc start-up do for the program, on the host
 * side: the main thread's TLS, environ and __progname, the init and fini
 * functions the loader found (struct dz_lib_program), the atexit list and
 * dl_iterate_phdr's answer.  The calls into the program are start.S's. */
#define _GNU_SOURCE
#include "libshim/freebsd/fbl.h"
#include "syscall-xlate/engine/enter.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

struct fbsd_tls_image fbl_tls_image;
static struct dz_lib_program prog;
static size_t next_init, next_fini;
static uint64_t start_env;   /* __libc_start1's env */
static const char *progname = "";   /* argv[0]'s last part */

/* struct dl_phdr_info (sys/sys/link_elf.h... include/link.h), 64 bytes. */
struct fbsd_dl_phdr_info {
    uint64_t dlpi_addr;
    uint64_t dlpi_name;
    uint64_t dlpi_phdr;
    uint16_t dlpi_phnum;
    uint64_t dlpi_adds, dlpi_subs;
    uint64_t dlpi_tls_modid;
    uint64_t dlpi_tls_data;
};
_Static_assert(sizeof(struct fbsd_dl_phdr_info) == 64, "dl_phdr_info size");
static struct fbsd_dl_phdr_info phdr_info;

/* atexit(3)'s list: __libc_start1's cleanup, atexit and __cxa_atexit
 * registrations; exit runs them last registered first (start.S calls
 * fn(arg)), then flushes stdio.  FreeBSD's list grows without bound; 32
 * is the minimum POSIX asks for, ours is larger. */
#define ATEXIT_MAX 256
struct atexit_entry {
    uint64_t fn, arg;
};
static struct atexit_entry atexit_fn[ATEXIT_MAX];
static int natexit;
static uint32_t atexit_lock;

/* The stack protector's canary (libc's __stack_chk_guard, long[8]),
 * random from the start; and __isthreaded, 1 as in a program linked
 * with libthr: the stdio macros of FreeBSD's headers then call the
 * functions (stdio.c) rather than reading the FILE themselves. */
uint64_t fbl_stack_chk_guard[8];
int32_t fbl_isthreaded = 1;

static int add_atexit(uint64_t fn, uint64_t arg)
{
    fbl_lock(&atexit_lock);
    int ok = natexit < ATEXIT_MAX;
    if (ok) {
        atexit_fn[natexit] = (struct atexit_entry){ fn, arg };
        __atomic_store_n(&natexit, natexit + 1, __ATOMIC_RELEASE);
    }
    fbl_unlock(&atexit_lock);
    return ok;
}

static void program(const struct dz_lib_program *p)
{
    prog = *p;
    fbl_unwind_register(p);
    phdr_info = (struct fbsd_dl_phdr_info){
        .dlpi_addr = p->bias, .dlpi_name = (uint64_t)p->path, .dlpi_phdr = p->phdr,
        .dlpi_phnum = p->phnum, .dlpi_adds = 1, .dlpi_tls_modid = fbl_tls_image.memsz ? 1 : 0,
    };
}

static int start(const struct dz_tls_image *tls, uint64_t *fs, char *err, size_t errlen)
{
    fbl_tls_image = (struct fbsd_tls_image){ tls->init, tls->filesz, tls->memsz, tls->align };
    phdr_info.dlpi_tls_modid = tls->memsz ? 1 : 0;
    struct fbsd_thread_rec rec = { .tid = (int32_t)dz_sys(SYS_gettid) };
    /* The main thread's stack, as libthr reports it (pthread_attr_get_np):
     * the RLIMIT_STACK bytes below the top, a guard page below. */
    struct rlimit rl;
    uint64_t size = getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY ? rl.rlim_cur : 8 << 20;
    rec.stack_size = size;
    rec.guard_size = 4096;
    dz_sys(SYS_getrandom, fbl_stack_chk_guard, sizeof fbl_stack_chk_guard, 0);
    int e = fbl_tls_new(&fbl_tls_image, &rec, fs);
    if (e) {
        snprintf(err, errlen, "cannot map the main thread's TLS: %s", strerror(-e));
        return -1;
    }
    return 0;
}

/* rtld enters _start with rsi = its cleanup function. */
static void entry_regs(struct dz_regs *r)
{
    r->rsi = (uint64_t)dz_fbl_rtld_cleanup;
}

/* _denizen_start(cleanup, argv, env): libc_start1.c's handle_argv and
 * atexit(cleanup).  The program's own environ and __progname are libc's. */
long fbl_start_main(struct dz_call *c)
{
    struct fbsd_thread_rec *rec = fbl_rec(c->t);
    rec->stack_base = dz_opts.usrstack - rec->stack_size;
    start_env = A(2);
    if (prog.environ)
        dz_copy_out(prog.environ, &A(2), 8);
    uint64_t argv0 = 0;
    if (A(1) && dz_copy_in(&argv0, A(1), 8) == 0 && argv0) {
        const char *s = (const char *)argv0, *slash = strrchr(s, '/');
        progname = slash ? slash + 1 : s;
        uint64_t name = (uint64_t)progname;
        if (prog.progname)
            dz_copy_out(prog.progname, &name, 8);
    }
    if (A(0))
        add_atexit(A(0), 0);
    return 0;
}

long fbl_atexit(struct dz_call *c)
{
    return add_atexit(A(0), 0) ? 0 : -ENOMEM;
}

/* __cxa_atexit(fn, arg, dso): fn(arg) at exit. */
long fbl_cxa_atexit(struct dz_call *c)
{
    return add_atexit(A(0), A(1)) ? 0 : -ENOMEM;
}

/* __stack_chk_fail: FreeBSD's message (lib/libc/secure/stack_protector.c,
 * through syslog and the terminal; here stderr), then SIGABRT. */
long fbl_stack_chk_fail(struct dz_call *c)
{
    static const char msg[] = "stack overflow detected; terminated\n";
    dz_sys(SYS_write, 2, msg, sizeof msg - 1);
    return fbl_abort(c);
}

const char *fbl_progname(void)
{
    uint64_t p = 0;
    if (prog.progname && dz_copy_in(&p, prog.progname, 8) == 0 && p)
        return (const char *)p;
    return progname;
}

uint64_t fbl_environ(void)
{
    return prog.environ ? prog.environ : start_env ? (uint64_t)&start_env : 0;
}

long fbl_next_init(struct dz_call *c)
{
    return next_init < prog.ninit ? (long)prog.init[next_init++] : 0;
}

/* The next handler to run (its entry: fn, arg), or 0 when none is left:
 * then stdio is flushed (exit's __cleanup, after the handlers). */
long fbl_next_atexit(struct dz_call *c)
{
    fbl_lock(&atexit_lock);
    int n = natexit;
    if (n > 0)
        natexit = n - 1;
    fbl_unlock(&atexit_lock);
    if (n > 0)
        return (long)&atexit_fn[n - 1];
    fbl_stdio_flush_all(c);
    return 0;
}

long fbl_next_fini(struct dz_call *c)
{
    size_t i = __atomic_fetch_add(&next_fini, 1, __ATOMIC_ACQ_REL);
    return i < prog.nfini ? (long)prog.fini[i] : 0;
}

long fbl_phdr_info(struct dz_call *c)
{
    phdr_info.dlpi_tls_data = fbl_tls_image.memsz ? c->t->guest_fs - fbl_tls_image.memsz : 0;
    return (long)&phdr_info;
}

/* ---- the library descriptor ---- */
extern const struct dz_export *const fbl_exports[];

static int *errno_loc(struct dz_thread *t)
{
    return &fbl_rec(t)->error;
}

static const char *const sonames[] = { "libc.so.7", "libthr.so.3", "libm.so.5", "libgcc_s.so.1", NULL };

/* The engine personality is the FreeBSD syscall personality: signals,
 * errno names and the program's raw system calls.  Signals queued during
 * a library call are delivered by a trap on a harmless call (getpid, 20:
 * its result is dropped), on whose context the engine delivers them. */
const struct dz_libpers fbl_lib = {
    .name = "freebsd",
    .pers = &fbsd_personality,
    .exports = fbl_exports,
    .nexports = FBL_NEXPORTS,
    .sonames = sonames,
    .errno_loc = errno_loc,
    .deliver_nr = 20,
    .start = start,
    .program = program,
    .entry_regs = entry_regs,
};
