/* Per-thread engine state.  Every guest thread has one; the engine finds it
 * through the GS base (the guest owns FS; FreeBSD/NetBSD Go never touches GS),
 * so the signal entry can reach it before any C code runs.  It is read as
 * %gs:0 (the self pointer), never with rdgsbase, so the same code serves
 * hosts with and without FSGSBASE (fsgs.h).  Field offsets used by entry.S
 * are asserted in thread.c. */
#ifndef DZ_ENGINE_THREAD_H
#define DZ_ENGINE_THREAD_H
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <sys/types.h>
#include <ucontext.h>

#define DZ_MAX_PENDING 16

struct dz_personality;
struct dz_fast_frame;

struct dz_pending {
    int sig;                 /* Linux signal number */
    siginfo_t info;
};

struct dz_thread {
    struct dz_thread *self;      /* 0:  entry.S */
    uint64_t host_fs;            /* 8:  C-library TLS of this thread */
    uint64_t guest_fs;           /* 16: guest FS base while the engine runs */
    volatile uint8_t selector;   /* 24: SUD selector byte (0 allow, 1 block) */
    volatile uint8_t in_host;    /* 25: 1 while engine code runs on this thread */
    volatile uint8_t in_clock;   /* 26: fastpath.S: the vDSO clock path is in the vDSO */
    uint8_t lib_restart;         /* 27: libshim/common/entry.S: redo the library call */
    volatile int32_t npending;   /* 28: queued guest signals (blocking window checks it) */
    struct dz_fast_frame *fast_frame; /* 32: fastpath.S: register frame of the rewritten-site
                                  * path, at the top of its own stack (fastpath.c) */
    uint64_t cur_fs;             /* 40: fsgs_ops.S (arch_prctl mode): the live FS base */
    uint64_t clock_save[10];     /* 48: fastpath.S: the clock path's saved guest state */

    const struct dz_personality *pers;
    pid_t tid;
    void *stacks;                /* one mapping: guard, fast-path stack, altstack */
    size_t stacks_size;
    void *altstack;              /* the engine's own signal stack */
    size_t altstack_size;

    /* The guest's sigaltstack, virtual: the host owns the real one. */
    uint64_t gss_sp, gss_size;
    int gss_flags;               /* DZ_SS_* */

    /* Signals that arrived while the engine was blocked in a host call,
     * delivered to the guest on the way out of the syscall. */
    struct dz_pending pending[DZ_MAX_PENDING];

    /* Opaque per-personality state (e.g. the guest's own sigset shadow,
     * including the signals Linux has no number for). */
    uint64_t pers_state[8];

    /* thr_exit / _lwp_exit unwind to the thread's start routine. */
    sigjmp_buf exit_jmp;
    int is_main;
    uint64_t *clear_on_exit;     /* FreeBSD thr_exit(state): *state = 1 + wake */
    ucontext_t *cur_uc;          /* the trapped context while a syscall is handled */
    long cur_nr;

    /* The rewritten-site path (fastpath.c): the host signal mask this thread
     * runs guest code with (kept so that path needs no rt_sigprocmask), and
     * whether a call is being handled on it (host signals then open). */
    uint64_t lmask;
    int on_fast;
    void *fast_stack;
    size_t fast_stack_size;
};

#define DZ_SS_ONSTACK 1
#define DZ_SS_DISABLE 2

/* The current thread's state, or NULL on a thread that never ran a guest
 * (its GS base is dz_fsgs_install's sentinel, whose self pointer is NULL). */
static inline struct dz_thread *dz_self(void)
{
    struct dz_thread *t;
    __asm__ volatile("mov %%gs:0, %0" : "=r"(t));
    return t;
}

/* The state's part of a thread's mapping, and the room after the state
 * for a new thread's start arguments (start.c). */
#define DZ_THREAD_STATE_SIZE 8192
#define DZ_THREAD_ROOM_OFF ((sizeof(struct dz_thread) + 63) & ~(size_t)63)
/* A thread's state in a mapping of its own (zeroed, unbound), or NULL;
 * bound by the thread itself (its id, host FS base, altstack, GS); freed
 * by whoever holds it when it is not or no longer bound. */
struct dz_thread *dz_thread_new(const struct dz_personality *p);
void dz_thread_bind(struct dz_thread *t);
void dz_thread_free(struct dz_thread *t);
void *dz_thread_room(struct dz_thread *t);

/* Start a detached thread with a STACK-byte stack and every signal blocked
 * (the engine's helpers and, via dz_spawn_thread, guest threads); 0 or an
 * errno. */
int dz_host_thread_create(void *(*fn)(void *), void *arg, size_t stack);
/* Allocate and bind (GS base, altstack) state for the calling thread. */
struct dz_thread *dz_thread_attach(const struct dz_personality *p);
/* Undo dz_thread_attach on a thread that is about to end. */
void dz_thread_detach(struct dz_thread *t);
/* Arm Syscall User Dispatch for the calling thread (not inherited by
 * clone or fork: call it in every new thread and in fork children). */
int dz_sud_arm(struct dz_thread *t);
void dz_sud_disarm(void);

#endif
