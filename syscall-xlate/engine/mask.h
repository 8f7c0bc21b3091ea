/* Layer 1 of the engine (see engine.h): signal masks.  The guest's mask is
 * kept in Linux numbering; what the host really gets never blocks the
 * signals the engine needs (SIGSYS, and the synchronous faults that the
 * guest-memory copy fixups rely on). */
#ifndef DZ_ENGINE_MASK_H
#define DZ_ENGINE_MASK_H
#include <signal.h>
#include <stdint.h>
#include <ucontext.h>

#define DZ_SIGBIT(s) (1ULL << ((s) - 1))
#define DZ_SYNC_MASK                                                                              \
    (DZ_SIGBIT(SIGSEGV) | DZ_SIGBIT(SIGBUS) | DZ_SIGBIT(SIGILL) | DZ_SIGBIT(SIGFPE) | DZ_SIGBIT(SIGTRAP))
#define DZ_ENGINE_MASK (DZ_SYNC_MASK | DZ_SIGBIT(SIGSYS))

/* A synchronous fault signal (delivered to the thread that caused it). */
static inline int dz_sig_is_sync(int s)
{
    return s < 64 && (DZ_SYNC_MASK & DZ_SIGBIT(s));
}

/* Linux mask that the guest's mask lmask really becomes on the host: SIGSYS
 * and the synchronous fault signals are never blocked (the engine needs them). */
uint64_t dz_host_mask(uint64_t lmask);
/* Set the calling thread's host signal mask from a guest (Linux-numbered) mask. */
void dz_set_thread_lmask(uint64_t lmask);
/* The guest's current Linux-numbered mask as it will be when the trapped
 * syscall returns: the SIGSYS frame's uc_sigmask. */
uint64_t dz_uc_lmask(const ucontext_t *uc);
void dz_uc_set_lmask(ucontext_t *uc, uint64_t lmask);

#endif
