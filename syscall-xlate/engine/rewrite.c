/* Syscall-site rewriting (see rewrite.h): after the first trap at a site,
 * the instruction before its `syscall` (>= 5 bytes, proven safe by
 * rewrite_site.c) becomes `jmp rel32` to a stub generated for that site:
 *
 *   generic stub:      <the displaced instruction>
 *                      movabs $site+2, %rcx      ; what `syscall` leaves in rcx
 *                      jmp *dz_fast_pt_entry     ; fastpath.S -> dz_dispatch
 *                                                ; (clock_gettime: dz_fast_clock)
 *
 *   passthrough stub:  push $site+2              ; the guest call (a constant
 *                      push $LINUX_NR            ;  number at this site) is one
 *                      jmp *dz_native_gate       ;  Linux call, same arguments
 *
 * (dz_native_gate, entry.S, lies in the SUD allowed range and maps errors to
 * the guest's errno; the generic entry makes the same choice at run time, see
 * dz_fast_pt.)  The
 * `0f 05` at the site is left alone and SUD stays armed, so a branch to it,
 * a site that is refused and any code the guest generates still trap.
 *
 * Stubs live in arenas placed within +-2 GiB of the code (rel32 reach):
 * private anonymous memory, readable, writable and executable.  A stub is
 * complete before any jump leads to it.  (Keeping the arenas W^X takes a
 * memfd mapped twice: four more calls and shared-memory faults, ~15 us of
 * every start, for a separation the guest's address space, which can map
 * RWX itself, does not give anyway.)
 *
 * Patching the guest's code while its other threads may run it follows the
 * recipe Linux uses for its own text (text_poke_bp): breakpoint on the first
 * byte, sync every core, write the other four, sync, write the jump opcode,
 * sync.  "Sync" is membarrier(MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE),
 * which makes every thread of the process execute a serializing instruction
 * (what the Intel SDM asks of a processor before it runs cross-modified
 * code).  A thread that meets the breakpoint meanwhile gets SIGTRAP, which
 * dz_rewrite_fix_trap turns into "run that instruction again".  Each
 * intermediate state is valid: old instruction, int3, or the new jump.  With
 * one guest thread (the one patching), the five bytes are simply written. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/rewrite.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/fastpath.h"
#include "syscall-xlate/engine/thread.h"
#include "syscall-xlate/engine/vdso.h"
#include "abi/common/flagtab.h"
#include <errno.h>
#include <linux/membarrier.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <time.h>

extern char dz_native_gate[];

/* Power of two.  2048 is far above the sites any program traps at (a Go
 * program: under 200), and small: the table is touched at start-up, and
 * each of its pages costs a fault (8192 slots were 32 pages, ~30 us). */
#define SITE_SLOTS 2048
#define STUB_SLOT 64
#define ARENA_SIZE (256 * 1024)
#define MAX_ARENAS 16
#define REACH ((int64_t)1 << 31)

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static void *decoder;          /* set once by the decoder thread; (void *)-1: none */
static int log_decisions = -1;
static int guest_threads;
static int sync_core_ready;    /* 1 registered, -1 unavailable */
static int use_pt;             /* generic stubs enter at dz_fast_pt_entry */
static int use_sites;          /* dz_rewrite_start ran: this personality has sites */
static int batch;              /* the guest's code is writable already (cache at start) */
static unsigned total_traps;   /* the decoder starts once the program proves syscall-heavy */
static const struct dz_personality *gpers;
static struct dz_rewrite_stats stats;

/* Policy.  Starting the decoder -- a thread, then Capstone's first decodes,
 * which fault its tables in -- costs a few hundred traps' worth (on another
 * core, in the background), a patch at run time a few traps, a patch from
 * the cache less than one.  So: the decoder starts once the process has
 * trapped LOAD_AFTER_TRAPS times (a trivial program never pays for it);
 * when it is ready, every site that trapped so far is rewritten, and every
 * new one at its first trap; each is written to the rewrite cache
 * (rewrite_cache.c), from which the next run of the same executable patches
 * them all before its guest starts -- no trap, no Capstone.
 * DENIZEN_REWRITE_AFTER=N (tests, experiments): rewrite at the N-th trap,
 * with the decoder opened before the guest starts, so that the outcome does
 * not depend on how fast its thread runs. */
