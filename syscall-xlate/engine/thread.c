/* Guest threads: per-thread state bound through GS, SUD arming, the start
 * trampoline of new guest threads and their exit. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/enter.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/personality.h"
#include "syscall-xlate/engine/fastpath.h"
#include "syscall-xlate/engine/fsgs.h"
#include "syscall-xlate/engine/rewrite.h"
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

_Static_assert(offsetof(struct dz_thread, host_fs) == 8, "entry.S T_HOST_FS");
_Static_assert(offsetof(struct dz_thread, guest_fs) == 16, "entry.S T_GUEST_FS");
_Static_assert(offsetof(struct dz_thread, selector) == 24, "entry.S T_SELECTOR");
_Static_assert(offsetof(struct dz_thread, in_host) == 25, "entry.S T_IN_HOST");
_Static_assert(offsetof(struct dz_thread, self) == 0, "dz_self reads %gs:0");
_Static_assert(offsetof(struct dz_regs, rip) == 128, "entry.S R_RIP");

#ifndef PR_SET_SYSCALL_USER_DISPATCH
#define PR_SET_SYSCALL_USER_DISPATCH 59
#define PR_SYS_DISPATCH_OFF 0
#define PR_SYS_DISPATCH_ON 1
#endif

/* The signal frame of an AVX-512 host is ~3.4 KB and the handlers call into
 * libc, so the engine never runs on guest stacks (Go's are a few KB). */
#define DZ_ALTSTACK_SIZE (256 * 1024)
#define ENGINE_GUARD 4096

extern char dz_sudallow_start[], dz_sudallow_end[];

/* A thread's memory is one mapping, allocated by its creator and unmapped
 * when it exits: a guard page, the rewritten-site path's stack
 * (fastpath.c), the signal altstack, then (above both stacks, out of reach
 * of their overflows) its struct dz_thread and room for the start
 * arguments.  One mmap: no allocator call, which may map and unmap (and an
 * unmap in a process whose threads run on other cores costs a TLB
 * shoot-down).  So the new thread's start (which its creator may wait
 * for) is only thread_bind. */
#define STATE_SIZE 8192
#define STATE_OFF (ENGINE_GUARD + DZ_FAST_STACK_SIZE + DZ_ALTSTACK_SIZE)

static struct dz_thread *thread_new(const struct dz_personality *p)
{
    size_t size = STATE_OFF + STATE_SIZE;
    char *m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK | MAP_NORESERVE,
                   -1, 0);
    if (m == MAP_FAILED)
        return NULL;
    mprotect(m, ENGINE_GUARD, PROT_NONE);
    struct dz_thread *t = (struct dz_thread *)(m + STATE_OFF);   /* zeroed by the kernel */
    t->self = t;
    t->pers = p;
    t->in_host = 1;
    t->stacks = m;
    t->stacks_size = size;
    dz_fast_thread_init(t, m + ENGINE_GUARD, DZ_FAST_STACK_SIZE);
    t->altstack = m + ENGINE_GUARD + DZ_FAST_STACK_SIZE;
    t->altstack_size = DZ_ALTSTACK_SIZE;
    t->gss_flags = DZ_SS_DISABLE;
    return t;
}

/* The room after a thread-to-be's state, for its start arguments (their
 * size is asserted below). */
#define ROOM_OFF ((sizeof(struct dz_thread) + 63) & ~(size_t)63)
static void *thread_room(struct dz_thread *t)
{
    return (char *)t + ROOM_OFF;
}

/* On the thread itself: its id, host FS base, altstack and GS binding.
 * The host FS base is the C library's thread pointer, which both musl and
 * glibc keep at %fs:0 (x86-64 TLS ABI): no rdfsbase needed. */
static void thread_bind(struct dz_thread *t)
{
    t->tid = (pid_t)syscall(SYS_gettid);
    __asm__ volatile("mov %%fs:0, %0" : "=r"(t->host_fs));
    t->cur_fs = t->host_fs;
    stack_t ss = { .ss_sp = t->altstack, .ss_size = t->altstack_size, .ss_flags = 0 };
    sigaltstack(&ss, NULL);
    dz_fsgs_set_gs(t);
}

struct dz_thread *dz_thread_attach(const struct dz_personality *p)
{
    struct dz_thread *t = thread_new(p);
    if (t)
        thread_bind(t);
    return t;
}

/* Free state that was never bound, or no longer is (t is in the mapping). */
static void thread_free(struct dz_thread *t)
{
    void *m = t->stacks;
    size_t size = t->stacks_size;
    munmap(m, size);
}

void dz_thread_detach(struct dz_thread *t)
{
    stack_t ss = { .ss_flags = SS_DISABLE };
    sigaltstack(&ss, NULL);
    dz_fsgs_set_gs((void *)dz_fsgs_no_thread);
    thread_free(t);
}

int dz_sud_arm(struct dz_thread *t)
{
    t->selector = 0;
    if (prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON,
              (unsigned long)dz_sudallow_start,
              (unsigned long)(dz_sudallow_end - dz_sudallow_start),
              (unsigned long)&t->selector) != 0)
        return -errno;
    return 0;
}

void dz_sud_disarm(void)
{
    prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0, 0, 0);
}

