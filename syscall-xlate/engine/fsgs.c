/* Choosing and installing the FS/GS mechanism (fsgs.h). */
#define _GNU_SOURCE
#include "syscall-xlate/engine/fsgs.h"
#include "syscall-xlate/engine/thread.h"
#include <asm/prctl.h>
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

_Static_assert(offsetof(struct dz_thread, cur_fs) == 40, "fsgs_ops.S T_CUR_FS");

/* The hot paths' entries (fsgs_ops.S); offsets used by entry.S, fastpath.S
 * and libshim/common/entry.S (FSGS_ENTER ... FSGS_NESTED_LEAVE). */
struct dz_fsgs_ops {
    void (*enter)(void);
    void (*leave)(void);
    void (*nested_enter)(void);
    void (*nested_leave)(void);
};
extern void dz_fsgs_instr_enter(void), dz_fsgs_instr_leave(void);
extern void dz_fsgs_instr_nested_enter(void), dz_fsgs_instr_nested_leave(void);
extern void dz_fsgs_instr_set_gs(void *);
extern void dz_fsgs_prctl_enter(void), dz_fsgs_prctl_leave(void);
extern void dz_fsgs_prctl_nested_enter(void), dz_fsgs_prctl_nested_leave(void);
extern char dz_fsgsbase_start[], dz_fsgsbase_end[];

/* Until dz_fsgs_install says otherwise: arch_prctl, right on every host. */
struct dz_fsgs_ops dz_fsgs_ops = {
    dz_fsgs_prctl_enter, dz_fsgs_prctl_leave, dz_fsgs_prctl_nested_enter, dz_fsgs_prctl_nested_leave,
};
enum dz_fsgs_mode dz_fsgs_mode = DZ_FSGS_ABSENT;

/* The GS base of threads without engine state: its self pointer (offset 0,
 * what dz_self reads) is NULL. */
const uint64_t dz_fsgs_no_thread[8];

/* Every process that links the engine starts with GS at the sentinel, so
 * that dz_self() (%gs:0) answers NULL, not a fault, on a thread that never
 * ran a guest: denizen before its first guest thread, helper threads, unit
 * tests.  arch_prctl: right whatever the mode will be. */
__attribute__((constructor)) static void gs_sentinel(void)
{
    syscall(SYS_arch_prctl, ARCH_SET_GS, dz_fsgs_no_thread);
}

enum dz_fsgs_mode dz_fsgs_decide(unsigned long hwcap2, const char *env)
{
    if (!(hwcap2 & DZ_HWCAP2_FSGSBASE))
        return DZ_FSGS_ABSENT;
    if (env && (strcmp(env, "off") == 0 || strcmp(env, "0") == 0))
        return DZ_FSGS_OFF;
    return DZ_FSGS_INSTR;
}

const char *dz_fsgs_describe(enum dz_fsgs_mode m)
{
    switch (m) {
    case DZ_FSGS_INSTR:
        return "used (rdfsbase/wrfsbase)";
    case DZ_FSGS_ABSENT:
        return "not offered by this CPU or kernel: arch_prctl fallback";
    case DZ_FSGS_OFF:
        return "offered, forced off (DENIZEN_FSGSBASE=off): arch_prctl fallback";
    }
    return "?";
}

int dz_fsgs_install(enum dz_fsgs_mode m)
{
    dz_fsgs_mode = m;
    if (m == DZ_FSGS_INSTR) {
        dz_fsgs_ops = (struct dz_fsgs_ops){ dz_fsgs_instr_enter, dz_fsgs_instr_leave, dz_fsgs_instr_nested_enter,
                                            dz_fsgs_instr_nested_leave };
    } else {
        dz_fsgs_ops = (struct dz_fsgs_ops){ dz_fsgs_prctl_enter, dz_fsgs_prctl_leave, dz_fsgs_prctl_nested_enter,
                                            dz_fsgs_prctl_nested_leave };
        /* Faithful: on a host that has the instructions, the fallback must
         * not use them by accident (they would work here and fail there). */
        if (mprotect(dz_fsgsbase_start, (size_t)(dz_fsgsbase_end - dz_fsgsbase_start), PROT_NONE) != 0)
            return -errno;
    }
    return 0;
}

int dz_fsgs_init(int force_off)
{
    enum dz_fsgs_mode m = dz_fsgs_decide(getauxval(AT_HWCAP2), getenv("DENIZEN_FSGSBASE"));
    if (force_off && m == DZ_FSGS_INSTR)
        m = DZ_FSGS_OFF;
    return dz_fsgs_install(m);
}

void dz_fsgs_set_gs(void *base)
{
    if (dz_fsgs_mode == DZ_FSGS_INSTR)
        dz_fsgs_instr_set_gs(base);
    else
        syscall(SYS_arch_prctl, ARCH_SET_GS, base);
}
