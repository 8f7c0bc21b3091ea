/* The FreeBSD brand: OSABI 9 or the "FreeBSD" ABI note (the kernel's own
 * rule, sys/kern/imgact_elf.c); the syscall personality of
 * syscall-xlate/freebsd for static programs, and the library personality
 * of libshim/freebsd for dynamically linked ones (their imports are bound
 * to its exports; ld-elf.so.1 is never run).
 *
 * FreeBSD's auxiliary vector, in FreeBSD's AT_ numbering (never Linux's:
 * 15, 16, 22, 25, 31 and 33 mean other things; abi/ABI-NOTES.md §0.2).
 *
 * AT_TIMEKEEP points at an emulated timekeep page (sys/sys/vdso.h): FreeBSD's
 * libc and Go's runtime (runtime/vdso_freebsd*.go) read the time from it with
 * rdtscp instead of calling clock_gettime, as they do on FreeBSD.  The pieces
 * of the clock come from the engine's TSC clock (engine/tscclock.c), which
 * follows Linux's clocks; without an invariant TSC there is no AT_TIMEKEEP,
 * and while the page is disabled (the first 2 ms, or for good when the TSC
 * is not Linux's clock source) the guest uses its system calls.
 * DENIZEN_NO_TIMEKEEP=1 leaves the page out too. */
#include "abi/freebsd/consts.h"
#include "loader/brand.h"
#include "syscall-xlate/engine/enter.h"
#include "syscall-xlate/engine/tscclock.h"
#include <stddef.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>


/* exec_setregs (sys/amd64/amd64/exec_machdep.c): rdi = &argc, rsp 8 below
 * a 16-aligned argc.  Go's _rt0_amd64_freebsd reads argc through rdi. */
static void fbsd_entry_regs(struct dz_regs *r, uint64_t argc)
{
    r->rdi = argc;
    r->rsp = argc - 8;
}

/* struct vdso_timehands / vdso_timekeep (sys/x86/include/vdso.h,
 * sys/sys/vdso.h; abi/LAYOUTS.md vdsoTimehands, vdsoTimekeep). */
struct fbsd_vdso_timehands {
    uint32_t algo;               /* VDSO_TH_ALGO_X86_TSC */
    uint32_t gen;                /* 0 while being written */
    uint64_t scale;              /* 2^-64 s per counter tick */
    uint32_t offset_count;       /* counter at offset */
    uint32_t counter_mask;
    int64_t offset_sec;          /* uptime at offset_count (struct bintime) */
    uint64_t offset_frac;
    int64_t boottime_sec;        /* realtime - uptime */
    uint64_t boottime_frac;
    uint32_t x86_shift;          /* counter = TSC >> x86_shift */
    uint32_t x86_hpet_idx;
    uint32_t res[6];
};
_Static_assert(sizeof(struct fbsd_vdso_timehands) == 88, "vdsoTimehands size");
_Static_assert(offsetof(struct fbsd_vdso_timehands, offset_sec) == 24, "vdsoTimehands offset");
_Static_assert(offsetof(struct fbsd_vdso_timehands, x86_shift) == 56, "vdsoTimehands x86_shift");

#define VDSO_TK_VER_CURR 1
#define VDSO_TH_ALGO_X86_TSC 1
#define VDSO_TH_NUM 4

struct fbsd_vdso_timekeep {
    uint32_t ver;
    uint32_t enabled;
    uint32_t current;            /* index of the hands to read */
    uint32_t pad;
    struct fbsd_vdso_timehands th[VDSO_TH_NUM];
};
_Static_assert(offsetof(struct fbsd_vdso_timekeep, th) == 16, "vdsoTimekeep size");

static uint32_t tk_gen;

/* sys/kern/kern_tc.c tc_windup, reduced: the next hands, generation 0 while
 * they are written, then made current. */
static void tk_publish(const struct dz_tsc_piece *p, void *arg)
{
    struct fbsd_vdso_timekeep *tk = arg;
    uint32_t shift = 0;
    while ((p->tsc_hz >> shift) >= (1ULL << 31))   /* 2^32 counts last 2 s or more */
        shift++;
    uint32_t next = (__atomic_load_n(&tk->current, __ATOMIC_RELAXED) + 1) % VDSO_TH_NUM;
    struct fbsd_vdso_timehands *th = &tk->th[next];
    __atomic_store_n(&th->gen, 0, __ATOMIC_RELEASE);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    /* The counter ticks every 2^shift TSC ticks: the hands start at the
     * tick at or before the piece's start, and at the time of that tick. */
    uint64_t rem = p->tsc & ((1ULL << shift) - 1);
    unsigned __int128 off = ((unsigned __int128)(uint64_t)p->sec << 64) | p->frac;
    off -= (unsigned __int128)p->scale * rem;
    th->algo = VDSO_TH_ALGO_X86_TSC;
    th->scale = p->scale << shift;
    th->offset_count = (uint32_t)(p->tsc >> shift);
    th->counter_mask = 0xffffffffu;
    th->offset_sec = (int64_t)(uint64_t)(off >> 64);
    th->offset_frac = (uint64_t)off;
    th->boottime_sec = p->boot_sec;
    th->boottime_frac = p->boot_frac;
    th->x86_shift = shift;
    th->x86_hpet_idx = 0;
    if (++tk_gen == 0)
        tk_gen = 1;
    __atomic_store_n(&th->gen, tk_gen, __ATOMIC_RELEASE);
    __atomic_store_n(&tk->current, next, __ATOMIC_RELEASE);
    __atomic_store_n(&tk->enabled, 1, __ATOMIC_RELEASE);
}

