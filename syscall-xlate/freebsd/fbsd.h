/* Internals shared by the FreeBSD personality's handler files. */
#ifndef DZ_FREEBSD_FBSD_H
#define DZ_FREEBSD_FBSD_H
#include "abi/freebsd/consts.h"
#include "abi/freebsd/types.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/personality.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/uaccess.h"
#include "syscall-xlate/event/kqueue.h"
#include "fbsd_sysent.h"

extern const struct dz_personality fbsd_personality;

/* The guest's own signal mask (all 128 FreeBSD bits, including the signals
 * Linux has no number for), kept in the thread's personality state. */
static inline struct fbsd_sigset *fbsd_shadow_mask(struct dz_thread *t)
{
    _Static_assert(sizeof(struct fbsd_sigset) <= sizeof t->pers_state, "pers_state too small");
    return (struct fbsd_sigset *)t->pers_state;
}

/* Set the guest's mask: the shadow and the Linux mask the trapped context
 * returns with (sigprocmask inside SIGSYS would be undone by rt_sigreturn). */
void fbsd_set_mask(struct dz_thread *t, ucontext_t *uc, const struct fbsd_sigset *m);

int fbsd_deliver(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si,
                 const struct dz_gsigaction *act);

/* FreeBSD-numbered wait status from a Linux one (the signal numbers inside differ). */
int fbsd_wait_status(int linux_status);
#endif
