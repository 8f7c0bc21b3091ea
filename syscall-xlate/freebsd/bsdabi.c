/* FreeBSD's dz_bsd_abi: the tables and conversions the shared BSD handlers
 * (syscall-xlate/common) work from.  The adapters only give the abi/
 * conversions the `void *` guest side the shared code calls them with. */
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/convert.h"
#include "abi/freebsd/flags.h"
#include <string.h>

static void stat_out(void *d, const struct lx_stat *s) { linux_to_fbsd_stat(d, s); }
static size_t dirent_out(void *d, size_t room, const struct lx_dirent64 *s) { return linux_to_fbsd_dirent(d, room, s); }
static void flock_in(struct lx_flock *d, const void *s) { fbsd_to_linux_flock(d, s); }
static void flock_out(void *d, const struct lx_flock *s) { linux_to_fbsd_flock(d, s); }
static void rlimit_in(struct lx_rlimit *d, const void *s) { fbsd_to_linux_rlimit(d, s); }
static void rlimit_out(void *d, const struct lx_rlimit *s) { linux_to_fbsd_rlimit(d, s); }
static void kevent_in(struct dz_kevent *d, const void *s) { fbsd_to_dz_kevent(d, s); }
static void kevent_out(void *d, const struct dz_kevent *s) { dz_to_fbsd_kevent(d, s); }

/* struct sigaction: handler, flags, mask (sys/sys/signal.h). */
static void sigaction_in(struct dz_bsd_sigaction *d, const void *s)
{
    struct fbsd_sigaction a;
    memcpy(&a, s, sizeof a);
    *d = (struct dz_bsd_sigaction){ .handler = a.handler, .flags = (uint32_t)a.flags };
    memcpy(d->mask.bits, a.mask.bits, sizeof d->mask.bits);
}

static void sigaction_out(void *d, const struct dz_bsd_sigaction *s)
{
    struct fbsd_sigaction a = { .handler = s->handler, .flags = (int32_t)s->flags };
    memcpy(a.mask.bits, s->mask.bits, sizeof a.mask.bits);
    memcpy(d, &a, sizeof a);
}

_Static_assert(sizeof(struct fbsd_stack) == sizeof(struct dz_bsd_stack), "stack_t");
_Static_assert(FBSD_SS_ONSTACK == DZ_BSD_SS_ONSTACK && FBSD_SS_DISABLE == DZ_BSD_SS_DISABLE, "SS_*");
_Static_assert(FBSD_SA_ONSTACK == DZ_SA_ONSTACK && FBSD_SA_RESTART == DZ_SA_RESTART &&
               FBSD_SA_RESETHAND == DZ_SA_RESETHAND && FBSD_SA_NODEFER == DZ_SA_NODEFER &&
               FBSD_SA_SIGINFO == DZ_SA_SIGINFO, "SA_*");
_Static_assert(sizeof(struct fbsd_sigset) == sizeof(struct dz_sigset128), "sigset_t");

const struct dz_bsd_abi fbsd_bsd_abi = {
    .open_flags = &fbsd_open_flags,
    .at_flags = &fbsd_at_flags,
    .mmap_flags = &fbsd_mmap_flags,
    .wait_options = &fbsd_wait_options,
    .sock_flags = &fbsd_sock_flags,
    .msg_flags = &fbsd_msg_flags,
    .fcntl_cmds = &fbsd_fcntl_cmds,
    .clock_ids = &fbsd_clock_ids,
    .rlimit_res = &fbsd_rlimit_res,
    .madvise = &fbsd_madvise,
    .af = &fbsd_af,
    .sock_types = &fbsd_sock_types,
    .sockopt_levels = &fbsd_sockopt_levels,
    .so_opts = &fbsd_so_opts,
    .tcp_opts = &fbsd_tcp_opts,
    .ip_opts = &fbsd_ip_opts,
    .ipv6_opts = &fbsd_ipv6_opts,
    .o_shlock = FBSD_O_SHLOCK,
    .o_exlock = FBSD_O_EXLOCK,
    .o_nonblock = FBSD_O_NONBLOCK,
    .map_guard = FBSD_MAP_GUARD,
    .utime_now = FBSD_UTIME_NOW,
    .utime_omit = FBSD_UTIME_OMIT,
    .nsig = FBSD_NSIG,
    .minsigstksz = FBSD_MINSIGSTKSZ,
    .so_nosigpipe = FBSD_SO_NOSIGPIPE,
    .msg_ctrunc = FBSD_MSG_CTRUNC,
    .nofollow_gerrno = FBSD_EMLINK,
    .wcontinued = 0x13,   /* sys/sys/wait.h _WCONTINUED 0023 */
    .fcntl_other = fbsd_fcntl_other,
    .stat_size = sizeof(struct fbsd_stat),
    .stat_out = stat_out,
    .dirent_out = dirent_out,
    .flock_size = sizeof(struct fbsd_flock),
    .flock_in = flock_in,
    .flock_out = flock_out,
    .rlimit_size = sizeof(struct fbsd_rlimit),
    .rlimit_in = rlimit_in,
    .rlimit_out = rlimit_out,
    .kevent = { sizeof(struct fbsd_kevent), kevent_in, kevent_out },
    .sigaction_size = sizeof(struct fbsd_sigaction),
    .sigaction_in = sigaction_in,
    .sigaction_out = sigaction_out,
    .sockaddr_in = fbsd_to_linux_sockaddr,
    .sockaddr_out = linux_to_fbsd_sockaddr,
};
