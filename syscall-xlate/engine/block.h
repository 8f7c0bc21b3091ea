/* Layer 2 of the engine (see engine.h): host calls that may block.  They
 * run with the guest's signal mask, so that a guest signal interrupts them
 * (-EINTR) and is delivered on the way out; a signal that arrives just
 * before the call starts ends it at once (DZ_EARLY_EINTR: the call had no
 * effect and is restarted).  The event layer (syscall-xlate/event) waits
 * through here too. */
#ifndef DZ_ENGINE_BLOCK_H
#define DZ_ENGINE_BLOCK_H

long dz_blocking_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6);
/* The pending guest signal (if any) asks for SA_RESTART. */
int dz_pending_wants_restart(void);

#endif
