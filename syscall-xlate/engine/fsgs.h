/* How the engine moves between guest and host FS bases, and binds its
 * per-thread state to GS: chosen once per process, before the first guest
 * instruction, and never tested again on a hot path.
 *
 *  - DZ_FSGS_INSTR: the kernel offers FSGSBASE to user space (AT_HWCAP2
 *    bit 1): rdfsbase/wrfsbase/wrgsbase, a few cycles each.
 *  - DZ_FSGS_ABSENT / DZ_FSGS_OFF: not offered (kernels before 5.9, some
 *    hypervisors), or forced off with DENIZEN_FSGSBASE=off: arch_prctl.
 *    Such hosts may still execute the instructions without a fault, but the
 *    kernel puts its own base back at the next kernel entry, so they must
 *    not run at all: every FSGSBASE instruction of denizen lives in one
 *    page-aligned section (fsgs_instr.S) that dz_fsgs_install unmaps in
 *    these modes, so that a stray use faults at once instead of "working"
 *    until the next system call.
 *
 * The hot entry and exit paths (entry.S, fastpath.S, libshim/common/entry.S)
 * reach the chosen code through dz_fsgs_ops: an indirect call, the same on
 * both paths.  The guest's FS base: read with rdfsbase on entry in the
 * instruction mode; in the arch_prctl modes the engine is the only one that
 * sets it, so t->guest_fs is always the live value and is not read back. */
#ifndef DZ_ENGINE_FSGS_H
#define DZ_ENGINE_FSGS_H
#include <stdint.h>

enum dz_fsgs_mode {
    DZ_FSGS_INSTR,    /* FSGSBASE offered and used */
    DZ_FSGS_ABSENT,   /* not offered: arch_prctl */
    DZ_FSGS_OFF,      /* offered, but DENIZEN_FSGSBASE=off: arch_prctl */
};

#define DZ_HWCAP2_FSGSBASE 2UL   /* AT_HWCAP2 bit 1 (asm/hwcap2.h) */

/* The mode for these host facts: AT_HWCAP2 and DENIZEN_FSGSBASE ("off" or
 * "0" force the fallback; unset, "on", "auto" or anything else: use the
 * instructions where offered). Pure: unit-tested with made-up facts. */
enum dz_fsgs_mode dz_fsgs_decide(unsigned long hwcap2, const char *env);
/* One line for humans: "used", "not offered (arch_prctl fallback)", ... */
const char *dz_fsgs_describe(enum dz_fsgs_mode m);

/* Install MODE's code for the whole process (once, before any guest thread
 * state exists); in the fallback modes the FSGSBASE section is made
 * inaccessible.  0 or -errno. */
int dz_fsgs_install(enum dz_fsgs_mode m);
/* dz_fsgs_install(dz_fsgs_decide(getauxval(AT_HWCAP2), getenv(...))), also
 * honouring a forced-off flag given on the command line (--no-fsgsbase,
 * which denizen passes to the programs a guest execs). */
int dz_fsgs_init(int force_off);
extern enum dz_fsgs_mode dz_fsgs_mode;

/* The calling thread's GS base (its struct dz_thread, or the "no thread"
 * sentinel whose self pointer is NULL). */
void dz_fsgs_set_gs(void *base);
extern const uint64_t dz_fsgs_no_thread[8];

#endif
