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
#include "syscall-xlate/event/kqueue.h"
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define SYS_USER_DISPATCH_CODE 2   /* si_code of a SUD SIGSYS */
#ifndef SA_RESTORER
#define SA_RESTORER 0x04000000     /* kernel uapi; glibc does not export it */
#endif
#define BIT(s) (1ULL << ((s) - 1))
#define SYNC_MASK (BIT(SIGSEGV) | BIT(SIGBUS) | BIT(SIGILL) | BIT(SIGFPE) | BIT(SIGTRAP))
#define ENGINE_MASK (SYNC_MASK | BIT(SIGSYS))

extern void dz_signal_entry(int, siginfo_t *, void *);
extern void dz_restorer(void);
extern char dz_ua_start[], dz_ua_end[], dz_ua_fault[];
extern char dz_bs_start[], dz_bs_sys[], dz_bs_eintr[];
extern long dz_bs_syscall(volatile int32_t *pending, long nr, long a1, long a2, long a3,
                          long a4, long a5, long a6);

struct k_sigaction {
    void *handler;
    unsigned long flags;
    void *restorer;
    uint64_t mask;
};

static struct dz_gsigaction gsa[65];
static pthread_mutex_t gsa_lock = PTHREAD_MUTEX_INITIALIZER;

static int is_sync(int s)
{
    return s < 64 && (SYNC_MASK & BIT(s));
}

uint64_t dz_host_mask(uint64_t lmask)
{
    return lmask & ~ENGINE_MASK;
}

uint64_t dz_uc_lmask(const ucontext_t *uc)
{
    uint64_t m;
    memcpy(&m, &uc->uc_sigmask, sizeof m);
    return m;
}

void dz_uc_set_lmask(ucontext_t *uc, uint64_t lmask)
{
    lmask = dz_host_mask(lmask);
    memcpy(&uc->uc_sigmask, &lmask, sizeof lmask);
}

void dz_set_thread_lmask(uint64_t lmask)
{
    uint64_t m = dz_host_mask(lmask);
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &m, NULL, 8);
    struct dz_thread *t = dz_self();
    if (t)
        t->lmask = m;
}

/* Install the host side of a signal: ours, default or ignore. */
static void host_install(int lsig, void *handler)
{
    struct k_sigaction ka = {
        .handler = handler,
        /* No SA_RESTART: an interrupted host call must come back with EINTR
         * so the engine can decide, by the guest's flags, to restart it. */
        .flags = SA_SIGINFO | SA_ONSTACK | SA_RESTORER,
        .restorer = (void *)dz_restorer,
        .mask = ~SYNC_MASK,
    };
    if (handler == SIG_DFL || handler == SIG_IGN)
        ka.flags = SA_RESTORER;
    syscall(SYS_rt_sigaction, lsig, &ka, NULL, 8);
}

void dz_signals_init(void)
{
    /* Ignored signals stay ignored across exec, as on every Unix: start the
     * guest's table from what the process inherited. */
    for (int s = 1; s <= 64; s++) {
        struct k_sigaction old;
        if (s != SIGKILL && s != SIGSTOP && syscall(SYS_rt_sigaction, s, NULL, &old, 8) == 0 &&
            old.handler == SIG_IGN)
            gsa[s].handler = DZ_SIG_IGN;
    }
    host_install(SIGSYS, (void *)dz_signal_entry);
    for (int s = 1; s < 32; s++)
        if (is_sync(s))
            host_install(s, (void *)dz_signal_entry);
}

int dz_sig_set_action(int lsig, const struct dz_gsigaction *act, struct dz_gsigaction *old)
{
    if (lsig <= 0 || lsig > 64)
        return -EINVAL;
    pthread_mutex_lock(&gsa_lock);
    if (old)
        *old = gsa[lsig];
    if (act) {
        if (lsig == SIGKILL || lsig == SIGSTOP) {
            pthread_mutex_unlock(&gsa_lock);
            return -EINVAL;
        }
        gsa[lsig] = *act;
        /* SIGSYS stays the engine's; the guest's own SIGSYS disposition is
         * kept here and honoured when a SIGSYS that is not a SUD trap comes.
         * The fault signals stay ours too, for the copy fixups. */
        if (lsig != SIGSYS && !is_sync(lsig)) {
            if (act->handler == DZ_SIG_DFL)
                host_install(lsig, SIG_DFL);
            else if (act->handler == DZ_SIG_IGN)
                host_install(lsig, SIG_IGN);
            else
                host_install(lsig, (void *)dz_signal_entry);
        }
    }
    pthread_mutex_unlock(&gsa_lock);
    return 0;
}

void dz_sig_get_action(int lsig, struct dz_gsigaction *out)
{
    pthread_mutex_lock(&gsa_lock);
    *out = gsa[lsig];
    pthread_mutex_unlock(&gsa_lock);
}

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
    host_install(lsig, SIG_DFL);
    uint64_t m = dz_uc_lmask(uc) & ~BIT(lsig);
    memcpy(&uc->uc_sigmask, &m, sizeof m);
    if (!refaults)
        syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), lsig);
}

/* Hand one Linux signal to the guest on context uc. */
static void deliver(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si)
{
    struct dz_gsigaction a;
    dz_sig_get_action(lsig, &a);
    dz_kq_signal_raised(lsig);
    /* A fault raised by a guest instruction (not one sent with kill)
     * cannot be ignored: the instruction would only fault again. */
    int fault = is_sync(lsig) && si->si_code > 0;
    if (a.handler == DZ_SIG_IGN && !fault)
        return;
    if (a.handler == DZ_SIG_DFL || a.handler == DZ_SIG_IGN) {
        if (!default_ignored(lsig) || fault)
            take_default(uc, lsig, fault);
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
    if (is_sync(sig) && si->si_code > 0) {
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
        host_install(sig, SIG_DFL);
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

long dz_blocking_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
    struct dz_thread *t = dz_self();
    /* A library call (libshim): no trapped context, and the thread already
     * runs with the guest's mask; queued signals still end the wait. */
    if (t && !t->cur_uc && t->in_host) {
        long r = dz_bs_syscall(&t->npending, nr, a1, a2, a3, a4, a5, a6);
        return r == DZ_EARLY_EINTR ? -EINTR : r;
    }
    if (!t || !t->cur_uc) {
        long r = syscall(nr, a1, a2, a3, a4, a5, a6);
        return r < 0 ? -errno : r;
    }
    uint64_t open = dz_host_mask(dz_uc_lmask(t->cur_uc)), saved;
    /* On the rewritten-site path the guest's mask is already in force. */
    if (t->on_fast && open == t->lmask)
        return dz_bs_syscall(&t->npending, nr, a1, a2, a3, a4, a5, a6);
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &open, &saved, 8);
    long r = dz_bs_syscall(&t->npending, nr, a1, a2, a3, a4, a5, a6);
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &saved, NULL, 8);
    return r;
}

int dz_pending_wants_restart(void)
{
    struct dz_thread *t = dz_self();
    for (int i = 0; i < t->npending; i++) {
        struct dz_gsigaction a;
        dz_sig_get_action(t->pending[i].sig, &a);
        if (a.handler > DZ_SIG_IGN && !(a.flags & DZ_SA_RESTART))
            return 0;
    }
    return t->npending > 0;
}
