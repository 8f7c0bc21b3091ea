/* The C half of a library call (see libpers.h): one dispatcher for every
 * export of every library personality, the twin of the syscall dispatcher
 * (syscall-xlate/engine/dispatch.c): it alone reads the argument
 * registers, traces, and turns a handler's -LINUX_ERRNO into the guest's
 * errno.  Handlers return a value or -LINUX_ERRNO (or DZ_GUEST_ERR(e)). */
#define _GNU_SOURCE
#include "libshim/common/libpers.h"
#include "syscall-xlate/engine/vdso.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/fastpath.h"
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/uaccess.h"
#include "syscall-xlate/trace/trace.h"
#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/syscall.h>

/* entry.S reads these fields at fixed offsets. */
_Static_assert(offsetof(struct dz_thread, host_fs) == 8, "entry.S T_HOST_FS");
_Static_assert(offsetof(struct dz_thread, guest_fs) == 16, "entry.S T_GUEST_FS");
_Static_assert(offsetof(struct dz_thread, selector) == 24, "entry.S T_SELECTOR");
_Static_assert(offsetof(struct dz_thread, in_host) == 25, "entry.S T_IN_HOST");
_Static_assert(offsetof(struct dz_thread, npending) == 28, "entry.S T_NPENDING");
_Static_assert(offsetof(struct dz_lib_frame, rsp) == 48, "entry.S F_RSP");
_Static_assert(offsetof(struct dz_thread, lib_restart) == 27, "entry.S T_LIB_RESTART");
_Static_assert(offsetof(struct dz_export, entry) == 56, "entry.S X_ENTRY");

/* segv.c: the fault entry.S raises at the call (0: none). */
extern __thread uint8_t dz_lib_segv_kind;

/* Top of the stack library calls run on (the engine altstack). */
__thread uint64_t dz_lib_stack_top;
/* The current call's saved registers. */
static __thread const struct dz_lib_frame *cur_frame;

const struct dz_libpers *dz_lib_active;
long dz_lib_deliver_nr = -1;

int (*dz_lib_vdso_clock_gettime)(long clock, void *ts);
int dz_lib_lean;
int dz_lib_gate;

/* The tracer's view of dz_lib_class for the active personality. */
static unsigned lib_class(const struct dz_sysent *e)
{
    return dz_lib_class(dz_lib_active, e);
}

void dz_lib_activate(const struct dz_libpers *lp)
{
    dz_lib_active = lp;
    dz_lib_deliver_nr = lp->deliver_nr;
    *(void **)&dz_lib_vdso_clock_gettime = dz_vdso_sym("__vdso_clock_gettime");
    dz_lib_lean = dz_opts.trace_fd < 0 && dz_lib_vdso_clock_gettime;
    /* The native gate's tables, as rewrite.c fills them for a syscall
     * personality: the guest's errno for each Linux one, and nanosleep
     * never restarted (a BSD sleep ends with EINTR). */
    for (int e = 1; e < 4096; e++)
        dz_fast_errno[4096 - e] = (uint16_t)lp->pers->errno_from_linux(e < 256 ? e : 4095);
    dz_fast_norestart[SYS_nanosleep] = 1;
    dz_lib_gate = dz_opts.trace_fd < 0;
    if (dz_opts.trace_fd >= 0)
        dz_trace_set_lib(lib_class);
}

unsigned dz_lib_class(const struct dz_libpers *lp, const struct dz_sysent *e)
{
    if (e->cls || !e->name)
        return e->cls;
    const struct dz_personality *p = lp->pers;
    for (unsigned i = 0; i < p->nsysent; i++)
        if (p->sysent[i].name && strcmp(p->sysent[i].name, e->name) == 0)
            return p->sysent[i].cls;
    return 0;
}

void dz_lib_thread_init(struct dz_thread *t)
{
    dz_lib_stack_top = ((uint64_t)t->altstack + t->altstack_size) & ~15UL;
}

const struct dz_lib_frame *dz_lib_frame(void)
{
    return cur_frame;
}

