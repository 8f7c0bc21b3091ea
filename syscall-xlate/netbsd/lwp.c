/* NetBSD LWPs (sys/kern/sys_lwp.c): creation from a ucontext, identity,
 * exit, the TLS pointer, signals to one LWP, and the park/unpark pair Go's
 * semaphores sleep on.  An LWP is a host thread (dz_spawn_thread); its
 * lwpid is its Linux tid, so _lwp_kill needs no table.
 *
 * _lwp_park/_lwp_unpark: every LWP has a token word.  Unpark sets it and
 * wakes the word's futex; park consumes a set token at once (EALREADY, as
 * NetBSD answers for an unpark that came first) or sleeps on the futex
 * until one arrives, the timeout passes or a signal comes. */
#define _GNU_SOURCE
#include "syscall-xlate/netbsd/nbsd.h"
#include "syscall-xlate/engine/enter.h"
#include "abi/netbsd/convert.h"
#include <errno.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <time.h>

/* ---- park slots: never freed (a dead LWP's slot is reused if Linux
 * hands its tid out again), so an unpark racing with an exit touches
 * valid memory. */
struct park_slot {
    struct park_slot *next;
    pid_t tid;
    uint32_t token;          /* 1: an unpark is pending */
};
#define PARK_BUCKETS 256
static struct park_slot *_Atomic park_table[PARK_BUCKETS];
static pthread_mutex_t park_lock = PTHREAD_MUTEX_INITIALIZER;

static struct park_slot *park_find(pid_t tid)
{
    struct park_slot *s = atomic_load_explicit(&park_table[(unsigned)tid % PARK_BUCKETS], memory_order_acquire);
    for (; s; s = s->next)
        if (s->tid == tid)
            return s;
    return NULL;
}

void nbsd_lwp_register(pid_t tid)
{
    pthread_mutex_lock(&park_lock);
    struct park_slot *s = park_find(tid);
    if (s) {
        __atomic_store_n(&s->token, 0, __ATOMIC_RELAXED);
    } else if ((s = calloc(1, sizeof *s)) != NULL) {
        unsigned b = (unsigned)tid % PARK_BUCKETS;
        s->tid = tid;
        s->next = atomic_load_explicit(&park_table[b], memory_order_relaxed);
        atomic_store_explicit(&park_table[b], s, memory_order_release);
    }
    pthread_mutex_unlock(&park_lock);
}

static long unpark(pid_t target)
{
    struct park_slot *s = park_find(target);
    if (!s)
        return -ESRCH;
    __atomic_store_n(&s->token, 1, __ATOMIC_RELEASE);
    dz_sys(SYS_futex, &s->token, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0);
    return 0;
}

/* ___lwp_park60(clockid_t clock_id, int flags, struct timespec *ts,
 *               lwpid_t unpark, const void *hint, const void *unparkhint): 478 */
long nbsd_lwp_park(struct dz_call *c)
{
    struct park_slot *me = park_find(c->t->tid);
    if (!me) {
        nbsd_lwp_register(c->t->tid);   /* a fork child: a new tid */
        if (!(me = park_find(c->t->tid)))
            return -ENOMEM;
    }
    if (AI(3))
        unpark((pid_t)AI(3));           /* "unpark, then park": errors ignored, as NetBSD */
    struct timespec ts, *tsp = NULL;
    int op = FUTEX_WAIT_PRIVATE;
    uint32_t bitset = 0;
    if (A(2)) {
        struct nbsd_timespec t;
        if (dz_copy_in(&t, A(2), sizeof t) != 0)
            return -EFAULT;
        if (t.tv_sec < 0 || t.tv_nsec < 0 || t.tv_nsec >= 1000000000)
            return -EINVAL;
        int64_t clk;
        if (dz_val_to_host(nbsd_bsd_abi.clock_ids, AI(0), &clk) != 0)
            return -EINVAL;
        ts = (struct timespec){ t.tv_sec, t.tv_nsec };
        tsp = &ts;
        if (AI(1) & NBSD_TIMER_ABSTIME) {
            /* Absolute deadlines need the bitset wait; it reads the
             * monotonic clock unless told otherwise. */
            op = FUTEX_WAIT_BITSET_PRIVATE | (clk == CLOCK_REALTIME ? FUTEX_CLOCK_REALTIME : 0);
            bitset = FUTEX_BITSET_MATCH_ANY;
        }
    }
    if (__atomic_exchange_n(&me->token, 0, __ATOMIC_ACQUIRE))
        return -EALREADY;
    long r = dz_bsys(SYS_futex, &me->token, op, 0, tsp, 0, bitset);
    if (__atomic_exchange_n(&me->token, 0, __ATOMIC_ACQUIRE))
        return 0;                        /* unparked (even if the timeout raced it) */
    if (r == -ETIMEDOUT)
        return -ETIMEDOUT;
    if (r == -EINTR)
        return DZ_GUEST_ERR(NBSD_EINTR); /* a park is never restarted */
    return 0;                            /* spurious: the caller re-checks its condition */
}

/* _lwp_unpark(lwpid_t target, const void *hint): 321 */
long nbsd_lwp_unpark(struct dz_call *c) { return unpark((pid_t)AI(0)); }

/* _lwp_unpark_all(const lwpid_t *targets, size_t ntargets, const void *hint): 322.
 * NULL targets asks for the most one call takes (NetBSD's LWP_UNPARK_MAX). */
long nbsd_lwp_unpark_all(struct dz_call *c)
{
    enum { UNPARK_MAX = 1024 };
    if (!A(0))
        return UNPARK_MAX;
    if (A(1) > UNPARK_MAX)
        return -EINVAL;
    int32_t ids[UNPARK_MAX];
    if (dz_copy_in(ids, A(0), (size_t)A(1) * sizeof ids[0]) != 0)
        return -EFAULT;
    long woken = 0;
    for (size_t i = 0; i < (size_t)A(1); i++)
        if (unpark(ids[i]) == 0)
            woken++;
    return woken;
}

