/* Syscall-site rewriting: once a guest `syscall` has trapped, the
 * instruction before it is replaced by a jump to a per-site stub that
 * enters the engine without a signal (fastpath.S).  SUD stays armed, so a
 * site that is not (or not yet) rewritten still traps. */
#ifndef DZ_ENGINE_REWRITE_H
#define DZ_ENGINE_REWRITE_H
#include <stddef.h>
#include <stdint.h>
#include <ucontext.h>

struct dz_thread;

/* What dz_site_analyze found for one site. */
struct dz_site_plan {
    uint64_t insn;         /* the instruction to displace (ends at the syscall) */
    uint8_t len;           /* its length, >= 5; 0 when refused */
    uint8_t bytes[16];     /* its bytes, re-executed by the stub */
    uint8_t branch, riprel;
    uint8_t nr_known;      /* it is `mov $nr, %eax/%rax` */
    long nr;
    const char *why;       /* reason for a refusal */
};

/* Decide whether the syscall at site can be reached through a jump placed on
 * the instruction before it.  code/addr/len: the enclosing function's bytes
 * and address.  0 with plan filled, or -1 with plan->why.  handle comes from
 * dz_site_decoder_open (a Capstone x86-64 handle with details on). */
int dz_site_analyze(void *handle, const uint8_t *code, uint64_t addr, size_t len, uint64_t site,
                    struct dz_site_plan *plan);
void *dz_site_decoder_open(void);
void dz_site_decoder_close(void *handle);

/* Function bounds (rewrite_funcs.c), from the guest executable's Go pclntab
 * or its ELF symbol table; 0, or -1 if unknown.  Also says whether addr is
 * in the guest executable's code at all. */
int dz_func_bounds(uint64_t addr, uint64_t *start, uint64_t *end);
/* Forget the bounds and regions read so far: the next call reads
 * dz_opts.exe_path and dz_opts.text again (the fuzz harness, tests). */
void dz_func_bounds_reset(void);
/* Whether [addr, addr + n) is in the guest executable's code (the
 * segments the loader mapped: no file is read). */
int dz_guest_code_has(uint64_t addr, uint64_t n);
/* Make the guest executable's code writable (on) or not; 0 or -1. */
int dz_guest_code_writable(int on);

/* Before the guest starts (not with --no-rewrite): load the decoder in the
 * background and prepare the passthrough table of personality p. */
struct dz_personality;
void dz_rewrite_start(const struct dz_personality *p);
/* After a trapped call at site (the address of its syscall instruction):
 * rewrite the site if it qualifies (once per site). */
void dz_rewrite_trapped(struct dz_thread *t, uint64_t site);
/* A SIGTRAP from the breakpoint byte of a site being patched while other
 * threads run: step back and retry.  Returns 1 if it was one. */
int dz_rewrite_fix_trap(ucontext_t *uc);
/* Guest threads alive (patching is simpler when there is only one). */
void dz_rewrite_thread_delta(int d);

/* The rewrite cache (rewrite_cache.c): sites rewritten by earlier runs of
 * the same executable.  load calls fn for each record that still matches
 * the code in memory and returns how many; add appends one. */
int dz_rcache_load(void (*fn)(const struct dz_site_plan *plan, uint64_t site, void *arg), void *arg);
void dz_rcache_add(const struct dz_site_plan *plan, uint64_t site);
/* The directory the cache's files go to, into buf: 0; -1 when there is
 * none (neither XDG_CACHE_HOME nor HOME is an absolute path, or it does
 * not fit); -2 when DENIZEN_REWRITE_CACHE=0 turns the cache off.  The
 * cache itself and `denizen doctor` both ask it, so they cannot disagree. */
int dz_rcache_dir(char *buf, size_t len);

/* Statistics for --rewrite-stats style reporting and the tests. */
struct dz_rewrite_stats {
    unsigned sites_seen, sites_patched, sites_refused, stubs_passthrough;
};
void dz_rewrite_get_stats(struct dz_rewrite_stats *s);

#endif
