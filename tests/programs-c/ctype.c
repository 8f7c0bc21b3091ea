/* ctype: the classification and case mapping of every byte (and EOF),
 * through <ctype.h>'s macros -- FreeBSD's inline functions reading
 * _ThreadRuneLocale (a TLS import), _CurrentRuneLocale, __mb_sb_limit and
 * _DefaultRuneLocale -- and through the function forms, in the main thread
 * and in a second one (its own TLS slot); a string upper- and lower-cased
 * and its words counted; runes past 255 through ___runetype/___toupper. */
#include "fbsd_libc.h"

#ifndef __FreeBSD__
/* What FreeBSD's C locale gives for runes past the 256 cached ones (no
 * class, mapped to themselves), and digittoint, which Linux lacks. */
static int wide_alpha(int c) { return c >= 0 && c < 256 ? isalpha(c) != 0 : 0; }
static int wide_upper(int c) { return c >= 0 && c < 256 ? toupper(c) : c; }
static int digittoint(int c)
{
    return isdigit(c) ? c - '0' : isxdigit(c) ? (c | 0x20) - 'a' + 10 : 0;
}
#else
static int wide_alpha(int c) { return __istype(c, _CTYPE_A); }
static int wide_upper(int c) { return __toupper(c); }
#endif

static unsigned long sum;

static void table(const char *who)
{
    unsigned long h = 0;
    for (int c = -1; c < 256; c++) {
        int bits = (!!isalnum(c)) | (!!isalpha(c) << 1) | (!!isblank(c) << 2) | (!!iscntrl(c) << 3) |
                   (!!isdigit(c) << 4) | (!!isgraph(c) << 5) | (!!islower(c) << 6) | (!!isprint(c) << 7) |
                   (!!ispunct(c) << 8) | (!!isspace(c) << 9) | (!!isupper(c) << 10) | (!!isxdigit(c) << 11);
        /* The function forms (parenthesised names: no macro). */
        int fbits = (!!(isalnum)(c)) | (!!(isalpha)(c) << 1) | (!!(isblank)(c) << 2) | (!!(iscntrl)(c) << 3) |
                    (!!(isdigit)(c) << 4) | (!!(isgraph)(c) << 5) | (!!(islower)(c) << 6) | (!!(isprint)(c) << 7) |
                    (!!(ispunct)(c) << 8) | (!!(isspace)(c) << 9) | (!!(isupper)(c) << 10) | (!!(isxdigit)(c) << 11);
        if (bits != fbits)
            printf("%s: %d: macro %#x, function %#x\n", who, c, bits, fbits);
        if (toupper(c) != (toupper)(c) || tolower(c) != (tolower)(c))
            printf("%s: %d: case macro and function differ\n", who, c);
        if (c >= 0 && c < 128)
            printf("%3d %03x %3d %3d %2d\n", c, bits, toupper(c), tolower(c), digittoint(c));
        h = h * 31 + (unsigned long)bits * 65536 + (unsigned long)toupper(c) * 256 + (unsigned long)tolower(c);
    }
    printf("%s: 0..255 and EOF hash %lx\n", who, h);
    sum = h;
}

static void *second(void *arg)
{
    table("thread");
    return arg;
}

int main(void)
{
    table("main");
    unsigned long main_sum = sum;
    pthread_t t;
    if (pthread_create(&t, 0, second, 0) != 0 || pthread_join(t, 0) != 0)
        return 1;
    printf("thread table %s\n", sum == main_sum ? "same" : "differs");

    char s[] = "Hello, World! 0x1F tab\there \xe9t\xe9 99 bottles";
    char up[sizeof s], low[sizeof s];
    int words = 0, in = 0, digits = 0;
    for (size_t i = 0; i < sizeof s; i++) {
        up[i] = (char)toupper((unsigned char)s[i]);
        low[i] = (char)tolower((unsigned char)s[i]);
        if (isspace((unsigned char)s[i]) || !s[i])
            in = 0;
        else if (!in)
            in = 1, words++;
        digits += isdigit((unsigned char)s[i]) != 0;
    }
    printf("%s\n%s\nwords %d digits %d\n", up, low, words, digits);
    int wide[] = { 255, 256, 300, 0x3b1, 0x10000, -1 };
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
        printf("rune %d: alpha %d upper %d (function %d)\n", wide[i], wide_alpha(wide[i]),
               wide_upper(wide[i]), (toupper)(wide[i]));
    return 0;
}
