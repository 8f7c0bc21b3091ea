/* Internals shared by the FreeBSD personality's handler files. */
#ifndef DZ_FREEBSD_FBSD_H
#define DZ_FREEBSD_FBSD_H
#include "abi/freebsd/consts.h"
#include "abi/freebsd/types.h"
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/personality.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/uaccess.h"
#include "syscall-xlate/event/kqueue.h"
#include "fbsd_sysent.h"

extern const struct dz_personality fbsd_personality;
extern const struct dz_bsd_abi fbsd_bsd_abi;

/* fcntl commands without a Linux twin (file.c), for common/fcntl.c. */
long fbsd_fcntl_other(struct dz_call *c);

int fbsd_deliver(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si,
                 const struct dz_gsigaction *act);

#endif
