/* Signal calls shared by the BSDs: dispositions, the 128-bit mask, the
 * virtual sigaltstack, kill, sigpending, sigsuspend.  Dispositions live in
 * the engine (indexed by Linux number); the guest's own mask lives in the
 * thread's shadow and in the trapped context.  Struct layouts come from
 * the personality's dz_bsd_abi, signal numbers from its descriptor. */
#define _GNU_SOURCE
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include <errno.h>
#include <signal.h>
#include <string.h>

/* sigprocmask `how`: 1/2/3 on every BSD (Linux counts from 0). */
enum { BSD_SIG_BLOCK = 1, BSD_SIG_UNBLOCK = 2, BSD_SIG_SETMASK = 3 };
#define MAX_GSIG 128

uint64_t dz_bsd_sigset_to_linux(const struct dz_thread *t, const struct dz_sigset128 *s)
{
    uint64_t out = 0;
    for (int w = 0; w < 4; w++)
        for (uint32_t bits = s->bits[w]; bits; bits &= bits - 1) {
            int l = t->pers->sig_to_linux(w * 32 + __builtin_ctz(bits) + 1);
            if (l > 0 && l <= 64)
                out |= 1ULL << (l - 1);
        }
    return out;
}

void dz_bsd_sigset_from_linux(const struct dz_thread *t, struct dz_sigset128 *dst, uint64_t lset)
{
    *dst = (struct dz_sigset128){ { 0 } };
    for (; lset; lset &= lset - 1) {
        int g = t->pers->sig_from_linux(__builtin_ctzll(lset) + 1);
        if (g > 0 && g <= MAX_GSIG)
            dst->bits[(g - 1) / 32] |= 1U << ((g - 1) % 32);
    }
}

void dz_bsd_set_mask(struct dz_thread *t, ucontext_t *uc, const struct dz_sigset128 *m)
{
    *dz_bsd_mask(t) = *m;
    dz_uc_set_lmask(uc, dz_bsd_sigset_to_linux(t, m));
}

/* A new thread starts with its creator's state, mask included (thr_new,
 * and _lwp_create before its ucontext's mask is applied); the first thread
 * with the mask the process inherited across exec. */
void dz_bsd_thread_init(struct dz_thread *t, const struct dz_thread *parent)
{
    if (parent) {
        memcpy(t->pers_state, parent->pers_state, sizeof t->pers_state);
    } else {
        uint64_t cur = 0;
        dz_sys(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &cur, 8);
        dz_bsd_sigset_from_linux(t, dz_bsd_mask(t), cur);
    }
}

static void add_sig(struct dz_sigset128 *s, int g)
{
    if (g > 0 && g <= MAX_GSIG)
        s->bits[(g - 1) / 32] |= 1u << ((g - 1) % 32);
}

void dz_bsd_handler_mask(struct dz_thread *t, int gsig, const struct dz_gsigaction *act,
                         struct dz_sigset128 *out)
{
    *out = *dz_bsd_mask(t);
    for (int i = 0; i < 4; i++)
        out->bits[i] |= act->gmask[i];
    if (!(act->flags & DZ_SA_NODEFER))
        add_sig(out, gsig);
}

/* SIGKILL and SIGSTOP cannot be blocked. */
static void clear_unblockable(const struct dz_thread *t, struct dz_sigset128 *s)
{
    int k = t->pers->sig_from_linux(SIGKILL), st = t->pers->sig_from_linux(SIGSTOP);
    s->bits[(k - 1) / 32] &= ~(1u << ((k - 1) % 32));
    s->bits[(st - 1) / 32] &= ~(1u << ((st - 1) % 32));
}

long dz_bsd_sig_in(const struct dz_thread *t, int gsig, int *lsig)
{
    if (gsig == 0) {
        *lsig = 0;
        return 0;
    }
    if (gsig < 0 || gsig > t->pers->bsd->nsig || !(*lsig = t->pers->sig_to_linux(gsig)))
        return -EINVAL;
    return 0;
}

