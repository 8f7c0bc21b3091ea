/* OpenBSD signal delivery and return (sys/arch/amd64/amd64/machdep.c
 * sendsig / sys_sigreturn).  The handler is called as
 * handler(sig, siginfo_t *, struct sigcontext *) -- OpenBSD's ucontext_t is
 * struct sigcontext -- on the guest's sigaltstack or below the red zone,
 * and returns into our trampoline (sigcode.S), whose sigreturn reloads
 * every register from the possibly edited sigcontext: Go rewrites rip/rsp
 * there for asynchronous preemption and to inject sigpanic. */
#define _GNU_SOURCE
#include "libshim/openbsd/obsd.h"
#include "abi/openbsd/signal.h"
#include <errno.h>
#include <signal.h>
#include <string.h>

/* The frame, 16-aligned at its start; the handler is entered with rsp at
 * ret (8 mod 16, as after a call). */
struct obsd_sigframe {
    uint64_t pad;
    uint64_t ret;                      /* -> dz_obsd_sigcode */
    struct obsd_siginfo si;            /* 16 */
    struct obsd_sigcontext sc;         /* 152 = si + 136: sigcode.S */
    uint8_t fpstate[512];              /* fxsave64, 16-aligned */
};
_Static_assert(offsetof(struct obsd_sigframe, si) == 16, "sigframe si");
_Static_assert(offsetof(struct obsd_sigframe, sc) == 16 + 136, "sigcode.S: sc follows si");
_Static_assert(offsetof(struct obsd_sigframe, fpstate) % 16 == 0, "fxsave alignment");

extern char dz_obsd_sigcode[];

#define PSL_T 0x100
#define PSL_D 0x400
#define PSL_USERCHANGE 0x00000cd5UL   /* CF PF AF ZF SF TF DF OF */

static int si_code_to_obsd(int lsig, int code)
{
    switch (code) {
    case SI_USER: return OBSD_SI_USER;
    case SI_TKILL: return OBSD_SI_LWP;
    case SI_QUEUE: return OBSD_SI_QUEUE;
    case SI_TIMER: return OBSD_SI_TIMER;
    case SI_KERNEL: return OBSD_SI_NOINFO;
    }
    /* Fault and SIGCHLD codes (SEGV_*, BUS_*, FPE_*, ILL_*, TRAP_*, CLD_*)
     * have the same values on both. */
    return code;
}

static void fill_siginfo(struct obsd_siginfo *o, int osig, int lsig, const siginfo_t *si)
{
    *o = (struct obsd_siginfo){
        .si_signo = osig,
        .si_code = si_code_to_obsd(lsig, si->si_code),
        .si_errno = si->si_errno,
    };
    if (lsig == SIGSEGV || lsig == SIGBUS || lsig == SIGILL || lsig == SIGFPE || lsig == SIGTRAP) {
        o->si_un.fault.addr = (uint64_t)si->si_addr;
        return;
    }
    o->si_un.proc.pid = si->si_pid;
    if (lsig == SIGCHLD) {
        o->si_un.proc.u.cld.status = si->si_code == CLD_EXITED ? si->si_status
                                                              : linux_signal_to_obsd(si->si_status);
    } else {
        o->si_un.proc.u.kill.uid = si->si_uid;
        memcpy(&o->si_un.proc.u.kill.value, &si->si_value, sizeof o->si_un.proc.u.kill.value);
    }
}

