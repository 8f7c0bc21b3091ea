/* Internals shared by the FreeBSD library personality's files (dynamically
 * linked FreeBSD programs: libc.so.7, libthr.so.3, libm.so.5, libgcc_s.so.1).
 * Every export is a handler with the syscall-handler signature
 * (engine/call.h), as in libshim/openbsd; the engine personality is the
 * FreeBSD syscall personality itself (syscall-xlate/freebsd), so a raw
 * `syscall` in the program and a libc call reach the same handlers. */
#ifndef DZ_LIBSHIM_FREEBSD_FBL_H
#define DZ_LIBSHIM_FREEBSD_FBL_H
#include "abi/freebsd/consts.h"
#include "abi/freebsd/types.h"
#include "abi/freebsd/tcb.h"
#include "libshim/common/libpers.h"
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/uaccess.h"
#include "fbsd_sysent.h"

extern const struct dz_personality fbsd_personality;
extern const struct dz_libpers fbl_lib;

/* One prototype per handler named in exports.def (the fbsd_* and dz_*
 * ones are declared again, identically). */
#define X(name, ver, fn, ...) long fn(struct dz_call *c);
#define LOCAL X
#define RAW(name, ver, sym)
#include "libshim/freebsd/exports.def"
#undef X
#undef LOCAL
#undef RAW

/* The number of rows an import can bind to (exports.c's fbl_exports). */
enum {
    FBL_NEXPORTS = 0
#define X(...) + 1
#define LOCAL(...)
#define RAW(...) + 1
#include "libshim/freebsd/exports.def"
#undef X
#undef LOCAL
#undef RAW
};

/* The calling thread's TCB (its guest FS base) and our record after it. */
static inline struct fbsd_tcb *fbl_tcb(struct dz_thread *t)
{
    return (struct fbsd_tcb *)t->guest_fs;
}
static inline struct fbsd_thread_rec *fbl_rec(struct dz_thread *t)
{
    return (struct fbsd_thread_rec *)fbl_tcb(t)->tcb_thread;
}

/* A thread's TLS area for the executable's PT_TLS (thread.c); tp is its
 * thread pointer, rec filled with the area; 0 or -errno. */
int fbl_tls_new(const struct fbsd_tls_image *img, struct fbsd_thread_rec *rec, uint64_t *tp);
extern struct fbsd_tls_image fbl_tls_image;

/* The address of the program's environ variable (or of the env
 * __libc_start1 was given, for a program that exports none); 0 before. */
uint64_t fbl_environ(void);

/* The calling thread's guest signal mask, as a Linux mask. */
uint64_t fbl_linux_mask(struct dz_thread *t);

/* A call to another handler with other arguments (same thread, same
 * trace row): the handlers read guest pointers, and ours are the same
 * address space. */
static inline long fbl_call(struct dz_call *c, long (*h)(struct dz_call *), uint64_t a0, uint64_t a1,
                            uint64_t a2, uint64_t a3, uint64_t a4, uint64_t a5)
{
    struct dz_call sub = *c;
    sub.a[0] = a0, sub.a[1] = a1, sub.a[2] = a2, sub.a[3] = a3, sub.a[4] = a4, sub.a[5] = a5;
    return h(&sub);
}

/* A futex lock word (sync.c): 0 free. */
void fbl_lock(uint32_t *w);
void fbl_unlock(uint32_t *w);

/* Every stdio stream flushed (stdio.c): exit's last step; 0 or EOF. */
struct dz_call;
int fbl_stdio_flush_all(struct dz_call *c);

/* The program's name (its __progname, else argv[0]'s last part; "" before
 * start-up). */
const char *fbl_progname(void);

/* Make the program's .eh_frame and denizen's known to the unwinder
 * (unwind.c), before the program runs. */
void fbl_unwind_register(const struct dz_lib_program *p);
/* The image (program or denizen) holding pc, for the unwinder's
 * _dl_find_object (loader/musl/compat.c): 0 or -1. */
int dz_find_object(uint64_t pc, uint64_t *start, uint64_t *end, uint64_t *eh_frame_hdr);

/* Code of start.S and thunks.S the C side hands out. */
extern char dz_fbl_rtld_cleanup[];
extern char dz_fbl_thread_start_return[];

#endif
