/* NetBSD's dz_bsd_abi: the tables and conversions the shared BSD handlers
 * (syscall-xlate/common) work from, and the fcntl commands only NetBSD
 * has.  The adapters only give the abi/ conversions the `void *` guest
 * side the shared code calls them with. */
#define _GNU_SOURCE
#include "syscall-xlate/netbsd/nbsd.h"
#include "abi/netbsd/convert.h"
#include "abi/netbsd/flags.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/resource.h>

static void stat_out(void *d, const struct lx_stat *s) { linux_to_nbsd_stat(d, s); }
static size_t dirent_out(void *d, size_t room, const struct lx_dirent64 *s) { return linux_to_nbsd_dirent(d, room, s); }
static void flock_in(struct lx_flock *d, const void *s) { nbsd_to_linux_flock(d, s); }
static void flock_out(void *d, const struct lx_flock *s) { linux_to_nbsd_flock(d, s); }
static void rlimit_in(struct lx_rlimit *d, const void *s) { nbsd_to_linux_rlimit(d, s); }
static void rlimit_out(void *d, const struct lx_rlimit *s) { linux_to_nbsd_rlimit(d, s); }
static void kevent_in(struct dz_kevent *d, const void *s) { nbsd_to_dz_kevent(d, s); }
static void kevent_out(void *d, const struct dz_kevent *s) { dz_to_nbsd_kevent(d, s); }

/* struct sigaction: handler, mask, flags (sys/sys/signal.h). */
static void sigaction_in(struct dz_bsd_sigaction *d, const void *s)
{
    struct nbsd_sigaction a;
    memcpy(&a, s, sizeof a);
    *d = (struct dz_bsd_sigaction){ .handler = a.handler, .flags = (uint32_t)a.flags };
    memcpy(d->mask.bits, a.mask.bits, sizeof d->mask.bits);
}

static void sigaction_out(void *d, const struct dz_bsd_sigaction *s)
{
    struct nbsd_sigaction a = { .handler = s->handler, .flags = (int32_t)s->flags };
    memcpy(a.mask.bits, s->mask.bits, sizeof a.mask.bits);
    memcpy(d, &a, sizeof a);
}

_Static_assert(sizeof(struct nbsd_stack) == sizeof(struct dz_bsd_stack), "stack_t");
_Static_assert(NBSD_SS_ONSTACK == DZ_BSD_SS_ONSTACK && NBSD_SS_DISABLE == DZ_BSD_SS_DISABLE, "SS_*");
_Static_assert(NBSD_SA_ONSTACK == DZ_SA_ONSTACK && NBSD_SA_RESTART == DZ_SA_RESTART &&
               NBSD_SA_RESETHAND == DZ_SA_RESETHAND && NBSD_SA_NODEFER == DZ_SA_NODEFER &&
               NBSD_SA_SIGINFO == DZ_SA_SIGINFO, "SA_*");
_Static_assert(sizeof(struct nbsd_sigset) == sizeof(struct dz_sigset128), "sigset_t");
_Static_assert(NBSD_SIG_BLOCK == 1 && NBSD_SIG_UNBLOCK == 2 && NBSD_SIG_SETMASK == 3, "sigprocmask how");

/* The rest of fcntl(int fd, int cmd, ... void *arg): 92 (common/fcntl.c). */
long nbsd_fcntl_other(struct dz_call *c)
{
    int fd = AI(0);
    switch (AI(1)) {
    case NBSD_F_CLOSEM: {
        /* Close every descriptor >= fd; kqueue registrations go first. */
        if (fd < 0)
            return -EBADF;
        struct rlimit rl;
        getrlimit(RLIMIT_NOFILE, &rl);
        unsigned top = rl.rlim_cur < (1u << 20) ? (unsigned)rl.rlim_cur : (1u << 20);
        for (unsigned i = (unsigned)fd; i < top; i++)
            dz_kq_fd_closed((int)i);
        long r = dz_sys(SYS_close_range, fd, ~0U, 0);
        return r < 0 ? r : 0;
    }
    case NBSD_F_MAXFD: {
        /* The highest open descriptor, -1 if none. */
        struct rlimit rl;
        getrlimit(RLIMIT_NOFILE, &rl);
        long top = rl.rlim_cur < (1u << 20) ? (long)rl.rlim_cur : (1L << 20);
        for (long i = top - 1; i >= 0; i--)
            if (dz_sys(SYS_fcntl, i, F_GETFD) >= 0)
                return i;
        return -1;
    }
    case NBSD_F_GETNOSIGPIPE:
        return dz_sys(SYS_fcntl, fd, F_GETFD) < 0 ? -EBADF : 0;
    case NBSD_F_SETNOSIGPIPE:
        return dz_sys(SYS_fcntl, fd, F_GETFD) < 0 ? -EBADF : 0;   /* see the master note */
    default:
        return -EINVAL;
    }
}

const struct dz_bsd_abi nbsd_bsd_abi = {
    .open_flags = &nbsd_open_flags,
    .at_flags = &nbsd_at_flags,
    .mmap_flags = &nbsd_mmap_flags,
    .wait_options = &nbsd_wait_options,
    .sock_flags = &nbsd_sock_flags,
    .msg_flags = &nbsd_msg_flags,
    .fcntl_cmds = &nbsd_fcntl_cmds,
    .clock_ids = &nbsd_clock_ids,
    .rlimit_res = &nbsd_rlimit_res,
    .madvise = &nbsd_madvise,
    .af = &nbsd_af,
    .sock_types = &nbsd_sock_types,
    .sockopt_levels = &nbsd_sockopt_levels,
    .so_opts = &nbsd_so_opts,
    .tcp_opts = &nbsd_tcp_opts,
    .ip_opts = &nbsd_ip_opts,
    .ipv6_opts = &nbsd_ipv6_opts,
    .o_shlock = NBSD_O_SHLOCK,
    .o_exlock = NBSD_O_EXLOCK,
    .o_nonblock = NBSD_O_NONBLOCK,
    .map_guard = 0,
    .utime_now = NBSD_UTIME_NOW,
    .utime_omit = NBSD_UTIME_OMIT,
    .nsig = NBSD_NSIG,
    .minsigstksz = NBSD_MINSIGSTKSZ,
    .so_nosigpipe = NBSD_SO_NOSIGPIPE,
    .msg_ctrunc = NBSD_MSG_CTRUNC,
    .nofollow_gerrno = NBSD_EFTYPE,
    .timeval_usec32 = 1,
    .fcntl_other = nbsd_fcntl_other,
    .stat_size = sizeof(struct nbsd_stat),
    .stat_out = stat_out,
    .dirent_out = dirent_out,
    .flock_size = sizeof(struct nbsd_flock),
    .flock_in = flock_in,
    .flock_out = flock_out,
    .rlimit_size = sizeof(struct nbsd_rlimit),
    .rlimit_in = rlimit_in,
    .rlimit_out = rlimit_out,
    .kevent = { sizeof(struct nbsd_kevent), kevent_in, kevent_out },
    .sigaction_size = sizeof(struct nbsd_sigaction),
    .sigaction_in = sigaction_in,
    .sigaction_out = sigaction_out,
    .sockaddr_in = nbsd_to_linux_sockaddr,
    .sockaddr_out = linux_to_nbsd_sockaddr,
};
