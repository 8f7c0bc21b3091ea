/* Internals shared by the OpenBSD library personality's files.  Every
 * export is a handler with the syscall-handler signature (engine/call.h):
 * arguments in c->a[] in C order, result a value or -LINUX_ERRNO; the
 * export table (exports.def) says how that becomes the libc result. */
#ifndef DZ_LIBSHIM_OPENBSD_OBSD_H
#define DZ_LIBSHIM_OPENBSD_OBSD_H
#include "abi/openbsd/consts.h"
#include "abi/openbsd/types.h"
#include "libshim/common/libpers.h"
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/uaccess.h"
#include "obsd_sysent.h"

extern const struct dz_personality obsd_personality;
extern const struct dz_bsd_abi obsd_bsd_abi;
extern const struct dz_libpers obsd_lib;

/* One prototype per handler named in exports.def. */
#define X(name, fn, ...) long fn(struct dz_call *c);
#define LOCAL X
#define RAW(name, sym)
#define LEAN(name, code, ...) X(name, __VA_ARGS__)
#include "libshim/openbsd/exports.def"
#undef X
#undef LOCAL
#undef RAW
#undef LEAN

/* The number of rows an import can bind to (exports.c's obsd_exports). */
enum {
    OBSD_NEXPORTS = 0
#define X(...) + 1
#define LOCAL(...)
#define RAW(...) + 1
#define LEAN(...) + 1
#include "libshim/openbsd/exports.def"
#undef X
#undef LOCAL
#undef RAW
#undef LEAN
};

/* The guest's 32-bit signal mask lives in bits[0] of the BSD mask slot of
 * the thread's personality state (syscall-xlate/common/bsd.h). */
static inline uint32_t obsd_mask(struct dz_thread *t)
{
    return dz_bsd_mask(t)->bits[0];
}
/* Set the guest's mask: the shadow and the thread's real Linux mask (a
 * library call runs outside any signal frame, so the mask is set directly). */
void obsd_set_mask(struct dz_thread *t, uint32_t mask);

/* The TIB of the calling thread (its guest FS base) and what we keep after
 * it: the memory to free when the thread ends. */
struct obsd_thread_rec {
    uint64_t stack_base, stack_size;     /* guest stack we mapped; 0 for the main thread */
    uint64_t area_base, area_size;       /* TLS block + TIB + this record */
};
static inline struct obsd_tib *obsd_tib(struct dz_thread *t)
{
    return (struct obsd_tib *)t->guest_fs;
}
static inline struct obsd_thread_rec *obsd_rec(struct dz_thread *t)
{
    return (struct obsd_thread_rec *)(t->guest_fs + sizeof(struct obsd_tib));
}

int obsd_deliver(struct dz_thread *t, ucontext_t *uc, int lsig, const siginfo_t *si,
                 const struct dz_gsigaction *act);
void obsd_thread_init(struct dz_thread *t, const struct dz_thread *parent);
int obsd_start(const struct dz_tls_image *tls, uint64_t *fs, char *err, size_t errlen);
/* A Linux wait status with signal numbers in OpenBSD's numbering. */
int obsd_wait_status(int linux_status);

/* sysctl net.route.0.<af>.NET_RT_IFLIST.<index> (rtsock.c): the host's
 * interfaces as routing messages in buf (NULL: the size only). */
long obsd_rt_iflist(int af, unsigned index, void *buf, size_t *len);

/* The code a thread's start routine returns to (thunks.S). */
extern char dz_obsd_t__denizen_thread_return[];

#endif
