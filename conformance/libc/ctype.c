/* ctype: the function forms over EOF and 0..255, and the tables the
 * <ctype.h> macros read (FreeBSD: _CurrentRuneLocale through
 * _ThreadRuneLocale, __mb_sb_limit, _DefaultRuneLocale), each as the
 * characters it accepts, run-length encoded. */
#include "probe.h"

/* The members of 0..255 (and EOF) f accepts, as ranges "a-b,c". */
static const char *members(int (*f)(int))
{
    static char out[1024];
    size_t n = 0;
    out[0] = 0;
    for (int c = -1; c < 256; c++) {
        if (!f(c) || (c > -1 && f(c - 1)))
            continue;
        int e = c;
        while (e < 255 && f(e + 1))
            e++;
        n += (size_t)snprintf(out + n, sizeof out - n, n ? ",%d-%d" : "%d-%d", c, e);
    }
    return n ? out : "none";
}

/* The macros, as functions (a macro cannot be passed). */
static int m_alpha(int c) { return isalpha(c); }
static int m_space(int c) { return isspace(c); }
static int m_digit(int c) { return isdigit(c); }
static int m_xdigit(int c) { return isxdigit(c); }
static int m_upper_maps(int c) { return c >= 0 && toupper(c) != c; }
static int m_lower_maps(int c) { return c >= 0 && tolower(c) != c; }
static int m_graph(int c) { return isgraph(c); }
static int f_upper_maps(int c) { return c >= 0 && (toupper)(c) != c; }
static int f_lower_maps(int c) { return c >= 0 && (tolower)(c) != c; }

/* A new thread reads its own _ThreadRuneLocale slot (NULL: the global locale). */
static void *in_thread(void *arg)
{
    CASE("_ThreadRuneLocale", "isalpha-macro-in-thread", "%s", members(m_alpha));
    return arg;
}

int main(void)
{
    CASE("isalnum", "members", "%s", members(isalnum));
    CASE("isalpha", "members", "%s", members(isalpha));
    CASE("isblank", "members", "%s", members(isblank));
    CASE("iscntrl", "members", "%s", members(iscntrl));
    CASE("isdigit", "members", "%s", members(isdigit));
    CASE("isgraph", "members", "%s", members(isgraph));
    CASE("islower", "members", "%s", members(islower));
    CASE("isprint", "members", "%s", members(isprint));
    CASE("ispunct", "members", "%s", members(ispunct));
    CASE("isspace", "members", "%s", members(isspace));
    CASE("isupper", "members", "%s", members(isupper));
    CASE("isxdigit", "members", "%s", members(isxdigit));
    CASE("toupper", "changes", "%s", members(f_upper_maps));
    CASE("tolower", "changes", "%s", members(f_lower_maps));
    CASE("toupper", "a-z", "%c%c %d", (toupper)('a'), (toupper)('z'), (toupper)(-1));
    CASE("tolower", "A-Z", "%c%c %d", (tolower)('A'), (tolower)('Z'), (tolower)(300));
    CASE("_CurrentRuneLocale", "isalpha-macro", "%s", members(m_alpha));
    CASE("_CurrentRuneLocale", "isspace-macro", "%s", members(m_space));
    CASE("_CurrentRuneLocale", "toupper-macro", "%s", members(m_upper_maps));
    CASE("_CurrentRuneLocale", "tolower-macro", "%s", members(m_lower_maps));
    CASE("_DefaultRuneLocale", "isdigit-macro", "%s", members(m_digit));
    CASE("_DefaultRuneLocale", "isxdigit-macro", "%s", members(m_xdigit));
    CASE("__mb_sb_limit", "isgraph-macro", "%s", members(m_graph));
    pthread_t t;
    if (pthread_create(&t, 0, in_thread, 0) == 0)
        pthread_join(t, 0);
    return 0;
}
