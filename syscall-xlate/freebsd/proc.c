/* FreeBSD process calls: wait6, cwd, affinity, sysarch (the guest's TLS
 * base), procctl; exit, fork, execve, wait4 and the limits are shared
 * (syscall-xlate/common/proc.c). */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/flags.h"
#include "abi/freebsd/convert.h"
#include "abi/freebsd/signal.h"
#include "abi/linux/types.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* wait6(idtype_t idtype, id_t id, int *status, int options,
 *       struct __wrusage *wrusage, siginfo_t *info): 532, on waitid. */
long fbsd_wait6(struct dz_call *c)
{
    int64_t idtype;
    if (dz_val_to_host(&fbsd_idtypes, AI(0), &idtype) != 0)
        return -EINVAL;
    uint64_t unknown;
    long opt = (long)dz_flags_to_host(&fbsd_wait_options, A(3), &unknown);
    if (unknown)
        return -EINVAL;
    if (!(opt & (WEXITED | WSTOPPED | WCONTINUED)))
        return -EINVAL;
    siginfo_t si;
    memset(&si, 0, sizeof si);
    struct rusage ru[2];
    memset(ru, 0, sizeof ru);
    long r = dz_bsys(SYS_waitid, idtype, (long)A(1), &si, opt, A(4) ? &ru[0] : NULL, 0);
    if (r < 0)
        return r;
    if (si.si_pid == 0)
        return 0;   /* WNOHANG and nothing to report */
    int st = 0;
    switch (si.si_code) {
    case CLD_EXITED: st = (si.si_status & 0xff) << 8; break;
    case CLD_KILLED: st = si.si_status; break;
    case CLD_DUMPED: st = si.si_status | 0x80; break;
    case CLD_STOPPED: case CLD_TRAPPED: st = (si.si_status << 8) | 0x7f; break;
    case CLD_CONTINUED: st = 0xffff; break;
    }
    st = dz_bsd_wait_status(c->t, st);
    if (A(2) && dz_copy_out(A(2), &st, sizeof st) != 0)
        return -EFAULT;
    if (A(4) && dz_copy_out(A(4), ru, sizeof ru) != 0)   /* __wrusage: self, children */
        return -EFAULT;
    if (A(5)) {
        struct fbsd_siginfo fi;
        memset(&fi, 0, sizeof fi);
        fi.signo = FBSD_SIGCHLD;
        fi.code = si.si_code;
        fi.pid = si.si_pid;
        fi.uid = si.si_uid;
        fi.status = si.si_code == CLD_EXITED ? si.si_status : linux_signal_to_fbsd(si.si_status);
        if (dz_copy_out(A(5), &fi, sizeof fi) != 0)
            return -EFAULT;
    }
    return si.si_pid;
}

/* __getcwd(char *buf, size_t buflen): 326 — 0 on success, not the length. */
long fbsd_getcwd(struct dz_call *c)
{
    long r = dz_sys(SYS_getcwd, A(0), A(1));
    return r < 0 ? r : 0;
}

/* cpuset_getaffinity(level, which, id, size_t setsize, cpuset_t *mask): 487 */
long fbsd_cpuset_getaffinity(struct dz_call *c)
{
    unsigned char set[128];
    size_t size = (size_t)A(3);
    if (size > sizeof set || size % 8)
        return -ERANGE;
    long id = (long)A(2) == -1 ? 0 : (long)A(2);
    memset(set, 0, sizeof set);
    long r = dz_sys(SYS_sched_getaffinity, id, sizeof set, set);
    if (r < 0)
        return r;
    for (size_t i = size; i < (size_t)r; i++)
        if (set[i])
            return -ERANGE;   /* a CPU the caller's set cannot represent */
    return dz_copy_out(A(4), set, size) ? -EFAULT : 0;
}

/* sysarch(int op, char *parms): 165.  The FS base is the guest's TLS
 * pointer; the engine keeps it and loads it on the way back to the guest.
 * GS belongs to the engine (its per-thread state): kept virtual. */
long fbsd_sysarch(struct dz_call *c)
{
    uint64_t v;
    switch (AI(0)) {
    case FBSD_AMD64_SET_FSBASE:
        if (dz_copy_in(&v, A(1), 8) != 0)
            return -EFAULT;
        c->t->guest_fs = v;
        return 0;
    case FBSD_AMD64_GET_FSBASE:
        return dz_copy_out(A(1), &c->t->guest_fs, 8) ? -EFAULT : 0;
    case FBSD_AMD64_SET_GSBASE:
        if (dz_copy_in(&v, A(1), 8) != 0)
            return -EFAULT;
        c->t->pers_state[4] = v;
        return 0;
    case FBSD_AMD64_GET_GSBASE:
        return dz_copy_out(A(1), &c->t->pers_state[4], 8) ? -EFAULT : 0;
    default:
        return -EINVAL;
    }
}

/* procctl(idtype_t idtype, id_t id, int com, void *data): 544 */
long fbsd_procctl(struct dz_call *c)
{
    enum { PROC_PDEATHSIG_CTL = 11, PROC_PDEATHSIG_STATUS = 12 };
    int v;
    switch (AI(2)) {
    case PROC_PDEATHSIG_CTL:
        if (dz_copy_in(&v, A(3), sizeof v) != 0)
            return -EFAULT;
        return dz_sys(SYS_prctl, PR_SET_PDEATHSIG, v ? fbsd_signal_to_linux(v) : 0);
    case PROC_PDEATHSIG_STATUS: {
        int l = 0;
        long r = dz_sys(SYS_prctl, PR_GET_PDEATHSIG, &l);
        if (r < 0)
            return r;
        v = l ? linux_signal_to_fbsd(l) : 0;
        return dz_copy_out(A(3), &v, sizeof v) ? -EFAULT : 0;
    }
    default:
        return -EINVAL;
    }
}
