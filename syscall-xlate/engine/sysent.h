/* A personality's syscall table row, generated from its syscalls.master by
 * syscall-xlate/gen/mastergen.c.  Number, name, handler, support level and
 * trace signature come from one row, so they cannot drift apart. */
#ifndef DZ_ENGINE_SYSENT_H
#define DZ_ENGINE_SYSENT_H
#include <stdint.h>
#include "syscall-xlate/engine/call.h"
#include "syscall-xlate/trace/kinds.h"
#include "syscall-xlate/trace/classes.h"

enum dz_level {
    DZ_UNKNOWN = 0,   /* no such number */
    DZ_FULL,          /* translated with the guest's semantics */
    DZ_PARTIAL,       /* works for what real programs do; note says what not */
    DZ_STUB,          /* answers honestly without doing the work (note says how) */
    DZ_UNIMPL,        /* exists on the guest OS; ENOSYS + one report */
    DZ_OBSOLETE,      /* compat/obsolete slot; ENOSYS + one report */
};

/* How a rewritten call site may make the call without the engine's C
 * code (the @FAST column of syscalls.master; rewrite.c). */
enum dz_fast {
    DZ_FAST_NONE = 0,
    DZ_FAST_LINUX,            /* Linux's linux_nr, same arguments and result */
    DZ_FAST_LINUX_NORESTART,  /* the same, never restarted after a signal */
    DZ_FAST_CLOCK,            /* clock_gettime through the host vDSO */
};

struct dz_sysent {
    const char *name;
    dz_handler fn;
    uint8_t level;
    uint8_t nargs;
    uint8_t ret;              /* enum dz_kind of the result */
    uint8_t arg[8];           /* enum dz_kind of each argument */
    const char *note;
    uint8_t fast;             /* enum dz_fast */
    int16_t linux_nr;         /* with DZ_FAST_LINUX*: the Linux call; else -1 */
    uint8_t cls;              /* enum dz_class bits (--trace-calls); 0: none */
};

#endif
