/* Host signal handling: the SIGSYS trap, guest signal delivery, and the
 * nested path for signals that land while the engine itself runs.
 *
 * Every handler the engine installs enters through dz_signal_entry
 * (entry.S), runs on the engine's altstack with all asynchronous signals
 * blocked, and returns through dz_restorer inside the SUD allowed range.
 * The synchronous fault signals are never blocked: a fault while copying
 * guest memory must reach the fixup, whatever mask the guest asked for. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/fastpath.h"
#include "syscall-xlate/engine/rewrite.h"
#include "syscall-xlate/engine/tscclock.h"
#include "syscall-xlate/engine/sigcount.h"
#include "syscall-xlate/trace/trace.h"
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define SYS_USER_DISPATCH_CODE 2   /* si_code of a SUD SIGSYS */

extern char dz_ua_start[], dz_ua_end[], dz_ua_fault[];
extern char dz_bs_start[], dz_bs_sys[], dz_bs_eintr[];

/* Signals whose default action is to do nothing. */
static int default_ignored(int lsig)
{
    return lsig == SIGCHLD || lsig == SIGURG || lsig == SIGWINCH || lsig == SIGCONT || lsig > 31;
}

/* Let the kernel carry out the default action for lsig, so the process
 * dies (or stops) by exactly that signal: a fault is taken again when the
 * faulting instruction re-executes; anything else is re-raised and fires
 * once the handler returns and the mask is restored. */
static void take_default(ucontext_t *uc, int lsig, int refaults)
{
    /* For SIGSYS this ends the engine's trapping too: the process is
     * about to die of it anyway, as it would on the guest's kernel. */
    dz_sig_host_install(lsig, SIG_DFL);
    uint64_t m = dz_uc_lmask(uc) & ~DZ_SIGBIT(lsig);
    memcpy(&uc->uc_sigmask, &m, sizeof m);
    if (!refaults)
        syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), lsig);
}

/* Hand one Linux signal to the guest on context uc. */
static void deliver(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si)
{
    struct dz_gsigaction a;
    dz_sig_get_action(lsig, &a);
    dz_sig_count_delivery(lsig);
    /* A fault raised by a guest instruction (not one sent with kill)
     * cannot be ignored: the instruction would only fault again. */
    int fault = dz_sig_is_sync(lsig) && si->si_code > 0;
    if (a.handler == DZ_SIG_IGN && !fault)
        return;
    if (dz_opts.trace_fd >= 0)
        dz_trace_signal(t, lsig, si, a.handler);
    if (a.handler == DZ_SIG_DFL || a.handler == DZ_SIG_IGN) {
        if (!default_ignored(lsig) || fault)
            take_default(uc, lsig, fault);
        return;
    }
    /* A fault at the very entry of the handler of that same fault: the
     * handler cannot even start (its page is gone or not executable), and
     * the signal is blocked there unless SA_NODEFER.  A BSD kernel kills the
     * process with a fault it cannot deliver; pushing frame after frame
     * would spin forever (the storm test, tests/reliability, saw it). */
    if (fault && !(a.flags & DZ_SA_NODEFER) && (uint64_t)uc->uc_mcontext.gregs[REG_RIP] == a.handler) {
        take_default(uc, lsig, 1);
        return;
    }
    if (t->pers->deliver(t, uc, lsig, si, &a) != 0) {
        /* The guest's stack cannot take the frame: what a kernel does. */
        take_default(uc, SIGSEGV, 0);
        return;
    }
    if (a.flags & DZ_SA_RESETHAND) {
        struct dz_gsigaction dfl = { .handler = DZ_SIG_DFL };
        dz_sig_set_action(lsig, &dfl, NULL);
    }
}

static void deliver_pending(struct dz_thread *t, ucontext_t *uc)
{
    /* Delivered in arrival order; each new frame is built on the context
     * the previous one left, as nested kernel deliveries are. */
    int n = t->npending;
    struct dz_pending q[DZ_MAX_PENDING];
    memcpy(q, t->pending, (size_t)n * sizeof q[0]);
    __atomic_store_n(&t->npending, 0, __ATOMIC_RELEASE);
    for (int i = n - 1; i >= 0; i--)
        deliver(t, uc, q[i].sig, &q[i].info);
}

/* Called by dz_signal_entry when the signal interrupted guest code. */
void dz_on_signal(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    struct dz_thread *t = dz_self();
    if (dz_fast_complete(t, uc, sig, si)) {
        /* The slow exit of a rewritten site: uc is now the guest's state
         * after its call; only the signals are left to deliver. */
    } else if (sig == SIGSYS && si->si_code == SYS_USER_DISPATCH_CODE) {
        uint64_t site = (uint64_t)uc->uc_mcontext.gregs[REG_RIP] - 2;
        dz_tsc_clock_poke();
        dz_dispatch(t, uc);
        dz_rewrite_trapped(t, site);
    } else if (sig == SIGTRAP && dz_rewrite_fix_trap(uc)) {
        /* A site being patched by another thread: run it again. */
    } else {
        dz_fast_gate_fixup(uc, sig);
        deliver(t, uc, sig, si);
    }
    if (t->npending)
        deliver_pending(t, uc);
    /* The mask the guest resumes with (rt_sigreturn installs it); the
     * rewritten-site path runs with it and needs no rt_sigprocmask. */
    t->lmask = dz_uc_lmask(uc);
}

/* Called by dz_signal_entry when the engine itself was interrupted. */
void dz_on_nested_signal(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    uint64_t rip = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
    if (dz_sig_is_sync(sig) && si->si_code > 0) {
        if (rip >= (uint64_t)dz_ua_start && rip < (uint64_t)dz_ua_end) {
            uc->uc_mcontext.gregs[REG_RIP] = (greg_t)dz_ua_fault;
            return;
        }
        if (dz_fast_clock_fault(dz_self(), uc))
            return;
        /* Where, for the bug report: signal, rip, fault address (no stdio). */
        char msg[128] = "denizen: internal error: fault inside the translation layer (signal ";
        size_t n = strlen(msg);
        uint64_t v[3] = { (uint64_t)sig, rip, (uint64_t)si->si_addr };
        for (int k = 0; k < 3; k++) {
            static const char *sep[3] = { ", rip 0x", ", address 0x", ")\n" };
            int started = 0;
            for (int b = 60; b >= 0; b -= 4) {
                int d = (int)((v[k] >> b) & 15);
                if (k == 0) {   /* the signal number, in decimal */
                    if (v[0] >= 10)
                        msg[n++] = (char)('0' + v[0] / 10 % 10);
                    msg[n++] = (char)('0' + v[0] % 10);
                    break;
                }
                if (d || started || b == 0) {
                    msg[n++] = "0123456789abcdef"[d];
                    started = 1;
                }
            }
            for (const char *q = sep[k]; *q; q++)
                msg[n++] = *q;
        }
        write(2, msg, n);
        dz_sig_host_install(sig, SIG_DFL);
        return;
    }
    struct dz_thread *t = dz_self();
    if (!t)
        return;   /* not a guest thread: the signal is not the guest's */
    int n = t->npending;
    if (n < DZ_MAX_PENDING) {
        t->pending[n].sig = sig;
        t->pending[n].info = *si;
        __atomic_store_n(&t->npending, n + 1, __ATOMIC_RELEASE);
    }
    if (rip >= (uint64_t)dz_bs_start && rip <= (uint64_t)dz_bs_sys)
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)dz_bs_eintr;
    dz_fast_nested_fixup(uc);
}
