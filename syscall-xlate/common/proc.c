/* Process calls shared by the BSDs: exit, fork, execve, wait4 and the
 * resource limits.  Wait options, wait statuses (signal numbers inside),
 * rlimit resources and struct rlimit go through the personality. */
#define _GNU_SOURCE
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/fsgs.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include "syscall-xlate/event/kqueue.h"
#include "syscall-xlate/trace/trace.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* exit(int rval) — the whole process. */
long dz_exit(struct dz_call *c)
{
    if (dz_opts.trace_fd >= 0)
        dz_trace_exited(AI(0));
    dz_sys(SYS_exit_group, AI(0));
    __builtin_unreachable();
}

/* fork(void), vfork(void).  A real fork: the child gets a copy of every
 * engine structure but not SUD, which is re-armed.  rdx tells the two
 * apart (1 in the child), as both BSD kernels set it. */
long dz_fork(struct dz_call *c)
{
    pid_t pid = fork();
    if (pid < 0)
        return -errno;
    if (pid == 0) {
        c->t->tid = (pid_t)dz_sys(SYS_gettid);
        if (dz_sud_arm(c->t) != 0)
            dz_fatal("fork: cannot re-arm Syscall User Dispatch in the child");
        dz_kq_after_fork();
        if (dz_opts.trace_fd >= 0)
            dz_trace_forked(0);
        c->rv2 = 1;
        return 0;
    }
    if (dz_opts.trace_fd >= 0)
        dz_trace_forked(pid);
    c->rv2 = 0;
    return pid;
}

int dz_bsd_wait_status(const struct dz_thread *t, int s)
{
    if (WIFSIGNALED(s))
        return (s & ~0x7f) | t->pers->sig_from_linux(WTERMSIG(s));
    if (WIFSTOPPED(s))
        return (t->pers->sig_from_linux(WSTOPSIG(s)) << 8) | 0x7f;
    if (s == 0xffff && t->pers->bsd->wcontinued)
        return t->pers->bsd->wcontinued;
    return s;   /* exited (code << 8) is the same */
}

/* wait4(int pid, int *status, int options, struct rusage *rusage);
 * struct rusage has the Linux layout. */
long dz_wait4(struct dz_call *c)
{
    uint64_t unknown;
    long opt = (long)dz_flags_to_host(dz_bsd(c)->wait_options, A(2), &unknown);
    if (unknown)
        return -EINVAL;
    int st = 0;
    long r = dz_bsys(SYS_wait4, AI(0), &st, opt, A(3), 0, 0);
    if (r > 0 && A(1)) {
        int gs = dz_bsd_wait_status(c->t, st);
        if (dz_copy_out(A(1), &gs, sizeof gs) != 0)
            return -EFAULT;
    }
    return r;
}

/* denizen's own path, read when a guest first execs an ELF program (never
 * at start-up: every /proc/self/exe lookup costs ~20 us). */
static const char *self_path(void)
{
    static char buf[PATH_MAX];
    if (!buf[0]) {
        long n = dz_sys(SYS_readlink, "/proc/self/exe", buf, sizeof buf - 1);
        if (n <= 0)
            return "/proc/self/exe";
        buf[n] = 0;
    }
    return buf;
}

/* execve(const char *fname, char **argv, char **envv).  An ELF file runs
 * through denizen again (which execs Linux programs natively and
 * translates foreign ones); anything else (#! scripts) goes to the kernel. */
long dz_execve(struct dz_call *c)
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
    char **argv = malloc((MAXARG + 16 + DZ_TRACE_EXEC_ARGS) * sizeof *argv);
    if (!argv)
        return -ENOMEM;
    size_t k = 0, first, argv0_at = 0;
    if (elf) {
        argv[k++] = (char *)self_path();
        argv[k++] = "run";
        if (dz_opts.no_rewrite)
            argv[k++] = "--no-rewrite";   /* the choice holds for the whole process tree */
        if (dz_fsgs_mode == DZ_FSGS_OFF)
            argv[k++] = "--no-fsgsbase";  /* so does a forced fallback */
        if (dz_opts.trace_fd >= 0)
            k = dz_trace_exec_args(argv, k);   /* the same stream, the same options */
        argv[k++] = "--argv0";
        argv0_at = k;
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
        argv[argv0_at] = argv[first];
        memmove(&argv[first], &argv[first + 1], (k - first) * sizeof *argv);
    }
    const char *target = elf ? self_path() : path;
    /* The signal mask survives execve: the new image gets the guest's, not
     * the engine's (a trapped call runs with nearly every signal blocked,
     * which a child denizen would take as its guest's mask).  A library
     * personality's call already runs with the guest's (no cur_uc). */
    uint64_t guest_mask = 0, saved = 0;
    ucontext_t *uc = c->t->cur_uc;
    if (uc) {
        guest_mask = dz_uc_lmask(uc);
        dz_sys(SYS_rt_sigprocmask, SIG_SETMASK, &guest_mask, &saved, 8);
    }
    /* SUD must not outlive the image it points into. */
    dz_sud_disarm();
    if (dz_opts.trace_fd >= 0)
        dz_trace_exec(elf);
    long r = dz_sys(SYS_execve, target, argv, A(2));
    if (dz_opts.trace_fd >= 0)
        dz_trace_exec_failed();
    dz_sud_arm(c->t);
    if (uc)
        dz_sys(SYS_rt_sigprocmask, SIG_SETMASK, &saved, NULL, 8);
    free(argv);
    return r;
}

/* getrlimit(int which, struct rlimit *rlp) */
long dz_getrlimit(struct dz_call *c)
{
    const struct dz_bsd_abi *b = dz_bsd(c);
    int64_t res;
    if (dz_val_to_host(b->rlimit_res, AI(0), &res) != 0)
        return -EINVAL;
    struct lx_rlimit lr;
    long r = dz_sys(SYS_prlimit64, 0, res, NULL, &lr);
    if (r < 0)
        return r;
    unsigned char g[32];
    b->rlimit_out(g, &lr);
    return dz_copy_out(A(1), g, b->rlimit_size) ? -EFAULT : 0;
}

/* setrlimit(int which, const struct rlimit *rlp) */
long dz_setrlimit(struct dz_call *c)
{
    const struct dz_bsd_abi *b = dz_bsd(c);
    int64_t res;
    if (dz_val_to_host(b->rlimit_res, AI(0), &res) != 0)
        return -EINVAL;
    unsigned char g[32];
    if (dz_copy_in(g, A(1), b->rlimit_size) != 0)
        return -EFAULT;
    struct lx_rlimit lr;
    b->rlimit_in(&lr, g);
    return dz_sys(SYS_prlimit64, 0, res, &lr, NULL);
}
