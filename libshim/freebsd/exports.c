/* The export rows and the import table, made from exports.def. */
#include "libshim/freebsd/fbl.h"

/* DZ_KINDS(FD, OUTBUF, SIZE) -> DZ_K_FD, DZ_K_OUTBUF, DZ_K_SIZE (up to 8). */
#define K_1(a) DZ_K_##a
#define K_2(a, ...) DZ_K_##a, K_1(__VA_ARGS__)
#define K_3(a, ...) DZ_K_##a, K_2(__VA_ARGS__)
#define K_4(a, ...) DZ_K_##a, K_3(__VA_ARGS__)
#define K_5(a, ...) DZ_K_##a, K_4(__VA_ARGS__)
#define K_6(a, ...) DZ_K_##a, K_5(__VA_ARGS__)
#define K_7(a, ...) DZ_K_##a, K_6(__VA_ARGS__)
#define K_8(a, ...) DZ_K_##a, K_7(__VA_ARGS__)
#define K_N(_1, _2, _3, _4, _5, _6, _7, _8, N, ...) N
#define DZ_KINDS(...) K_N(__VA_ARGS__, K_8, K_7, K_6, K_5, K_4, K_3, K_2, K_1)(__VA_ARGS__)

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
#include "libshim/freebsd/exports.def"
#undef X
#undef LOCAL
#undef RAW

/* What an import can bind to: every row but the LOCAL ones. */
#define X(name, ...) &dz_fbl_x_##name,
#define LOCAL(...)
#define RAW(name, ...) &dz_fbl_x_##name,
const struct dz_export *const fbl_exports[] = {
#include "libshim/freebsd/exports.def"
};
#undef X
#undef LOCAL
#undef RAW
_Static_assert(sizeof fbl_exports / sizeof fbl_exports[0] == FBL_NEXPORTS, "export count");
