/* `denizen run`: load a foreign executable into this process and run it
 * under its personality; a Linux executable is simply exec'd. */
#define _GNU_SOURCE
#include "loader/cli.h"
#include "loader/brand.h"
#include "loader/dynlink.h"
#include "loader/image.h"
#include "loader/stack.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/enter.h"
#include "syscall-xlate/engine/fsgs.h"
#include "libshim/common/libpers.h"
#include "syscall-xlate/trace/trace.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

extern char **environ;

static int die(int status, const char *fmt, const char *a)
{
    fprintf(stderr, "denizen: ");
    fprintf(stderr, fmt, a);
    fputc('\n', stderr);
    return status;
}

/* The bound program's init/fini functions and shared objects, for a
 * personality whose libc runs them (lib->program).  The arrays are read
 * from the mapped image, after relocation; they live as long as the
 * process. */
static int tell_program(const struct dz_libpers *lib, const struct dz_image *img, const struct dz_dynamic *d,
                        char *err, size_t errlen)
{
    size_t nin = d->npreinit + (d->init != 0) + d->ninit, nfi = d->nfini + (d->fini != 0);
    uint64_t *fn = calloc(nin + nfi + 1, sizeof *fn);
    if (!fn) {
        snprintf(err, errlen, "%s: out of memory", img->path);
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < d->npreinit; i++)
        fn[k++] = ((const uint64_t *)(img->bias + d->preinit_array))[i];
    if (d->init)
        fn[k++] = img->bias + d->init;
    for (size_t i = 0; i < d->ninit; i++)
        fn[k++] = ((const uint64_t *)(img->bias + d->init_array))[i];
    for (size_t i = d->nfini; i-- > 0;)
        fn[k++] = ((const uint64_t *)(img->bias + d->fini_array))[i];
    if (d->fini)
        fn[k++] = img->bias + d->fini;
    uint64_t env = dz_dyn_defined(d, "environ"), prog = dz_dyn_defined(d, "__progname");
    struct dz_lib_program p = {
        .path = img->path, .bias = img->bias, .phdr = img->phdr, .phnum = (uint16_t)img->phnum,
        .environ = env ? img->bias + env : 0, .progname = prog ? img->bias + prog : 0,
        .init = fn, .ninit = nin, .fini = fn + nin, .nfini = nfi,
    };
    lib->program(&p);
    return 0;
}

