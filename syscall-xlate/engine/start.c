/* Starting and ending guest threads (layer 4, see engine.h): the main
 * thread's entry into the guest, the start trampoline of new guest threads
 * (thr_new, _lwp_create, pthread_create of a library personality), and
 * their exit. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/enter.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/personality.h"
#include "syscall-xlate/engine/rewrite.h"
#include <errno.h>
#include <stddef.h>
#include <linux/futex.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

_Static_assert(offsetof(struct dz_regs, rip) == 128, "entry.S R_RIP");

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
_Static_assert(DZ_THREAD_ROOM_OFF + sizeof(struct spawn_arg) + sizeof(struct dz_thread) <= DZ_THREAD_STATE_SIZE,
               "a thread's start arguments fit after its state");

static void *guest_thread_start(void *arg)
{
    struct spawn_arg *sa = arg;
    struct dz_thread *t = sa->t;
    dz_thread_bind(t);
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

int dz_spawn_thread(const struct dz_regs *r, uint64_t fs, uint64_t lmask, pid_t *tid)
{
    struct dz_thread *self = dz_self(), *t = dz_thread_new(self->pers);
    if (!t)
        return -ENOMEM;
    /* A creator that wants the id waits while the thread binds itself and
     * copies the creator's state.  One that does not (Go's thr_new: its
     * threads read their own id) goes on at once; the thread copies a
     * snapshot of the creator's state instead, kept in its own mapping. */
    struct spawn_arg wsa, *sa = &wsa;
    if (!tid) {
        sa = dz_thread_room(t);
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
        dz_thread_free(t);
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
