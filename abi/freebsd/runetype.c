/* The C locale's _RuneLocale (runetype.h): each entry computed from the
 * character by the ASCII rules at compile time, so the table is data the
 * program reads (exported as _DefaultRuneLocale) with no code to run.
 * tests/abi/freebsd/test_runetype.c compares it with the host's <ctype.h>
 * in the C locale for 0..255. */
#include "abi/freebsd/runetype.h"

#define IN(c, lo, hi) ((c) >= (lo) && (c) <= (hi))
#define UP(c) IN(c, 'A', 'Z')
#define LO(c) IN(c, 'a', 'z')
#define DIG(c) IN(c, '0', '9')
#define HEXL(c) (IN(c, 'A', 'F') || IN(c, 'a', 'f'))
#define PRINT(c) IN(c, 0x20, 0x7e)
#define GRAPH(c) IN(c, 0x21, 0x7e)

/* The class bits of byte c: the low byte holds a digit's value. */
#define CT(c)                                                                          \
    ((IN(c, 0, 0x1f) || (c) == 0x7f ? FBSD_CT_C : 0) |                                 \
     ((c) == ' ' || IN(c, '\t', '\r') ? FBSD_CT_S : 0) |                               \
     ((c) == ' ' || (c) == '\t' ? FBSD_CT_B : 0) |                                     \
     (PRINT(c) ? FBSD_CT_R | FBSD_CT_SW1 : 0) | (GRAPH(c) ? FBSD_CT_G : 0) |           \
     (UP(c) ? FBSD_CT_U | FBSD_CT_A : 0) | (LO(c) ? FBSD_CT_L | FBSD_CT_A : 0) |       \
     (DIG(c) ? FBSD_CT_D | FBSD_CT_N | FBSD_CT_X | (unsigned long)((c) - '0') : 0) |   \
     (HEXL(c) ? FBSD_CT_X | (unsigned long)(((c) | 0x20) - 'a' + 10) : 0) |            \
     (GRAPH(c) && !UP(c) && !LO(c) && !DIG(c) ? FBSD_CT_P : 0))
#define LOWER(c) (UP(c) ? (c) + 32 : (c))
#define UPPER(c) (LO(c) ? (c) - 32 : (c))

#define R16(M, b) M(b), M(b + 1), M(b + 2), M(b + 3), M(b + 4), M(b + 5), M(b + 6), M(b + 7), \
                  M(b + 8), M(b + 9), M(b + 10), M(b + 11), M(b + 12), M(b + 13), M(b + 14), M(b + 15)
#define R256(M) R16(M, 0), R16(M, 16), R16(M, 32), R16(M, 48), R16(M, 64), R16(M, 80), R16(M, 96), \
                R16(M, 112), R16(M, 128), R16(M, 144), R16(M, 160), R16(M, 176), R16(M, 192),    \
                R16(M, 208), R16(M, 224), R16(M, 240)

const struct fbsd_rune_locale fbsd_c_rune_locale = {
    .magic = { 'R', 'u', 'n', 'e', 'M', 'a', 'g', 'i' },
    .encoding = "NONE",
    .invalid_rune = 0xFFFD,
    .runetype = { R256(CT) },
    .maplower = { R256(LOWER) },
    .mapupper = { R256(UPPER) },
};
