/* The guest's signal dispositions (sigaction.h): layer 2.  The host side
 * of a guest handler is always the engine's entry; SIGSYS and the fault
 * signals stay the engine's whatever the guest asks (their guest
 * dispositions are kept here and honoured by signal.c's delivery). */
#define _GNU_SOURCE
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/trace/trace.h"
#include "syscall-xlate/engine/sigaction.h"
#include "syscall-xlate/engine/mask.h"
#include <errno.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SA_RESTORER
#define SA_RESTORER 0x04000000     /* kernel uapi; glibc does not export it */
#endif

extern void dz_signal_entry(int, siginfo_t *, void *);
extern void dz_restorer(void);

struct k_sigaction {
    void *handler;
    unsigned long flags;
    void *restorer;
    uint64_t mask;
};

static struct dz_gsigaction gsa[65];
static pthread_mutex_t gsa_lock = PTHREAD_MUTEX_INITIALIZER;

void dz_sig_host_install(int lsig, void *handler)
{
    struct k_sigaction ka = {
        .handler = handler,
        /* No SA_RESTART: an interrupted host call must come back with EINTR
         * so the engine can decide, by the guest's flags, to restart it. */
        .flags = SA_SIGINFO | SA_ONSTACK | SA_RESTORER,
        .restorer = (void *)dz_restorer,
        .mask = ~DZ_SYNC_MASK,
    };
    if (handler == SIG_DFL || handler == SIG_IGN)
        ka.flags = SA_RESTORER;
    syscall(SYS_rt_sigaction, lsig, &ka, NULL, 8);
}
void dz_signals_init(void)
{
    /* Ignored signals stay ignored across exec, as on every Unix: start the
     * guest's table from what the process inherited. */
    for (int s = 1; s <= 64; s++) {
        struct k_sigaction old;
        if (s != SIGKILL && s != SIGSTOP && syscall(SYS_rt_sigaction, s, NULL, &old, 8) == 0 &&
            old.handler == SIG_IGN)
            gsa[s].handler = DZ_SIG_IGN;
    }
    dz_sig_host_install(SIGSYS, (void *)dz_signal_entry);
    for (int s = 1; s < 32; s++)
        if (dz_sig_is_sync(s) || (dz_opts.trace_fd >= 0 && gsa[s].handler == DZ_SIG_DFL && dz_trace_fatal_default(s)))
            dz_sig_host_install(s, (void *)dz_signal_entry);
}
int dz_sig_set_action(int lsig, const struct dz_gsigaction *act, struct dz_gsigaction *old)
{
    if (lsig <= 0 || lsig > 64)
        return -EINVAL;
    pthread_mutex_lock(&gsa_lock);
    if (old)
        *old = gsa[lsig];
    if (act) {
        if (lsig == SIGKILL || lsig == SIGSTOP) {
            pthread_mutex_unlock(&gsa_lock);
            return -EINVAL;
        }
        gsa[lsig] = *act;
        /* SIGSYS stays the engine's; the guest's own SIGSYS disposition is
         * kept here and honoured when a SIGSYS that is not a SUD trap comes.
         * The fault signals stay ours too, for the copy fixups. */
        if (lsig != SIGSYS && !dz_sig_is_sync(lsig)) {
            /* Traced, a fatal signal passes through deliver(): its line. */
            if (act->handler == DZ_SIG_DFL && !(dz_opts.trace_fd >= 0 && dz_trace_fatal_default(lsig)))
                dz_sig_host_install(lsig, SIG_DFL);
            else if (act->handler == DZ_SIG_IGN)
                dz_sig_host_install(lsig, SIG_IGN);
            else
                dz_sig_host_install(lsig, (void *)dz_signal_entry);
        }
    }
    pthread_mutex_unlock(&gsa_lock);
    return 0;
}

void dz_sig_get_action(int lsig, struct dz_gsigaction *out)
{
    pthread_mutex_lock(&gsa_lock);
    *out = gsa[lsig];
    pthread_mutex_unlock(&gsa_lock);
}
