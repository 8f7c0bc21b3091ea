/* OpenBSD signal calls that differ from the shared BSD ones: a 32-bit
 * sigset_t, a mask changed outside any signal frame (a library call is a
 * plain call, so the thread's real mask is set directly), the virtual
 * sigaltstack read at the caller's stack pointer, thrkill.
 * sigaction and kill are the shared dz_sigaction / dz_kill. */
#define _GNU_SOURCE
#include "libshim/openbsd/obsd.h"
#include "abi/openbsd/signal.h"
#include <errno.h>
#include <signal.h>
#include <string.h>

#define UNBLOCKABLE ((1u << (OBSD_SIGKILL - 1)) | (1u << (OBSD_SIGSTOP - 1)))

/* Signals queued during this call that the new mask blocks go back to the
 * kernel (re-sent to this thread, where they stay pending until unblocked)
 * instead of being delivered when the call returns. */
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

void obsd_set_mask(struct dz_thread *t, uint32_t mask)
{
    mask &= ~UNBLOCKABLE;
    uint64_t lmask = obsd_sigset_to_linux(mask);
    if (t->npending) {
        /* Hold everything while the queue is edited: the nested path
         * appends to it. */
        dz_set_thread_lmask(~0ULL);
        requeue_blocked(t, lmask);
    }
    dz_bsd_mask(t)->bits[0] = mask;
    dz_set_thread_lmask(lmask);
}

/* The set is read and the old mask stored by libc itself (OpenBSD's
 * sigprocmask stub passes the mask by value to the kernel): a bad pointer
 * faults (DZ_LIB_SEGV), the new mask already set when it is oset's. */
static long do_sigmask(struct dz_call *c)
{
    uint32_t old = obsd_mask(c->t), set;
    if (A(1)) {
        long r = dz_lib_load(&set, A(1), sizeof set);
        if (r)
            return r;
        uint32_t res;
        switch (AI(0)) {
        case OBSD_SIG_BLOCK: res = old | set; break;
        case OBSD_SIG_UNBLOCK: res = old & ~set; break;
        case OBSD_SIG_SETMASK: res = set; break;
        default: return -EINVAL;
        }
        obsd_set_mask(c->t, res);
    }
    return A(2) ? dz_lib_store(A(2), &old, sizeof old) : 0;
}

/* pthread_sigmask(int how, const sigset_t *set, sigset_t *oset): errno
 * returned; librthread's calls libc's sigprocmask, whose stub reads *set
 * and stores *oset itself. */
long obsd_pthread_sigmask(struct dz_call *c) { return do_sigmask(c); }
/* sigprocmask(int how, const sigset_t *set, sigset_t *oset): -1 + errno */
long obsd_sigprocmask(struct dz_call *c) { return do_sigmask(c); }

/* sigpending(sigset_t *set) */
long obsd_sigpending(struct dz_call *c)
{
    uint64_t lset = 0;
    long r = dz_sys(SYS_rt_sigpending, &lset, 8);
    if (r < 0)
        return r;
    for (int i = 0; i < c->t->npending; i++)
        lset |= 1ULL << (c->t->pending[i].sig - 1);
    uint32_t s = linux_sigset_to_obsd(lset);
    return dz_copy_out(A(0), &s, sizeof s) ? -EFAULT : 0;
}

/* sigaltstack(const stack_t *ss, stack_t *oss).  Virtual: the host's real
 * altstack is the engine's (library calls run on it); this one is used
 * when a frame is built for an SA_ONSTACK handler. */
long obsd_sigaltstack(struct dz_call *c)
{
    /* A library call has no trapped context: the guest's stack pointer is
     * the one its call frame saved. */
    return dz_bsd_sigaltstack(c, dz_lib_frame() ? dz_lib_frame()->rsp : 0);
}

/* thrkill(pid_t tid, int sig, void *tcb): tid 0 is the calling thread. */
long obsd_thrkill(struct dz_call *c)
{
    int lsig;
    long r = dz_bsd_sig_in(c->t, AI(1), &lsig);
    if (r)
        return r;
    pid_t tid = AI(0) ? AI(0) : c->t->tid;
    return dz_sys(SYS_tgkill, dz_sys(SYS_getpid), tid, lsig);
}

/* raise(int sig) */
long obsd_raise(struct dz_call *c)
{
    int lsig;
    long r = dz_bsd_sig_in(c->t, AI(0), &lsig);
    return r ? r : dz_sys(SYS_tgkill, dz_sys(SYS_getpid), c->t->tid, lsig);
}