int obsd_deliver(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si,
                 const struct dz_gsigaction *act)
{
    greg_t *g = uc->uc_mcontext.gregs;
    int osig = linux_signal_to_obsd(lsig);
    if (!osig)
        return 0;   /* nothing the guest could name */
    uint64_t sp = (uint64_t)g[REG_RSP];
    int onstack = dz_bsd_onstack(t, sp);
    if ((act->flags & DZ_SA_ONSTACK) && !(t->gss_flags & DZ_SS_DISABLE) && !onstack)
        sp = t->gss_sp + t->gss_size;
    else
        sp -= 128;   /* the amd64 red zone */
    sp = (sp - sizeof(struct obsd_sigframe)) & ~15UL;

    struct obsd_sigframe f;
    memset(&f, 0, sizeof f);
    f.ret = (uint64_t)dz_obsd_sigcode;
    fill_siginfo(&f.si, osig, lsig, si);
    struct obsd_sigcontext *s = &f.sc;
    s->sc_rdi = g[REG_RDI]; s->sc_rsi = g[REG_RSI]; s->sc_rdx = g[REG_RDX]; s->sc_rcx = g[REG_RCX];
    s->sc_r8 = g[REG_R8];   s->sc_r9 = g[REG_R9];   s->sc_r10 = g[REG_R10]; s->sc_r11 = g[REG_R11];
    s->sc_r12 = g[REG_R12]; s->sc_r13 = g[REG_R13]; s->sc_r14 = g[REG_R14]; s->sc_r15 = g[REG_R15];
    s->sc_rbp = g[REG_RBP]; s->sc_rbx = g[REG_RBX]; s->sc_rax = g[REG_RAX];
    s->sc_trapno = (uint64_t)g[REG_TRAPNO];
    s->sc_err = (uint64_t)g[REG_ERR];
    s->sc_rip = g[REG_RIP];
    s->sc_cs = 0x2b;            /* OpenBSD GSEL(GUCODE_SEL, SEL_UPL); informational */
    s->sc_rflags = g[REG_EFL];
    s->sc_rsp = g[REG_RSP];
    s->sc_ss = 0x23;
    s->sc_mask = (int32_t)obsd_mask(t);
    if (uc->uc_mcontext.fpregs) {
        memcpy(f.fpstate, uc->uc_mcontext.fpregs, sizeof f.fpstate);
        s->sc_fpstate = sp + offsetof(struct obsd_sigframe, fpstate);
    }
    /* OpenBSD checks sc_cookie == address ^ a per-process secret on
     * sigreturn; nothing in the guest reads it, so the address is enough. */
    s->sc_cookie = (int64_t)(sp + offsetof(struct obsd_sigframe, sc));

    if (dz_copy_out(sp, &f, sizeof f) != 0)
        return -1;

    g[REG_RIP] = (greg_t)act->handler;
    g[REG_RSP] = (greg_t)(sp + offsetof(struct obsd_sigframe, ret));
    g[REG_RDI] = osig;
    g[REG_RSI] = (greg_t)(sp + offsetof(struct obsd_sigframe, si));
    g[REG_RDX] = (greg_t)(sp + offsetof(struct obsd_sigframe, sc));
    g[REG_RAX] = 0;
    g[REG_EFL] &= ~(PSL_T | PSL_D);

    /* The handler runs with its sa_mask and the signal itself added. */
    struct dz_sigset128 m;
    dz_bsd_handler_mask(t, osig, act, &m);
    m.bits[1] = m.bits[2] = m.bits[3] = 0;
    dz_bsd_set_mask(t, uc, &m);
    return 0;
}

/* sigreturn(struct sigcontext *scp): 103, from dz_obsd_sigcode. */
long obsd_sigreturn(struct dz_call *c)
{
    struct obsd_sigcontext s;
    if (dz_copy_in(&s, A(0), sizeof s) != 0)
        return -EFAULT;
    greg_t *g = c->uc->uc_mcontext.gregs;
    g[REG_RDI] = s.sc_rdi; g[REG_RSI] = s.sc_rsi; g[REG_RDX] = s.sc_rdx; g[REG_RCX] = s.sc_rcx;
    g[REG_R8] = s.sc_r8;   g[REG_R9] = s.sc_r9;   g[REG_R10] = s.sc_r10; g[REG_R11] = s.sc_r11;
    g[REG_R12] = s.sc_r12; g[REG_R13] = s.sc_r13; g[REG_R14] = s.sc_r14; g[REG_R15] = s.sc_r15;
    g[REG_RBP] = s.sc_rbp; g[REG_RBX] = s.sc_rbx; g[REG_RAX] = s.sc_rax;
    g[REG_RIP] = s.sc_rip;
    g[REG_RSP] = s.sc_rsp;
    g[REG_EFL] = (greg_t)(((uint64_t)g[REG_EFL] & ~PSL_USERCHANGE) | (s.sc_rflags & PSL_USERCHANGE));
    if (s.sc_fpstate && c->uc->uc_mcontext.fpregs)
        dz_copy_in(c->uc->uc_mcontext.fpregs, s.sc_fpstate, 512);
    struct dz_sigset128 m = { { (uint32_t)s.sc_mask } };
    dz_bsd_set_mask(c->t, c->uc, &m);
    return DZ_JUSTRETURN;
}
