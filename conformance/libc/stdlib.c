/* stdlib: the allocator, qsort, getenv, atexit (its handler runs at exit). */
#include "probe.h"

static int cmp(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static void bye(void)
{
    printf("CASE atexit at-exit: ran\n");
}

int main(void)
{
    char *p = malloc(100);
    CASE("malloc", "100", "%d", p != 0 && ((unsigned long)p & 15) == 0);
    memset(p, 'a', 100);
    p = realloc(p, 100000);
    CASE("realloc", "grow-keeps", "%d", p && p[0] == 'a' && p[99] == 'a');
    free(p);
    CASE("realloc", "null", "%d", (p = realloc(0, 10)) != 0);
    free(p);
    free(0);
    CASE("free", "null", "%s", "ok");
    int *z = calloc(1000, sizeof *z);
    int sum = 0;
    for (int i = 0; z && i < 1000; i++)
        sum += z[i];
    CASE("calloc", "zeroed", "%d %d", z != 0, sum);
    free(z);
    volatile size_t huge = (size_t)-1 / 2;   /* volatile: the compiler would warn of the product */
    void *volatile q = calloc(huge, 4);   /* kept: clang drops an unused allocation and its NULL test */
    int none = q == 0;
    free(q);
    CASE("calloc", "overflow", "%d %s", none, ename(errno));
    void *m = 0;
    int r = posix_memalign(&m, 4096, 10);
    CASE("posix_memalign", "4096", "%d %d", r, m && ((unsigned long)m & 4095) == 0);
    free(m);
    CASE("posix_memalign", "not-power-of-2", "%s", ename(posix_memalign(&m, 24, 10)));
    int v[] = { 5, -3, 9, 0, 5, 2, -7, 1 };
    qsort(v, 8, sizeof v[0], cmp);
    CASE("qsort", "ints", "%d %d %d %d %d %d %d %d", v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
    qsort(v, 0, sizeof v[0], cmp);
    CASE("qsort", "empty", "%s", "ok");
    CASE("getenv", "set", "%s", getenv("DZ_PROBE_VAR") ? getenv("DZ_PROBE_VAR") : "(null)");
    CASE("getenv", "unset", "%s", getenv("DZ_PROBE_UNSET") ? "set" : "(null)");
    CASE("atexit", "register", "%d", atexit(bye));
    return 0;
}