void dz_run_main(const struct dz_personality *p, const struct dz_regs *r, uint64_t guest_fs)
{
    struct dz_thread *t = dz_thread_attach(p);
    if (!t)
        dz_fatal("cannot allocate the main thread's state");
    t->is_main = 1;
    if (p->thread_init)
        p->thread_init(t, NULL);
    dz_signals_init();
    int e = dz_sud_arm(t);
    if (e)
        dz_fatal("cannot arm Syscall User Dispatch: %s (Linux 5.11 or newer is needed; see denizen doctor)",
                 strerror(-e));
    if (sigsetjmp(t->exit_jmp, 0) == 0) {
        /* The signal mask survives exec: the guest starts with the one it
         * inherited (thread_init read it), minus what the engine needs. */
        uint64_t cur = 0;
        syscall(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &cur, 8);
        dz_set_thread_lmask(cur);
        dz_rewrite_thread_delta(1);
        dz_rewrite_start(p);
        dz_enter_guest(r, guest_fs);
    }
    dz_sud_disarm();
}

struct spawn_arg {
    struct dz_regs regs;
    uint64_t fs;
    uint64_t lmask;
    struct dz_thread *t;     /* allocated by the creator */
    const struct dz_thread *parent;
    volatile int state;      /* 0 starting, 1 running (tid valid) */
    pid_t tid;               /* for the creator: t may be gone when it looks */
    /* The creator's state at the call, when it does not wait (parent then
     * points here, and sa is in the thread's own mapping: thread_room). */
    struct dz_thread parent_copy[];
};
_Static_assert(ROOM_OFF + sizeof(struct spawn_arg) + sizeof(struct dz_thread) <= STATE_SIZE,
               "a thread's start arguments fit after its state");

static void *guest_thread_start(void *arg)
{
    struct spawn_arg *sa = arg;
    struct dz_thread *t = sa->t;
    thread_bind(t);
    if (t->pers->thread_init)
        t->pers->thread_init(t, sa->parent);
    struct dz_regs regs = sa->regs;
    uint64_t fs = sa->fs, lmask = sa->lmask;
    if (sa->parent != sa->parent_copy) {
        sa->tid = t->tid;
        __atomic_store_n(&sa->state, 1, __ATOMIC_RELEASE);
        syscall(SYS_futex, &sa->state, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
        /* sa belongs to the creator from here on. */
    }
    int e = dz_sud_arm(t);
    if (e)   /* it worked for the first thread: not expected to fail later */
        dz_fatal("cannot arm Syscall User Dispatch on a new thread: %s", strerror(-e));
    if (sigsetjmp(t->exit_jmp, 0) == 0) {
        dz_set_thread_lmask(lmask);
        dz_enter_guest(&regs, fs);
    }
    /* thr_exit: back on this pthread's own stack; the engine altstack is no
     * longer in use, so it can go. */
    dz_rewrite_thread_delta(-1);
    dz_sud_disarm();
    dz_thread_detach(t);
    return NULL;
}

int dz_host_thread_create(void *(*fn)(void *), void *arg, size_t stack)
{
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, stack);
    /* The thread starts with the creator's mask: every signal blocked.
     * (glibc's pthread_attr_setsigmask_np would save two calls; musl, which
     * the launcher is built with, has no such attribute.) */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &old);
    pthread_t pt;
    int e = pthread_create(&pt, &attr, fn, arg);
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    pthread_attr_destroy(&attr);
    return e;
}

int dz_spawn_thread(const struct dz_regs *r, uint64_t fs, uint64_t lmask, pid_t *tid)
{
    struct dz_thread *self = dz_self(), *t = thread_new(self->pers);
    if (!t)
        return -ENOMEM;
    /* A creator that wants the id waits while the thread binds itself and
     * copies the creator's state.  One that does not (Go's thr_new: its
     * threads read their own id) goes on at once; the thread copies a
     * snapshot of the creator's state instead, kept in its own mapping. */
    struct spawn_arg wsa, *sa = &wsa;
    if (!tid) {
        sa = thread_room(t);
        memcpy(sa->parent_copy, self, sizeof *self);
    }
    *sa = (struct spawn_arg){ .regs = *r, .fs = fs, .lmask = lmask, .t = t,
                              .parent = tid ? self : sa->parent_copy };
    /* Counted before it can run guest code: site patching depends on it.
     * The pthread stack only carries the trampoline (guest code runs on the
     * guest's stack, the engine on its own stacks); every signal blocked:
     * it must not take a guest signal before its state and SUD exist. */
    dz_rewrite_thread_delta(1);
    int e = dz_host_thread_create(guest_thread_start, sa, 64 * 1024);
    if (e) {
        dz_rewrite_thread_delta(-1);
        thread_free(t);
        return -e;
    }
    if (tid) {
        while (__atomic_load_n(&sa->state, __ATOMIC_ACQUIRE) == 0)
            syscall(SYS_futex, &sa->state, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
        *tid = sa->tid;   /* not t->tid: the thread may have exited already */
    }
    return 0;
}

void dz_exit_thread(void)
{
    struct dz_thread *t = dz_self();
    /* From a rewritten site the host mask is the guest's: close it, so that
     * no signal is queued to a thread that will never run guest code again. */
    uint64_t all = ~0ULL;
    syscall(SYS_rt_sigprocmask, SIG_BLOCK, &all, NULL, 8);
    siglongjmp(t->exit_jmp, 1);
}
