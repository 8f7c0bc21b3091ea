/* FreeBSD signal delivery and return (sendsig / sys_sigreturn in
 * sys/amd64/amd64/exec_machdep.c, frame in sys/x86/include/sigframe.h).
 * The frame is built on the guest's stack from the trapped Linux context,
 * and sigreturn reloads every register from the (possibly edited) FreeBSD
 * context: Go rewrites rip/rsp in it for asynchronous preemption. */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/signal.h"
#include <errno.h>
#include <stddef.h>
#include <string.h>

struct fbsd_sigframe {
    uint64_t sf_ahu;                 /* the handler, called by sigcode */
    uint64_t sf_pad;
    struct fbsd_ucontext sf_uc;
    struct fbsd_siginfo sf_si;
};
_Static_assert(offsetof(struct fbsd_sigframe, sf_uc) == 16, "sigframe uc");
_Static_assert(offsetof(struct fbsd_sigframe, sf_si) == 896, "sigframe si");

#define MC_HASBASES   0x2
#define MC_FPFMT_XMM  0x10002
#define MC_FPOWNED_FPU 0x20001
#define MC_LEN        800
#define PSL_T 0x100
#define PSL_D 0x400
#define PSL_USERCHANGE 0x00000cd5UL   /* CF PF AF ZF SF TF DF OF (no IF/IOPL) */

extern char fbsd_sigcode[];

static int si_code_to_fbsd(int lsig, int code)
{
    switch (code) {
    case SI_USER: return 0x10001;
    case SI_QUEUE: return 0x10002;
    case SI_TIMER: return 0x10003;
    case SI_ASYNCIO: return 0x10004;
    case SI_MESGQ: return 0x10005;
    case SI_KERNEL: return 0x10006;
    case SI_TKILL: return 0x10007;   /* SI_LWP */
    }
    /* FreeBSD numbers FPE_INTOVF 1, FPE_INTDIV 2; Linux the other way round. */
    if (lsig == SIGFPE && (code == 1 || code == 2))
        return 3 - code;
    return code;
}

static void fill_siginfo(struct fbsd_siginfo *fs, int fsig, int lsig, const siginfo_t *si)
{
    fs->signo = fsig;
    fs->errno_ = si->si_errno;
    fs->code = si_code_to_fbsd(lsig, si->si_code);
    fs->pid = si->si_pid;
    fs->uid = si->si_uid;
    if (lsig == SIGCHLD && si->si_code != CLD_EXITED)
        fs->status = linux_signal_to_fbsd(si->si_status);
    else
        fs->status = si->si_status;
    if (lsig == SIGSEGV || lsig == SIGBUS || lsig == SIGILL || lsig == SIGFPE || lsig == SIGTRAP)
        fs->addr = (uint64_t)si->si_addr;
    memcpy(&fs->value, &si->si_value, sizeof fs->value);
}

