/* ctype: what FreeBSD's <ctype.h> inline functions read, and the function
 * forms.  Only the C locale exists here (no setlocale/uselocale), so the
 * tables are abi/freebsd/runetype.c's constant one:
 *   _DefaultRuneLocale   the C locale's table itself (isdigit, isxdigit)
 *   _CurrentRuneLocale   the global locale's: a pointer to that table
 *   _ThreadRuneLocale    libc's _Thread_local (uselocale's), NULL: a field
 *                        of every thread's record (abi/freebsd/tcb.h),
 *                        reached through its thread-pointer offset (TLS row)
 *   __mb_sb_limit        256: every byte is a character of its own
 * and ___runetype/___tolower/___toupper for values outside 0..255, which
 * the C locale's empty range tables leave without class or mapping. */
#include "libshim/freebsd/fbl.h"
#include "abi/freebsd/runetype.h"

const struct fbsd_rune_locale *fbl_current_rune_locale = &fbsd_c_rune_locale;
int32_t fbl_mb_sb_limit = FBSD_C_MB_SB_LIMIT;
/* The TLS row's value: where _ThreadRuneLocale is from the thread pointer. */
const int64_t fbl_tpoff_thread_rune_locale =
    (int64_t)(sizeof(struct fbsd_tcb) + offsetof(struct fbsd_thread_rec, thread_rune_locale));

static const struct fbsd_rune_locale *const loc = &fbsd_c_rune_locale;

static int cached(long c)
{
    return c >= 0 && c < FBSD_CACHED_RUNES;
}

/* The argument is a C int (__ct_rune_t): the upper half of the register is
 * not the caller's. */
static long arg(struct dz_call *c)
{
    return (int32_t)A(0);
}

long fbl_runetype(struct dz_call *c)
{
    long ch = arg(c);
    return cached(ch) ? (long)loc->runetype[ch] : 0;
}

long fbl_tolower(struct dz_call *c)
{
    long ch = arg(c);
    return cached(ch) ? loc->maplower[ch] : ch;
}

long fbl_toupper(struct dz_call *c)
{
    long ch = arg(c);
    return cached(ch) ? loc->mapupper[ch] : ch;
}

/* isalpha(c) and friends as functions: __istype(c, bits), 0 or 1. */
static long is(struct dz_call *c, unsigned long bits)
{
    return (fbl_runetype(c) & bits) != 0;
}
long fbl_isalnum(struct dz_call *c) { return is(c, FBSD_CT_A | FBSD_CT_D | FBSD_CT_N); }
long fbl_isalpha(struct dz_call *c) { return is(c, FBSD_CT_A); }
long fbl_isblank(struct dz_call *c) { return is(c, FBSD_CT_B); }
long fbl_iscntrl(struct dz_call *c) { return is(c, FBSD_CT_C); }
long fbl_isdigit(struct dz_call *c) { return is(c, FBSD_CT_D); }
long fbl_isgraph(struct dz_call *c) { return is(c, FBSD_CT_G); }
long fbl_islower(struct dz_call *c) { return is(c, FBSD_CT_L); }
long fbl_isprint(struct dz_call *c) { return is(c, FBSD_CT_R); }
long fbl_ispunct(struct dz_call *c) { return is(c, FBSD_CT_P); }
long fbl_isspace(struct dz_call *c) { return is(c, FBSD_CT_S); }
long fbl_isupper(struct dz_call *c) { return is(c, FBSD_CT_U); }
long fbl_isxdigit(struct dz_call *c) { return is(c, FBSD_CT_X); }
