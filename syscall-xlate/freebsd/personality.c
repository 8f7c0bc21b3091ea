/* The FreeBSD amd64 personality: one descriptor, everything the engine and
 * the tracer need to know about FreeBSD. */
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/errno.h"
#include "abi/freebsd/flags.h"
#include "abi/freebsd/signal.h"
#include "libshim/common/libpers.h"
#include <string.h>

static const struct dz_kindtab fbsd_kinds[DZ_K_COUNT] = {
    [DZ_K_OFLAGS] = { .flags = &fbsd_open_flags },
    [DZ_K_ATFLAGS] = { .flags = &fbsd_at_flags },
    [DZ_K_MPROT] = { .flags = &fbsd_mmap_prot },
    [DZ_K_MFLAGS] = { .flags = &fbsd_mmap_flags },
    [DZ_K_MSGFLAGS] = { .flags = &fbsd_msg_flags },
    [DZ_K_WAITOPT] = { .flags = &fbsd_wait_options },
    [DZ_K_SIG] = { .vals = &fbsd_sigs },
    [DZ_K_SIGHOW] = { .vals = &fbsd_sigprocmask_how },
    [DZ_K_CLOCK] = { .vals = &fbsd_clock_ids },
    [DZ_K_FCNTL] = { .vals = &fbsd_fcntl_cmds },
    [DZ_K_WHENCE] = { .vals = &fbsd_whence },
    [DZ_K_RLIMIT] = { .vals = &fbsd_rlimit_res },
    [DZ_K_MADV] = { .vals = &fbsd_madvise },
    [DZ_K_AF] = { .vals = &fbsd_af },
    [DZ_K_SOCKTYPE] = { .vals = &fbsd_sock_types },
    [DZ_K_SOCKLEVEL] = { .vals = &fbsd_sockopt_levels },
    [DZ_K_UMTXOP] = { .vals = &fbsd_umtx_ops },
    [DZ_K_SYSARCH] = { .vals = &fbsd_sysarch_ops },
    [DZ_K_IDTYPE] = { .vals = &fbsd_idtypes },
    [DZ_K_SHUT] = { .vals = &fbsd_shut_how },
};

/* A thread's library calls (dynamically linked programs, libshim/freebsd)
 * run on its engine altstack; nothing to do for static programs. */
static void fbsd_thread_init(struct dz_thread *t, const struct dz_thread *parent)
{
    dz_bsd_thread_init(t, parent);
    dz_lib_thread_init(t);
}

const struct dz_personality fbsd_personality = {
    .name = "freebsd",
    .display = "FreeBSD",
    .sysent = fbsd_sysent,
    .nsysent = fbsd_NSYSENT,
    .errno_from_linux = fbsd_errno_from_linux,
    .errno_name = fbsd_errno_name,
    .kinds = fbsd_kinds,
    .sig_to_linux = fbsd_signal_to_linux,
    .sig_from_linux = linux_signal_to_fbsd,
    .deliver = fbsd_deliver,
    .thread_init = fbsd_thread_init,
    .bsd = &fbsd_bsd_abi,
};
