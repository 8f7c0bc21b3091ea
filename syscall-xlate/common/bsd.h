/* What the shared BSD handlers need to know about one BSD: its flag and
 * value tables, its structure conversions and a few single values.  A
 * personality whose raw system calls have BSD meanings (FreeBSD, NetBSD)
 * points its descriptor's `bsd` field at one of these, and the dz_* handlers
 * in this directory read it through c->t->pers->bsd; they never ask which
 * BSD they serve.
 *
 * Conventions: tables are abi/ tables (guest <-> Linux); a conversion is a
 * pure abi/ function adapted to `void *` for the guest side (the guest
 * buffer is a local copy, any alignment); sizes are the guest's.  Signal
 * numbers go through the descriptor's sig_to_linux / sig_from_linux. */
#ifndef DZ_COMMON_BSD_H
#define DZ_COMMON_BSD_H
#include <stddef.h>
#include <stdint.h>
#include <ucontext.h>
#include "abi/common/flagtab.h"
#include "abi/common/kevent.h"
#include "abi/linux/types.h"
#include "syscall-xlate/engine/call.h"
#include "syscall-xlate/engine/personality.h"
#include "syscall-xlate/engine/thread.h"

/* A BSD signal set: 128 signals, signal n is bit n-1 of a 32-bit word
 * (FreeBSD and NetBSD sigset_t). */
struct dz_sigset128 {
    uint32_t bits[4];
};

/* A guest struct sigaction, field by field (every BSD orders them its own
 * way; SA_* flag values are the same on FreeBSD and NetBSD and are the
 * engine's DZ_SA_* values). */
struct dz_bsd_sigaction {
    uint64_t handler;
    uint32_t flags;
    struct dz_sigset128 mask;
};

/* The BSD stack_t: {sp, size, flags}, SS_ONSTACK 1, SS_DISABLE 4 on every
 * BSD (Linux orders it sp, flags, size). */
struct dz_bsd_stack {
    uint64_t ss_sp;
    uint64_t ss_size;
    int32_t ss_flags;
    int32_t ss_pad;
};
_Static_assert(sizeof(struct dz_bsd_stack) == 24, "BSD stack_t");
#define DZ_BSD_SS_ONSTACK 1
#define DZ_BSD_SS_DISABLE 4

/* One guest struct kevent layout and its conversions to the neutral one. */
struct dz_kevent_abi {
    size_t size;
    void (*in)(struct dz_kevent *dst, const void *guest);
    void (*out)(void *guest, const struct dz_kevent *src);
};

struct dz_bsd_abi {
    /* ---- flag words (guest -> Linux, and back where noted) ---- */
    const struct dz_flagtab *open_flags;    /* open/openat, fcntl F_GETFL/F_SETFL, pipe2, dup3 */
    const struct dz_flagtab *at_flags;      /* AT_* of the *at calls */
    const struct dz_flagtab *mmap_flags;    /* MAP_* */
    const struct dz_flagtab *wait_options;  /* wait4 W* */
    const struct dz_flagtab *sock_flags;    /* SOCK_CLOEXEC/NONBLOCK bits of a type, accept4 */
    const struct dz_flagtab *msg_flags;     /* MSG_* */

    /* ---- enumerated values ---- */
    const struct dz_valtab *fcntl_cmds;     /* commands with a Linux twin of the same argument */
    const struct dz_valtab *clock_ids;
    const struct dz_valtab *rlimit_res;
    const struct dz_valtab *madvise;        /* host < 0: advice with nothing to do on Linux */
    const struct dz_valtab *af;             /* address families */
    const struct dz_valtab *sock_types;
    const struct dz_valtab *sockopt_levels;
    const struct dz_valtab *so_opts, *tcp_opts, *ip_opts, *ipv6_opts;

    /* ---- single values ---- */
    uint32_t o_shlock, o_exlock, o_nonblock;   /* open-time flock request */
    uint32_t map_guard;                        /* FreeBSD MAP_GUARD; 0 if none */
    int64_t utime_now, utime_omit;             /* utimensat tv_nsec markers */
    int nsig;                                  /* highest guest signal number */
    uint32_t minsigstksz;
    int so_nosigpipe;                          /* SOL_SOCKET option handled as a no-op; 0 if none */
    uint32_t msg_ctrunc;
    /* Control messages: the cmsghdr alignment (0: 8, every BSD; illumos
     * aligns to 4, its data at 12) and the SOL_SOCKET message types
     * (NULL: Linux's numbers, SCM_RIGHTS 1; illumos SCM_RIGHTS 0x1010). */
    uint8_t cmsg_align;
    const struct dz_valtab *scm_types;
    /* IPv6 sockets never carry IPv4 (OpenBSD: no IPv4-mapped addresses):
     * every AF_INET6 socket is IPV6_V6ONLY, and clearing it is EINVAL. */
    uint8_t v6only_always;
    /* Guest errno for O_NOFOLLOW on a symlink (FreeBSD EMLINK, NetBSD
     * EFTYPE); 0 keeps Linux's ELOOP (OpenBSD's answer too). */
    int nofollow_gerrno;
    /* The wait status of a continued child: FreeBSD 0x13, others 0xffff
     * (Linux's); WIFCONTINUED compares the whole status with it. */
    int wcontinued;
    /* struct timeval's tv_usec is a 32-bit int followed by padding
     * (NetBSD's suseconds_t); FreeBSD's is a long, as Linux's. */
    uint8_t timeval_usec32;

    /* fcntl commands the table does not hold (F_DUP2FD, F_CLOSEM, ...):
     * their result, or -EINVAL for a command the guest OS does not have. */
    long (*fcntl_other)(struct dz_call *c);

