/* Layer 2 of the engine (see engine.h): the guest's signal dispositions
 * and the host side of each (the engine's entry, default or ignore). */
#ifndef DZ_ENGINE_SIGACTION_H
#define DZ_ENGINE_SIGACTION_H
#include "syscall-xlate/engine/personality.h"

/* Before the guest runs: the inherited ignored signals, and the engine's
 * own handlers for SIGSYS and the synchronous faults. */
void dz_signals_init(void);
/* Guest dispositions, indexed by Linux signal number (1..64). */
int dz_sig_set_action(int lsig, const struct dz_gsigaction *act, struct dz_gsigaction *old);
void dz_sig_get_action(int lsig, struct dz_gsigaction *out);
/* Install the host side of Linux signal lsig: the engine's entry
 * (dz_signal_entry), SIG_DFL or SIG_IGN.  Async-signal-safe. */
void dz_sig_host_install(int lsig, void *handler);

#endif
