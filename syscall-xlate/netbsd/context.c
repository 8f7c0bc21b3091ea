/* NetBSD contexts: getcontext, setcontext, and signal delivery
 * (sendsig_siginfo in sys/arch/amd64/amd64/machdep.c, struct
 * sigframe_siginfo in arch/amd64/include/frame.h).
 *
 * A handler is entered with rdi = signo, rsi = &siginfo, rdx = r15 =
 * &ucontext and returns into the trampoline the program registered with
 * __sigaction_sigtramp; Go's does setcontext(r15).  setcontext reloads
 * every register from the (possibly edited) NetBSD context: Go rewrites
 * rip/rsp in it for asynchronous preemption. */
#define _GNU_SOURCE
#include "syscall-xlate/netbsd/nbsd.h"
#include "abi/netbsd/convert.h"
#include "abi/netbsd/signal.h"
#include <errno.h>
#include <stddef.h>
#include <string.h>

#define PSL_T 0x100
#define PSL_D 0x400

static void uc_stack(const struct dz_thread *t, uint64_t sp, struct nbsd_stack *out)
{
    struct dz_bsd_stack s;
    dz_bsd_stack_get(t, sp, &s);
    memcpy(out, &s, sizeof *out);
}

/* The trapped (or interrupted) Linux context as a NetBSD one. */
static void fill_ucontext(struct dz_thread *t, const ucontext_t *uc, struct nbsd_ucontext *u)
{
    memset(u, 0, sizeof *u);
    u->uc_flags = NBSD_UC_SIGMASK | NBSD_UC_STACK | NBSD_UC_CPU | NBSD_UC_TLSBASE;
    memcpy(&u->uc_sigmask, dz_bsd_mask(t), sizeof u->uc_sigmask);
    uc_stack(t, (uint64_t)uc->uc_mcontext.gregs[REG_RSP], &u->uc_stack);
    linux_to_nbsd_gregs(u->uc_mcontext.gregs, (const uint64_t *)uc->uc_mcontext.gregs);
    u->uc_mcontext.mc_tlsbase = t->guest_fs;
    if (uc->uc_mcontext.fpregs) {
        memcpy(u->uc_mcontext.fpregs, uc->uc_mcontext.fpregs, sizeof u->uc_mcontext.fpregs);
        u->uc_flags |= NBSD_UC_FPU;
    }
}

/* getcontext(ucontext_t *ucp): 307.  The context resumes after the call
 * as a successful return (rax 0, carry clear). */
long nbsd_getcontext(struct dz_call *c)
{
    struct nbsd_ucontext u;
    fill_ucontext(c->t, c->uc, &u);
    u.uc_mcontext.gregs[NBSD_REG_RAX] = 0;
    u.uc_mcontext.gregs[NBSD_REG_RFLAGS] &= ~1UL;
    return dz_copy_out(A(0), &u, sizeof u) ? -EFAULT : 0;
}

/* setcontext(const ucontext_t *ucp): 308 (cpu_setmcontext): registers for
 * _UC_CPU (only the user-changeable rflags bits), FPU state for _UC_FPU,
 * the TLS base for _UC_TLSBASE, the mask for _UC_SIGMASK. */
long nbsd_setcontext(struct dz_call *c)
{
    struct nbsd_ucontext u;
    if (dz_copy_in(&u, A(0), sizeof u) != 0)
        return -EFAULT;
    mcontext_t *m = &c->uc->uc_mcontext;
    if (u.uc_flags & NBSD_UC_CPU)
        nbsd_to_linux_gregs((uint64_t *)m->gregs, u.uc_mcontext.gregs);
    if ((u.uc_flags & NBSD_UC_FPU) && m->fpregs)
        memcpy(m->fpregs, u.uc_mcontext.fpregs, sizeof u.uc_mcontext.fpregs);
    if (u.uc_flags & NBSD_UC_TLSBASE)
        c->t->guest_fs = u.uc_mcontext.mc_tlsbase;
    if (u.uc_flags & NBSD_UC_SIGMASK) {
        struct dz_sigset128 mask;
        memcpy(&mask, &u.uc_sigmask, sizeof mask);
        dz_bsd_set_mask(c->t, c->uc, &mask);
    }
    return DZ_JUSTRETURN;
}

