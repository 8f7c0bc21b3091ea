/* FreeBSD signal calls: dispositions, masks, the virtual sigaltstack, kill.
 * Dispositions live in the engine (indexed by Linux number); the guest's
 * 128-bit mask lives in the thread's shadow and in the trapped context. */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/signal.h"
#include <errno.h>
#include <string.h>

/* Dispositions of FreeBSD signals that Linux cannot carry (e.g. real-time
 * signals past the 20 we map): remembered so sigaction(get) tells the truth,
 * never delivered. */
static struct fbsd_sigaction unmapped[FBSD_NSIG + 1];

static void sigset_clear_unblockable(struct fbsd_sigset *s)
{
    s->bits[0] &= ~((1u << (FBSD_SIGKILL - 1)) | (1u << (FBSD_SIGSTOP - 1)));
}

/* sigaction(int sig, const struct sigaction *act, struct sigaction *oact): 416 */
long fbsd_sigaction(struct dz_call *c)
{
    int fsig = AI(0);
    if (fsig <= 0 || fsig > FBSD_NSIG)
        return -EINVAL;
    struct fbsd_sigaction nact, oact;
    if (A(1) && dz_copy_in(&nact, A(1), sizeof nact) != 0)
        return -EFAULT;
    int lsig = fbsd_signal_to_linux(fsig);
    if (!lsig) {
        oact = unmapped[fsig];
        if (A(1))
            unmapped[fsig] = nact;
    } else {
        struct dz_gsigaction old, neu;
        if (A(1)) {
            if (fsig == FBSD_SIGKILL || fsig == FBSD_SIGSTOP)
                return -EINVAL;
            neu = (struct dz_gsigaction){
                .handler = nact.handler,
                /* DZ_SA_* use FreeBSD's values: kept as the guest gave them. */
                .flags = (uint32_t)nact.flags,
                .lmask = fbsd_sigset_to_linux(&nact.mask),
            };
            memcpy(neu.gmask, nact.mask.bits, sizeof neu.gmask);
        }
        long r = dz_sig_set_action(lsig, A(1) ? &neu : NULL, &old);
        if (r)
            return r;
        oact = (struct fbsd_sigaction){ .handler = old.handler, .flags = (int32_t)old.flags };
        memcpy(oact.mask.bits, old.gmask, sizeof old.gmask);
    }
    if (A(2) && dz_copy_out(A(2), &oact, sizeof oact) != 0)
        return -EFAULT;
    return 0;
}

/* sigprocmask(int how, const sigset_t *set, sigset_t *oset): 340 */
long fbsd_sigprocmask(struct dz_call *c)
{
    struct fbsd_sigset old = *fbsd_shadow_mask(c->t), set, res;
    if (A(1)) {
        if (dz_copy_in(&set, A(1), sizeof set) != 0)
            return -EFAULT;
        for (int i = 0; i < 4; i++) {
            switch (AI(0)) {
            case FBSD_SIG_BLOCK: res.bits[i] = old.bits[i] | set.bits[i]; break;
            case FBSD_SIG_UNBLOCK: res.bits[i] = old.bits[i] & ~set.bits[i]; break;
            case FBSD_SIG_SETMASK: res.bits[i] = set.bits[i]; break;
            default: return -EINVAL;
            }
        }
        sigset_clear_unblockable(&res);
        fbsd_set_mask(c->t, c->uc, &res);
    }
    if (A(2) && dz_copy_out(A(2), &old, sizeof old) != 0)
        return -EFAULT;
    return 0;
}

/* sigaltstack(const stack_t *ss, stack_t *oss): 53.  Virtual: the host's
 * real altstack belongs to the engine; this one is used when the engine
 * builds a FreeBSD frame for an SA_ONSTACK handler. */
long fbsd_sigaltstack(struct dz_call *c)
{
    struct dz_thread *t = c->t;
    uint64_t sp = (uint64_t)c->uc->uc_mcontext.gregs[REG_RSP];
    int onstack = !(t->gss_flags & DZ_SS_DISABLE) && sp - t->gss_sp < t->gss_size;
    struct fbsd_stack old = {
        .ss_sp = t->gss_sp, .ss_size = t->gss_size,
        .ss_flags = (t->gss_flags & DZ_SS_DISABLE) ? FBSD_SS_DISABLE : (onstack ? FBSD_SS_ONSTACK : 0),
    };
    if (A(0)) {
        struct fbsd_stack ss;
        if (dz_copy_in(&ss, A(0), sizeof ss) != 0)
            return -EFAULT;
        if (onstack)
            return -EPERM;
        if (ss.ss_flags & ~FBSD_SS_DISABLE)
            return -EINVAL;
        if (ss.ss_flags & FBSD_SS_DISABLE) {
            t->gss_flags = DZ_SS_DISABLE;
        } else {
            if (ss.ss_size < FBSD_MINSIGSTKSZ)
                return -ENOMEM;
            t->gss_sp = ss.ss_sp;
            t->gss_size = ss.ss_size;
            t->gss_flags = 0;
        }
    }
    if (A(1) && dz_copy_out(A(1), &old, sizeof old) != 0)
        return -EFAULT;
    return 0;
}

static long map_sig(int fsig, int *lsig)
{
    if (fsig == 0) {
        *lsig = 0;
        return 0;
    }
    if (fsig < 0 || fsig > FBSD_NSIG || !(*lsig = fbsd_signal_to_linux(fsig)))
        return -EINVAL;
    return 0;
}

/* kill(int pid, int signum): 37 */
long fbsd_kill(struct dz_call *c)
{
    int lsig;
    long r = map_sig(AI(1), &lsig);
    return r ? r : dz_sys(SYS_kill, AI(0), lsig);
}

/* thr_kill(long id, int sig): 433 */
long fbsd_thr_kill(struct dz_call *c)
{
    int lsig;
    long r = map_sig(AI(1), &lsig);
    return r ? r : dz_sys(SYS_tgkill, dz_sys(SYS_getpid), (long)A(0), lsig);
}

/* thr_kill2(pid_t pid, long id, int sig): 481 */
long fbsd_thr_kill2(struct dz_call *c)
{
    int lsig;
    long r = map_sig(AI(2), &lsig);
    return r ? r : dz_sys(SYS_tgkill, AI(0), (long)A(1), lsig);
}

/* sigpending(sigset_t *set): 343 */
long fbsd_sigpending(struct dz_call *c)
{
    uint64_t lset = 0;
    long r = dz_sys(SYS_rt_sigpending, &lset, 8);
    if (r < 0)
        return r;
    struct fbsd_sigset s;
    linux_sigset_to_fbsd(&s, lset);
    return dz_copy_out(A(0), &s, sizeof s) ? -EFAULT : 0;
}

/* sigsuspend(const sigset_t *sigmask): 341.  Waits with the given mask;
 * the old mask is back in place before the signal's frame is built, so the
 * handler returns to it, as FreeBSD's td_oldsigmask arranges. */
long fbsd_sigsuspend(struct dz_call *c)
{
    struct fbsd_sigset m, old = *fbsd_shadow_mask(c->t);
    if (dz_copy_in(&m, A(0), sizeof m) != 0)
        return -EFAULT;
    sigset_clear_unblockable(&m);
    fbsd_set_mask(c->t, c->uc, &m);
    long r;
    do
        r = dz_bsys(SYS_pause, 0, 0, 0, 0, 0, 0);
    while (r != -EINTR);
    fbsd_set_mask(c->t, c->uc, &old);
    return -EINTR;
}
