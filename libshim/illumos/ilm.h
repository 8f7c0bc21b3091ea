/* Internals shared by the illumos library personality's files.  Every
 * export is a handler with the syscall-handler signature (engine/call.h):
 * arguments in c->a[] in C order, result a value or -LINUX_ERRNO; the
 * export table (exports.def) says how that becomes the libc result. */
#ifndef DZ_LIBSHIM_ILLUMOS_ILM_H
#define DZ_LIBSHIM_ILLUMOS_ILM_H
#include "abi/illumos/consts.h"
#include "abi/illumos/types.h"
#include "libshim/common/libpers.h"
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/uaccess.h"
#include "ilm_sysent.h"

extern const struct dz_personality ilm_personality;
extern const struct dz_bsd_abi ilm_bsd_abi;
extern const struct dz_libpers ilm_lib;

/* One prototype per handler named in exports.def. */
#define X(name, fn, ...) long fn(struct dz_call *c);
#define LOCAL X
#define RAW(name, sym)
#define LEAN(name, code, ...) X(name, __VA_ARGS__)
#include "libshim/illumos/exports.def"
#undef X
#undef LOCAL
#undef RAW
#undef LEAN

/* The number of rows an import can bind to (exports.c's ilm_exports). */
enum {
    ILM_NEXPORTS = 0
#define X(...) + 1
#define LOCAL(...)
#define RAW(...) + 1
#define LEAN(...) + 1
#include "libshim/illumos/exports.def"
#undef X
#undef LOCAL
#undef RAW
#undef LEAN
};

/* The thread's TCB (its guest FS base; struct ilm_tcb). */
static inline struct ilm_tcb *ilm_tcb(struct dz_thread *t)
{
    return (struct ilm_tcb *)t->guest_fs;
}

/* The guest's 128-bit mask: the BSD mask slot of the thread's state. */
static inline struct dz_sigset128 *ilm_mask(struct dz_thread *t)
{
    return dz_bsd_mask(t);
}
/* Set the guest's mask: the shadow and the thread's real Linux mask (a
 * library call runs outside any signal frame). */
void ilm_set_mask(struct dz_thread *t, const struct dz_sigset128 *m);

/* illumos AT_FDCWD (0xffd19553) in argument i becomes Linux's. */
void ilm_atfd_in(struct dz_call *c, int i);

int ilm_deliver(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si,
                const struct dz_gsigaction *act);
void ilm_thread_init(struct dz_thread *t, const struct dz_thread *parent);
int ilm_start(const struct dz_tls_image *tls, uint64_t *fs, char *err, size_t errlen);
long ilm_setcontext(struct dz_call *c);

/* The code a thread's start routine returns to (thunks.S). */
extern char dz_ilm_t__denizen_thread_return[];

#endif
