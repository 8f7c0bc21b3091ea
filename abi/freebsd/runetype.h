/* FreeBSD's locale character tables (runetype.h, _ctype.h), as <ctype.h>'s
 * inline functions read them: isalpha(c) is
 *     (c < 0 || c >= __mb_sb_limit) ? 0 : !!(locale->__runetype[c] & _CTYPE_A)
 * where locale is the thread's _ThreadRuneLocale (a _Thread_local of
 * libc.so.7, set by uselocale) or else the global _CurrentRuneLocale;
 * isdigit/isxdigit read _DefaultRuneLocale (the C locale) directly;
 * toupper(c) is locale->__mapupper[c]; values outside the 256 cached ones
 * go to ___runetype/___toupper/___tolower, which search the *_ext ranges.
 * Layout of amd64 (LP64), our own declaration. */
#ifndef DZ_ABI_FREEBSD_RUNETYPE_H
#define DZ_ABI_FREEBSD_RUNETYPE_H
#include <stddef.h>
#include <stdint.h>

#define FBSD_CACHED_RUNES 256
#define FBSD_RUNE_MAGIC "RuneMagi"

/* Character class bits of __runetype[] (_ctype.h).  The low byte of a
 * digit's or hex letter's entry is its value (digittoint). */
#define FBSD_CT_A 0x00000100UL      /* alpha */
#define FBSD_CT_C 0x00000200UL      /* control */
#define FBSD_CT_D 0x00000400UL      /* digit */
#define FBSD_CT_G 0x00000800UL      /* graph */
#define FBSD_CT_L 0x00001000UL      /* lower */
#define FBSD_CT_P 0x00002000UL      /* punct */
#define FBSD_CT_S 0x00004000UL      /* space */
#define FBSD_CT_U 0x00008000UL      /* upper */
#define FBSD_CT_X 0x00010000UL      /* hex digit */
#define FBSD_CT_B 0x00020000UL      /* blank */
#define FBSD_CT_R 0x00040000UL      /* print */
#define FBSD_CT_I 0x00080000UL      /* ideogram */
#define FBSD_CT_T 0x00100000UL      /* special */
#define FBSD_CT_Q 0x00200000UL      /* phonogram */
#define FBSD_CT_N 0x00400000UL      /* number (a superset of digit) */
#define FBSD_CT_SW0 0x20000000UL    /* screen width 0 */
#define FBSD_CT_SW1 0x40000000UL    /* screen width 1 */
#define FBSD_CT_SW2 0x80000000UL
#define FBSD_CT_SW3 0xc0000000UL
#define FBSD_CT_SWM 0xe0000000UL    /* the width bits */

struct fbsd_rune_entry {            /* _RuneEntry: one range of runes */
    int32_t min, max, map;          /* first, last (inclusive), what min maps to */
    uint64_t types;                 /* unsigned long *: per-rune types, or NULL (all the map's) */
};

struct fbsd_rune_range {            /* _RuneRange */
    int32_t nranges;
    uint64_t ranges;                /* struct fbsd_rune_entry * */
};

struct fbsd_rune_locale {           /* _RuneLocale */
    char magic[8];                  /* "RuneMagi" */
    char encoding[32];              /* "NONE" for the C locale */
    uint64_t sgetrune, sputrune;    /* obsolete function pointers, NULL */
    int32_t invalid_rune;
    uint64_t runetype[FBSD_CACHED_RUNES];    /* unsigned long: class bits */
    int32_t maplower[FBSD_CACHED_RUNES];
    int32_t mapupper[FBSD_CACHED_RUNES];
    struct fbsd_rune_range runetype_ext, maplower_ext, mapupper_ext;
    uint64_t variable;              /* encoding data, NULL */
    int32_t variable_len;
};
_Static_assert(offsetof(struct fbsd_rune_locale, sgetrune) == 40, "_RuneLocale sgetrune");
_Static_assert(offsetof(struct fbsd_rune_locale, invalid_rune) == 56, "_RuneLocale invalid_rune");
_Static_assert(offsetof(struct fbsd_rune_locale, runetype) == 64, "_RuneLocale runetype");
_Static_assert(offsetof(struct fbsd_rune_locale, maplower) == 2112, "_RuneLocale maplower");
_Static_assert(offsetof(struct fbsd_rune_locale, mapupper) == 3136, "_RuneLocale mapupper");
_Static_assert(offsetof(struct fbsd_rune_locale, runetype_ext) == 4160, "_RuneLocale runetype_ext");
_Static_assert(offsetof(struct fbsd_rune_locale, variable) == 4208, "_RuneLocale variable");
_Static_assert(sizeof(struct fbsd_rune_locale) == 4224, "_RuneLocale size");

/* The C (POSIX) locale's table, FreeBSD's _DefaultRuneLocale: ASCII
 * classes, 128..255 no class and mapped to themselves. */
extern const struct fbsd_rune_locale fbsd_c_rune_locale;
/* __mb_sb_limit of the C locale: every byte is a single-byte character. */
#define FBSD_C_MB_SB_LIMIT 256
#endif
