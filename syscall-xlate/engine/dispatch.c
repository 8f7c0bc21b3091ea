/* The single entry point for syscall emulation: read the guest's registers,
 * run the row's handler, trace, and write the result back in the guest's
 * convention (value in rax, second value in rdx, carry flag on error with
 * the guest's positive errno in rax). */
#define _GNU_SOURCE
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/uaccess.h"
#include "syscall-xlate/trace/trace.h"
#include <errno.h>

#define RFLAGS_CF 1UL

void dz_dispatch(struct dz_thread *t, ucontext_t *uc)
{
    greg_t *g = uc->uc_mcontext.gregs;
    const struct dz_personality *p = t->pers;
    long nr = g[REG_RAX];
    struct dz_call c = {
        .a = { (uint64_t)g[REG_RDI], (uint64_t)g[REG_RSI], (uint64_t)g[REG_RDX],
               (uint64_t)g[REG_R10], (uint64_t)g[REG_R8], (uint64_t)g[REG_R9] },
        .nr = nr, .t = t, .uc = uc, .rv2 = (uint64_t)g[REG_RDX],
    };
    const struct dz_sysent *e = (nr >= 0 && (unsigned long)nr < p->nsysent) ? &p->sysent[nr] : NULL;
    long r;

    t->cur_uc = uc;
    t->cur_nr = nr;
    c.ent = e;
    if (e && e->nargs > 6)   /* arguments 7+ sit above the return address slot */
        dz_copy_in(&c.a[6], (uint64_t)g[REG_RSP] + 8, (size_t)(e->nargs - 6) * 8);
    /* Calls that never return (exit, thr_exit) are traced whole first. */
    if (dz_opts.trace_fd >= 0)
        dz_trace_enter(p, e, &c, e && e->fn && e->ret == DZ_K_NONE);
    if (!e || !e->fn) {
        dz_report_unimplemented(p, nr, e ? e->name : NULL);
        r = -ENOSYS;
    } else {
        r = e->fn(&c);
    }
    if (r == DZ_EARLY_EINTR)
        r = DZ_RESTART;
    if (r == -EINTR && t->npending && dz_pending_wants_restart())
        r = DZ_RESTART;
    if (dz_opts.trace_fd >= 0)
        dz_trace_leave(p, e, &c, r);
    t->cur_uc = NULL;

    if (r == DZ_JUSTRETURN)
        return;
    if (r == DZ_RESTART) {
        /* rax still holds the number (SUD rolled it back): re-executing the
         * two-byte syscall instruction repeats the call, as BSD ERESTART does. */
        g[REG_RIP] -= 2;
        return;
    }
    if (r < 0 && r >= -4095) {
        g[REG_RAX] = p->errno_from_linux((int)-r);
        g[REG_EFL] |= RFLAGS_CF;
    } else if (DZ_IS_GUEST_ERR(r)) {
        g[REG_RAX] = -0x10000L - r;
        g[REG_EFL] |= RFLAGS_CF;
    } else {
        g[REG_RAX] = r;
        g[REG_RDX] = (greg_t)c.rv2;
        g[REG_EFL] &= ~RFLAGS_CF;
    }
}
