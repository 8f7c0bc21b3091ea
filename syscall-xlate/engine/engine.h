/* Engine-wide services used by handlers and the loader.
 *
 * The engine is a stack of layers; each file calls only into its own layer
 * and those below, so it reads bottom-up:
 *   0. the host mechanism: fsgs (FS/GS switches), entry.S's allowed range
 *      (raw calls, the blocking window, the native gate), uaccess
 *   1. thread state and signal masks: thread.c, mask.c
 *   2. blocking calls and guest signal actions: block.c, sigaction.c,
 *      sigcount.c (per-signal counters the event layer reads), tscclock.c
 *   3. dispatch.c (one trapped call), fastpath.c/.S (rewritten sites),
 *      rewrite*.c (patching sites), report.c
 *   4. the entry points: signal.c (the SIGSYS trap, guest signal delivery,
 *      the nested path), start.c (dz_run_main, guest thread start and exit)
 * syscall-xlate/event and the handlers (common/, <os>/) sit beside layer
 * 3: they use layers 0-2 and are called by dispatch. */
#ifndef DZ_ENGINE_ENGINE_H
#define DZ_ENGINE_ENGINE_H
#include <stdint.h>
#include <signal.h>
#include <ucontext.h>
#include "syscall-xlate/engine/personality.h"
#include "syscall-xlate/engine/mask.h"
#include "syscall-xlate/engine/sigaction.h"
#include "syscall-xlate/engine/block.h"

/* A mapped code segment of the guest executable (page-rounded addresses,
 * the page-rounded file offset it was mapped from). */
struct dz_text_region {
    uint64_t start, end, off;
};
#define DZ_MAX_TEXT 8

struct dz_options {
    int trace_fd;            /* -1: no trace */
    const char *root;        /* --root DIR, or NULL */
    const char *exe_path;    /* absolute path of the guest executable */
    uint64_t usrstack;       /* top of the guest main stack (kern.usrstack) */
    uint64_t brk_base, brk_cur;   /* the guest break area (FreeBSD break(2)) */
    int no_rewrite;          /* --no-rewrite: every guest syscall traps (rewrite.c) */
    struct dz_text_region text[DZ_MAX_TEXT];   /* set by the loader, read by rewrite */
    int ntext;
};
extern struct dz_options dz_opts;

__attribute__((noreturn, format(printf, 1, 2))) void dz_fatal(const char *fmt, ...);
/* One line on stderr, "denizen: ...". */
__attribute__((format(printf, 1, 2))) void dz_warn(const char *fmt, ...);
/* Report an unimplemented or unknown call, once per number per process. */
void dz_report_unimplemented(const struct dz_personality *p, long nr, const char *name);

/* Raw syscall from the SUD allowed range (never traps). */
long dz_raw_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

/* Dispatch of a trapped syscall (dispatch.c). */
struct dz_thread;
void dz_dispatch(struct dz_thread *t, ucontext_t *uc);

#endif