int dz_cmd_run(int argc, char **argv)
{
    const char *argv0 = NULL;
    int lazy_missing = 0, no_fsgsbase = 0;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        } else if (strncmp(a, "--trace", 7) == 0) {
            if (dz_trace_option(a) != 0)   /* syscall-xlate/trace/trace.h */
                return die(2, "run: bad trace option %s (see denizen --help)", a);
        } else if (strcmp(a, "--no-rewrite") == 0) {
            dz_opts.no_rewrite = 1;   /* every guest syscall traps (no site rewriting) */
        } else if (strcmp(a, "--no-fsgsbase") == 0) {
            no_fsgsbase = 1;          /* as DENIZEN_FSGSBASE=off (fsgs.h) */
        } else if (strcmp(a, "--root") == 0 && i + 1 < argc) {
            dz_opts.root = argv[++i];
        } else if (strcmp(a, "--lazy-missing") == 0) {
            lazy_missing = 1;   /* unknown imports bound to stubs that fail with ENOSYS */
        } else if (strcmp(a, "--argv0") == 0 && i + 1 < argc) {
            argv0 = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            return die(2, "run: unknown option %s (see denizen --help)", a);
        } else {
            break;
        }
    }
    if (i >= argc)
        return die(2, "%s", "run: no program given (usage: denizen run [--trace[=FILE]] PROG [ARGS...])");
    const char *prog = argv[i];
    char **gargv = &argv[i];
    if (argv0)
        gargv[0] = (char *)argv0;
    int gargc = argc - i;

    struct dz_image img;
    char err[512];
    int status;
    if (dz_image_open(&img, prog, err, sizeof err, &status) != 0)
        return die(status, "%s", err);
    if (img.os == DZ_OS_LINUX) {
        dz_image_close(&img);
        dz_trace_native(prog);
        execve(prog, gargv, environ);
        return die(126, "%s", strerror(errno));
    }
    const struct dz_brand *b = dz_brand_of(img.os);
    if (!b || !b->pers) {
        snprintf(err, sizeof err, "%s: %s programs are not supported yet", prog, dz_os_name(img.os));
        dz_image_close(&img);
        return die(126, "%s", err);
    }
    /* A library personality binds a dynamically linked program's imports;
     * a static program of the same OS (FreeBSD) makes raw system calls. */
    const struct dz_libpers *lib = img.interp[0] ? b->lib : NULL;
    if (img.interp[0] && !lib) {
        snprintf(err, sizeof err, "%s: dynamically linked %s programs (interpreter %s) are not supported yet",
                 prog, b->name, img.interp);
        dz_image_close(&img);
        return die(126, "%s", err);
    }
    /* A library personality: the imports are checked before anything is
     * mapped, so that a program we cannot serve is refused with the list. */
    struct dz_dynamic dyn = { 0 };
    if (lib) {
        if (dz_dyn_read(&img, &dyn, err, sizeof err) != 0) {
            dz_image_close(&img);
            return die(126, "%s", err);
        }
        const char *missing[64];
        size_t nm = dz_dyn_missing(&dyn, dz_lib_resolve, (void *)lib, missing, 64);
        if (nm && !lazy_missing) {
            size_t pos = (size_t)snprintf(err, sizeof err, "%s: %zu import%s the %s library personality does not provide:",
                                          prog, nm, nm == 1 ? "" : "s", lib->name);
            for (size_t k = 0; k < nm && k < 64 && pos < sizeof err; k++)
                pos += (size_t)snprintf(err + pos, sizeof err - pos, " %s", missing[k]);
            if (pos < sizeof err)
                snprintf(err + pos, sizeof err - pos, " (--lazy-missing runs it anyway; they fail with ENOSYS)");
            dz_dyn_free(&dyn);
            dz_image_close(&img);
            return die(126, "%s", err);
        }
    }
    /* FSGSBASE instructions or arch_prctl: decided once, before any thread
     * state exists. */
    int fe = dz_fsgs_init(no_fsgsbase);
    if (fe != 0)
        return die(126, "cannot set up the FS/GS switches: %s (see denizen doctor)", strerror(-fe));

    /* --trace* options, or DENIZEN_TRACE / DENIZEN_TRACE_OPTS. */
    if (dz_trace_open(err, sizeof err) != 0)
        return die(2, "%s", err);
    static char exe[PATH_MAX];
    dz_opts.exe_path = realpath(prog, exe) ? exe : prog;
    img.path = dz_opts.exe_path;
    if (dz_image_map(&img, err, sizeof err) != 0)
        return die(126, "%s", err);
    dz_opts.brk_base = dz_opts.brk_cur = img.brk;
    /* Where the guest's code is, for site rewriting (no /proc/self/maps). */
    memcpy(dz_opts.text, img.text, sizeof img.text);
    dz_opts.ntext = img.ntext;
    uint64_t guest_fs = 0;
    if (lib) {
        /* Play the guest's ld.so: bind the imports, lay out the TLS. */
        dz_lib_activate(lib);
        int r = dz_dyn_bind(&img, &dyn, dz_lib_resolve, lazy_missing ? dz_lib_resolve_lazy : NULL,
                            (void *)lib, err, sizeof err);
        if (r == 0 && lib->program)
            r = tell_program(lib, &img, &dyn, err, sizeof err);
        dz_dyn_free(&dyn);
        if (r != 0)
            return die(126, "%s", err);
        struct dz_tls_image tls;
        dz_dyn_tls(&img, &tls);
        if (lib->start(&tls, &guest_fs, err, sizeof err) != 0)
            return die(126, "%s", err);
    }

    struct dz_stackinfo si;
    uint64_t sp = dz_stack_build(&img, b, gargc, gargv, environ, &si, err, sizeof err);
    if (!sp)
        return die(126, "%s", err);
    dz_opts.usrstack = si.stack_top;
    uint64_t entry = img.entry;
    dz_image_close(&img);

    /* The OS's exec_setregs picks the other registers (FreeBSD: rdi =
     * &argc, rsp 8 below it; NetBSD: rsp = &argc); every other register is
     * zero.  A dynamic program is entered as its ld.so would: rsp = &argc
     * (rdi too, harmlessly), FS base its main thread's TLS. */
    struct dz_regs r = { .rip = entry, .rdi = sp, .rsp = sp };
    if (b->entry_regs)
        b->entry_regs(&r, sp);
    if (lib && lib->entry_regs)
        lib->entry_regs(&r);
    dz_run_main(b->pers, &r, guest_fs);
    /* The guest's main thread called thr_exit: the process lives on until
     * its last thread ends, as on FreeBSD. */
    pthread_exit(NULL);
}
