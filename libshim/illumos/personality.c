/* The illumos library personality: the engine descriptor (signals, errno
 * names, the safety-net syscall table), the tables the shared BSD handlers
 * read (illumos is no BSD, but its calls have the same shapes: only the
 * tables and structures differ), and the library descriptor the loader
 * binds imports against. */
#include "libshim/illumos/ilm.h"
#include "abi/illumos/convert.h"
#include "abi/illumos/errno.h"
#include "abi/illumos/flags.h"
#include "abi/illumos/signal.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>

static const struct dz_kindtab ilm_kinds[DZ_K_COUNT] = {
    [DZ_K_OFLAGS] = { .flags = &ilm_open_flags },
    [DZ_K_ATFLAGS] = { .flags = &ilm_at_flags },
    [DZ_K_MPROT] = { .flags = &ilm_mmap_prot },
    [DZ_K_MFLAGS] = { .flags = &ilm_mmap_flags },
    [DZ_K_MSGFLAGS] = { .flags = &ilm_msg_flags },
    [DZ_K_WAITOPT] = { .flags = &ilm_wait_options },
    [DZ_K_SIG] = { .vals = &ilm_sigs },
    [DZ_K_SIGHOW] = { .vals = &ilm_sigprocmask_how },
    [DZ_K_CLOCK] = { .vals = &ilm_clock_ids },
    [DZ_K_FCNTL] = { .vals = &ilm_fcntl_cmds },
    [DZ_K_WHENCE] = { .vals = &ilm_whence },
    [DZ_K_RLIMIT] = { .vals = &ilm_rlimit_res },
    [DZ_K_MADV] = { .vals = &ilm_madvise },
    [DZ_K_AF] = { .vals = &ilm_af },
    [DZ_K_SOCKTYPE] = { .vals = &ilm_sock_types },
    [DZ_K_SOCKLEVEL] = { .vals = &ilm_sockopt_levels },
    [DZ_K_SHUT] = { .vals = &ilm_shut_how },
};

void ilm_thread_init(struct dz_thread *t, const struct dz_thread *parent)
{
    dz_bsd_thread_init(t, parent);
    dz_lib_thread_init(t);
}

const struct dz_personality ilm_personality = {
    .name = "illumos",
    .display = "illumos",
    .sysent = ilm_sysent,
    .nsysent = ilm_NSYSENT,
    .errno_from_linux = ilm_errno_from_linux,
    .errno_name = ilm_errno_name,
    .kinds = ilm_kinds,
    .sig_to_linux = ilm_signal_to_linux,
    .sig_from_linux = linux_signal_to_ilm,
    .deliver = ilm_deliver,
    .thread_init = ilm_thread_init,
    .bsd = &ilm_bsd_abi,
};

/* ---- what the shared handlers need (syscall-xlate/common/bsd.h) ---- */
static void stat_out(void *d, const struct lx_stat *s)
{
    struct ilm_stat st;
    linux_to_ilm_stat(&st, s);
    memcpy(d, &st, sizeof st);
}
static size_t dirent_out(void *d, size_t room, const struct lx_dirent64 *s) { return linux_to_ilm_dirent(d, room, s); }
static void flock_in(struct lx_flock *d, const void *s)
{
    struct ilm_flock f;
    memcpy(&f, s, sizeof f);
    ilm_to_linux_flock(d, &f);
}
static void flock_out(void *d, const struct lx_flock *s)
{
    struct ilm_flock f;
    linux_to_ilm_flock(&f, s);
    memcpy(d, &f, sizeof f);
}
static void rlimit_in(struct lx_rlimit *d, const void *s)
{
    struct ilm_rlimit r;
    memcpy(&r, s, sizeof r);
    ilm_to_linux_rlimit(d, &r);
}
static void rlimit_out(void *d, const struct lx_rlimit *s)
{
    struct ilm_rlimit r;
    linux_to_ilm_rlimit(&r, s);
    memcpy(d, &r, sizeof r);
}

/* struct sigaction: flags, handler, 128-bit mask; SA_* to the engine's. */
static void sigaction_in(struct dz_bsd_sigaction *d, const void *s)
{
    struct ilm_sigaction a;
    memcpy(&a, s, sizeof a);
    uint64_t unknown;
    *d = (struct dz_bsd_sigaction){
        .handler = a.handler,
        .flags = (uint32_t)dz_flags_to_host(&ilm_sa_flags, (uint32_t)a.flags, &unknown),
    };
    memcpy(d->mask.bits, a.mask.bits, sizeof d->mask.bits);
}

