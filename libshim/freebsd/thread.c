/* libthr as a Rust program uses it: pthread_create and attributes, the
 * stack queries Rust's guard-page code makes (pthread_attr_get_np,
 * getstack, getguardsize), keys, names, thread ids; and the per-thread
 * static TLS + TCB that rtld and libthr make (abi/freebsd/tcb.h).
 *
 * A new thread is a host thread made by the engine (dz_spawn_thread: its
 * own engine state, SUD armed, the creator's signal mask); it starts at
 * the start routine on a stack we map, FS = its TCB, with a return
 * address that ends it with the routine's value (pthread_exit).
 *
 * Joining: the record (in the thread's TLS area) outlives the thread
 * until it is joined or detached; join_state says who unmaps the area,
 * and is the futex word pthread_join sleeps on. */
#define _GNU_SOURCE
#include "libshim/common/attr.h"
#include "libshim/freebsd/fbl.h"
#include "abi/freebsd/signal.h"
#include "syscall-xlate/engine/enter.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/futex.h>
#include <sys/mman.h>

/* libthr's defaults (thr_init.c): THR_STACK_DEFAULT 2 MiB on 64-bit
 * machines, one guard page. */
#define DEFAULT_STACK (2UL << 20)
#define MIN_STACK (16 * 1024)
#define GUARD 4096UL

int fbl_tls_new(const struct fbsd_tls_image *img, struct fbsd_thread_rec *rec, uint64_t *tp)
{
    size_t tcb_off, size = fbsd_tls_area_size(img, &tcb_off);
    size = (size + 4095) & ~4095UL;
    void *area = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (area == MAP_FAILED)
        return -ENOMEM;
    *tp = fbsd_tls_area_init(area, img, tcb_off);
    rec->area_base = (uint64_t)area;
    rec->area_size = size;
    struct fbsd_thread_rec *dst = (struct fbsd_thread_rec *)(*tp + sizeof(struct fbsd_tcb));
    memcpy(rec->dtv, dst->dtv, sizeof rec->dtv);   /* the DTV the layout made */
    memcpy(dst, rec, sizeof *rec);
    return 0;
}

uint64_t fbl_linux_mask(struct dz_thread *t)
{
    struct fbsd_sigset s;
    memcpy(&s, dz_bsd_mask(t), sizeof s);
    return fbsd_sigset_to_linux(&s);
}

/* pthread_attr_t: libshim/common/attr.c, with FreeBSD's defaults.  libthr
 * answers EINVAL for the NULL pointers it checks (attr, *attr, the result
 * pointers); only pthread_attr_init stores through its argument unchecked.
 * A bad non-NULL pointer faults (attr.c). */
long fbl_attr_init(struct dz_call *c) { return dz_lib_attr_init(A(0), DEFAULT_STACK, GUARD, 0); }

long fbl_attr_destroy(struct dz_call *c) { return A(0) ? dz_lib_attr_destroy(A(0)) : -EINVAL; }

long fbl_attr_setstacksize(struct dz_call *c)
{
    return A(0) ? dz_lib_attr_setstacksize(A(0), A(1), MIN_STACK, 0) : -EINVAL;
}

/* pthread_attr_getstack(attr, void **addr, size_t *size): the lowest address. */
long fbl_attr_getstack(struct dz_call *c)
{
    return A(0) && A(1) && A(2) ? dz_lib_attr_getstack(A(0), A(1), A(2)) : -EINVAL;
}

long fbl_attr_getguardsize(struct dz_call *c)
{
    struct dz_lib_attr *a;
    if (!A(0) || !A(1))
        return -EINVAL;
    long r = dz_lib_attr_of(A(0), &a);
    if (r)
        return r;
    return dz_lib_store(A(1), &a->guardsize, 8);
}

/* pthread_attr_get_np(pthread_t thread, pthread_attr_t *attr): the
 * thread's stack into an initialised attr.  pthread_t is the record. */
long fbl_attr_get_np(struct dz_call *c)
{
    struct dz_lib_attr *a;
    if (!A(1))
        return -EINVAL;
    long r = dz_lib_attr_of(A(1), &a);
    if (r)
        return r;
    const struct fbsd_thread_rec *rec = (const struct fbsd_thread_rec *)A(0);
    if (!rec)
        return -ESRCH;
    a->stackaddr = rec->stack_base;
    a->stacksize = rec->stack_size;
    a->guardsize = rec->guard_size;
    return 0;
}

