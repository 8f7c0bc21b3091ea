#ifndef DZ_TRACE_KINDS_H
#define DZ_TRACE_KINDS_H
enum dz_kind {
#define K(id, spelling) DZ_K_##id,
#include "syscall-xlate/trace/kinds.def"
#undef K
    DZ_K_COUNT
};

struct dz_flagtab;
struct dz_valtab;
/* How a personality decodes one OS-specific kind: a flag table or a value table. */
struct dz_kindtab {
    const struct dz_flagtab *flags;
    const struct dz_valtab *vals;
};
#endif
