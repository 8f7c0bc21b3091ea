/* Signal masks (mask.h): layer 1, beside the thread state. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/mask.h"
#include "syscall-xlate/engine/thread.h"
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

uint64_t dz_host_mask(uint64_t lmask)
{
    return lmask & ~DZ_ENGINE_MASK;
}

uint64_t dz_uc_lmask(const ucontext_t *uc)
{
    uint64_t m;
    memcpy(&m, &uc->uc_sigmask, sizeof m);
    return m;
}

void dz_uc_set_lmask(ucontext_t *uc, uint64_t lmask)
{
    lmask = dz_host_mask(lmask);
    memcpy(&uc->uc_sigmask, &lmask, sizeof lmask);
}

void dz_set_thread_lmask(uint64_t lmask)
{
    uint64_t m = dz_host_mask(lmask);
    syscall(SYS_rt_sigprocmask, SIG_SETMASK, &m, NULL, 8);
    struct dz_thread *t = dz_self();
    if (t)
        t->lmask = m;
}
