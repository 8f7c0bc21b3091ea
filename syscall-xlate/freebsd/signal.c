/* FreeBSD's thread-directed kill calls; sigaction, sigprocmask,
 * sigaltstack, kill, sigpending and sigsuspend are shared
 * (syscall-xlate/common/signal.c). */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include <errno.h>

/* thr_kill(long id, int sig): 433 */
long fbsd_thr_kill(struct dz_call *c)
{
    int lsig;
    long r = dz_bsd_sig_in(c->t, AI(1), &lsig);
    return r ? r : dz_sys(SYS_tgkill, dz_sys(SYS_getpid), (long)A(0), lsig);
}

/* thr_kill2(pid_t pid, long id, int sig): 481 */
long fbsd_thr_kill2(struct dz_call *c)
{
    int lsig;
    long r = dz_bsd_sig_in(c->t, AI(2), &lsig);
    return r ? r : dz_sys(SYS_tgkill, AI(0), (long)A(1), lsig);
}
