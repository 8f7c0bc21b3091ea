/* The rewritten-site path (fastpath.S, fastpath.c): a patched guest syscall
 * site reaches dz_dispatch without a signal.  rewrite.c does the patching. */
#ifndef DZ_ENGINE_FASTPATH_H
#define DZ_ENGINE_FASTPATH_H
#include <signal.h>
#include <stdint.h>
#include <ucontext.h>

struct dz_thread;

/* The guest's registers at the call, shaped as the ucontext_t that the
 * SIGSYS path hands to dz_dispatch, so every handler works unchanged:
 * gregs, uc_sigmask (the thread's current mask) and fpregs (pointing at
 * uc.__fpregs_mem, which holds xmm0-15, MXCSR and the x87 control word). */
struct dz_fast_frame {
    ucontext_t uc;
} __attribute__((aligned(64)));

/* The common entries of the per-site stubs (fastpath.S): dz_fast_pt_entry
 * first tries dz_fast_pt, dz_fast_entry goes to dz_dispatch. */
extern char dz_fast_entry[], dz_fast_pt_entry[];
extern uint16_t dz_fast_pt[65536];
/* dz_fast_errno[4096 - e]: the guest errno for Linux errno e (backwards:
 * the native gate indexes it with -e, see entry.S). */
extern uint16_t dz_fast_errno[4096];

/* signal.c, before a guest signal is delivered on context uc: a passthrough
 * call (dz_native_gate) it interrupted is restarted if the guest's handler
 * for lsig has SA_RESTART, as the guest's kernel would. */
void dz_fast_gate_fixup(ucontext_t *uc, int lsig);

/* Handlers run on this per-thread stack (thread.c maps it, below the
 * altstack, with a guard page under it); the frame sits at its top. */
#define DZ_FAST_STACK_SIZE (256 * 1024)
void dz_fast_thread_init(struct dz_thread *t, void *stack, size_t size);

/* signal.c, for a signal that interrupted guest code: if it is the slow
 * exit's trap (or landed just before it), copy the frame into uc so that uc
 * is the guest's state after the call.  Returns 1 when sig is that trap
 * itself (nothing else to do for it), else 0. */
int dz_fast_complete(struct dz_thread *t, ucontext_t *uc, int sig, const siginfo_t *si);

/* signal.c, nested handler: a signal queued while the fast exit was past
 * its last pending check sends the exit to its slow form (the clock path's
 * likewise to its full one). */
void dz_fast_nested_fixup(ucontext_t *uc);

/* The vDSO clock path (dz_fast_clock, fastpath.S; stubs of @clock rows).
 * rewrite.c fills the tables; signal.c's fault path asks
 * dz_fast_clock_fault, which turns a fault inside the vDSO call into the
 * full path (EFAULT), returning 1 when it did. */
extern char dz_fast_clock[];
extern int8_t dz_fast_clock_ids[32];
extern int (*dz_fast_vdso_clock)(long clock, void *ts);
extern uint8_t dz_fast_norestart[512];
int dz_fast_clock_fault(struct dz_thread *t, ucontext_t *uc);
/* Where a fault in a library personality's lean clock resumes (fastpath.S). */
extern char dz_lean_clock_fault[];

#endif
