/* Blocking host calls (block.h): layer 2.  The one place the engine waits
 * with guest signals open: dz_bs_syscall (entry.S, in the SUD allowed
 * range) checks the thread's queued signals right before its syscall
 * instruction, and the nested signal path moves a thread caught between
 * the check and the instruction to its EINTR exit. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/block.h"
#include "syscall-xlate/engine/call.h"
#include "syscall-xlate/engine/mask.h"
#include "syscall-xlate/engine/sigaction.h"
#include "syscall-xlate/engine/thread.h"
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>

extern long dz_bs_syscall(volatile int32_t *pending, long nr, long a1, long a2, long a3,
                          long a4, long a5, long a6);

long dz_blocking_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
    struct dz_thread *t = dz_self();
    /* A library call (libshim): no trapped context, and the thread already
     * runs with the guest's mask; queued signals still end the wait.  An
     * early end comes back as DZ_EARLY_EINTR, as on the trapped path, so
     * that dz_lib_dispatch restarts a call that never began: as -EINTR, a
     * nonblocking connect() that was never made looked to the guest like
     * one in progress (Go then waited forever for it to complete). */
    if (t && !t->cur_uc && t->in_host)
        return dz_bs_syscall(&t->npending, nr, a1, a2, a3, a4, a5, a6);
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
