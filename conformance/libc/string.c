/* string: the string and memory functions (the host's, bound directly). */
#include "probe.h"

static int sign(int v)
{
    return v < 0 ? -1 : v > 0;
}

int main(void)
{
    char a[32], b[32];
    CASE("strlen", "empty", "%zu", strlen(""));
    CASE("strlen", "word", "%zu", strlen("denizen"));
    CASE("strcmp", "equal", "%d", sign(strcmp("abc", "abc")));
    CASE("strcmp", "less", "%d", sign(strcmp("abc", "abd")));
    CASE("strcmp", "prefix", "%d", sign(strcmp("ab", "abc")));
    CASE("strcmp", "high-byte", "%d", sign(strcmp("\xe9", "a")));
    CASE("strncmp", "first-3", "%d", sign(strncmp("abcx", "abcy", 3)));
    CASE("strncmp", "zero", "%d", sign(strncmp("a", "b", 0)));
    const char *s = "a/b/c";
    CASE("strchr", "first", "%ld", (long)(strchr(s, '/') - s));
    CASE("strchr", "nul", "%ld", (long)(strchr(s, 0) - s));
    CASE("strchr", "none", "%d", strchr(s, 'z') == 0);
    CASE("strrchr", "last", "%ld", (long)(strrchr(s, '/') - s));
    CASE("strrchr", "none", "%d", strrchr(s, 'z') == 0);
    CASE("strcpy", "copy", "%s", strcpy(a, "copied") == a ? a : "?");
    memset(b, 'x', sizeof b);
    strncpy(b, "ab", 5);
    CASE("strncpy", "pads", "%d %d %d %c", b[2], b[3], b[4], b[5]);
    volatile size_t three = 3;
    strncpy(b, "abcdef", three);
    CASE("strncpy", "truncates", "%c%c%c %c", b[0], b[1], b[2], b[3]);
    CASE("memchr", "found", "%ld", (long)((const char *)memchr("hello", 'l', 5) - "hello" == 2 ? 2 : -1));
    CASE("memchr", "past-n", "%d", memchr("hello", 'o', 4) == 0);
    CASE("memcmp", "less", "%d", sign(memcmp("ab\0a", "ab\0b", 4)));
    CASE("memcmp", "equal", "%d", sign(memcmp("ab", "ab", 2)));
    CASE("bcmp", "differ", "%d", bcmp("abc", "abd", 3) != 0);
    CASE("bcmp", "same", "%d", bcmp("abc", "abd", 2));
    memset(a, 0, sizeof a);
    memcpy(a, "0123456789", 10);
    CASE("memcpy", "copy", "%s", a);
    memmove(a + 2, a, 8);
    CASE("memmove", "overlap-up", "%s", a);
    memmove(a, a + 2, 8);
    CASE("memmove", "overlap-down", "%s", a);
    memset(a, '*', 4);
    CASE("memset", "fill", "%.6s", a);
    char e[64];
    CASE("strerror_r", "ENOENT", "%d %s", strerror_r(ENOENT, e, sizeof e), e);
    int r = strerror_r(ENOENT, e, 4);
    CASE("strerror_r", "small", "%s", r == ERANGE ? "ERANGE" : r ? "other" : "0");
    return 0;
}