static void sigaction_out(void *d, const struct dz_bsd_sigaction *s)
{
    uint64_t unknown;
    struct ilm_sigaction a = {
        .flags = (int32_t)dz_flags_to_guest(&ilm_sa_flags, s->flags, &unknown),
        .handler = s->handler,
    };
    memcpy(a.mask.bits, s->mask.bits, sizeof a.mask.bits);
    memcpy(d, &a, sizeof a);
}

/* fcntl commands with no Linux twin: F_DUP2FD (dup2) and
 * F_DUP2FD_CLOEXEC (dup3 with O_CLOEXEC). */
static long fcntl_other(struct dz_call *c)
{
    if (AI(1) == ILM_F_DUP2FD) {
        c->a[1] = c->a[2];
        return dz_dup2(c);
    }
    if (AI(1) == ILM_F_DUP2FD_CLOEXEC) {
        if (AI(0) == AI(2))
            return -EINVAL;
        return dz_sys(SYS_dup3, AI(0), AI(2), O_CLOEXEC);
    }
    return -EINVAL;
}

_Static_assert(ILM_SA_ONSTACK == DZ_SA_ONSTACK && ILM_SA_NODEFER == DZ_SA_NODEFER,
               "the bits flags.c maps to themselves");
_Static_assert(DZ_SA_RESTART == 0x2 && DZ_SA_RESETHAND == 0x4 && DZ_SA_SIGINFO == 0x40,
               "abi/illumos/flags.c: BSD_SA_* are the engine's DZ_SA_*");

const struct dz_bsd_abi ilm_bsd_abi = {
    .open_flags = &ilm_open_flags,
    .at_flags = &ilm_at_flags,
    .mmap_flags = &ilm_mmap_flags,
    .wait_options = &ilm_wait_options,
    .sock_flags = &ilm_sock_flags,
    .msg_flags = &ilm_msg_flags,
    .fcntl_cmds = &ilm_fcntl_cmds,
    .clock_ids = &ilm_clock_ids,
    .rlimit_res = &ilm_rlimit_res,
    .madvise = &ilm_madvise,
    .af = &ilm_af,
    .sock_types = &ilm_sock_types,
    .sockopt_levels = &ilm_sockopt_levels,
    .so_opts = &ilm_so_opts,
    .tcp_opts = &ilm_tcp_opts,
    .ip_opts = &ilm_ip_opts,
    .ipv6_opts = &ilm_ipv6_opts,
    .o_nonblock = ILM_O_NONBLOCK,
    .utime_now = -1,                 /* sys/stat.h UTIME_NOW */
    .utime_omit = -2,                /* UTIME_OMIT */
    .nsig = ILM_NSIG - 1,
    .minsigstksz = ILM_MINSIGSTKSZ,
    .msg_ctrunc = ILM_MSG_CTRUNC,
    .cmsg_align = 4,                 /* _CMSG_HDR_ALIGNMENT on amd64 */
    .scm_types = &ilm_scm_types,
    .wcontinued = 0xffff,            /* WCONTSTAT: 0xffff, Linux's */
    .fcntl_other = fcntl_other,
    .stat_size = sizeof(struct ilm_stat),
    .stat_out = stat_out,
    .dirent_out = dirent_out,
    .flock_size = sizeof(struct ilm_flock),
    .flock_in = flock_in,
    .flock_out = flock_out,
    .rlimit_size = sizeof(struct ilm_rlimit),
    .rlimit_in = rlimit_in,
    .rlimit_out = rlimit_out,
    .sigaction_size = sizeof(struct ilm_sigaction),
    .sigaction_in = sigaction_in,
    .sigaction_out = sigaction_out,
    .sockaddr_in = ilm_to_linux_sockaddr,
    .sockaddr_out = linux_to_ilm_sockaddr,
};

/* ---- the library descriptor ---- */
extern const struct dz_export *const ilm_exports[];

static int *errno_loc(struct dz_thread *t)
{
    return &ilm_tcb(t)->errno_;
}

/* Go links against the unversioned names (libc.so, not libc.so.1). */
static const char *const sonames[] = { "libc.so", "libc.so.1", "libsocket.so", "libsocket.so.1",
                                       "libsendfile.so", "libsendfile.so.1", "libnsl.so", NULL };

const struct dz_libpers ilm_lib = {
    .name = "illumos",
    .pers = &ilm_personality,
    .exports = ilm_exports,
    .nexports = ILM_NEXPORTS,
    .sonames = sonames,
    .errno_loc = errno_loc,
    .deliver_nr = 500,
    .start = ilm_start,
};
