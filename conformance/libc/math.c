/* math: libm.so.5's exports (the host's functions, bound directly), their
 * results to 9 significant digits and at the edges. */
#include "probe.h"

int main(void)
{
    volatile double x = 2.0;    /* volatile: computed at run time, not folded */
    volatile float f = 0.5f, g = 3.0f;
    CASE("pow", "2^10", "%.9g", pow(x, 10));
    CASE("pow", "2^-0.5", "%.9g", pow(x, -0.5));
    CASE("pow", "0^-1", "%g", pow(x - 2, -1));
    CASE("powf", "0.5^3", "%.9g", (double)powf(f, g));
    CASE("cosf", "0.5", "%.9g", (double)cosf(f));
    CASE("sinf", "0.5", "%.9g", (double)sinf(f));
    CASE("tanf", "0.5", "%.9g", (double)tanf(f));
    CASE("acosf", "0.5", "%.9g", (double)acosf(f));
    CASE("asinf", "0.5", "%.9g", (double)asinf(f));
    CASE("acosf", "3-nan", "%d", __builtin_isnan(acosf(g)));
    CASE("atanf", "3", "%.9g", (double)atanf(g));
    CASE("atan2f", "0.5,3", "%.9g", (double)atan2f(f, g));
    CASE("expf", "3", "%.9g", (double)expf(g));
    CASE("expf", "overflow", "%g", (double)expf(g * 1000));
    CASE("logf", "3", "%.9g", (double)logf(g));
    CASE("logf", "0", "%g", (double)logf(f - f));
    CASE("hypotf", "3,4", "%.9g", (double)hypotf(g, g + 1));
    return 0;
}
