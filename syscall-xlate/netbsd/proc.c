/* NetBSD process, identity and descriptor calls whose result shape or
 * arguments are NetBSD's own: the two-value getpid/getuid/getgid/pipe,
 * __getcwd's length, __sigaction_sigtramp, paccept, kqueue1, mknod with
 * NetBSD's dev_t, and the scheduler's affinity query. */
#define _GNU_SOURCE
#include "syscall-xlate/netbsd/nbsd.h"
#include "syscall-xlate/engine/uaccess.h"
#include "abi/netbsd/convert.h"
#include "abi/netbsd/flags.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

/* getpid(void): 20 — pid in rax, parent pid in rdx (getpid_with_ppid). */
long nbsd_getpid(struct dz_call *c)
{
    c->rv2 = (uint64_t)dz_sys(SYS_getppid);
    return dz_sys(SYS_getpid);
}

/* getuid(void): 24 — uid, euid in rdx.  getgid(void): 47 — gid, egid in rdx. */
long nbsd_getuid(struct dz_call *c)
{
    c->rv2 = (uint64_t)dz_sys(SYS_geteuid);
    return dz_sys(SYS_getuid);
}

long nbsd_getgid(struct dz_call *c)
{
    c->rv2 = (uint64_t)dz_sys(SYS_getegid);
    return dz_sys(SYS_getgid);
}

/* pipe(void): 42 — the read end in rax, the write end in rdx. */
long nbsd_pipe(struct dz_call *c)
{
    int fds[2];
    long r = dz_sys(SYS_pipe2, fds, 0);
    if (r < 0)
        return r;
    c->rv2 = (uint64_t)fds[1];
    return fds[0];
}

/* __getcwd(char *bufp, size_t length): 296 — the length used, NUL
 * included (vfs_getcwd.c), which is what Linux returns too. */
long nbsd_getcwd(struct dz_call *c) { return dz_sys(SYS_getcwd, A(0), A(1)); }

/* __sigaction_sigtramp(int signum, const struct sigaction *nsa,
 *   struct sigaction *osa, const void *tramp, int vers): 340.  The
 * trampoline is where handlers return (context.c).  Only the siginfo
 * flavour exists for amd64; a query (no nsa) needs no trampoline. */
long nbsd_sigaction_sigtramp(struct dz_call *c)
{
    struct nbsd_sigaction probe;
    if (A(1) && dz_copy_in(&probe, A(1), sizeof probe) != 0)
        return -EFAULT;                 /* NetBSD copies the action in first */
    if (A(1) && AI(4) != NBSD_SIGTRAMP_SIGINFO_VERSION)
        return -EINVAL;
    return dz_bsd_sigaction(c, A(3));
}

/* paccept(int s, struct sockaddr *name, socklen_t *anamelen,
 *         const sigset_t *mask, int flags): 456 — accept4 (see the note). */
long nbsd_paccept(struct dz_call *c)
{
    /* The mask is not applied (see the note), but NetBSD reads it first:
     * an unreadable one is EFAULT and nothing is accepted. */
    unsigned char mask[16];
    if (A(3) && dz_copy_in(mask, A(3), sizeof mask) != 0)
        return -EFAULT;
    uint64_t unknown;
    long f = (long)dz_flags_to_host(&nbsd_sock_flags, A(4), &unknown);
    return unknown ? -EINVAL : dz_bsd_accept(c, f);
}

/* kqueue1(int flags): 455 — O_CLOEXEC (O_NONBLOCK is accepted and, as on
 * NetBSD, means nothing for a kqueue's kevent). */
long nbsd_kqueue1(struct dz_call *c)
{
    uint64_t unknown;
    long f = (long)dz_flags_to_host(&nbsd_open_flags, A(0), &unknown);
    if (unknown || (f & ~(O_CLOEXEC | O_NONBLOCK)))
        return -EINVAL;
    return dz_kq_create((f & O_CLOEXEC) != 0);
}

/* __mknod50(const char *path, mode_t mode, dev_t dev): 450, and
 * mknodat(int fd, const char *path, mode_t mode, uint32_t dev): 460 —
 * NetBSD's dev_t encoding differs (convert.h). */
long nbsd_mknod(struct dz_call *c)
{
    char pb[4096];
    long pe;
    const char *p = dz_guest_path(A(0), pb, &pe);
    return p ? dz_sys(SYS_mknodat, AT_FDCWD, p, A(1), nbsd_to_linux_dev(A(2))) : pe;
}

long nbsd_mknodat(struct dz_call *c)
{
    char pb[4096];
    long pe;
    const char *p = dz_guest_path(A(1), pb, &pe);
    return p ? dz_sys(SYS_mknodat, AI(0), p, A(2), nbsd_to_linux_dev((uint32_t)A(3))) : pe;
}

/* _sched_getaffinity(pid_t pid, lwpid_t lid, size_t size, cpuset_t *cpuset):
 * 349.  The set is a bitmap of CPUs, as Linux's. */
long nbsd_sched_getaffinity(struct dz_call *c)
{
    unsigned char set[128];
    size_t size = (size_t)A(2);
    if (size > sizeof set)
        size = sizeof set;
    memset(set, 0, sizeof set);
    long id = AI(1) ? AI(1) : AI(0);
    long r = dz_sys(SYS_sched_getaffinity, id, sizeof set, set);
    if (r < 0)
        return r;
    return dz_copy_out(A(3), set, size) ? -EFAULT : 0;
}