/* A forked child has no publisher: back to clock_gettime (FreeBSD's libc
 * and Go both fall back when enabled is 0). */
static void tk_fork_child(void *arg)
{
    struct fbsd_vdso_timekeep *tk = arg;
    __atomic_store_n(&tk->enabled, 0, __ATOMIC_RELEASE);
}

/* The page, or 0 when the guest should use its system calls. */
static uint64_t timekeep_page(void)
{
    const char *off = getenv("DENIZEN_NO_TIMEKEEP");
    if (off && *off && *off != '0')
        return 0;
    struct fbsd_vdso_timekeep *tk = mmap(NULL, 4096, PROT_READ | PROT_WRITE,
                                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (tk == MAP_FAILED)
        return 0;
    tk->ver = VDSO_TK_VER_CURR;
    tk->enabled = 0;   /* until the first hands are published (tscclock.c) */
    if (dz_tsc_clock_start(tk_publish, tk_fork_child, tk) != 0) {
        munmap(tk, 4096);
        return 0;
    }
    return (uint64_t)tk;
}

static int fbsd_auxv(const struct dz_image *img, const struct dz_stackinfo *si, uint64_t *av, int max)
{
    uint64_t tk = timekeep_page();
    int n = 0;
#define AUX(t, v) do { if (n < max - 1) { av[2 * n] = (t); av[2 * n + 1] = (uint64_t)(v); n++; } } while (0)
    AUX(FBSD_AT_PHDR, img->phdr);
    AUX(FBSD_AT_PHENT, img->eh.e_phentsize);
    AUX(FBSD_AT_PHNUM, img->phnum);
    AUX(FBSD_AT_PAGESZ, 4096);
    AUX(FBSD_AT_BASE, 0);
    AUX(FBSD_AT_FLAGS, 0);
    AUX(FBSD_AT_ENTRY, img->entry);
    AUX(FBSD_AT_UID, getuid());
    AUX(FBSD_AT_EUID, geteuid());
    AUX(FBSD_AT_GID, getgid());
    AUX(FBSD_AT_EGID, getegid());
    AUX(FBSD_AT_EXECPATH, si->execpath);
    AUX(FBSD_AT_CANARY, si->random);
    AUX(FBSD_AT_CANARYLEN, 64);
    AUX(FBSD_AT_OSRELDATE, FBSD_DZ_OSRELDATE);
    AUX(FBSD_AT_NCPUS, sysconf(_SC_NPROCESSORS_ONLN));
    AUX(FBSD_AT_PAGESIZES, si->pagesizes);
    AUX(FBSD_AT_PAGESIZESLEN, si->npagesizes * 8);
    if (tk)
        AUX(FBSD_AT_TIMEKEEP, tk);
    AUX(FBSD_AT_STACKPROT, 3 /* PROT_READ|PROT_WRITE */);
    AUX(FBSD_AT_ARGC, si->argc);
    AUX(FBSD_AT_ARGV, si->argv);
    AUX(FBSD_AT_ENVC, si->envc);
    AUX(FBSD_AT_ENVV, si->envv);
    AUX(FBSD_AT_USRSTACKBASE, si->stack_top);
    AUX(FBSD_AT_USRSTACKLIM, si->stack_size);
    AUX(FBSD_AT_NULL, 0);
#undef AUX
    return n;
}

extern const struct dz_personality fbsd_personality;
extern const struct dz_libpers fbl_lib;
static const char *const fbsd_interps[] = { "/libexec/ld-elf.so.1", NULL };

const struct dz_brand dz_brand_freebsd = {
    .os = DZ_OS_FREEBSD,
    .name = "FreeBSD",
    .osabi = ELFOSABI_FREEBSD,
    .note_owner = "FreeBSD",
    .interps = fbsd_interps,
    .pers = &fbsd_personality,
    .auxv = fbsd_auxv,
    .entry_regs = fbsd_entry_regs,
    /* Dynamically linked programs: libc.so.7 & co. (libshim/freebsd). */
    .lib = &fbl_lib,
};
