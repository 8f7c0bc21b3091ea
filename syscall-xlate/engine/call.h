/* One handler signature for every translated system call.
 *
 * The dispatcher alone reads and writes guest registers, traces, and maps
 * errors: a handler gets the guest's arguments in guest order and returns a
 * value >= 0 on success or -LINUX_ERRNO on failure.  Three special returns
 * (below -4095, out of the errno range) cover the rest. */
#ifndef DZ_ENGINE_CALL_H
#define DZ_ENGINE_CALL_H
#include <stdint.h>
#include <ucontext.h>

struct dz_thread;

struct dz_call {
    uint64_t a[8];            /* arguments; a[6], a[7] come from the guest stack */
    long nr;
    struct dz_thread *t;
    ucontext_t *uc;           /* the trapped guest context (SIGSYS frame) */
    uint64_t rv2;             /* second result (rdx); preset to the guest's rdx */
    const struct dz_sysent *ent;
};

typedef long (*dz_handler)(struct dz_call *c);

/* Leave every register as the handler set it (sigreturn, setcontext). */
#define DZ_JUSTRETURN   (-0x20000L)
/* Re-execute the syscall instruction (BSD ERESTART). */
#define DZ_RESTART      (-0x20001L)
/* A library personality's export faults where the guest's own libc would
 * (libshim/common/libpers.h, dz_lib_segv): the guest gets SIGSEGV. */
#define DZ_LIB_SEGV     (-0x20002L)
/* A guest errno with no Linux counterpart: return DZ_GUEST_ERR(FBSD_EFTYPE). */
#define DZ_GUEST_ERR(e) (-0x10000L - (long)(e))
#define DZ_IS_GUEST_ERR(r) ((r) <= -0x10000L && (r) > -0x20000L)
/* A guest signal arrived before a blocking host call started (the
 * blocking window's pending check): the call had no effect, so the
 * dispatcher restarts it after the handler, whatever SA_RESTART says.
 * Linux's internal ERESTARTSYS number, which never reaches user space. */
#define DZ_EARLY_EINTR (-512L)
/* EINTR from a call a BSD kernel never restarts, whatever SA_RESTART says
 * (nanosleep, poll, select, kevent, sigsuspend, connect): returned as the
 * guest's EINTR (4 on every guest) so the dispatcher does not restart it. */
#define DZ_EINTR_NORESTART DZ_GUEST_ERR(4)
static inline long dz_norestart(long r)
{
    return r == -4 /* EINTR */ ? DZ_EINTR_NORESTART : r;
}
/* Any interruption of a blocking host call, early or not. */
static inline int dz_is_eintr(long r)
{
    return r == -4 /* EINTR */ || r == DZ_EARLY_EINTR;
}
/* A library sleep (pause, usleep) ends with EINTR for a signal that came
 * just before it began, too, rather than being made again in full after
 * the handler: ending a sleep early on a signal is always allowed, and a
 * pause() made again would wait for a second signal. */
static inline long dz_sleep_result(long r)
{
    return dz_is_eintr(r) ? DZ_EINTR_NORESTART : r;
}

#endif
