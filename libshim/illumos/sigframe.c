/* illumos signal delivery and return.  libc's __sighndlr calls the
 * handler as handler(sig, siginfo_t *, ucontext_t *) -- illumos's
 * ucontext_t with gregs in its own order (usr/src/uts/intel/sys/regset.h:
 * R15 first; abi/illumos/types.h) -- on the guest's sigaltstack or below
 * the red zone; when it returns, libc setcontext()s the (possibly edited)
 * ucontext.  Here the handler returns into our trampoline (sigcode.S),
 * whose raw setcontext traps into the engine (ilm_setcontext): Go rewrites
 * rip/rsp there for asynchronous preemption and to inject sigpanic. */
#define _GNU_SOURCE
#include "libshim/illumos/ilm.h"
#include "abi/illumos/signal.h"
#include <errno.h>
#include <signal.h>
#include <string.h>

/* The frame, 16-aligned at its start; the handler is entered with rsp at
 * ret (8 mod 16, as after a call). */
struct ilm_sigframe {
    uint64_t pad;
    uint64_t ret;                      /* -> dz_ilm_sigcode */
    struct ilm_siginfo si;             /* 16 */
    struct ilm_ucontext uc;            /* si + 256: sigcode.S */
};
_Static_assert(offsetof(struct ilm_sigframe, si) == 16, "sigframe si");
_Static_assert(offsetof(struct ilm_sigframe, uc) == 16 + 256, "sigcode.S: uc follows si");
_Static_assert(offsetof(struct ilm_sigframe, uc) % 16 == 0, "fxsave image alignment");

extern char dz_ilm_sigcode[];

#define PSL_T 0x100
#define PSL_D 0x400
#define PSL_USERCHANGE 0x00000cd5UL   /* CF PF AF ZF SF TF DF OF */

/* Linux greg_t index of each illumos REG_*; -1: none. */
static const int8_t from_linux[ILM_NGREG] = {
    [ILM_REG_R15] = REG_R15, [ILM_REG_R14] = REG_R14, [ILM_REG_R13] = REG_R13, [ILM_REG_R12] = REG_R12,
    [ILM_REG_R11] = REG_R11, [ILM_REG_R10] = REG_R10, [ILM_REG_R9] = REG_R9,   [ILM_REG_R8] = REG_R8,
    [ILM_REG_RDI] = REG_RDI, [ILM_REG_RSI] = REG_RSI, [ILM_REG_RBP] = REG_RBP, [ILM_REG_RBX] = REG_RBX,
    [ILM_REG_RDX] = REG_RDX, [ILM_REG_RCX] = REG_RCX, [ILM_REG_RAX] = REG_RAX,
    [ILM_REG_TRAPNO] = REG_TRAPNO, [ILM_REG_ERR] = REG_ERR, [ILM_REG_RIP] = REG_RIP,
    [ILM_REG_CS] = -1, [ILM_REG_RFL] = REG_EFL, [ILM_REG_RSP] = REG_RSP, [ILM_REG_SS] = -1,
    [ILM_REG_FS] = -1, [ILM_REG_GS] = -1, [ILM_REG_ES] = -1, [ILM_REG_DS] = -1,
    [ILM_REG_FSBASE] = -1, [ILM_REG_GSBASE] = -1,
};

static int si_code_to_ilm(int code)
{
    switch (code) {
    case SI_USER: return ILM_SI_USER;
    case SI_TKILL: return ILM_SI_LWP;
    case SI_QUEUE: return ILM_SI_QUEUE;
    case SI_TIMER: return ILM_SI_TIMER;
    case SI_ASYNCIO: return ILM_SI_ASYNCIO;
    case SI_MESGQ: return ILM_SI_MESGQ;
    case SI_KERNEL: return ILM_SI_NOINFO;
    }
    /* Fault and SIGCHLD codes (SEGV_*, BUS_*, FPE_*, ILL_*, TRAP_*, CLD_*)
     * have the same values on both. */
    return code;
}

static void fill_siginfo(struct ilm_siginfo *o, int isig, int lsig, const siginfo_t *si)
{
    *o = (struct ilm_siginfo){ .si_signo = isig, .si_code = si_code_to_ilm(si->si_code),
                               .si_errno = si->si_errno };
    if (lsig == SIGSEGV || lsig == SIGBUS || lsig == SIGILL || lsig == SIGFPE || lsig == SIGTRAP) {
        o->si_un.addr = (uint64_t)si->si_addr;
        return;
    }
    if (lsig == SIGCHLD) {
        o->si_un.cld.pid = si->si_pid;
        o->si_un.cld.status = si->si_code == CLD_EXITED ? si->si_status : linux_signal_to_ilm(si->si_status);
        return;
    }
    o->si_un.kill.pid = si->si_pid;
    o->si_un.kill.uid = si->si_uid;
    memcpy(&o->si_un.kill.value, &si->si_value, sizeof o->si_un.kill.value);
}

