/* The NetBSD amd64 personality: one descriptor, everything the engine and
 * the tracer need to know about NetBSD. */
#include "syscall-xlate/netbsd/nbsd.h"
#include "abi/netbsd/errno.h"
#include "abi/netbsd/flags.h"
#include "abi/netbsd/signal.h"
#include <string.h>

static const struct dz_kindtab nbsd_kinds[DZ_K_COUNT] = {
    [DZ_K_OFLAGS] = { .flags = &nbsd_open_flags },
    [DZ_K_ATFLAGS] = { .flags = &nbsd_at_flags },
    [DZ_K_MPROT] = { .flags = &nbsd_mmap_prot },
    [DZ_K_MFLAGS] = { .flags = &nbsd_mmap_flags },
    [DZ_K_MSGFLAGS] = { .flags = &nbsd_msg_flags },
    [DZ_K_WAITOPT] = { .flags = &nbsd_wait_options },
    [DZ_K_SIG] = { .vals = &nbsd_sigs },
    [DZ_K_SIGHOW] = { .vals = &nbsd_sigprocmask_how },
    [DZ_K_CLOCK] = { .vals = &nbsd_clock_ids },
    [DZ_K_FCNTL] = { .vals = &nbsd_fcntl_cmds },
    [DZ_K_WHENCE] = { .vals = &nbsd_whence },
    [DZ_K_RLIMIT] = { .vals = &nbsd_rlimit_res },
    [DZ_K_MADV] = { .vals = &nbsd_madvise },
    [DZ_K_AF] = { .vals = &nbsd_af },
    [DZ_K_SOCKTYPE] = { .vals = &nbsd_sock_types },
    [DZ_K_SOCKLEVEL] = { .vals = &nbsd_sockopt_levels },
    [DZ_K_SHUT] = { .vals = &nbsd_shut_how },
};

/* A new LWP: the creator's state (dz_bsd_thread_init), then the mask its
 * ucontext asked for, which _lwp_create leaves in the creator's state. */
void nbsd_thread_init(struct dz_thread *t, const struct dz_thread *parent)
{
    dz_bsd_thread_init(t, parent);
    t->pers_state[NBSD_SPAWN_MASK_SET] = 0;
    if (parent && parent->pers_state[NBSD_SPAWN_MASK_SET])
        memcpy(dz_bsd_mask(t), &parent->pers_state[NBSD_SPAWN_MASK_SLOT], sizeof(struct dz_sigset128));
    nbsd_lwp_register(t->tid);
}

const struct dz_personality nbsd_personality = {
    .name = "netbsd",
    .display = "NetBSD",
    .sysent = nbsd_sysent,
    .nsysent = nbsd_NSYSENT,
    .errno_from_linux = nbsd_errno_from_linux,
    .errno_name = nbsd_errno_name,
    .kinds = nbsd_kinds,
    .sig_to_linux = nbsd_signal_to_linux,
    .sig_from_linux = linux_signal_to_nbsd,
    .deliver = nbsd_deliver,
    .thread_init = nbsd_thread_init,
    .bsd = &nbsd_bsd_abi,
};