#define LOAD_AFTER_TRAPS 64
#define DECIDED 0x80000000u
static unsigned rewrite_after = 1;
/* Per site: its traps, and whether it was decided (patched or refused). */
static struct site {
    uint64_t addr;
    uint32_t traps;
} sites[SITE_SLOTS];
/* First bytes of displaced instructions that carried a breakpoint: read
 * without the lock by the SIGTRAP path. */
static uint64_t bp_insns[SITE_SLOTS];

static struct arena {
    uint8_t *rx;
    size_t used;
} arenas[MAX_ARENAS];
static int narenas;

/* Which calls a rewritten site makes without the engine's C code: the
 * @FAST column of the personality's syscalls.master (sysent.h).  Linux
 * calls with the guest's arguments in the same registers go through
 * dz_native_gate; blocking ones are interrupted by guest signals as native
 * code is, and restarted per the guest's SA_RESTART (dz_fast_gate_fixup)
 * unless the row says never.  clock_gettime goes to the vDSO
 * (dz_fast_clock).  Not with --trace: those calls would not be traced. */
static const struct dz_sysent *fast_row(const struct dz_personality *p, const struct dz_site_plan *plan)
{
    if (!plan->nr_known || plan->nr < 0 || (unsigned long)plan->nr >= p->nsysent || dz_opts.trace_fd >= 0)
        return NULL;
    const struct dz_sysent *e = &p->sysent[plan->nr];
    if (e->fast == DZ_FAST_CLOCK && !dz_fast_vdso_clock)
        return NULL;
    return e->fast != DZ_FAST_NONE ? e : NULL;
}

static int loader_started;

static uint64_t hash(uint64_t a)
{
    a ^= a >> 29;
    a *= 0xbf58476d1ce4e5b9ULL;
    return a ^ (a >> 32);
}

/* Insert a (non-zero) key; 1 if it was not there, 0 if it was or the table is full. */
static int set_add(uint64_t *tab, uint64_t key)
{
    for (uint64_t i = hash(key), n = 0; n < SITE_SLOTS; i++, n++) {
        uint64_t *s = &tab[i & (SITE_SLOTS - 1)];
        uint64_t v = __atomic_load_n(s, __ATOMIC_ACQUIRE);
        if (v == key)
            return 0;
        if (v == 0) {
            __atomic_store_n(s, key, __ATOMIC_RELEASE);
            return 1;
        }
    }
    return 0;
}

/* The entry of a site, created if need be (under the lock); NULL if full. */
static struct site *site_get(uint64_t addr)
{
    for (uint64_t i = hash(addr), n = 0; n < SITE_SLOTS; i++, n++) {
        struct site *s = &sites[i & (SITE_SLOTS - 1)];
        if (s->addr == addr)
            return s;
        if (s->addr == 0) {
            s->addr = addr;
            return s;
        }
    }
    return NULL;
}

static int set_has(const uint64_t *tab, uint64_t key)
{
    for (uint64_t i = hash(key), n = 0; n < SITE_SLOTS; i++, n++) {
        uint64_t v = __atomic_load_n(&tab[i & (SITE_SLOTS - 1)], __ATOMIC_ACQUIRE);
        if (v == key)
            return 1;
        if (v == 0)
            return 0;
    }
    return 0;
}

void dz_rewrite_thread_delta(int d)
{
    __atomic_add_fetch(&guest_threads, d, __ATOMIC_SEQ_CST);
}

void dz_rewrite_get_stats(struct dz_rewrite_stats *s)
{
    pthread_mutex_lock(&lock);
    *s = stats;
    pthread_mutex_unlock(&lock);
}

static void fork_prepare(void) { pthread_mutex_lock(&lock); }
static void fork_parent(void) { pthread_mutex_unlock(&lock); }
static void fork_child(void)
{
    /* Only the forking thread exists in the child (whose arenas are its
     * own private copies). */
    guest_threads = 1;
    pthread_mutex_unlock(&lock);
}

