/* The OpenBSD library personality: the engine descriptor (signals, errno
 * names, the safety-net syscall table), the tables the shared BSD handlers
 * read, and the library descriptor the loader binds imports against. */
#include "libshim/openbsd/obsd.h"
#include "abi/openbsd/convert.h"
#include "abi/openbsd/errno.h"
#include "abi/openbsd/flags.h"
#include "abi/openbsd/signal.h"
#include <errno.h>
#include <string.h>

static const struct dz_kindtab obsd_kinds[DZ_K_COUNT] = {
    [DZ_K_OFLAGS] = { .flags = &obsd_open_flags },
    [DZ_K_ATFLAGS] = { .flags = &obsd_at_flags },
    [DZ_K_MPROT] = { .flags = &obsd_mmap_prot },
    [DZ_K_MFLAGS] = { .flags = &obsd_mmap_flags },
    [DZ_K_MSGFLAGS] = { .flags = &obsd_msg_flags },
    [DZ_K_WAITOPT] = { .flags = &obsd_wait_options },
    [DZ_K_SIG] = { .vals = &obsd_sigs },
    [DZ_K_SIGHOW] = { .vals = &obsd_sigprocmask_how },
    [DZ_K_CLOCK] = { .vals = &obsd_clock_ids },
    [DZ_K_FCNTL] = { .vals = &obsd_fcntl_cmds },
    [DZ_K_WHENCE] = { .vals = &obsd_whence },
    [DZ_K_RLIMIT] = { .vals = &obsd_rlimit_res },
    [DZ_K_MADV] = { .vals = &obsd_madvise },
    [DZ_K_AF] = { .vals = &obsd_af },
    [DZ_K_SOCKTYPE] = { .vals = &obsd_sock_types },
    [DZ_K_SOCKLEVEL] = { .vals = &obsd_sockopt_levels },
    [DZ_K_SHUT] = { .vals = &obsd_shut_how },
};

void obsd_thread_init(struct dz_thread *t, const struct dz_thread *parent)
{
    dz_bsd_thread_init(t, parent);
    dz_lib_thread_init(t);
}

const struct dz_personality obsd_personality = {
    .name = "openbsd",
    .display = "OpenBSD",
    .sysent = obsd_sysent,
    .nsysent = obsd_NSYSENT,
    .errno_from_linux = obsd_errno_from_linux,
    .errno_name = obsd_errno_name,
    .kinds = obsd_kinds,
    .sig_to_linux = obsd_signal_to_linux,
    .sig_from_linux = linux_signal_to_obsd,
    .deliver = obsd_deliver,
    .thread_init = obsd_thread_init,
    .bsd = &obsd_bsd_abi,
};

/* ---- what the shared BSD handlers need (syscall-xlate/common/bsd.h) ---- */
static void stat_out(void *d, const struct lx_stat *s) { linux_to_obsd_stat(d, s); }
static size_t dirent_out(void *d, size_t room, const struct lx_dirent64 *s) { return linux_to_obsd_dirent(d, room, s); }
static void flock_in(struct lx_flock *d, const void *s) { obsd_to_linux_flock(d, s); }
static void flock_out(void *d, const struct lx_flock *s) { linux_to_obsd_flock(d, s); }
static void rlimit_in(struct lx_rlimit *d, const void *s) { obsd_to_linux_rlimit(d, s); }
static void rlimit_out(void *d, const struct lx_rlimit *s) { linux_to_obsd_rlimit(d, s); }
static void kevent_in(struct dz_kevent *d, const void *s) { obsd_to_dz_kevent(d, s); }
static void kevent_out(void *d, const struct dz_kevent *s) { dz_to_obsd_kevent(d, s); }

/* struct sigaction: handler, 32-bit mask, flags (sys/sys/signal.h). */
static void sigaction_in(struct dz_bsd_sigaction *d, const void *s)
{
    struct obsd_sigaction a;
    memcpy(&a, s, sizeof a);
    *d = (struct dz_bsd_sigaction){ .handler = a.handler, .flags = (uint32_t)a.flags,
                                    .mask = { { a.mask } } };
}

static void sigaction_out(void *d, const struct dz_bsd_sigaction *s)
{
    struct obsd_sigaction a = { .handler = s->handler, .mask = s->mask.bits[0],
                                .flags = (int32_t)s->flags };
    memcpy(d, &a, sizeof a);
}

