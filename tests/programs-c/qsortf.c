/* qsortf: qsort of doubles (a comparator called back by libc), printf of
 * floating point in several conversions, snprintf's truncation, an
 * atexit handler running before stdio is flushed at exit. */
#include "fbsd_libc.h"

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void bye(void)
{
    printf("atexit handler ran\n");
}

int main(void)
{
    double v[40];
    unsigned s = 12345;
    for (int i = 0; i < 40; i++) {
        s = s * 1103515245u + 12345u;
        v[i] = ((double)(s >> 8) / 65536.0 - 128.0) * (i % 3 ? 1.0 : 1e-3);
    }
    qsort(v, 40, sizeof v[0], cmp);
    for (int i = 0; i < 40; i++)
        printf("%2d %12.6f %e %g %a\n", i, v[i], v[i], v[i], v[i]);
    char small[8];
    int n = snprintf(small, sizeof small, "%.3f", 3.14159265);
    printf("snprintf: %d [%s] %.0f %+.2f %G\n", n, small, 2.5, -0.0, 1e300 * 10);
    atexit(bye);
    printf("no newline at the end, flushed by exit");
    return 0;
}