/* Linux si_code -> NetBSD (sys/sys/siginfo.h).  The positive, per-signal
 * codes (SEGV_MAPERR, FPE_INTDIV, CLD_EXITED ...) have the same values. */
static int si_code_to_nbsd(int code)
{
    switch (code) {
    case SI_USER: return NBSD_SI_USER;
    case SI_QUEUE: return NBSD_SI_QUEUE;
    case SI_TIMER: return NBSD_SI_TIMER;
    case SI_MESGQ: return NBSD_SI_MESGQ;
    case SI_ASYNCIO: return NBSD_SI_ASYNCIO;
    case SI_TKILL: return NBSD_SI_LWP;
    case SI_KERNEL: return NBSD_SI_NOINFO;
    default: return code;
    }
}

static void fill_siginfo(struct nbsd_siginfo *ns, int nsig, int lsig, const siginfo_t *si)
{
    memset(ns, 0, sizeof *ns);
    ns->signo = nsig;
    ns->code = si_code_to_nbsd(si->si_code);
    ns->errno_ = si->si_errno;
    if (lsig == SIGSEGV || lsig == SIGBUS || lsig == SIGILL || lsig == SIGFPE || lsig == SIGTRAP) {
        ns->reason.fault.addr = (uint64_t)si->si_addr;
    } else if (lsig == SIGCHLD) {
        ns->reason.child.pid = si->si_pid;
        ns->reason.child.uid = si->si_uid;
        ns->reason.child.status = si->si_code == CLD_EXITED ? si->si_status : linux_signal_to_nbsd(si->si_status);
    } else {
        ns->reason.rt.pid = si->si_pid;
        ns->reason.rt.uid = si->si_uid;
        memcpy(&ns->reason.rt.value, &si->si_value, sizeof ns->reason.rt.value);
    }
}

int nbsd_deliver(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si,
                 const struct dz_gsigaction *act)
{
    greg_t *g = uc->uc_mcontext.gregs;
    int nsig = linux_signal_to_nbsd(lsig);
    if (!nsig)
        return 0;   /* nothing the guest could name */
    if (!act->tramp)
        return -1;  /* no trampoline to return through: __sigaction_sigtramp was not used */
    int onstack;
    uint64_t sp = dz_bsd_signal_sp(t, (uint64_t)g[REG_RSP], act, &onstack);
    /* 16-aligned minus 8, as after a call: the frame starts with the
     * return address, and the ucontext inside stays 16-aligned. */
    uint64_t fp = ((sp - sizeof(struct nbsd_sigframe)) & ~15UL) - 8;

    struct nbsd_sigframe f;
    f.sf_ra = act->tramp;
    fill_siginfo(&f.sf_si, nsig, lsig, si);
    fill_ucontext(t, uc, &f.sf_uc);
    f.sf_uc.uc_flags |= onstack ? NBSD_UC_SETSTACK : NBSD_UC_CLRSTACK;
    if (onstack)
        f.sf_uc.uc_stack.ss_flags |= NBSD_SS_ONSTACK;
    if (dz_copy_out(fp, &f, sizeof f) != 0)
        return -1;

    uint64_t ucp = fp + offsetof(struct nbsd_sigframe, sf_uc);
    g[REG_RIP] = (greg_t)act->handler;
    g[REG_RSP] = (greg_t)fp;
    g[REG_RDI] = nsig;
    g[REG_RSI] = (greg_t)(fp + offsetof(struct nbsd_sigframe, sf_si));
    g[REG_RDX] = (greg_t)ucp;
    g[REG_R15] = (greg_t)ucp;
    g[REG_EFL] &= ~(PSL_T | PSL_D);

    /* The handler runs with its sa_mask and the signal itself added. */
    struct dz_sigset128 nm;
    dz_bsd_handler_mask(t, nsig, act, &nm);
    dz_bsd_set_mask(t, uc, &nm);
    return 0;
}