static void decide_log(uint64_t site, const char *what)
{
    if (log_decisions < 0) {
        const char *e = getenv("DENIZEN_REWRITE_LOG");
        log_decisions = e && *e && *e != '0';
    }
    if (log_decisions)
        dz_warn("rewrite: site %#lx: %s", (unsigned long)site, what);
}

static int64_t dist(uint64_t a, uint64_t b)
{
    return a > b ? (int64_t)(a - b) : (int64_t)(b - a);
}

/* A new arena within reach of code at near (see the top of the file). */
static struct arena *arena_new(uint64_t near)
{
    if (narenas == MAX_ARENAS)
        return NULL;
    /* Below the code first (static executables start at 4 MiB and nothing
     * lives under them), then 1 GiB above, clear of the break. */
    uint64_t base = near & ~(uint64_t)0xfffff, cand[40];
    int nc = 0;
    for (uint64_t k = 1; k <= 8; k++)
        if (base >= k * 0x100000 + 0x100000)
            cand[nc++] = base - k * 0x100000;
    for (uint64_t k = 0; k < 32; k++)
        cand[nc++] = base + 0x40000000ULL + k * 0x1000000;
    uint8_t *rx = MAP_FAILED;
    for (int j = 0; j < nc && rx == MAP_FAILED; j++) {
        void *m = mmap((void *)cand[j], ARENA_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        if (m == MAP_FAILED)
            continue;
        if ((uint64_t)m != cand[j] || dist((uint64_t)m, near) > REACH - 2 * ARENA_SIZE) {
            munmap(m, ARENA_SIZE);
            continue;
        }
        rx = m;
    }
    if (rx == MAP_FAILED)
        return NULL;
    struct arena *a = &arenas[narenas++];
    *a = (struct arena){ .rx = rx, .used = 0 };
    return a;
}

/* A stub slot within rel32 reach of insn: its address (in *rw too: the
 * generators take where to write and where it runs apart). */
static uint8_t *stub_alloc(uint64_t insn, uint8_t **rw)
{
    struct arena *a = NULL;
    for (int i = 0; i < narenas && !a; i++)
        if (arenas[i].used + STUB_SLOT <= ARENA_SIZE &&
            dist((uint64_t)arenas[i].rx, insn) < REACH - 2 * ARENA_SIZE)
            a = &arenas[i];
    if (!a && !(a = arena_new(insn)))
        return NULL;
    uint8_t *x = a->rx + a->used;
    *rw = x;
    a->used += STUB_SLOT;
    return x;
}

static size_t put(uint8_t *p, const void *b, size_t n)
{
    memcpy(p, b, n);
    return n;
}

static size_t put64(uint8_t *p, uint64_t v) { return put(p, &v, 8); }

/* A jump from stub address at to target: `jmp rel32` when in reach (the
 * usual case: denizen's code is at a fixed low address), else through r11
 * or a literal. */
static size_t put_jmp(uint8_t *p, uint64_t at, uint64_t target, int r11_free)
{
    int64_t rel = (int64_t)(target - (at + 5));
    if (rel >= INT32_MIN && rel <= INT32_MAX) {
        int32_t r = (int32_t)rel;
        return put(p, "\xe9", 1) + put(p + 1, &r, 4);
    }
    if (r11_free)
        return put(p, "\x49\xbb", 2) + put64(p + 2, target) + put(p + 10, "\x41\xff\xe3", 3);   /* movabs, jmp *%r11 */
    return put(p, "\xff\x25\x00\x00\x00\x00", 6) + put64(p + 6, target);                   /* jmp *0(%rip) */
}

/* stub: the stub's executable address (p is its writable alias); entry:
 * where it goes, 0 for the common entry (a clock stub: dz_fast_clock). */
static void gen_generic(uint8_t *p, uint64_t stub, const struct dz_site_plan *plan, uint64_t ret, uint64_t entry)
{
    size_t n = put(p, plan->bytes, plan->len);
    n += put(p + n, "\x48\xb9", 2);                    /* movabs $ret, %rcx */
    n += put64(p + n, ret);
    if (!entry)
        entry = (uint64_t)(use_pt ? dz_fast_pt_entry : dz_fast_entry);
    put_jmp(p + n, stub + n, entry, 0);
}

/* No instruction of it touches the flags: the gate's syscall sees the
 * guest's, and the gate sets only CF, as the guest's kernel does. */
static void gen_passthrough(uint8_t *p, uint64_t stub, long linux_nr, uint64_t ret)
{
    uint32_t nr = (uint32_t)linux_nr;
    size_t n = 0;
    if (ret < 0x80000000ULL) {
        uint32_t r32 = (uint32_t)ret;
        n += put(p + n, "\x68", 1);                     /* push $ret */
        n += put(p + n, &r32, 4);
    } else {
        n += put(p + n, "\x49\xbb", 2);                /* movabs $ret, %r11 */
        n += put64(p + n, ret);
        n += put(p + n, "\x41\x53", 2);                /* push %r11 */
    }
    n += put(p + n, "\x68", 1);                         /* push $nr */
    n += put(p + n, &nr, 4);
    put_jmp(p + n, stub + n, (uint64_t)dz_native_gate, 1);
}

/* Registering costs an RCU grace period (milliseconds) once the process
 * has a second thread, and microseconds before: done when denizen starts. */
__attribute__((constructor)) static void register_sync_core(void)
{
    long r = syscall(SYS_membarrier, MEMBARRIER_CMD_REGISTER_PRIVATE_EXPEDITED_SYNC_CORE, 0, 0);
    sync_core_ready = r == 0 ? 1 : -1;
}

static int sync_cores(void)
{
    if (sync_core_ready == 0)
        register_sync_core();
    if (sync_core_ready < 0)
        return -1;
    return syscall(SYS_membarrier, MEMBARRIER_CMD_PRIVATE_EXPEDITED_SYNC_CORE, 0, 0) == 0 ? 0 : -1;
}

/* Replace the first five bytes at insn by `jmp rel32`. */
/* concurrent: the caller is not the only thread that may run guest code
 * (another guest thread exists, or the caller is not a guest thread). */
static int patch(uint64_t insn, int32_t rel, int concurrent)
{
    uint8_t jmp[5] = { 0xe9 };
    memcpy(jmp + 1, &rel, 4);
    uint64_t pg = insn & ~0xfffUL, pg_end = (insn + 5 + 0xfff) & ~0xfffUL;
    int multi = concurrent || __atomic_load_n(&guest_threads, __ATOMIC_SEQ_CST) > 1;
    if (multi && (insn & 7) > 3 && sync_cores() != 0)
        return -1;
    if (!batch && mprotect((void *)pg, pg_end - pg, PROT_READ | PROT_WRITE | PROT_EXEC) != 0)
        return -1;
    volatile uint8_t *code = (volatile uint8_t *)insn;
    if (!multi) {
        for (int i = 4; i >= 0; i--)
            code[i] = jmp[i];
    } else if ((insn & 7) <= 3) {
        /* All five bytes in one aligned 8-byte word: one atomic store.  An
         * instruction fetch sees the old word or the new one (the word lies
         * inside one 16-byte fetch block), and both are valid code; a core
         * still running stale bytes runs the old instruction and traps. */
        uint64_t *w = (uint64_t *)(insn & ~7UL), v = __atomic_load_n(w, __ATOMIC_RELAXED);
        memcpy((uint8_t *)&v + (insn & 7), jmp, 5);
        __atomic_store_n(w, v, __ATOMIC_SEQ_CST);
    } else {
        set_add(bp_insns, insn);
        code[0] = 0xcc;
        sync_cores();
        for (int i = 1; i < 5; i++)
            code[i] = jmp[i];
        sync_cores();
        code[0] = jmp[0];
        sync_cores();
    }
    if (!batch)
        mprotect((void *)pg, pg_end - pg, PROT_READ | PROT_EXEC);
    return 0;
}

int dz_rewrite_fix_trap(ucontext_t *uc)
{
    uint64_t at = (uint64_t)uc->uc_mcontext.gregs[REG_RIP] - 1;
    if (!set_has(bp_insns, at))
        return 0;
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)at;
    return 1;
}

