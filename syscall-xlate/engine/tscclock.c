/* The TSC clock (tscclock.h).  A background thread pairs TSC readings with
 * clock_gettime(CLOCK_MONOTONIC) and publishes linear pieces:
 *
 *   - frequency: measured over the longest baseline kept (up to ~60 s of
 *     samples), so it follows NTP's rate corrections of CLOCK_MONOTONIC;
 *   - continuity: a new piece starts at the time the previous one shows at
 *     that TSC value, and its rate is bent (at most 500 ppm) so that it meets
 *     Linux's clock at the end of the next period: the clock is monotonic
 *     and within a few microseconds of Linux's after the first periods;
 *   - a lazy start: dz_tsc_clock_start only takes a first sample; the
 *     thread is started by the first engine entry (dz_tsc_clock_poke) 2 ms
 *     or more later and publishes the first piece at once, measured over
 *     that baseline.  A short program (most of a hello's life is under
 *     2 ms) never pays for the thread, and reads the time with system
 *     calls meanwhile, as the guest does whenever the page is disabled;
 *   - then periods of 1, 2, 4 ... ms, then 50 ms (a piece must stay valid
 *     under a second: FreeBSD's readers multiply a 32-bit delta by the
 *     scale).
 * A step of Linux's clock forward (or a stall of this thread) beyond 10 ms
 * is taken as a step; the monotonic clock is never stepped back.  When the
 * thread is starved (a loaded machine), the engine's own entries step in
 * (dz_tsc_clock_poke): a piece is never used for more than 200 ms of a
 * running program's system calls. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/tscclock.h"
#include "syscall-xlate/engine/thread.h"
#include <cpuid.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <x86intrin.h>

#define HIST 64
#define MAX_PERIOD_NS 50000000LL
#define STEP_NS 10000000LL
#define MAX_SLEW 0.0005L

static dz_tsc_publish_fn publish_fn;
static void (*fork_child_fn)(void *);
static void *publish_arg;

struct sample {
    uint64_t tsc;
    int64_t mono, real;      /* ns */
};

static int64_t ts_ns(const struct timespec *t)
{
    return (int64_t)t->tv_sec * 1000000000LL + t->tv_nsec;
}

/* The TSC, read in order with the code around it (as Linux's vDSO does). */
static uint64_t tsc_ordered(void)
{
    _mm_lfence();
    return __rdtsc();
}

/* The tightest of a few (TSC, clock) pairs: the TSC at the middle of the
 * clock_gettime call that took least time. */
static struct sample take(void)
{
    struct sample best = { 0 };
    uint64_t best_d = ~0ULL;
    for (int i = 0; i < 5; i++) {
        struct timespec m, r;
        uint64_t a = tsc_ordered();
        clock_gettime(CLOCK_MONOTONIC, &m);
        uint64_t b = tsc_ordered();
        clock_gettime(CLOCK_REALTIME, &r);
        if (b - a < best_d) {
            best_d = b - a;
            best = (struct sample){ a + (b - a) / 2, ts_ns(&m), ts_ns(&r) };
        }
    }
    return best;
}


/* The CPU side: an invariant TSC (CPUID leaf 0x80000007, EDX bit 8).  One
 * CPUID -- under a hypervisor a VM exit of ~5 us -- so it is asked by the
 * publisher thread, not at start-up. */
static int tsc_invariant(void)
{
    unsigned a, b, c, d;
    return __get_cpuid(0x80000007, &a, &b, &c, &d) && (d >> 8 & 1);
}

/* The kernel side: the TSC is the kernel's own clock source (else its rate
 * and Linux's time could part).  A sysfs read, also made by the publisher
 * thread. */