int ilm_deliver(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si,
                const struct dz_gsigaction *act)
{
    greg_t *g = uc->uc_mcontext.gregs;
    int isig = linux_signal_to_ilm(lsig);
    if (!isig)
        return 0;   /* nothing the guest could name */
    int onstack;
    uint64_t sp = dz_bsd_signal_sp(t, (uint64_t)g[REG_RSP], act, &onstack);
    sp = (sp - sizeof(struct ilm_sigframe)) & ~15UL;

    struct ilm_sigframe f;
    memset(&f, 0, sizeof f);
    f.ret = (uint64_t)dz_ilm_sigcode;
    fill_siginfo(&f.si, isig, lsig, si);
    struct ilm_ucontext *u = &f.uc;
    u->uc_flags = ILM_UC_SIGMASK | ILM_UC_STACK | ILM_UC_CPU | ILM_UC_FPU;
    memcpy(u->uc_sigmask.bits, ilm_mask(t)->bits, sizeof u->uc_sigmask.bits);
    u->uc_stack = (struct ilm_stack){
        .ss_sp = t->gss_sp, .ss_size = t->gss_size,
        .ss_flags = (t->gss_flags & DZ_SS_DISABLE) ? ILM_SS_DISABLE : (onstack ? ILM_SS_ONSTACK : 0),
    };
    for (int i = 0; i < ILM_NGREG; i++)
        if (from_linux[i] >= 0)
            u->gregs[i] = g[from_linux[i]];
    u->gregs[ILM_REG_CS] = 0x53;   /* illumos UCS_SEL; informational */
    u->gregs[ILM_REG_SS] = 0x4b;   /* UDS_SEL */
    u->gregs[ILM_REG_FSBASE] = (int64_t)t->guest_fs;
    if (uc->uc_mcontext.fpregs)
        memcpy(u->fpregs, uc->uc_mcontext.fpregs, 512);

    if (dz_copy_out(sp, &f, sizeof f) != 0)
        return -1;

    g[REG_RIP] = (greg_t)act->handler;
    g[REG_RSP] = (greg_t)(sp + offsetof(struct ilm_sigframe, ret));
    g[REG_RDI] = isig;
    g[REG_RSI] = (greg_t)(sp + offsetof(struct ilm_sigframe, si));
    g[REG_RDX] = (greg_t)(sp + offsetof(struct ilm_sigframe, uc));
    g[REG_RAX] = 0;
    g[REG_EFL] &= ~(PSL_T | PSL_D);

    /* The handler runs with its sa_mask and the signal itself added. */
    struct dz_sigset128 m;
    dz_bsd_handler_mask(t, isig, act, &m);
    dz_bsd_set_mask(t, uc, &m);
    return 0;
}

/* setcontext(ucontext_t *ucp), made raw by dz_ilm_sigcode (SYS_context). */
long ilm_setcontext(struct dz_call *c)
{
    struct ilm_ucontext u;
    if (dz_copy_in(&u, A(0), sizeof u) != 0)
        return -EFAULT;
    greg_t *g = c->uc->uc_mcontext.gregs;
    if (u.uc_flags & ILM_UC_CPU) {
        for (int i = 0; i < ILM_NGREG; i++)
            if (from_linux[i] >= 0 && i != ILM_REG_RFL && i != ILM_REG_TRAPNO && i != ILM_REG_ERR)
                g[from_linux[i]] = (greg_t)u.gregs[i];
        g[REG_EFL] = (greg_t)(((uint64_t)g[REG_EFL] & ~PSL_USERCHANGE) |
                              ((uint64_t)u.gregs[ILM_REG_RFL] & PSL_USERCHANGE));
    }
    if ((u.uc_flags & ILM_UC_FPU) && c->uc->uc_mcontext.fpregs)
        memcpy(c->uc->uc_mcontext.fpregs, u.fpregs, 512);
    if (u.uc_flags & ILM_UC_SIGMASK) {
        struct dz_sigset128 m;
        memcpy(m.bits, u.uc_sigmask.bits, sizeof m.bits);
        dz_bsd_set_mask(c->t, c->uc, &m);
    }
    return DZ_JUSTRETURN;
}
