/* illumos threads: libc's pthread_create and attributes as Go uses them
 * (runtime/os3_solaris.go newosproc; abi/ABI-NOTES.md §4.2), pthread_self
 * and pthread_kill, and the per-thread TLS + TCB (abi/illumos/tcb.c) that
 * stands in for ld.so.1's and libc's.
 *
 * A new thread is a host thread made by the engine (dz_spawn_thread: its
 * own engine state, SUD armed, the creator's signal mask); it starts at
 * the start routine on a stack we map, FS = its own TCB, with a return
 * address that ends the thread (ilm_thread_return).  A thread_t is the
 * Linux tid: pthread_kill is tgkill. */
#define _GNU_SOURCE
#include "libshim/common/attr.h"
#include "libshim/illumos/ilm.h"
#include "abi/illumos/convert.h"
#include "syscall-xlate/engine/enter.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* libc's default stack for a new thread: 1 MiB on 64-bit (illumos
 * DEFAULTSTACK); Go asks for 2 MiB and assumes 1 MiB below its SP. */
#define DEFAULT_STACK (1024 * 1024)
#define MIN_STACK (16 * 1024)
#define GUARD 4096

static struct ilm_tls_image tls_image;

/* pthread_attr_t: libshim/common/attr.c, with illumos's defaults. */
long ilm_pthread_attr_init(struct dz_call *c) { return dz_lib_attr_init(A(0), DEFAULT_STACK, 4096, 0); }

/* illumos's libc answers EINVAL for a NULL pthread_attr_t (or result
 * pointer) where it checks one; only pthread_attr_init stores through it
 * unchecked.  A bad non-NULL pointer faults (attr.c). */
long ilm_pthread_attr_destroy(struct dz_call *c) { return A(0) ? dz_lib_attr_destroy(A(0)) : -EINVAL; }

/* pthread_attr_setstack(pthread_attr_t *attr, void *addr, size_t size):
 * illumos takes a NULL address as "allocate size bytes for me". */
long ilm_pthread_attr_setstack(struct dz_call *c)
{
    struct dz_lib_attr *a;
    if (!A(0))
        return -EINVAL;
    long r = dz_lib_attr_of(A(0), &a);
    if (r)
        return r;
    if (A(2) < MIN_STACK)
        return -EINVAL;
    a->stackaddr = A(1);
    a->stacksize = (A(2) + 4095) & ~4095UL;
    return 0;
}

/* pthread_attr_getstack(const pthread_attr_t *attr, void **addr, size_t *size) */
long ilm_pthread_attr_getstack(struct dz_call *c)
{
    return A(0) && A(1) && A(2) ? dz_lib_attr_getstack(A(0), A(1), A(2)) : -EINVAL;
}

long ilm_pthread_attr_setstacksize(struct dz_call *c)
{
    return A(0) ? dz_lib_attr_setstacksize(A(0), A(1), MIN_STACK, 1) : -EINVAL;
}

long ilm_pthread_attr_getstacksize(struct dz_call *c)
{
    return A(0) && A(1) ? dz_lib_attr_getstacksize(A(0), A(1)) : -EINVAL;
}

long ilm_pthread_attr_setdetachstate(struct dz_call *c)
{
    if (!A(0))
        return -EINVAL;
    return dz_lib_attr_setdetachstate(A(0), AI(1), ILM_PTHREAD_CREATE_DETACHED, ILM_PTHREAD_CREATE_JOINABLE);
}

/* A thread's TLS area: [TLS block][struct ilm_tcb]. */
static uint64_t tls_new(uint64_t stack_base, uint64_t stack_size)
{
    size_t tcb_off, size = ilm_tls_area_size(&tls_image, &tcb_off);
    size = (size + 4095) & ~4095UL;
    void *area = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED)
        return 0;
    uint64_t tp = ilm_tls_area_init(area, &tls_image, tcb_off);
    struct ilm_tcb *tcb = (struct ilm_tcb *)tp;
    tcb->area_base = (uint64_t)area;
    tcb->area_size = size;
    tcb->stack_base = stack_base;
    tcb->stack_size = stack_size;
    return tp;
}