/* The run-time tables of the fast paths: the errno map of the native gate,
 * and (only without --trace) dz_fast_pt of generic stubs, the no-restart
 * set, the clock ids and the vDSO's clock_gettime. */
static void fill_pt(const struct dz_personality *p)
{
    /* Linux errnos end below 256 (EHWPOISON is 133); the rest of the
     * table only guards against the impossible. */
    for (int e = 1; e < 256; e++)
        dz_fast_errno[4096 - e] = (uint16_t)p->errno_from_linux(e);
    uint16_t other = (uint16_t)p->errno_from_linux(4095);
    for (int e = 256; e < 4096; e++)
        dz_fast_errno[4096 - e] = other;
    if (dz_opts.trace_fd >= 0)
        return;
    int clock = 0;
    for (unsigned nr = 0; nr < p->nsysent && nr < 65536; nr++) {
        const struct dz_sysent *e = &p->sysent[nr];
        if (e->fast == DZ_FAST_LINUX || e->fast == DZ_FAST_LINUX_NORESTART) {
            dz_fast_pt[nr] = (uint16_t)(e->linux_nr + 1);
            if (e->fast == DZ_FAST_LINUX_NORESTART && (size_t)e->linux_nr < sizeof dz_fast_norestart)
                dz_fast_norestart[e->linux_nr] = 1;
        }
        clock |= e->fast == DZ_FAST_CLOCK;
    }
    use_pt = 1;
    /* The clocks the vDSO reads without a system call; the others (CPU
     * time) take the full path. */
    const struct dz_valtab *ids = p->kinds ? p->kinds[DZ_K_CLOCK].vals : NULL;
    if (!clock || !ids)
        return;
    *(void **)&dz_fast_vdso_clock = dz_vdso_sym("__vdso_clock_gettime");
    if (!dz_fast_vdso_clock)
        return;
    for (int g = 0; g < 32; g++) {
        int64_t h;
        if (dz_val_to_host(ids, g, &h) == 0 &&
            (h == CLOCK_REALTIME || h == CLOCK_MONOTONIC || h == CLOCK_REALTIME_COARSE ||
             h == CLOCK_MONOTONIC_COARSE || h == CLOCK_BOOTTIME))
            dz_fast_clock_ids[g] = (int8_t)h;
    }
    /* Sites whose number is not a constant at the site (Go loads it a few
     * instructions earlier) find the clock through the table. */
    for (unsigned nr = 0; nr < p->nsysent && nr < 65536; nr++)
        if (p->sysent[nr].fast == DZ_FAST_CLOCK)
            dz_fast_pt[nr] = 0xffff;
}

