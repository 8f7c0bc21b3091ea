/* The export rows and the import table, made from exports.def. */
#include "libshim/freebsd/fbl.h"

#include "libshim/common/kindlist.h"

/* A version token (FBSD_1.5, GCC_4.2.0) as a string; 0 for none. */
#define VER_0 0
#define VERSION(v) VERSION_(v)
#define VERSION_(v) #v

#define X(sym, ver, h, cv, lvl, nt, rk, n, ...)                                 \
    extern char dz_fbl_t_##sym[];                                               \
    const struct dz_export dz_fbl_x_##sym = {                                   \
        .ent = { .name = #sym, .fn = h, .level = DZ_##lvl, .nargs = n,          \
                 .ret = DZ_K_##rk, .arg = { DZ_KINDS(__VA_ARGS__) }, .note = nt }, \
        .conv = DZ_LIB_##cv, .entry = dz_fbl_t_##sym, .version = VERSION(ver),  \
    };
#define LOCAL(sym, ver, h, cv, lvl, nt, rk, n, ...)                             \
    extern char dz_fbl_t_##sym[];                                               \
    const struct dz_export dz_fbl_x_##sym = {                                   \
        .ent = { .name = #sym, .fn = h, .level = DZ_##lvl, .nargs = n,          \
                 .ret = DZ_K_##rk, .arg = { DZ_KINDS(__VA_ARGS__) }, .note = nt }, \
        .conv = DZ_LIB_##cv, .entry = dz_fbl_t_##sym,                           \
    };
#define RAW(sym, ver, code)                                                     \
    extern char code[];                                                         \
    const struct dz_export dz_fbl_x_##sym = {                                   \
        .ent = { .name = #sym, .level = DZ_FULL, .ret = DZ_K_PTR },             \
        .conv = DZ_LIB_RAW, .entry = code, .version = VERSION(ver),             \
    };
/* A TLS row: entry is the int64_t giving the variable's offset from the
 * thread pointer, what an R_X86_64_TPOFF64 import is bound to. */
#define TLS(sym, ver, tpoff)                                                    \
    extern const int64_t tpoff;                                                 \
    const struct dz_export dz_fbl_x_##sym = {                                   \
        .ent = { .name = #sym, .level = DZ_FULL, .ret = DZ_K_PTR },             \
        .conv = DZ_LIB_TLS, .entry = &tpoff, .version = VERSION(ver),           \
    };
#include "libshim/freebsd/exports.def"
#undef X
#undef LOCAL
#undef RAW
#undef TLS

/* What an import can bind to: every row but the LOCAL ones. */
#define X(name, ...) &dz_fbl_x_##name,
#define LOCAL(...)
#define RAW(name, ...) &dz_fbl_x_##name,
#define TLS RAW
const struct dz_export *const fbl_exports[] = {
#include "libshim/freebsd/exports.def"
};
#undef X
#undef LOCAL
#undef RAW
#undef TLS
_Static_assert(sizeof fbl_exports / sizeof fbl_exports[0] == FBL_NEXPORTS, "export count");