int ilm_start(const struct dz_tls_image *tls, uint64_t *fs, char *err, size_t errlen)
{
    tls_image = (struct ilm_tls_image){ tls->init, tls->filesz, tls->memsz, tls->align };
    *fs = tls_new(0, 0);
    if (!*fs) {
        snprintf(err, errlen, "cannot map the main thread's TLS: %s", strerror(errno));
        return -1;
    }
    ((struct ilm_tcb *)*fs)->tid = (int32_t)dz_sys(SYS_gettid);
    return 0;
}

/* pthread_create(pthread_t *thread, const pthread_attr_t *attr,
 *                void *(*start_routine)(void *), void *arg) */
long ilm_pthread_create(struct dz_call *c)
{
    size_t stacksize = DEFAULT_STACK;
    uint64_t given = 0;
    if (A(1)) {
        struct dz_lib_attr *a;
        long r = dz_lib_attr_of(A(1), &a);
        if (r)
            return r;
        stacksize = a->stacksize;
        given = a->stackaddr;
    }
    /* Threads always run detached here: nothing waits for their exit. */
    uint64_t base = given, mapped = 0;
    if (!base) {
        void *stk = mmap(NULL, stacksize + GUARD, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK | MAP_NORESERVE, -1, 0);
        if (stk == MAP_FAILED)
            return -EAGAIN;
        mprotect(stk, GUARD, PROT_NONE);
        base = (uint64_t)stk + GUARD;
        mapped = stacksize + GUARD;
    }
    uint64_t tp = tls_new(mapped ? base - GUARD : 0, mapped);
    if (!tp) {
        if (mapped)
            munmap((void *)(base - GUARD), mapped);
        return -EAGAIN;
    }
    /* Entered as if called: rsp 8 below a 16-byte boundary, holding the
     * address its return ends the thread at, with room above it as libc's
     * _thrp_setup frame gives: Go's tstart_sysvicall stores its result in
     * its caller's frame (ret+8(FP), 16 bytes above rsp), which at the very
     * top of the stack would hit the guard page of the next mapping. */
    uint64_t top = (base + stacksize) & ~15UL;
    uint64_t sp = top - 64 - 8;
    memset((void *)sp, 0, top - sp);
    *(uint64_t *)sp = (uint64_t)dz_ilm_t__denizen_thread_return;
    struct dz_regs r = { .rip = A(2), .rdi = A(3), .rsp = sp };
    pid_t tid = 0;
    long e = dz_spawn_thread(&r, tp, dz_bsd_sigset_to_linux(c->t, ilm_mask(c->t)), &tid);
    if (e < 0) {
        struct ilm_tcb *tcb = (struct ilm_tcb *)tp;
        munmap((void *)tcb->area_base, tcb->area_size);
        if (mapped)
            munmap((void *)(base - GUARD), mapped);
        return e == -ENOMEM ? -EAGAIN : e;
    }
    /* thread_t: a u32, ours is the tid; stored by libc once the thread
     * runs (NULL: not wanted), so a bad pointer faults after it started */
    uint32_t id = (uint32_t)tid;
    return A(0) ? dz_lib_store(A(0), &id, sizeof id) : 0;
}

/* Where a start routine returns to: the thread ends.  Runs on the engine's
 * stack, so the guest stack and TLS can go before the engine unwinds. */
long ilm_thread_return(struct dz_call *c)
{
    struct ilm_tcb tcb = *ilm_tcb(c->t);
    if (tcb.stack_base)
        munmap((void *)tcb.stack_base, tcb.stack_size);
    if (tcb.area_base)
        munmap((void *)tcb.area_base, tcb.area_size);
    c->t->guest_fs = 0;
    dz_exit_thread();
}

/* pthread_t pthread_self(void) */
long ilm_pthread_self(struct dz_call *c)
{
    return c->t->tid;
}

/* pthread_kill(pthread_t thread, int sig): the errno is returned */
long ilm_pthread_kill(struct dz_call *c)
{
    int lsig;
    long r = dz_bsd_sig_in(c->t, AI(1), &lsig);
    if (r)
        return r;
    return dz_sys(SYS_tgkill, dz_sys(SYS_getpid), (pid_t)AI(0), lsig);
}

/* void *malloc(size_t size): the host's allocator (same address space). */
long ilm_malloc(struct dz_call *c)
{
    void *p = malloc(A(0) ? A(0) : 1);
    return p ? (long)p : -ENOMEM;
}