/* pthread_create(pthread_t *thread, const pthread_attr_t *attr,
 *                void *(*start_routine)(void *), void *arg) */
long fbl_pthread_create(struct dz_call *c)
{
    uint64_t stacksize = DEFAULT_STACK, guard = GUARD;
    if (A(1)) {
        struct dz_lib_attr *a;
        long r = dz_lib_attr_of(A(1), &a);
        if (r)
            return r;
        stacksize = (a->stacksize + 4095) & ~4095UL;
        guard = (a->guardsize + 4095) & ~4095UL;
    }
    void *stk = mmap(NULL, stacksize + guard, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK | MAP_NORESERVE, -1, 0);
    if (stk == MAP_FAILED)
        return -EAGAIN;
    if (guard)
        mprotect(stk, guard, PROT_NONE);
    struct fbsd_thread_rec rec = {
        .stack_base = (uint64_t)stk + guard, .stack_size = stacksize, .guard_size = guard,
        .map_base = (uint64_t)stk, .map_size = stacksize + guard,
    };
    uint64_t tp;
    if (fbl_tls_new(&fbl_tls_image, &rec, &tp) != 0) {
        munmap(stk, stacksize + guard);
        return -EAGAIN;
    }
    /* Entered as if called: rsp 8 below a 16-byte boundary (the SysV
     * entry alignment compiled code relies on), holding the address whose
     * return ends the thread. */
    uint64_t sp = (((uint64_t)stk + stacksize + guard) & ~15UL) - 16 - 8;
    *(uint64_t *)(sp + 8) = 0;
    *(uint64_t *)sp = (uint64_t)dz_fbl_thread_start_return;
    struct dz_regs r = { .rip = A(2), .rdi = A(3), .rsp = sp };
    uint64_t self = tp + sizeof(struct fbsd_tcb);
    /* pthread_t before the thread runs: it may read it at once. */
    if (A(0))
        dz_copy_out(A(0), &self, sizeof self);
    pid_t tid = 0;
    long e = dz_spawn_thread(&r, tp, fbl_linux_mask(c->t), &tid);
    if (e < 0) {
        munmap((void *)rec.area_base, rec.area_size);
        munmap(stk, stacksize + guard);
        return e == -ENOMEM ? -EAGAIN : e;
    }
    return 0;
}

static void free_area(struct fbsd_thread_rec *r)
{
    uint64_t base = r->area_base, size = r->area_size;
    if (base)
        munmap((void *)base, size);
}

/* pthread_detach(thread): a thread that has ended already is freed now. */
long fbl_pthread_detach(struct dz_call *c)
{
    struct fbsd_thread_rec *r = (struct fbsd_thread_rec *)A(0);
    if (!r)
        return -ESRCH;
    uint32_t st = FBSD_JOIN_RUNNING;
    if (__atomic_compare_exchange_n(&r->join_state, &st, FBSD_JOIN_DETACHED, 0, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE))
        return 0;
    if (st == FBSD_JOIN_EXITED) {
        free_area(r);
        return 0;
    }
    return -EINVAL;
}

/* pthread_join(thread, void **value): sleeps until the thread has ended
 * (a guest signal interrupts the sleep, not the join), then frees it. */
long fbl_pthread_join(struct dz_call *c)
{
    struct fbsd_thread_rec *r = (struct fbsd_thread_rec *)A(0);
    if (!r)
        return -ESRCH;
    if (r == fbl_rec(c->t))
        return -EDEADLK;
    uint32_t st;
    while ((st = __atomic_load_n(&r->join_state, __ATOMIC_ACQUIRE)) == FBSD_JOIN_RUNNING)
        dz_lib_bsys(SYS_futex, (long)&r->join_state, FUTEX_WAIT_PRIVATE, FBSD_JOIN_RUNNING, 0, 0, 0);
    if (st != FBSD_JOIN_EXITED)
        return -EINVAL;
    uint64_t v = r->retval;
    free_area(r);
    if (A(1) && dz_copy_out(A(1), &v, sizeof v) != 0)
        return -EFAULT;
    return 0;
}

