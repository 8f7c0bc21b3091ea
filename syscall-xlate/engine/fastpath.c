/* The C half of the rewritten-site path (see fastpath.S for the protocol).
 *
 * dz_fast_syscall runs the call through the same dz_dispatch as a trapped
 * one, on a ucontext_t that fastpath.S filled with the guest's registers.
 * What a signal context would do on the way out is done here only for the
 * common case (results in rax/rdx/CF) and for a new signal mask.  Anything
 * else -- a queued guest signal, a handler that moved rip (restart,
 * sigreturn) -- takes the slow exit: the guest state goes back and a trapping syscall
 * gives a real SIGSYS context, which dz_fast_complete fills from the frame
 * before signal.c delivers the signals, exactly as after a trapped call. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/fastpath.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/tscclock.h"
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <signal.h>
#include <unistd.h>

/* fastpath.S offsets */
_Static_assert(offsetof(struct dz_thread, npending) == 28, "fastpath.S T_NPENDING");
_Static_assert(offsetof(struct dz_thread, fast_frame) == 32, "fastpath.S T_FAST_FRAME");
_Static_assert(offsetof(ucontext_t, uc_mcontext.gregs) == 40, "fastpath.S G()");
_Static_assert(REG_R8 == 0 && REG_R11 == 3 && REG_R15 == 7 && REG_RDI == 8 && REG_RBX == 11 &&
               REG_RAX == 13 && REG_RCX == 14 && REG_RSP == 15 && REG_RIP == 16 && REG_EFL == 17,
               "fastpath.S register slots");
/* The FXSAVE image mcontext points at: glibc names it struct _libc_fpstate,
 * musl struct _fpstate (the launcher is built with either). */
typedef __typeof__(*((ucontext_t *)0)->uc_mcontext.fpregs) dz_fpstate;
_Static_assert(offsetof(ucontext_t, __fpregs_mem) == 424, "fastpath.S F_FP");
_Static_assert(offsetof(dz_fpstate, mxcsr) == 24, "fastpath.S F_MXCSR");
_Static_assert(offsetof(dz_fpstate, _xmm) == 160, "fastpath.S F_XMM");

extern char dz_fast_window[], dz_fast_window_end[], dz_fast_slow[], dz_fast_trap[];

/* Passthrough table of dz_fast_pt_entry: guest number -> 1 + the Linux
 * number of a call that is that Linux call unchanged; 0 = no.  Written
 * by rewrite.c before the first stub that uses it exists. */
uint16_t dz_fast_pt[65536];
/* Linux errno -> the guest's, for dz_native_gate (filled by rewrite.c). */
uint16_t dz_fast_errno[4096];

extern char dz_native_gate[], dz_native_gate_ret[];
extern char dz_fast_clock_back[], dz_fast_clock_window[], dz_fast_clock_window_end[], dz_fast_clock_redo[];
_Static_assert(offsetof(struct dz_thread, in_clock) == 26, "fastpath.S T_IN_CLOCK");
_Static_assert(offsetof(struct dz_thread, clock_save) == 48, "fastpath.S S_RSP");

/* The vDSO clock path (dz_fast_clock): guest clock id (0..31) -> the Linux
 * clock the vDSO reads, -1 = take the full path; and the vDSO's
 * clock_gettime.  Written by rewrite.c before the first clock stub exists. */
int8_t dz_fast_clock_ids[32] = { -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                                 -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1 };
int (*dz_fast_vdso_clock)(long clock, void *ts);
/* Linux calls the native gate must not restart after a guest handler ran
 * (the @linux-norestart rows: sleeps end with EINTR), by Linux number. */
uint8_t dz_fast_norestart[512];

void dz_fast_gate_fixup(ucontext_t *uc, int lsig)
{
    greg_t *g = uc->uc_mcontext.gregs;
    if ((uint64_t)g[REG_RIP] != (uint64_t)dz_native_gate_ret || g[REG_RAX] != -EINTR)
        return;
    /* The gate's stack: the Linux number, then the guest's return address. */
    uint64_t lnr = *(const uint64_t *)g[REG_RSP];
    if (lnr < sizeof dz_fast_norestart && dz_fast_norestart[lnr])
        return;
    struct dz_gsigaction a;
    dz_sig_get_action(lsig, &a);
    if (a.handler > DZ_SIG_IGN && (a.flags & DZ_SA_RESTART))
        g[REG_RIP] = (greg_t)dz_native_gate;   /* reloads the number: a restart */
}

void dz_fast_thread_init(struct dz_thread *t, void *stack, size_t size)
{
    t->fast_stack = stack;
    t->fast_stack_size = size;
    uintptr_t top = (uintptr_t)stack + size - sizeof(struct dz_fast_frame);
    t->fast_frame = (struct dz_fast_frame *)(top & ~(uintptr_t)63);
}