    /* ---- structures ---- */
    size_t stat_size;
    void (*stat_out)(void *dst, const struct lx_stat *src);
    /* One directory record for src at dst (any alignment); its length, or
     * 0 if it does not fit in room. */
    size_t (*dirent_out)(void *dst, size_t room, const struct lx_dirent64 *src);
    size_t flock_size;
    void (*flock_in)(struct lx_flock *dst, const void *src);
    void (*flock_out)(void *dst, const struct lx_flock *src);
    size_t rlimit_size;
    void (*rlimit_in)(struct lx_rlimit *dst, const void *src);
    void (*rlimit_out)(void *dst, const struct lx_rlimit *src);
    struct dz_kevent_abi kevent;            /* the current kevent call's struct */
    size_t sigaction_size;
    void (*sigaction_in)(struct dz_bsd_sigaction *dst, const void *src);
    void (*sigaction_out)(void *dst, const struct dz_bsd_sigaction *src);
    /* Guest sockaddr <-> Linux (abi/<os>/sockaddr.c conventions). */
    int (*sockaddr_in)(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen);
    int (*sockaddr_out)(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen);
};

static inline const struct dz_bsd_abi *dz_bsd(const struct dz_call *c)
{
    return c->t->pers->bsd;
}

/* ---- the guest's signal mask (signal.c) ----
 * All 128 guest bits, including signals Linux has no number for, live in
 * the thread's personality state; the Linux part also lives in the trapped
 * context (a sigprocmask inside SIGSYS would be undone by rt_sigreturn). */
#define DZ_BSD_MASK_SLOT 0      /* pers_state[0..1] */
static inline struct dz_sigset128 *dz_bsd_mask(struct dz_thread *t)
{
    _Static_assert(sizeof(struct dz_sigset128) <= 2 * sizeof t->pers_state[0], "pers_state slot");
    return (struct dz_sigset128 *)&t->pers_state[DZ_BSD_MASK_SLOT];
}
/* sigaltstack for a guest whose stack pointer is sp (signal.c). */
long dz_bsd_sigaltstack(struct dz_call *c, uint64_t sp);
void dz_bsd_set_mask(struct dz_thread *t, ucontext_t *uc, const struct dz_sigset128 *m);
/* thread_init for a BSD descriptor: the creator's state, or the mask
 * inherited across exec for the first thread. */
void dz_bsd_thread_init(struct dz_thread *t, const struct dz_thread *parent);
uint64_t dz_bsd_sigset_to_linux(const struct dz_thread *t, const struct dz_sigset128 *s);
void dz_bsd_sigset_from_linux(const struct dz_thread *t, struct dz_sigset128 *dst, uint64_t lset);
/* The mask a handler for guest signal gsig runs with (its sa_mask and,
 * unless SA_NODEFER, the signal itself added to the current one). */
void dz_bsd_handler_mask(struct dz_thread *t, int gsig, const struct dz_gsigaction *act,
                         struct dz_sigset128 *out);
/* Guest signal number -> Linux; 0 stays 0.  -EINVAL if it has none. */
long dz_bsd_sig_in(const struct dz_thread *t, int gsig, int *lsig);
/* The guest's view of its virtual sigaltstack at stack pointer sp. */
int dz_bsd_onstack(const struct dz_thread *t, uint64_t sp);
void dz_bsd_stack_get(const struct dz_thread *t, uint64_t sp, struct dz_bsd_stack *out);
/* Where a signal frame goes: the top of the virtual altstack for an
 * SA_ONSTACK handler not already on it, else below the red zone under sp.
 * *onstack tells whether the handler will run on the altstack. */
uint64_t dz_bsd_signal_sp(const struct dz_thread *t, uint64_t sp, const struct dz_gsigaction *act, int *onstack);

/* sigaction with the trampoline the handler returns to (NetBSD's
 * __sigaction_sigtramp; 0 for a BSD whose kernel supplies it). */
long dz_bsd_sigaction(struct dz_call *c, uint64_t tramp);

/* ---- shared helpers of other families ---- */
/* A Linux wait status with the signal numbers in the guest's numbering. */
int dz_bsd_wait_status(const struct dz_thread *t, int linux_status);
/* kevent(2) with an explicit guest struct layout (FreeBSD keeps a second,
 * older one). */
long dz_kevent_with(struct dz_call *c, const struct dz_kevent_abi *k);
/* The directory-reading loop behind getdirentries/getdents: fills the
 * guest buffer at gbuf (count bytes) with records from fd; *base (if not
 * NULL) receives the directory offset before the call. */
long dz_bsd_read_dirents(struct dz_call *c, int fd, uint64_t gbuf, size_t count, long *base);
/* Copy in n guest struct timevals in the Linux layout (tv_usec widened
 * from 32 bits where the guest's is an int).  0 or -EFAULT. */
long dz_bsd_timeval_in(struct dz_call *c, uint64_t g, struct lx_timeval *tv, size_t n);
/* posix_fallocate / posix_fadvise, which return the error number as their
 * value (NetBSD passes the offset after a pad: its handlers call these). */
long dz_bsd_fallocate(struct dz_call *c, int fd, int64_t off, int64_t len);
long dz_bsd_fadvise(struct dz_call *c, int fd, int64_t off, int64_t len, int advice);
/* accept with Linux accept4 flags (NetBSD's paccept adds a sigmask). */
long dz_bsd_accept(struct dz_call *c, long flags);
/* mmap with the offset given explicitly (NetBSD passes it after a pad). */
long dz_bsd_mmap(struct dz_call *c, uint64_t off);

#endif