const struct dz_export *dz_lib_find(const struct dz_libpers *lp, const char *name)
{
    const char *at = strchr(name, '@');
    size_t n = at ? (size_t)(at - name) : strlen(name);
    for (size_t i = 0; i < lp->nexports; i++) {
        const struct dz_export *x = lp->exports[i];
        if (strncmp(x->ent.name, name, n) != 0 || x->ent.name[n] != 0)
            continue;
        if (at && x->version && strcmp(x->version, at + 1) != 0)
            continue;
        return x;
    }
    return NULL;
}

const void *dz_lib_resolve(void *ctx, const char *name)
{
    const struct dz_export *x = dz_lib_find(ctx, name);
    return x ? x->entry : NULL;
}

long dz_lib_deliver(struct dz_call *c)
{
    return DZ_JUSTRETURN;
}

long dz_lib_bsys(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
    return dz_blocking_syscall6(nr, a1, a2, a3, a4, a5, a6);
}

static int is_error(long r)
{
    return (r < 0 && r >= -4095) || DZ_IS_GUEST_ERR(r);
}

static int guest_errno(const struct dz_personality *p, long r)
{
    return DZ_IS_GUEST_ERR(r) ? (int)(-0x10000L - r) : p->errno_from_linux((int)-r);
}

void dz_lib_set_errno(struct dz_thread *t, int linux_errno)
{
    *dz_lib_active->errno_loc(t) = t->pers->errno_from_linux(linux_errno);
}

/* Called by dz_lib_entry on the engine stack with the host FS base. */
uint64_t dz_lib_dispatch(const struct dz_export *x, const struct dz_lib_frame *f)
{
    struct dz_thread *t = dz_self();
    const struct dz_libpers *lp = dz_lib_active;
    struct dz_call c = {
        .a = { f->rdi, f->rsi, f->rdx, f->rcx, f->r8, f->r9 },
        .nr = -1, .t = t, .ent = &x->ent,
    };
    cur_frame = f;
    if (x->ent.nargs > 6)   /* arguments 7+ sit above the return address */
        dz_copy_in(&c.a[6], f->rsp + 8, (size_t)(x->ent.nargs - 6) * 8);
    if (dz_opts.trace_fd >= 0)
        dz_trace_enter(t->pers, &x->ent, &c, x->conv == DZ_LIB_NORETURN);
    long r = x->ent.fn(&c);
    /* The fault request and DZ_LIB_SEGV go together: a handler that asked
     * (dz_lib_segv) and then answered otherwise gets its answer; a
     * DZ_LIB_SEGV no one asked for is EFAULT. */
    if (__builtin_expect(dz_lib_segv_kind != 0, 0) && r != DZ_LIB_SEGV)
        dz_lib_segv_kind = 0;
    else if (r == DZ_LIB_SEGV && !dz_lib_segv_kind)
        r = -EFAULT;
    if (r == DZ_EARLY_EINTR) {
        /* A guest signal came before the blocking host call began: the
         * call had no effect, so it is made again after the handler,
         * whatever SA_RESTART says (as the trapped path's dispatcher). */
        r = DZ_RESTART;
        t->lib_restart = 1;
    } else if (r == -EINTR && t->npending && dz_pending_wants_restart()) {
        /* A guest handler with SA_RESTART interrupted the call: as the
         * guest's kernel would, run the handler, then the call again
         * (entry.S, dz_lib_restart). */
        r = DZ_RESTART;
        t->lib_restart = 1;
    }
    if (dz_opts.trace_fd >= 0)
        dz_trace_leave(t->pers, &x->ent, &c, r);
    cur_frame = NULL;
    if (r == DZ_RESTART || r == DZ_LIB_SEGV)   /* entry.S: dz_lib_segv_kind is set */
        return 0;
    switch (x->conv) {
    case DZ_LIB_INT:
        if (is_error(r)) {
            *lp->errno_loc(t) = guest_errno(t->pers, r);
            return (uint64_t)-1;
        }
        return (uint64_t)r;
    case DZ_LIB_PTR:
        if (is_error(r)) {
            *lp->errno_loc(t) = guest_errno(t->pers, r);
            return 0;
        }
        return (uint64_t)r;
    case DZ_LIB_ERRNO:
        return is_error(r) ? (uint64_t)guest_errno(t->pers, r) : 0;
    case DZ_LIB_VAL:
        return (uint64_t)r;
    default:
        return 0;
    }
}