/* Dispositions of guest signals that Linux cannot carry: remembered so
 * sigaction(get) tells the truth, never delivered. */
static struct dz_bsd_sigaction unmapped[MAX_GSIG + 1];

/* sigaction(sig, act, oact), and NetBSD's __sigaction_sigtramp, which adds
 * the trampoline the handler returns to. */
long dz_bsd_sigaction(struct dz_call *c, uint64_t tramp)
{
    const struct dz_bsd_abi *b = dz_bsd(c);
    int gsig = AI(0);
    if (gsig <= 0 || gsig > b->nsig || gsig > MAX_GSIG)
        return -EINVAL;
    unsigned char gbuf[64];
    _Static_assert(sizeof gbuf >= 32, "guest sigaction buffer");
    struct dz_bsd_sigaction nact, oact;
    if (A(1)) {
        if (dz_copy_in(gbuf, A(1), b->sigaction_size) != 0)
            return -EFAULT;
        b->sigaction_in(&nact, gbuf);
    }
    int lsig = c->t->pers->sig_to_linux(gsig);
    if (!lsig) {
        oact = unmapped[gsig];
        if (A(1))
            unmapped[gsig] = nact;
    } else {
        struct dz_gsigaction old, neu;
        if (A(1)) {
            if (lsig == SIGKILL || lsig == SIGSTOP)
                return -EINVAL;
            neu = (struct dz_gsigaction){
                .handler = nact.handler,
                /* DZ_SA_* are the BSD SA_* values: kept as the guest gave them. */
                .flags = nact.flags,
                .lmask = dz_bsd_sigset_to_linux(c->t, &nact.mask),
                .tramp = tramp,
            };
            memcpy(neu.gmask, nact.mask.bits, sizeof neu.gmask);
        }
        long r = dz_sig_set_action(lsig, A(1) ? &neu : NULL, &old);
        if (r)
            return r;
        oact = (struct dz_bsd_sigaction){ .handler = old.handler, .flags = (uint32_t)old.flags };
        memcpy(oact.mask.bits, old.gmask, sizeof old.gmask);
    }
    if (A(2)) {
        memset(gbuf, 0, sizeof gbuf);
        b->sigaction_out(gbuf, &oact);
        if (dz_copy_out(A(2), gbuf, b->sigaction_size) != 0)
            return -EFAULT;
    }
    return 0;
}

/* sigaction(int sig, const struct sigaction *act, struct sigaction *oact) */
long dz_sigaction(struct dz_call *c) { return dz_bsd_sigaction(c, 0); }

/* sigprocmask(int how, const sigset_t *set, sigset_t *oset) */
long dz_sigprocmask(struct dz_call *c)
{
    struct dz_sigset128 old = *dz_bsd_mask(c->t), set, res;
    if (A(1)) {
        if (dz_copy_in(&set, A(1), sizeof set) != 0)
            return -EFAULT;
        for (int i = 0; i < 4; i++) {
            switch (AI(0)) {
            case BSD_SIG_BLOCK: res.bits[i] = old.bits[i] | set.bits[i]; break;
            case BSD_SIG_UNBLOCK: res.bits[i] = old.bits[i] & ~set.bits[i]; break;
            case BSD_SIG_SETMASK: res.bits[i] = set.bits[i]; break;
            default: return -EINVAL;
            }
        }
        clear_unblockable(c->t, &res);
        dz_bsd_set_mask(c->t, c->uc, &res);
    }
    if (A(2) && dz_copy_out(A(2), &old, sizeof old) != 0)
        return -EFAULT;
    return 0;
}

int dz_bsd_onstack(const struct dz_thread *t, uint64_t sp)
{
    return !(t->gss_flags & DZ_SS_DISABLE) && sp - t->gss_sp < t->gss_size;
}

