/* A clock the guest reads from the TSC without entering the kernel (what
 * FreeBSD's AT_TIMEKEEP page gives its programs).  The engine keeps it in
 * step with Linux's CLOCK_MONOTONIC and CLOCK_REALTIME from a background
 * thread and hands each new piece of the clock to a personality, which
 * writes it in its guest's layout. */
#ifndef DZ_ENGINE_TSCCLOCK_H
#define DZ_ENGINE_TSCCLOCK_H
#include <stdint.h>

/* One linear piece: from TSC value tsc on, monotonic time is
 *   (sec + frac / 2^64) + scale * (TSC - tsc) / 2^64   seconds,
 * and wall-clock time that plus (boot_sec + boot_frac / 2^64).  Each piece
 * starts where the previous one ends (the clock never jumps back); its
 * scale absorbs the drift against Linux's clock over the next period, never
 * by more than 0.05%.  A piece is valid for less than a second (the
 * publisher runs every 50 ms at most). */
struct dz_tsc_piece {
    uint64_t tsc;
    int64_t sec;
    uint64_t frac;
    uint64_t scale;          /* 2^-64 s per TSC tick */
    int64_t boot_sec;
    uint64_t boot_frac;
    uint64_t tsc_hz;         /* the current frequency estimate */
};

typedef void (*dz_tsc_publish_fn)(const struct dz_tsc_piece *p, void *arg);

/* Start the clock: a first (TSC, clock) sample now; the first piece is
 * published by the first dz_tsc_clock_poke 2 ms or more later, which starts
 * the publisher, a thread that blocks every signal and never runs guest
 * code.  When the CPU's TSC is not invariant, or is not the kernel's own
 * clock source (then its rate and Linux's time could part), the publisher
 * finds so and nothing is ever published.  Returns 0.  A forked child has
 * no publisher: after fork, on_fork_child is called in the child (it should
 * switch the guest back to its system calls). */
int dz_tsc_clock_start(dz_tsc_publish_fn publish, void (*on_fork_child)(void *), void *arg);

/* Called on the engine's way in (host TLS): starts the publisher when it
 * is due; publishes a new piece if the publisher thread has not for 200 ms
 * (starved).  A few cycles otherwise. */
void dz_tsc_clock_poke(void);

#endif
