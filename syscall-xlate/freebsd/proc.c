/* FreeBSD process calls: exit, fork, execve, wait, limits, cwd, affinity,
 * sysarch (the guest's TLS base), procctl. */
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

/* exit(int rval): 1 — the whole process. */
long fbsd_exit(struct dz_call *c)
{
    dz_sys(SYS_exit_group, AI(0));
    __builtin_unreachable();
}

/* fork(void): 2, vfork(void): 66.  A real fork: the child gets a copy of
 * every engine structure but not SUD, which is re-armed. */
long fbsd_fork(struct dz_call *c)
{
    pid_t pid = fork();
    if (pid < 0)
        return -errno;
    if (pid == 0) {
        c->t->tid = (pid_t)dz_sys(SYS_gettid);
        if (dz_sud_arm(c->t) != 0)
            dz_fatal("fork: cannot re-arm Syscall User Dispatch in the child");
        dz_kq_after_fork();
        c->rv2 = 1;
        return 0;
    }
    c->rv2 = 0;
    return pid;
}

int fbsd_wait_status(int s)
{
    if (WIFSIGNALED(s))
        return (s & ~0x7f) | linux_signal_to_fbsd(WTERMSIG(s));
    if (WIFSTOPPED(s))
        return (linux_signal_to_fbsd(WSTOPSIG(s)) << 8) | 0x7f;
    return s;   /* exited (code << 8) and continued (0xffff) are the same */
}

/* wait4(int pid, int *status, int options, struct rusage *rusage): 7 */
long fbsd_wait4(struct dz_call *c)
{
    uint64_t unknown;
    long opt = (long)dz_flags_to_host(&fbsd_wait_options, A(2), &unknown);
    if (unknown)
        return -EINVAL;
    int st = 0;
    long r = dz_bsys(SYS_wait4, AI(0), &st, opt, A(3), 0, 0);
    if (r > 0 && A(1)) {
        int fs = fbsd_wait_status(st);
        if (dz_copy_out(A(1), &fs, sizeof fs) != 0)
            return -EFAULT;
    }
    return r;
}

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
    st = fbsd_wait_status(st);
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

/* execve(const char *fname, char **argv, char **envv): 59.  An ELF file
 * runs through denizen again (which execs Linux programs natively and
 * translates foreign ones); anything else (#! scripts) goes to the kernel. */
long fbsd_execve(struct dz_call *c)
{
    char path[PATH_MAX];
    if (dz_path_in(path, sizeof path, A(0)) < 0)
        return -EFAULT;
    int fd = (int)dz_sys(SYS_open, path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return fd;
    unsigned char magic[4] = {0};
    long n = dz_sys(SYS_read, fd, magic, 4);
    dz_sys(SYS_close, fd);
    int elf = n == 4 && memcmp(magic, "\177ELF", 4) == 0;

    enum { MAXARG = 65536 };
    char **argv = malloc((MAXARG + 8) * sizeof *argv);
    if (!argv)
        return -ENOMEM;
    size_t k = 0, first;
    if (elf) {
        argv[k++] = (char *)dz_opts.self_path;
        argv[k++] = "run";
        argv[k++] = "--argv0";
        argv[k++] = path;   /* replaced by the guest's argv[0] below */
        argv[k++] = "--";
        argv[k++] = path;
    }
    first = k;
    for (size_t i = 0;; i++) {
        uint64_t p;
        if (k >= MAXARG || dz_copy_in(&p, A(1) + i * 8, 8) != 0) {
            free(argv);
            return k >= MAXARG ? -E2BIG : -EFAULT;
        }
        if (!p)
            break;
        argv[k++] = (char *)p;
    }
    argv[k] = NULL;
    if (elf && k > first) {
        /* argv[0] travels as --argv0; the rest follow the program path. */
        argv[3] = argv[first];
        memmove(&argv[first], &argv[first + 1], (k - first) * sizeof *argv);
    }
    const char *target = elf ? dz_opts.self_path : path;
    /* SUD must not outlive the image it points into. */
    dz_sud_disarm();
    long r = dz_sys(SYS_execve, target, argv, A(2));
    dz_sud_arm(c->t);
    free(argv);
    return r;
}

/* getrlimit(u_int which, struct rlimit *rlp): 194 */
long fbsd_getrlimit(struct dz_call *c)
{
    int64_t res;
    if (dz_val_to_host(&fbsd_rlimit_res, AI(0), &res) != 0)
        return -EINVAL;
    struct lx_rlimit lr;
    long r = dz_sys(SYS_prlimit64, 0, res, NULL, &lr);
    if (r < 0)
        return r;
    struct fbsd_rlimit fr;
    linux_to_fbsd_rlimit(&fr, &lr);
    return dz_copy_out(A(1), &fr, sizeof fr) ? -EFAULT : 0;
}

/* setrlimit(u_int which, struct rlimit *rlp): 195 */
long fbsd_setrlimit(struct dz_call *c)
{
    int64_t res;
    if (dz_val_to_host(&fbsd_rlimit_res, AI(0), &res) != 0)
        return -EINVAL;
    struct fbsd_rlimit fr;
    if (dz_copy_in(&fr, A(1), sizeof fr) != 0)
        return -EFAULT;
    struct lx_rlimit lr;
    fbsd_to_linux_rlimit(&lr, &fr);
    return dz_sys(SYS_prlimit64, 0, res, &lr, NULL);
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