uint64_t dz_bsd_signal_sp(const struct dz_thread *t, uint64_t sp, const struct dz_gsigaction *act, int *onstack)
{
    *onstack = dz_bsd_onstack(t, sp);
    if ((act->flags & DZ_SA_ONSTACK) && !(t->gss_flags & DZ_SS_DISABLE) && !*onstack) {
        *onstack = 1;
        return t->gss_sp + t->gss_size;
    }
    return sp - 128;   /* below the amd64 red zone */
}

void dz_bsd_stack_get(const struct dz_thread *t, uint64_t sp, struct dz_bsd_stack *out)
{
    *out = (struct dz_bsd_stack){
        .ss_sp = t->gss_sp, .ss_size = t->gss_size,
        .ss_flags = (t->gss_flags & DZ_SS_DISABLE) ? DZ_BSD_SS_DISABLE
                  : (dz_bsd_onstack(t, sp) ? DZ_BSD_SS_ONSTACK : 0),
    };
}

/* sigaltstack(const stack_t *ss, stack_t *oss).  Virtual: the host's real
 * altstack belongs to the engine; this one is used when the engine builds
 * a guest frame for an SA_ONSTACK handler. */
long dz_sigaltstack(struct dz_call *c)
{
    return dz_bsd_sigaltstack(c, (uint64_t)c->uc->uc_mcontext.gregs[REG_RSP]);
}

/* The work of sigaltstack, for a guest whose stack pointer is sp (from the
 * trapped context, or a library personality's call frame). */
long dz_bsd_sigaltstack(struct dz_call *c, uint64_t sp)
{
    struct dz_thread *t = c->t;
    struct dz_bsd_stack old;
    dz_bsd_stack_get(t, sp, &old);
    if (A(0)) {
        struct dz_bsd_stack ss;
        if (dz_copy_in(&ss, A(0), sizeof ss) != 0)
            return -EFAULT;
        if (old.ss_flags & DZ_BSD_SS_ONSTACK)
            return -EPERM;
        if (ss.ss_flags & ~DZ_BSD_SS_DISABLE)
            return -EINVAL;
        if (ss.ss_flags & DZ_BSD_SS_DISABLE) {
            t->gss_flags = DZ_SS_DISABLE;
        } else {
            if (ss.ss_size < dz_bsd(c)->minsigstksz)
                return -ENOMEM;
            t->gss_sp = ss.ss_sp;
            t->gss_size = ss.ss_size;
            t->gss_flags = 0;
        }
    }
    if (A(1) && dz_copy_out(A(1), &old, sizeof old) != 0)
        return -EFAULT;
    return 0;
}

/* kill(int pid, int signum) */
long dz_kill(struct dz_call *c)
{
    int lsig;
    long r = dz_bsd_sig_in(c->t, AI(1), &lsig);
    return r ? r : dz_sys(SYS_kill, AI(0), lsig);
}

/* sigpending(sigset_t *set) */
long dz_sigpending(struct dz_call *c)
{
    uint64_t lset = 0;
    long r = dz_sys(SYS_rt_sigpending, &lset, 8);
    if (r < 0)
        return r;
    struct dz_sigset128 s;
    dz_bsd_sigset_from_linux(c->t, &s, lset);
    return dz_copy_out(A(0), &s, sizeof s) ? -EFAULT : 0;
}

/* sigsuspend(const sigset_t *sigmask).  Waits with the given mask; the old
 * mask is back in place before the signal's frame is built, so the handler
 * returns to it, as the BSD kernels arrange (td_oldsigmask, l_sigoldmask). */
long dz_sigsuspend(struct dz_call *c)
{
    struct dz_sigset128 m, old = *dz_bsd_mask(c->t);
    if (dz_copy_in(&m, A(0), sizeof m) != 0)
        return -EFAULT;
    clear_unblockable(c->t, &m);
    dz_bsd_set_mask(c->t, c->uc, &m);
    long r;
    do
        r = dz_bsys(SYS_pause, 0, 0, 0, 0, 0, 0);
    while (!dz_is_eintr(r));
    dz_bsd_set_mask(c->t, c->uc, &old);
    return DZ_EINTR_NORESTART;
}
