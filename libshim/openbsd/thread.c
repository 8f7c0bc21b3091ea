/* OpenBSD threads: librthread's pthread_create and attributes as Go uses
 * them (runtime/os_openbsd_libc.go newosproc), getthrid and the
 * per-thread static TLS + TIB (abi/openbsd/tib.c) that stands in for
 * ld.so's and librthread's.
 *
 * A new thread is a host thread made by the engine (dz_spawn_thread: its
 * own engine state, SUD armed, the creator's signal mask); it starts at
 * the guest's start routine on a stack we map, with FS = its own TIB, and
 * a return address that ends the thread (obsd_thread_return). */
#define _GNU_SOURCE
#include "libshim/common/attr.h"
#include "libshim/openbsd/obsd.h"
#include "abi/openbsd/convert.h"
#include "abi/openbsd/signal.h"
#include "syscall-xlate/engine/enter.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* librthread's default (RTHREAD_STACK_SIZE_DEF).  Go records the size it
 * is told in g0.stack.hi and derives the g0 bounds from its stack pointer
 * in mstart, so the stack really is this big; a guard page lies below. */
#define DEFAULT_STACK (256 * 1024)
#define MIN_STACK (16 * 1024)
#define GUARD 4096

/* The executable's TLS image, kept for every new thread. */
static struct obsd_tls_image tls_image;

/* pthread_attr_t: libshim/common/attr.c, with OpenBSD's defaults. */
long obsd_pthread_attr_init(struct dz_call *c) { return dz_lib_attr_init(A(0), DEFAULT_STACK, GUARD, 0); }

long obsd_pthread_attr_destroy(struct dz_call *c) { return dz_lib_attr_destroy(A(0)); }

long obsd_pthread_attr_getstacksize(struct dz_call *c) { return dz_lib_attr_getstacksize(A(0), A(1)); }

long obsd_pthread_attr_setstacksize(struct dz_call *c)
{
    return dz_lib_attr_setstacksize(A(0), A(1), MIN_STACK, 1);
}

long obsd_pthread_attr_getdetachstate(struct dz_call *c) { return dz_lib_attr_getdetachstate(A(0), A(1)); }

long obsd_pthread_attr_setdetachstate(struct dz_call *c)
{
    return dz_lib_attr_setdetachstate(A(0), AI(1), OBSD_PTHREAD_CREATE_DETACHED, OBSD_PTHREAD_CREATE_JOINABLE);
}

/* A thread's TLS area: [TLS block][TIB][struct obsd_thread_rec]. */
static uint64_t tls_new(struct obsd_thread_rec *rec, int32_t tid)
{
    size_t tib_off, size = obsd_tls_area_size(&tls_image, sizeof *rec, &tib_off);
    size = (size + 4095) & ~4095UL;
    void *area = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED)
        return 0;
    uint64_t tp = obsd_tls_area_init(area, &tls_image, tib_off, tid);
    rec->area_base = (uint64_t)area;
    rec->area_size = size;
    memcpy((void *)(tp + sizeof(struct obsd_tib)), rec, sizeof *rec);
    return tp;
}

int obsd_start(const struct dz_tls_image *tls, uint64_t *fs, char *err, size_t errlen)
{
    tls_image = (struct obsd_tls_image){ tls->init, tls->filesz, tls->memsz, tls->align };
    struct obsd_thread_rec rec = { 0 };
    *fs = tls_new(&rec, (int32_t)dz_sys(SYS_gettid));
    if (!*fs) {
        snprintf(err, errlen, "cannot map the main thread's TLS: %s", strerror(errno));
        return -1;
    }
    return 0;
}

/* pthread_create(pthread_t *thread, const pthread_attr_t *attr,
 *                void *(*start_routine)(void *), void *arg): the attributes
 * read first (a bad pointer faults, attr.c), the result stored last. */
long obsd_pthread_create(struct dz_call *c)
{
    size_t stacksize = DEFAULT_STACK;
    if (A(1)) {
        struct dz_lib_attr *a;
        long r = dz_lib_attr_of(A(1), &a);
        if (r)
            return r;
        stacksize = a->stacksize;
    }
    /* Threads always run detached here: nothing waits for their exit. */
    void *stk = mmap(NULL, stacksize + GUARD, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK | MAP_NORESERVE, -1, 0);
    if (stk == MAP_FAILED)
        return -EAGAIN;
    mprotect(stk, GUARD, PROT_NONE);
    struct obsd_thread_rec rec = { .stack_base = (uint64_t)stk, .stack_size = stacksize + GUARD };
    uint64_t tp = tls_new(&rec, 0);
    if (!tp) {
        munmap(stk, stacksize + GUARD);
        return -EAGAIN;
    }
    /* The start routine is entered as if called: rsp 8 below a 16-byte
     * boundary, holding the address its return ends the thread at. */
    uint64_t top = ((uint64_t)stk + stacksize + GUARD) & ~15UL;
    uint64_t sp = top - 16;
    *(uint64_t *)(sp + 8) = 0;
    *(uint64_t *)sp = (uint64_t)dz_obsd_t__denizen_thread_return;
    struct dz_regs r = { .rip = A(2), .rdi = A(3), .rsp = sp };
    pid_t tid = 0;
    long e = dz_spawn_thread(&r, tp, obsd_sigset_to_linux(obsd_mask(c->t)), &tid);
    if (e < 0) {
        munmap((void *)rec.area_base, rec.area_size);
        munmap(stk, stacksize + GUARD);
        return e == -ENOMEM ? -EAGAIN : e;
    }
    /* The TIB is the child's from here on (it may even have ended and be
     * unmapped already): its tib_tid stays 0, getthrid answers instead.
     * pthread_t: a pointer, ours is the TIB, stored by librthread once the
     * thread runs, unchecked: a bad pointer (NULL too) faults then. */
    return dz_lib_store(A(0), &tp, sizeof tp);
}

/* Where a start routine returns to: the thread ends.  Runs on the engine's
 * stack, so the guest stack and TLS can go before the engine unwinds. */
long obsd_thread_return(struct dz_call *c)
{
    struct obsd_thread_rec rec = *obsd_rec(c->t);
    if (rec.stack_base)
        munmap((void *)rec.stack_base, rec.stack_size);
    if (rec.area_base)
        munmap((void *)rec.area_base, rec.area_size);
    c->t->guest_fs = 0;
    dz_exit_thread();
}

/* getthrid(void) */
long obsd_getthrid(struct dz_call *c)
{
    return c->t->tid;
}