/* Start the decoder off the guest's path, on a thread of its own (idle
 * priority, every signal blocked, never guest code), and rewrite the sites
 * that trapped so far there.  Sites that trap before it is ready are
 * rewritten at a later trap. */
static void rewrite(const struct dz_personality *pers, uint64_t site, int concurrent);

static void *load_decoder(void *background)
{
    if (background)
        setpriority(PRIO_PROCESS, 0, 19);   /* Linux: this thread only */
    void *d = dz_site_decoder_open();
    if (!d)
        dz_warn("cannot open Capstone's x86-64 decoder: syscall sites are not rewritten");
    pthread_mutex_lock(&lock);
    __atomic_store_n(&decoder, d ? d : (void *)-1, __ATOMIC_RELEASE);
    /* The sites that trapped while it loaded: while the guest runs on. */
    for (size_t i = 0; d && background && i < SITE_SLOTS; i++)
        if (sites[i].addr && !(sites[i].traps & DECIDED) && sites[i].traps >= rewrite_after) {
            sites[i].traps |= DECIDED;
            rewrite(gpers, sites[i].addr, 1);
        }
    pthread_mutex_unlock(&lock);
    return NULL;
}

static void install_cached(const struct dz_site_plan *plan, uint64_t site, void *pers);

void dz_rewrite_start(const struct dz_personality *p)
{
    if (dz_opts.no_rewrite || !p->sysent || !p->nsysent)
        return;   /* a library personality has no syscall sites */
    fill_pt(p);
    pthread_atfork(fork_prepare, fork_parent, fork_child);
    use_sites = 1;
    gpers = p;
    pthread_mutex_lock(&lock);
    if (dz_guest_code_writable(1) == 0) {
        batch = 1;
        dz_rcache_load(install_cached, (void *)p);
        batch = 0;
    }
    dz_guest_code_writable(0);
    pthread_mutex_unlock(&lock);
    const char *n = getenv("DENIZEN_REWRITE_AFTER");
    if (n && *n) {
        rewrite_after = (unsigned)strtoul(n, NULL, 10);
        if (rewrite_after < 1)
            rewrite_after = 1;
        loader_started = 1;
        load_decoder(NULL);
    }
}

