/* FreeBSD threads: thr_new / thr_self / thr_exit (sys/kern/kern_thr.c).
 * A guest thread is a host pthread (real C-library TLS for the engine) that
 * arms SUD and jumps to start_func on the guest's stack. */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "syscall-xlate/engine/enter.h"
#include <errno.h>
#include <linux/futex.h>
#include <string.h>

/* thr_new(struct thr_param *param, int param_size): 455 */
long fbsd_thr_new(struct dz_call *c)
{
    struct fbsd_thr_param p;
    memset(&p, 0, sizeof p);
    if (AI(1) < 0 || (size_t)AI(1) > sizeof p)
        return -EINVAL;
    if (dz_copy_in(&p, A(0), (size_t)AI(1)) != 0)
        return -EFAULT;
    /* cpu_set_upcall: rsp = top of stack, 16-aligned, minus a zero return
     * address; rdi = arg; fs = tls_base. */
    uint64_t sp = ((p.stack_base + p.stack_size) & ~15UL) - 8;
    uint64_t zero = 0;
    if (dz_copy_out(sp, &zero, sizeof zero) != 0)
        return -EFAULT;
    struct dz_regs r = { .rip = p.start_func, .rsp = sp, .rdi = p.arg };
    /* FreeBSD writes both before the thread runs; Go passes NULL for both
     * (its threads read their own id), and then nobody waits for the id. */
    pid_t tid = 0;
    long e = dz_spawn_thread(&r, p.tls_base, dz_uc_lmask(c->uc), p.child_tid || p.parent_tid ? &tid : NULL);
    if (e)
        return e;
    long ltid = tid;
    if (p.child_tid)
        dz_copy_out(p.child_tid, &ltid, sizeof ltid);
    if (p.parent_tid)
        dz_copy_out(p.parent_tid, &ltid, sizeof ltid);
    return 0;
}

/* thr_self(long *id): 432 */
long fbsd_thr_self(struct dz_call *c)
{
    long tid = c->t->tid;
    return dz_copy_out(A(0), &tid, sizeof tid) ? -EFAULT : 0;
}

/* thr_exit(long *state): 431.  *state = 1 and a wake-up on it, then the
 * thread ends (the process, if it was the last one). */
long fbsd_thr_exit(struct dz_call *c)
{
    if (A(0)) {
        long one = 1;
        if (dz_copy_out(A(0), &one, sizeof one) == 0)
            dz_sys(SYS_futex, A(0), FUTEX_WAKE, 0x7fffffff, 0, 0, 0);
    }
    dz_exit_thread();
}

/* thr_set_name(long id, const char *name): 464.  Linux can name only the
 * calling thread through prctl; other ids succeed without effect. */
long fbsd_thr_set_name(struct dz_call *c)
{
    if ((long)A(0) != -1 && (long)A(0) != c->t->tid) {
        /* Another thread: it must exist (ESRCH otherwise, as FreeBSD). */
        long r = dz_sys(SYS_tgkill, dz_sys(SYS_getpid), (long)A(0), 0);
        return r < 0 ? r : 0;
    }
    return dz_name_self(A(1));
}
