/* illumos signal calls that differ from the shared ones: the mask set on
 * the thread directly (a library call is no signal frame), the virtual
 * sigaltstack with illumos's SS_DISABLE (2), raise, and the part of
 * getcontext Go reads.  sigaction and kill are the shared dz_sigaction /
 * dz_kill with illumos's layout (personality.c). */
#define _GNU_SOURCE
#include "libshim/illumos/ilm.h"
#include "abi/illumos/signal.h"
#include <errno.h>
#include <signal.h>
#include <string.h>

/* Signals queued during this call that the new mask blocks go back to the
 * kernel (re-sent to this thread, pending until unblocked). */
static void requeue_blocked(struct dz_thread *t, uint64_t lmask)
{
    int n = t->npending, k = 0;
    pid_t pid = (pid_t)dz_sys(SYS_getpid);
    for (int i = 0; i < n; i++) {
        int s = t->pending[i].sig;
        if (s > 0 && s <= 64 && (lmask & (1ULL << (s - 1)))) {
            siginfo_t si = t->pending[i].info;
            if (dz_sys(SYS_rt_tgsigqueueinfo, pid, t->tid, s, &si) < 0)
                dz_sys(SYS_tgkill, pid, t->tid, s);
        } else {
            t->pending[k++] = t->pending[i];
        }
    }
    __atomic_store_n(&t->npending, k, __ATOMIC_RELEASE);
}

void ilm_set_mask(struct dz_thread *t, const struct dz_sigset128 *m)
{
    struct dz_sigset128 v = *m;
    int k = ILM_SIGKILL - 1, s = ILM_SIGSTOP - 1;
    v.bits[k / 32] &= ~(1u << (k % 32));
    v.bits[s / 32] &= ~(1u << (s % 32));
    uint64_t lmask = dz_bsd_sigset_to_linux(t, &v);
    if (t->npending) {
        dz_set_thread_lmask(~0ULL);
        requeue_blocked(t, lmask);
    }
    *ilm_mask(t) = v;
    dz_set_thread_lmask(lmask);
}

/* libc's thr_sigsetmask reads *set and stores *oset itself (the mask is
 * the thread's, in user space): a bad pointer faults (DZ_LIB_SEGV), the
 * new mask already set when it is oset's. */
static long do_sigmask(struct dz_call *c)
{
    struct dz_sigset128 old = *ilm_mask(c->t), set, res;
    if (A(1)) {
        long r = dz_lib_load(&set, A(1), sizeof set);
        if (r)
            return r;
        for (int w = 0; w < 4; w++) {
            switch (AI(0)) {
            case ILM_SIG_BLOCK: res.bits[w] = old.bits[w] | set.bits[w]; break;
            case ILM_SIG_UNBLOCK: res.bits[w] = old.bits[w] & ~set.bits[w]; break;
            case ILM_SIG_SETMASK: res.bits[w] = set.bits[w]; break;
            default: return -EINVAL;
            }
        }
        ilm_set_mask(c->t, &res);
    }
    return A(2) ? dz_lib_store(A(2), &old, sizeof old) : 0;
}

/* sigprocmask(int how, const sigset_t *set, sigset_t *oset): -1 + errno */
long ilm_sigprocmask(struct dz_call *c) { return do_sigmask(c); }
/* pthread_sigmask(...): the errno returned */
long ilm_pthread_sigmask(struct dz_call *c) { return do_sigmask(c); }

/* The guest's stack pointer at the call. */
static uint64_t guest_sp(void)
{
    return dz_lib_frame() ? dz_lib_frame()->rsp : 0;
}

static void stack_get(const struct dz_thread *t, uint64_t sp, struct ilm_stack *out)
{
    *out = (struct ilm_stack){
        .ss_sp = t->gss_sp,
        .ss_size = t->gss_size,
        .ss_flags = (t->gss_flags & DZ_SS_DISABLE) ? ILM_SS_DISABLE
                  : (dz_bsd_onstack(t, sp) ? ILM_SS_ONSTACK : 0),
    };
}

/* sigaltstack(const stack_t *ss, stack_t *oss).  Virtual: the host's
 * altstack is the engine's; this one is used when a frame is built. */
long ilm_sigaltstack(struct dz_call *c)
{
    struct dz_thread *t = c->t;
    struct ilm_stack old;
    stack_get(t, guest_sp(), &old);
    if (A(0)) {
        struct ilm_stack ss;
        if (dz_copy_in(&ss, A(0), sizeof ss) != 0)
            return -EFAULT;
        if (old.ss_flags & ILM_SS_ONSTACK)
            return -EPERM;
        if (ss.ss_flags & ~ILM_SS_DISABLE)
            return -EINVAL;
        if (ss.ss_flags & ILM_SS_DISABLE) {
            t->gss_flags = DZ_SS_DISABLE;
        } else {
            if (ss.ss_size < ILM_MINSIGSTKSZ)
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

/* raise(int sig) */
long ilm_raise(struct dz_call *c)
{
    int lsig;
    long r = dz_bsd_sig_in(c->t, AI(0), &lsig);
    return r ? r : dz_sys(SYS_tgkill, dz_sys(SYS_getpid), c->t->tid, lsig);
}

/* getcontext(ucontext_t *ucp): Go's minit reads uc_stack to learn the
 * bounds of a thread it did not create (cgo); the mask and the stack are
 * filled, the registers are not (a library call's registers mean little
 * to a caller that cannot return twice). */
long ilm_getcontext(struct dz_call *c)
{
    struct ilm_ucontext uc;
    memset(&uc, 0, sizeof uc);
    uc.uc_flags = ILM_UC_SIGMASK | ILM_UC_STACK;
    memcpy(uc.uc_sigmask.bits, ilm_mask(c->t)->bits, sizeof uc.uc_sigmask.bits);
    stack_get(c->t, guest_sp(), &uc.uc_stack);
    return dz_copy_out(A(0), &uc, sizeof uc) ? -EFAULT : 0;
}
