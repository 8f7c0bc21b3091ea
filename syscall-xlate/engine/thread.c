/* Per-thread engine state (layer 1, see engine.h): its one mapping, its
 * binding through GS, SUD arming, and host threads.  Guest threads are
 * started and ended in start.c. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/fastpath.h"
#include "syscall-xlate/engine/fsgs.h"
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
#define STATE_OFF (ENGINE_GUARD + DZ_FAST_STACK_SIZE + DZ_ALTSTACK_SIZE)

struct dz_thread *dz_thread_new(const struct dz_personality *p)
{
    size_t size = STATE_OFF + DZ_THREAD_STATE_SIZE;
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

void *dz_thread_room(struct dz_thread *t)
{
    return (char *)t + DZ_THREAD_ROOM_OFF;
}

/* On the thread itself: its id, host FS base, altstack and GS binding.
 * The host FS base is the C library's thread pointer, which both musl and
 * glibc keep at %fs:0 (x86-64 TLS ABI): no rdfsbase needed. */
void dz_thread_bind(struct dz_thread *t)
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
    struct dz_thread *t = dz_thread_new(p);
    if (t)
        dz_thread_bind(t);
    return t;
}

/* Free state that was never bound, or no longer is (t is in the mapping). */
void dz_thread_free(struct dz_thread *t)
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
    dz_thread_free(t);
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

