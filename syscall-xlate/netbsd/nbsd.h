/* Internals shared by the NetBSD personality's handler files. */
#ifndef DZ_NETBSD_NBSD_H
#define DZ_NETBSD_NBSD_H
#include "abi/netbsd/consts.h"
#include "abi/netbsd/types.h"
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/personality.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/uaccess.h"
#include "syscall-xlate/event/kqueue.h"
#include "nbsd_sysent.h"

extern const struct dz_personality nbsd_personality;
extern const struct dz_bsd_abi nbsd_bsd_abi;

/* Per-thread NetBSD state in pers_state (after the shared mask, slots 0-1):
 * the mask a new LWP starts with, left by its creator for thread_init. */
#define NBSD_SPAWN_MASK_SLOT 2      /* pers_state[2..3] */
#define NBSD_SPAWN_MASK_SET  4      /* pers_state[4]: 1 while [2..3] is valid */

/* fcntl commands without a Linux twin (bsdabi.c), for common/fcntl.c. */
long nbsd_fcntl_other(struct dz_call *c);
void nbsd_thread_init(struct dz_thread *t, const struct dz_thread *parent);
int nbsd_deliver(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si,
                 const struct dz_gsigaction *act);

/* LWP park slots (lwp.c): each LWP's pending-unpark token, by tid. */
void nbsd_lwp_register(pid_t tid);

#endif