/* _lwp_wakeup(lwpid_t target): 315 */
long nbsd_lwp_wakeup(struct dz_call *c) { return unpark((pid_t)AI(0)); }

/* _lwp_create(const ucontext_t *ucp, u_long flags, lwpid_t *new_lwp): 309.
 * The new LWP starts with every general register from uc_mcontext (Go
 * passes m, g and its start function in R8, R9, R12), the mask from
 * uc_sigmask and the TLS base from _mc_tlsbase when the flags say so. */
long nbsd_lwp_create(struct dz_call *c)
{
    struct nbsd_ucontext uc;
    if (dz_copy_in(&uc, A(0), sizeof uc) != 0)
        return -EFAULT;
    if (A(1) & NBSD_LWP_SUSPENDED)
        return -EINVAL;                  /* see the master note */
    if (!(uc.uc_flags & NBSD_UC_CPU))
        return -EINVAL;
    const uint64_t *g = uc.uc_mcontext.gregs;
    struct dz_regs r = {
        .rax = g[NBSD_REG_RAX], .rbx = g[NBSD_REG_RBX], .rcx = g[NBSD_REG_RCX], .rdx = g[NBSD_REG_RDX],
        .rsi = g[NBSD_REG_RSI], .rdi = g[NBSD_REG_RDI], .rbp = g[NBSD_REG_RBP], .rsp = g[NBSD_REG_RSP],
        .r8 = g[NBSD_REG_R8], .r9 = g[NBSD_REG_R9], .r10 = g[NBSD_REG_R10], .r11 = g[NBSD_REG_R11],
        .r12 = g[NBSD_REG_R12], .r13 = g[NBSD_REG_R13], .r14 = g[NBSD_REG_R14], .r15 = g[NBSD_REG_R15],
        .rip = g[NBSD_REG_RIP],
    };
    uint64_t fs = (uc.uc_flags & NBSD_UC_TLSBASE) ? uc.uc_mcontext.mc_tlsbase : c->t->guest_fs;
    struct dz_sigset128 mask = *dz_bsd_mask(c->t);
    if (uc.uc_flags & NBSD_UC_SIGMASK)
        memcpy(&mask, &uc.uc_sigmask, sizeof mask);
    /* The new thread's nbsd_thread_init picks the mask up from here. */
    memcpy(&c->t->pers_state[NBSD_SPAWN_MASK_SLOT], &mask, sizeof mask);
    c->t->pers_state[NBSD_SPAWN_MASK_SET] = 1;
    pid_t tid;
    long e = dz_spawn_thread(&r, fs, dz_bsd_sigset_to_linux(c->t, &mask), &tid);
    c->t->pers_state[NBSD_SPAWN_MASK_SET] = 0;
    if (e)
        return e;
    int32_t id = tid;
    if (A(2) && dz_copy_out(A(2), &id, sizeof id) != 0)
        return -EFAULT;
    return 0;
}

/* _lwp_exit(void): 310 */
long nbsd_lwp_exit(struct dz_call *c) { dz_exit_thread(); }

/* _lwp_self(void): 311 */
long nbsd_lwp_self(struct dz_call *c) { return c->t->tid; }

/* _lwp_getprivate(void): 316 / _lwp_setprivate(void *ptr): 317.  On amd64
 * the LWP private pointer is the FS base; the engine loads it on the way
 * back to the guest. */
long nbsd_lwp_getprivate(struct dz_call *c) { return (long)c->t->guest_fs; }
long nbsd_lwp_setprivate(struct dz_call *c)
{
    c->t->guest_fs = A(0);
    return 0;
}

/* _lwp_kill(lwpid_t target, int signo): 318 */
long nbsd_lwp_kill(struct dz_call *c)
{
    int lsig;
    long r = dz_bsd_sig_in(c->t, AI(1), &lsig);
    return r ? r : dz_sys(SYS_tgkill, dz_sys(SYS_getpid), AI(0), lsig);
}

/* _lwp_detach(lwpid_t target): 319 */
long nbsd_lwp_detach(struct dz_call *c)
{
    long r = dz_sys(SYS_tgkill, dz_sys(SYS_getpid), AI(0), 0);
    return r < 0 ? r : 0;
}

/* _lwp_setname(lwpid_t target, const char *name): 323 (0 = the caller) */
long nbsd_lwp_setname(struct dz_call *c)
{
    /* NetBSD copies the name in first: NULL is EFAULT (FreeBSD's
     * thr_set_name takes NULL as "no name", dz_name_self's meaning). */
    if (!A(1))
        return -EFAULT;
    if (AI(0) != 0 && AI(0) != c->t->tid) {
        /* Another LWP: Linux can name only the caller; it must exist. */
        long r = dz_sys(SYS_tgkill, dz_sys(SYS_getpid), AI(0), 0);
        return r < 0 ? r : 0;
    }
    return dz_name_self(A(1));
}

/* _lwp_getname(lwpid_t target, char *name, size_t len): 324 */
long nbsd_lwp_getname(struct dz_call *c)
{
    char name[16] = { 0 };
    if (AI(0) != 0 && AI(0) != c->t->tid)
        return -ESRCH;
    long r = dz_sys(SYS_prctl, PR_GET_NAME, name);
    if (r < 0)
        return r;
    size_t n = strlen(name) + 1;
    if (A(2) < n)
        n = (size_t)A(2);
    if (n && dz_copy_out(A(1), name, n) != 0)
        return -EFAULT;
    return 0;
}