static int kernel_uses_tsc(void)
{
    char buf[32] = { 0 };
    int fd = open("/sys/devices/system/clocksource/clocksource0/current_clocksource", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    return n >= 3 && strncmp(buf, "tsc", 3) == 0 && (buf[3] == '\n' || buf[3] == 0);
}

/* Times as long double seconds carry 64 bits of mantissa: far below a
 * nanosecond for any uptime; the published form is 64.64 fixed point. */
static void to_fixed(long double s, int64_t *sec, uint64_t *frac)
{
    long double f = s - (long double)(int64_t)s;
    int64_t i = (int64_t)s;
    if (f < 0) {
        f += 1;
        i--;
    }
    *sec = i;
    *frac = (uint64_t)(f * 18446744073709551616.0L);
}

static void nap(int64_t ns)
{
    struct timespec t = { ns / 1000000000LL, ns % 1000000000LL };
    while (clock_nanosleep(CLOCK_MONOTONIC, 0, &t, &t) != 0)
        ;
}

/* The clock's state: the sample history and the current piece (long
 * double seconds).  Written by the publisher thread, and by dz_tsc_clock_poke
 * when that thread has not run for too long; the lock orders them. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static struct sample hist[HIST];
static int nh;
static long double hz, p_time, p_rate;     /* s per tick */
static uint64_t p_tsc;
static volatile uint64_t stale_tsc;        /* poke publishes past this TSC */

static void publish(const struct sample *s)
{
    struct dz_tsc_piece out = { .tsc = p_tsc };
    to_fixed(p_time, &out.sec, &out.frac);
    out.scale = (uint64_t)(p_rate * 18446744073709551616.0L);
    to_fixed((long double)(s->real - s->mono) / 1e9L, &out.boot_sec, &out.boot_frac);
    out.tsc_hz = (uint64_t)hz;
    publish_fn(&out, publish_arg);
    /* A piece must be replaced well before its 32-bit delta times the
     * scale can overflow (one second): poke steps in after 200 ms. */
    __atomic_store_n(&stale_tsc, p_tsc + (uint64_t)(hz / 5), __ATOMIC_RELAXED);
}

/* A new piece that meets Linux's clock next_ns from now (locked). */
static void step(int64_t next_ns)
{
    struct sample s = take();
    /* Frequency over the longest baseline; the history keeps one sample
     * per second or so once it is full. */
    const struct sample *o = &hist[0];
    if (s.mono > o->mono + 1000000)
        hz = (long double)(s.tsc - o->tsc) * 1e9L / (long double)(s.mono - o->mono);
    if (nh < HIST) {
        hist[nh++] = s;
    } else if (s.mono - hist[HIST - 1].mono > 1000000000LL) {
        memmove(hist, hist + 1, (HIST - 1) * sizeof hist[0]);
        hist[HIST - 1] = s;
    }
    /* Where the guest's clock is now, and where Linux's is. */
    long double shown = p_time + p_rate * (long double)(s.tsc - p_tsc);
    long double truth = (long double)s.mono / 1e9L;
    long double err = truth - shown;
    long double nominal = 1 / hz, next = (long double)next_ns / 1e9L;
    p_tsc = s.tsc;
    if (err > (long double)STEP_NS / 1e9L) {
        p_time = truth;               /* stepped forward (or we stalled) */
        p_rate = nominal;
    } else {
        p_time = shown;
        long double bend = err / next;   /* relative rate change to meet it */
        if (bend > MAX_SLEW)
            bend = MAX_SLEW;
        if (bend < -MAX_SLEW)
            bend = -MAX_SLEW;
        p_rate = nominal * (1 + bend);
    }
    publish(&s);
}

static void *run(void *unused)
{
    (void)unused;
    if (!tsc_invariant() || !kernel_uses_tsc())
        return NULL;   /* the page stays disabled: the guest keeps its system calls */
    pthread_mutex_lock(&lock);
    /* A first estimate over the start-up baseline (>= 2 ms: relative error
     * ~1e-5); then periods of 1, 2, 4 ... ms. */
    struct sample s = take();
    hist[nh++] = s;
    hz = (long double)(s.tsc - hist[0].tsc) * 1e9L / (long double)(s.mono - hist[0].mono);
    p_tsc = s.tsc;
    p_time = (long double)s.mono / 1e9L;
    p_rate = 1 / hz;
    publish(&s);
    pthread_mutex_unlock(&lock);
    int64_t period = 1000000;
    for (;;) {
        nap(period);
        if (period < MAX_PERIOD_NS)
            period = period * 2 > MAX_PERIOD_NS ? MAX_PERIOD_NS : period * 2;
        pthread_mutex_lock(&lock);
        step(period);
        pthread_mutex_unlock(&lock);
    }
    return NULL;
}

#define LAZY_START_NS 2000000LL
static volatile int pending;   /* started, thread not yet created */
static int64_t start_mono;

static void start_thread(void)
{
    dz_host_thread_create(run, NULL, 64 * 1024);   /* on failure the page stays disabled */
}

void dz_tsc_clock_poke(void)
{
    if (__builtin_expect(pending, 0)) {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (ts_ns(&now) - start_mono >= LAZY_START_NS && __atomic_exchange_n(&pending, 0, __ATOMIC_ACQ_REL))
            start_thread();
        return;
    }
    uint64_t due = __atomic_load_n(&stale_tsc, __ATOMIC_RELAXED);
    if (!due || __rdtsc() < due || pthread_mutex_trylock(&lock) != 0)
        return;
    if (__rdtsc() >= stale_tsc)
        step(MAX_PERIOD_NS);
    pthread_mutex_unlock(&lock);
}

static void child_after_fork(void)
{
    if (fork_child_fn)
        fork_child_fn(publish_arg);
}

int dz_tsc_clock_start(dz_tsc_publish_fn publish, void (*on_fork_child)(void *), void *arg)
{
    publish_fn = publish;
    fork_child_fn = on_fork_child;
    publish_arg = arg;
    hist[nh++] = take();
    start_mono = hist[0].mono;
    __atomic_store_n(&pending, 1, __ATOMIC_RELEASE);
    pthread_atfork(NULL, NULL, child_after_fork);
    return 0;
}