/* Called (locked) when the first site becomes worth rewriting. */
static void start_loader(void)
{
    loader_started = 1;
    if (dz_host_thread_create(load_decoder, (void *)1, 256 * 1024) != 0)
        __atomic_store_n(&decoder, (void *)-1, __ATOMIC_RELEASE);
}

/* Stub and patch for a decided site; 0, or -1 (why logged). */
static int install(const struct dz_personality *pers, const struct dz_site_plan *plan, uint64_t site,
                   const char *how, int concurrent)
{
    uint8_t *rw, *stub = stub_alloc(plan->insn, &rw);
    if (!stub) {
        stats.sites_refused++;
        decide_log(site, "no stub space within reach");
        return -1;
    }
    const struct dz_sysent *fast = fast_row(pers, plan);
    int lnr = fast && fast->fast != DZ_FAST_CLOCK;
    if (lnr)
        gen_passthrough(rw, (uint64_t)stub, fast->linux_nr, site + 2);
    else
        gen_generic(rw, (uint64_t)stub, plan, site + 2, fast ? (uint64_t)dz_fast_clock : 0);
    int64_t rel = (int64_t)((uint64_t)stub - (plan->insn + 5));
    if (patch(plan->insn, (int32_t)rel, concurrent) != 0) {
        stats.sites_refused++;
        decide_log(site, "the code could not be patched");
        return -1;
    }
    stats.sites_patched++;
    if (lnr)
        stats.stubs_passthrough++;
    if (log_decisions) {
        int n = __atomic_load_n(&guest_threads, __ATOMIC_SEQ_CST);
        char what[128];
        snprintf(what, sizeof what, "patched%s%s%s", how,
                 lnr ? " (passthrough stub)" : fast ? " (vDSO clock stub)" : "",
                 n > 1 || concurrent ? " while other threads run" : "");
        decide_log(site, what);
    }
    return 0;
}

static void rewrite(const struct dz_personality *pers, uint64_t site, int concurrent)
{
    stats.sites_seen++;
    uint64_t fs, fe;
    if (dz_func_bounds(site, &fs, &fe) != 0) {
        stats.sites_refused++;
        decide_log(site, "not in a known function of the guest executable");
        return;
    }
    struct dz_site_plan plan;
    if (dz_site_analyze(decoder, (const uint8_t *)fs, fs, fe - fs, site, &plan) != 0) {
        stats.sites_refused++;
        decide_log(site, plan.why);
        return;
    }
    if (install(pers, &plan, site, "", concurrent) == 0)
        dz_rcache_add(&plan, site);
}

/* A site from the rewrite cache, before the guest runs (one thread). */
static void install_cached(const struct dz_site_plan *plan, uint64_t site, void *pers)
{
    struct site *e = site_get(site);
    if (!e || (e->traps & DECIDED))
        return;
    e->traps |= DECIDED;
    stats.sites_seen++;
    install(pers, plan, site, " from the cache", 0);
}

void dz_rewrite_trapped(struct dz_thread *t, uint64_t site)
{
    if (dz_opts.no_rewrite || !t->fast_frame || !use_sites)
        return;
    pthread_mutex_lock(&lock);
    struct site *e = site_get(site);
    total_traps++;
    if (e && !(e->traps & DECIDED) && ++e->traps >= rewrite_after) {
        void *d = __atomic_load_n(&decoder, __ATOMIC_ACQUIRE);
        if (!d && !loader_started && total_traps >= LOAD_AFTER_TRAPS)
            start_loader();   /* the decoder is ready a little later */
        if (d == (void *)-1)
            e->traps |= DECIDED;
        else if (d) {
            e->traps |= DECIDED;
            rewrite(t->pers, site, 0);
        }
    }
    pthread_mutex_unlock(&lock);
}