/* Called by fastpath.S on the engine's stack with the host FS base: run the
 * call; 0 = fast exit, 1 = slow exit. */
#define UNSET_MXCSR 0xffffffffu   /* reserved bits set: no real MXCSR */
#define UNSET_CWD 0xffff

int dz_fast_syscall(struct dz_fast_frame *f)
{
    struct dz_thread *t = dz_self();
    ucontext_t *uc = &f->uc;
    dz_fpstate *fp = (dz_fpstate *)&uc->__fpregs_mem;
    uc->uc_mcontext.fpregs = fp;
    /* Only the first 8 bytes of a libc sigset_t are a mask anywhere (the
     * kernel's, and every reader here: dz_uc_lmask). */
    memcpy(&uc->uc_sigmask, &t->lmask, sizeof t->lmask);
    greg_t *g = uc->uc_mcontext.gregs;
    g[REG_ERR] = g[REG_TRAPNO] = g[REG_CR2] = 0;
    fp->mxcsr = UNSET_MXCSR;
    fp->cwd = UNSET_CWD;
    dz_tsc_clock_poke();
    t->on_fast = 1;
    dz_dispatch(t, uc);
    t->on_fast = 0;
    int slow = t->npending || g[REG_RIP] != g[REG_RCX];
    uint64_t want = dz_uc_lmask(uc);
    if (!slow && want != t->lmask) {
        /* A new mask (sigprocmask; Go changes it around every thread it
         * makes): set here, not by a trap and sigreturn.  On this path the
         * host mask is the guest's, so a signal it unblocks arrives at once
         * and, the engine being in_host, is queued: then the slow exit
         * delivers it, as for any signal that lands on this path. */
        syscall(SYS_rt_sigprocmask, SIG_SETMASK, &want, NULL, 8);
        t->lmask = want;
        slow = t->npending != 0;
    }
    /* A handler that wrote them (sigreturn) takes the slow exit (rip
     * moved), which loads them; reserved MXCSR bits would fault there. */
    if (fp->mxcsr != UNSET_MXCSR)
        fp->mxcsr &= 0xffff;
    return slow;
}

int dz_fast_complete(struct dz_thread *t, ucontext_t *uc, int sig, const siginfo_t *si)
{
    greg_t *g = uc->uc_mcontext.gregs;
    uint64_t rip = (uint64_t)g[REG_RIP];
    if (rip != (uint64_t)dz_fast_trap && rip != (uint64_t)dz_fast_trap + 2)
        return 0;
    const ucontext_t *f = &t->fast_frame->uc;
    const greg_t *fg = f->uc_mcontext.gregs;
    for (int r = REG_R8; r <= REG_RIP; r++)
        g[r] = fg[r];
    /* The flags a user may set; the vector state was reloaded by the exit. */
    const uint64_t user = 0xcd5;   /* CF PF AF ZF SF TF DF OF */
    g[REG_EFL] = (greg_t)(((uint64_t)g[REG_EFL] & ~user) | ((uint64_t)fg[REG_EFL] & user));
    dz_uc_set_lmask(uc, dz_uc_lmask(f));
    return rip == (uint64_t)dz_fast_trap + 2 && sig == SIGSYS && si->si_code == 2 /* SUD */;
}

void dz_fast_nested_fixup(ucontext_t *uc)
{
    uint64_t rip = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
    if (rip >= (uint64_t)dz_fast_window && rip <= (uint64_t)dz_fast_window_end)
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)dz_fast_slow;
    else if (rip >= (uint64_t)dz_fast_clock_window && rip <= (uint64_t)dz_fast_clock_window_end)
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)dz_fast_clock_redo;
}

int dz_fast_clock_fault(struct dz_thread *t, ucontext_t *uc)
{
    if (!t || !t->in_clock)
        return 0;
    if (t->in_clock == 2) {
        /* A library personality's lean clock (libshim/common/leanclock.inc):
         * back on the guest stack it saved, whose top holds the ordinary
         * entry to redo the call through (dz_lean_clock_fault). */
        uc->uc_mcontext.gregs[REG_RSP] = (greg_t)t->clock_save[0];
        uc->uc_mcontext.gregs[REG_RIP] = (greg_t)dz_lean_clock_fault;
        return 1;
    }
    /* A bad timespec pointer faulted in the vDSO: the full path repeats
     * the call, and the guest gets EFAULT as from its kernel. */
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)dz_fast_clock_back;
    uc->uc_mcontext.gregs[REG_RAX] = -EFAULT;
    return 1;
}