int fbsd_deliver(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si,
                 const struct dz_gsigaction *act)
{
    greg_t *g = uc->uc_mcontext.gregs;
    int fsig = linux_signal_to_fbsd(lsig);
    if (!fsig)
        return 0;   /* nothing the guest could name */
    int onstack;
    uint64_t sp = dz_bsd_signal_sp(t, (uint64_t)g[REG_RSP], act, &onstack);
    sp = (sp - sizeof(struct fbsd_sigframe)) & ~15UL;

    struct fbsd_sigframe f;
    memset(&f, 0, sizeof f);
    f.sf_ahu = act->handler;
    struct fbsd_ucontext *u = &f.sf_uc;
    struct fbsd_mcontext *m = &u->uc_mcontext;
    memcpy(&u->uc_sigmask, dz_bsd_mask(t), sizeof u->uc_sigmask);
    u->uc_stack.ss_sp = t->gss_sp;
    u->uc_stack.ss_size = t->gss_size;
    u->uc_stack.ss_flags = (t->gss_flags & DZ_SS_DISABLE) ? FBSD_SS_DISABLE : (onstack ? FBSD_SS_ONSTACK : 0);
    m->mc_onstack = onstack;
    m->mc_rdi = g[REG_RDI]; m->mc_rsi = g[REG_RSI]; m->mc_rdx = g[REG_RDX]; m->mc_rcx = g[REG_RCX];
    m->mc_r8 = g[REG_R8];   m->mc_r9 = g[REG_R9];   m->mc_rax = g[REG_RAX]; m->mc_rbx = g[REG_RBX];
    m->mc_rbp = g[REG_RBP]; m->mc_r10 = g[REG_R10]; m->mc_r11 = g[REG_R11]; m->mc_r12 = g[REG_R12];
    m->mc_r13 = g[REG_R13]; m->mc_r14 = g[REG_R14]; m->mc_r15 = g[REG_R15];
    m->mc_trapno = (uint32_t)g[REG_TRAPNO];
    m->mc_addr = (uint64_t)si->si_addr;
    m->mc_flags = MC_HASBASES;
    m->mc_err = g[REG_ERR];
    m->mc_rip = g[REG_RIP];
    m->mc_cs = 0x43;     /* FreeBSD's GUCODE_SEL; informational */
    m->mc_rflags = g[REG_EFL];
    m->mc_rsp = g[REG_RSP];
    m->mc_ss = 0x3b;
    m->mc_len = MC_LEN;
    m->mc_fpformat = MC_FPFMT_XMM;
    m->mc_ownedfp = MC_FPOWNED_FPU;
    if (uc->uc_mcontext.fpregs)
        memcpy(m->mc_fpstate, uc->uc_mcontext.fpregs, sizeof m->mc_fpstate);
    m->mc_fsbase = t->guest_fs;
    fill_siginfo(&f.sf_si, fsig, lsig, si);

    if (dz_copy_out(sp, &f, sizeof f) != 0)
        return -1;

    g[REG_RIP] = (greg_t)fbsd_sigcode;
    g[REG_RSP] = (greg_t)sp;
    g[REG_RDI] = fsig;
    g[REG_RSI] = (greg_t)(sp + offsetof(struct fbsd_sigframe, sf_si));
    g[REG_RDX] = (greg_t)(sp + offsetof(struct fbsd_sigframe, sf_uc));
    g[REG_RCX] = (greg_t)f.sf_si.addr;
    g[REG_EFL] &= ~(PSL_T | PSL_D);

    /* The handler runs with its sa_mask and the signal itself added. */
    struct dz_sigset128 nm;
    dz_bsd_handler_mask(t, fsig, act, &nm);
    dz_bsd_set_mask(t, uc, &nm);
    return 0;
}

/* sigreturn(const ucontext_t *ucp): 417 */
long fbsd_sigreturn(struct dz_call *c)
{
    struct fbsd_ucontext u;
    if (dz_copy_in(&u, A(0), sizeof u) != 0)
        return -EFAULT;
    struct fbsd_mcontext *m = &u.uc_mcontext;
    if (m->mc_len != MC_LEN)
        return -EINVAL;
    greg_t *g = c->uc->uc_mcontext.gregs;
    g[REG_RDI] = m->mc_rdi; g[REG_RSI] = m->mc_rsi; g[REG_RDX] = m->mc_rdx; g[REG_RCX] = m->mc_rcx;
    g[REG_R8] = m->mc_r8;   g[REG_R9] = m->mc_r9;   g[REG_RAX] = m->mc_rax; g[REG_RBX] = m->mc_rbx;
    g[REG_RBP] = m->mc_rbp; g[REG_R10] = m->mc_r10; g[REG_R11] = m->mc_r11; g[REG_R12] = m->mc_r12;
    g[REG_R13] = m->mc_r13; g[REG_R14] = m->mc_r14; g[REG_R15] = m->mc_r15;
    g[REG_RIP] = m->mc_rip;
    g[REG_RSP] = m->mc_rsp;
    /* Only the flags a user may change (FreeBSD checks EFL_SECURE). */
    g[REG_EFL] = (greg_t)(((uint64_t)g[REG_EFL] & ~PSL_USERCHANGE) | (m->mc_rflags & PSL_USERCHANGE));
    if (m->mc_fpformat == MC_FPFMT_XMM && c->uc->uc_mcontext.fpregs)
        memcpy(c->uc->uc_mcontext.fpregs, m->mc_fpstate, sizeof m->mc_fpstate);
    if (m->mc_flags & MC_HASBASES)
        c->t->guest_fs = m->mc_fsbase;
    struct dz_sigset128 mask;
    memcpy(&mask, &u.uc_sigmask, sizeof mask);
    dz_bsd_set_mask(c->t, c->uc, &mask);
    return DZ_JUSTRETURN;
}