/* fcntl commands with no Linux twin: F_ISATTY. */
static long fcntl_other(struct dz_call *c)
{
    if (AI(1) != OBSD_F_ISATTY)
        return -EINVAL;
    struct { uint32_t w[15]; } tio;   /* struct termios of the kernel, 60 bytes is enough */
    long r = dz_sys(SYS_ioctl, AI(0), 0x5401 /* TCGETS */, &tio);
    return r == -EBADF ? r : r == 0;
}

_Static_assert(sizeof(struct obsd_stack) == sizeof(struct dz_bsd_stack), "stack_t");
_Static_assert(OBSD_SS_ONSTACK == DZ_BSD_SS_ONSTACK && OBSD_SS_DISABLE == DZ_BSD_SS_DISABLE, "SS_*");
_Static_assert(OBSD_SA_ONSTACK == DZ_SA_ONSTACK && OBSD_SA_RESTART == DZ_SA_RESTART &&
               OBSD_SA_RESETHAND == DZ_SA_RESETHAND && OBSD_SA_NODEFER == DZ_SA_NODEFER &&
               OBSD_SA_SIGINFO == DZ_SA_SIGINFO, "SA_*");

const struct dz_bsd_abi obsd_bsd_abi = {
    .open_flags = &obsd_open_flags,
    .at_flags = &obsd_at_flags,
    .mmap_flags = &obsd_mmap_flags,
    .wait_options = &obsd_wait_options,
    .sock_flags = &obsd_sock_flags,
    .msg_flags = &obsd_msg_flags,
    .fcntl_cmds = &obsd_fcntl_cmds,
    .clock_ids = &obsd_clock_ids,
    .rlimit_res = &obsd_rlimit_res,
    .madvise = &obsd_madvise,
    .af = &obsd_af,
    .sock_types = &obsd_sock_types,
    .sockopt_levels = &obsd_sockopt_levels,
    .so_opts = &obsd_so_opts,
    .tcp_opts = &obsd_tcp_opts,
    .ip_opts = &obsd_ip_opts,
    .ipv6_opts = &obsd_ipv6_opts,
    .o_shlock = OBSD_O_SHLOCK,
    .o_exlock = OBSD_O_EXLOCK,
    .o_nonblock = OBSD_O_NONBLOCK,
    .map_guard = 0,
    .utime_now = OBSD_UTIME_NOW,
    .utime_omit = OBSD_UTIME_OMIT,
    .nsig = OBSD_NSIG,
    .minsigstksz = OBSD_MINSIGSTKSZ,
    .so_nosigpipe = 0,
    .msg_ctrunc = OBSD_MSG_CTRUNC,
    .v6only_always = 1,              /* ip6_ctloutput: no IPv4-mapped addresses */
    .fcntl_other = fcntl_other,
    .stat_size = sizeof(struct obsd_stat),
    .stat_out = stat_out,
    .dirent_out = dirent_out,
    .flock_size = sizeof(struct obsd_flock),
    .flock_in = flock_in,
    .flock_out = flock_out,
    .rlimit_size = sizeof(struct obsd_rlimit),
    .rlimit_in = rlimit_in,
    .rlimit_out = rlimit_out,
    .kevent = { sizeof(struct obsd_kevent), kevent_in, kevent_out },
    .sigaction_size = sizeof(struct obsd_sigaction),
    .sigaction_in = sigaction_in,
    .sigaction_out = sigaction_out,
    .sockaddr_in = obsd_to_linux_sockaddr,
    .sockaddr_out = linux_to_obsd_sockaddr,
};

/* ---- the library descriptor ---- */
extern const struct dz_export *const obsd_exports[];

static int *errno_loc(struct dz_thread *t)
{
    return &obsd_tib(t)->tib_errno;
}

/* OpenBSD 7.3's libc.so.97.0 and librthread libpthread.so.27.0 (any
 * version binds: Go links against the unversioned names). */
static const char *const sonames[] = { "libc.so", "libpthread.so", NULL };

const struct dz_libpers obsd_lib = {
    .name = "openbsd",
    .pers = &obsd_personality,
    .exports = obsd_exports,
    .nexports = OBSD_NEXPORTS,
    .sonames = sonames,
    .errno_loc = errno_loc,
    .deliver_nr = 500,
    .start = obsd_start,
};
