/* Engine-wide services used by handlers and the loader. */
#ifndef DZ_ENGINE_ENGINE_H
#define DZ_ENGINE_ENGINE_H
#include <stdint.h>
#include <signal.h>
#include <ucontext.h>
#include "syscall-xlate/engine/personality.h"

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

/* Signals (signal.c) */
void dz_signals_init(void);
/* Linux mask that the guest's mask lmask really becomes on the host: SIGSYS
 * and the synchronous fault signals are never blocked (the engine needs them). */
uint64_t dz_host_mask(uint64_t lmask);
/* Set the calling thread's host signal mask from a guest (Linux-numbered) mask. */
void dz_set_thread_lmask(uint64_t lmask);
/* The guest's current Linux-numbered mask as it will be when the trapped
 * syscall returns: the SIGSYS frame's uc_sigmask. */
uint64_t dz_uc_lmask(const ucontext_t *uc);
void dz_uc_set_lmask(ucontext_t *uc, uint64_t lmask);
/* Guest dispositions, indexed by Linux signal number (1..64). */
int dz_sig_set_action(int lsig, const struct dz_gsigaction *act, struct dz_gsigaction *old);
void dz_sig_get_action(int lsig, struct dz_gsigaction *out);

/* A host call that may block: runs with the guest's signal mask, so that a
 * guest signal interrupts it (-EINTR) and is delivered on the way out. */
long dz_blocking_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
/* The pending guest signal (if any) asks for SA_RESTART. */
int dz_pending_wants_restart(void);

/* Raw syscall from the SUD allowed range (never traps). */
long dz_raw_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

/* Dispatch of a trapped syscall (dispatch.c). */
struct dz_thread;
void dz_dispatch(struct dz_thread *t, ucontext_t *uc);

#endif