/* The end of a thread, after pthread_exit (start.S) ran its key
 * destructors: A(0) is its value.  Runs on the engine's stack, so the guest stack can go
 * at once; the TLS area with the record stays for a joiner unless the
 * thread is detached.  The main thread's stack and area are not ours to
 * free. */
long fbl_thread_end(struct dz_call *c)
{
    struct fbsd_thread_rec *r = fbl_rec(c->t);
    if (r->map_base)
        munmap((void *)r->map_base, r->map_size);
    r->map_base = 0;
    c->t->guest_fs = 0;
    r->retval = A(0);
    uint32_t st = FBSD_JOIN_RUNNING;
    if (__atomic_compare_exchange_n(&r->join_state, &st, FBSD_JOIN_EXITED, 0, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE))
        dz_sys(SYS_futex, &r->join_state, FUTEX_WAKE_PRIVATE, INT32_MAX);   /* r may be gone now */
    else
        free_area(r);
    dz_exit_thread();
}

long fbl_getthreadid(struct dz_call *c)
{
    return c->t->tid;
}

/* pthread_setname_np(pthread_t, const char *): the calling thread's. */
long fbl_setname(struct dz_call *c)
{
    if (A(0) != c->t->guest_fs + sizeof(struct fbsd_tcb))
        return 0;
    long r = dz_name_self(A(1));
    return r < 0 ? r : 0;
}

/* ---- keys: values per thread in the record; destructors run at thread exit ---- */
static uint64_t key_dtor[FBSD_KEYS_MAX];
static uint8_t key_used[FBSD_KEYS_MAX];

/* PTHREAD_DESTRUCTOR_ITERATIONS: passes over the keys at thread exit, as
 * destructors may set values again. */
#define DTOR_PASSES 4

/* The next destructor pthread_exit runs (start.S): the first key with a
 * destructor and a value, whose value is cleared first (POSIX); its
 * {fn, value} in the record, or 0 when none is left. */
long fbl_next_dtor(struct dz_call *c)
{
    struct fbsd_thread_rec *r = fbl_rec(c->t);
    if (r->dtor_calls >= DTOR_PASSES * FBSD_KEYS_MAX)
        return 0;
    for (int k = 0; k < FBSD_KEYS_MAX; k++) {
        uint64_t fn = key_dtor[k], v = r->specific[k];
        if (!v || !fn || !__atomic_load_n(&key_used[k], __ATOMIC_ACQUIRE))
            continue;
        r->specific[k] = 0;
        r->dtor_call[0] = fn, r->dtor_call[1] = v;
        r->dtor_calls++;
        return (long)r->dtor_call;
    }
    return 0;
}

long fbl_key_create(struct dz_call *c)
{
    for (int32_t k = 0; k < FBSD_KEYS_MAX; k++) {
        uint8_t zero = 0;
        if (__atomic_compare_exchange_n(&key_used[k], &zero, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
            key_dtor[k] = A(1);
            if (dz_copy_out(A(0), &k, sizeof k) != 0) {
                __atomic_store_n(&key_used[k], 0, __ATOMIC_RELEASE);
                return -EFAULT;
            }
            return 0;
        }
    }
    return -EAGAIN;
}

long fbl_key_delete(struct dz_call *c)
{
    if (AI(0) < 0 || AI(0) >= FBSD_KEYS_MAX || !key_used[AI(0)])
        return -EINVAL;
    __atomic_store_n(&key_used[AI(0)], 0, __ATOMIC_RELEASE);
    return 0;
}

long fbl_setspecific(struct dz_call *c)
{
    if (AI(0) < 0 || AI(0) >= FBSD_KEYS_MAX || !key_used[AI(0)])
        return -EINVAL;
    fbl_rec(c->t)->specific[AI(0)] = A(1);
    return 0;
}

long fbl_getspecific(struct dz_call *c)
{
    if (AI(0) < 0 || AI(0) >= FBSD_KEYS_MAX)
        return 0;
    return (long)fbl_rec(c->t)->specific[AI(0)];
}
