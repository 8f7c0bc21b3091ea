/* A personality is one foreign OS ABI: one descriptor, defined in
 * syscall-xlate/<os>/personality.c.  The engine and the tracer reach every
 * OS-specific fact through it and never ask which OS they serve. */
#ifndef DZ_ENGINE_PERSONALITY_H
#define DZ_ENGINE_PERSONALITY_H
#include <signal.h>
#include <stdint.h>
#include <ucontext.h>
#include "syscall-xlate/engine/sysent.h"
#include "syscall-xlate/trace/kinds.h"

struct dz_thread;
struct dz_bsd_abi;

/* The guest's disposition of one signal, kept by the engine (indexed by the
 * Linux signal number) and read when a signal is delivered. */
struct dz_gsigaction {
    uint64_t handler;        /* guest address, or DZ_SIG_DFL / DZ_SIG_IGN */
    uint64_t flags;          /* DZ_SA_* (engine-neutral) */
    uint64_t lmask;          /* Linux mask to add while the handler runs */
    uint32_t gmask[4];       /* the guest's own sa_mask, verbatim, for sigaction(get) */
    uint64_t tramp;          /* guest return trampoline given with the action (NetBSD), or 0 */
};
#define DZ_SIG_DFL 0
#define DZ_SIG_IGN 1
#define DZ_SA_ONSTACK   0x1
#define DZ_SA_RESTART   0x2
#define DZ_SA_RESETHAND 0x4
#define DZ_SA_NODEFER   0x10
#define DZ_SA_SIGINFO   0x40

struct dz_personality {
    const char *name;                    /* "freebsd": --os names, report lines */
    const char *display;                 /* "FreeBSD" */
    const struct dz_sysent *sysent;
    unsigned nsysent;
    int (*errno_from_linux)(int linux_errno);
    const char *(*errno_name)(int guest_errno);
    const struct dz_kindtab *kinds;      /* [DZ_K_COUNT] */
    int (*sig_to_linux)(int guest_sig);
    int (*sig_from_linux)(int linux_sig);
    /* Build the guest's signal frame for Linux signal lsig on the context uc
     * (guest registers) and point uc at the guest handler.  Returns 0, or -1
     * if the frame cannot be written (the engine then kills the process
     * with SIGSEGV, as a kernel would). */
    int (*deliver)(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si,
                   const struct dz_gsigaction *act);
    /* Called in a new thread's state before it runs guest code. */
    void (*thread_init)(struct dz_thread *t, const struct dz_thread *parent);
    /* The tables and conversions the shared BSD handlers work from
     * (syscall-xlate/common/bsd.h); NULL for a personality that has none. */
    const struct dz_bsd_abi *bsd;
};

#endif
