/* The export rows and the import table, made from exports.def. */
#include "libshim/illumos/ilm.h"

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

#define X(sym, h, cv, lvl, cl, nt, rk, n, ...)                                  \
    extern char dz_ilm_t_##sym[];                                              \
    const struct dz_export dz_ilm_x_##sym = {                                  \
        .ent = { .name = #sym, .fn = h, .level = DZ_##lvl, .nargs = n,          \
                 .ret = DZ_K_##rk, .arg = { DZ_KINDS(__VA_ARGS__) }, .note = nt,    \
                 .cls = DZ_LC_##cl },                                           \
        .conv = DZ_LIB_##cv, .entry = dz_ilm_t_##sym,                          \
    };
#define LOCAL X
#define RAW(sym, code)                                                          \
    extern char code[];                                                         \
    const struct dz_export dz_ilm_x_##sym = {                                  \
        .ent = { .name = #sym, .level = DZ_FULL, .ret = DZ_K_PTR },             \
        .conv = DZ_LIB_RAW, .entry = code,                                      \
    };
#define LEAN(sym, code, h, cv, lvl, cl, nt, rk, n, ...)                         \
    extern char dz_ilm_t_##sym[], code[];                                      \
    const struct dz_export dz_ilm_x_##sym = {                                  \
        .ent = { .name = #sym, .fn = h, .level = DZ_##lvl, .nargs = n,          \
                 .ret = DZ_K_##rk, .arg = { DZ_KINDS(__VA_ARGS__) }, .note = nt,    \
                 .cls = DZ_LC_##cl },                                           \
        .conv = DZ_LIB_##cv, .entry = code,                                     \
    };
#include "libshim/illumos/exports.def"
#undef X
#undef LOCAL
#undef RAW
#undef LEAN

/* What an import can bind to: every row but the LOCAL ones. */
#define X(name, ...) &dz_ilm_x_##name,
#define LOCAL(...)
#define RAW(name, sym) &dz_ilm_x_##name,
#define LEAN(name, ...) &dz_ilm_x_##name,
const struct dz_export *const ilm_exports[] = {
#include "libshim/illumos/exports.def"
};
#undef X
#undef LOCAL
#undef RAW
#undef LEAN
_Static_assert(sizeof ilm_exports / sizeof ilm_exports[0] == ILM_NEXPORTS, "export count");
