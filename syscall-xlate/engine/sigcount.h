/* Layer 2 of the engine (see engine.h): how many times each Linux signal
 * (1..64) has been delivered to the guest.  The engine's delivery
 * (signal.c) bumps the counter and then rings the bell, an eventfd that
 * the event layer installs the first time one of its queues watches a
 * signal (EVFILT_SIGNAL); the event layer reads the counters and never
 * needs to be called by the engine.  Async-signal-safe: atomics and
 * write(2).  A library of its own (dz_engine_base), so that the event
 * layer links it without the rest of the engine. */
#ifndef DZ_ENGINE_SIGCOUNT_H
#define DZ_ENGINE_SIGCOUNT_H
#include <stdatomic.h>
#include <stdint.h>

#define DZ_NSIG 64
extern _Atomic uint64_t dz_sig_delivered[DZ_NSIG + 1];
extern atomic_int dz_sig_bell;   /* -1: no queue watches a signal yet */

/* Count one delivery of lsig and ring the bell. */
void dz_sig_count_delivery(int lsig);

#endif
