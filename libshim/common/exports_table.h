/* The export rows and the import table of a library personality whose
 * exports.def rows are X/LOCAL/RAW/LEAN(sym, handler, conv, level, class,
 * note, ret, nargs, kinds...) (OpenBSD, illumos).  Included once, from the
 * personality's exports.c, with:
 *   DZ_XP     its prefix (obsd): rows are dz_<P>_x_<sym>, thunks dz_<P>_t_<sym>
 *   DZ_XDEF   its exports.def, as a header name
 *   DZ_XLIST  the name of the import table (every row but the LOCAL ones)
 *   DZ_XCOUNT the number of rows it must have */
#include "libshim/common/kindlist.h"

#define DZ_XCAT_(a, b, c) a##b##c
#define DZ_XCAT(a, b, c) DZ_XCAT_(a, b, c)
#define DZ_XROW(sym) DZ_XCAT(dz_, DZ_XP, _x_##sym)
#define DZ_XTHUNK(sym) DZ_XCAT(dz_, DZ_XP, _t_##sym)

#define X(sym, h, cv, lvl, cl, nt, rk, n, ...)                                                     \
    extern char DZ_XTHUNK(sym)[];                                                                  \
    const struct dz_export DZ_XROW(sym) = {                                                        \
        .ent = { .name = #sym, .fn = h, .level = DZ_##lvl, .nargs = n, .ret = DZ_K_##rk,            \
                 .arg = { DZ_KINDS(__VA_ARGS__) }, .note = nt, .cls = DZ_LC_##cl },                \
        .conv = DZ_LIB_##cv, .entry = DZ_XTHUNK(sym),                                              \
    };
#define LOCAL X
#define RAW(sym, code)                                                                             \
    extern char code[];                                                                            \
    const struct dz_export DZ_XROW(sym) = {                                                        \
        .ent = { .name = #sym, .level = DZ_FULL, .ret = DZ_K_PTR },                                 \
        .conv = DZ_LIB_RAW, .entry = code,                                                         \
    };
#define LEAN(sym, code, h, cv, lvl, cl, nt, rk, n, ...)                                            \
    extern char DZ_XTHUNK(sym)[], code[];                                                          \
    const struct dz_export DZ_XROW(sym) = {                                                        \
        .ent = { .name = #sym, .fn = h, .level = DZ_##lvl, .nargs = n, .ret = DZ_K_##rk,            \
                 .arg = { DZ_KINDS(__VA_ARGS__) }, .note = nt, .cls = DZ_LC_##cl },                \
        .conv = DZ_LIB_##cv, .entry = code,                                                        \
    };
#include DZ_XDEF
#undef X
#undef LOCAL
#undef RAW
#undef LEAN

#define X(name, ...) &DZ_XROW(name),
#define LOCAL(...)
#define RAW(name, sym) &DZ_XROW(name),
#define LEAN(name, ...) &DZ_XROW(name),
const struct dz_export *const DZ_XLIST[] = {
#include DZ_XDEF
};
#undef X
#undef LOCAL
#undef RAW
#undef LEAN
_Static_assert(sizeof DZ_XLIST / sizeof DZ_XLIST[0] == DZ_XCOUNT, "export count");
