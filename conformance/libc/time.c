/* time: the clocks (values are never printed: their relations are). */
#include "probe.h"

int main(void)
{
    struct timespec a, b;
    int r = clock_gettime(CLOCK_REALTIME, &a);
    CASE("clock_gettime", "realtime", "%d %d", r, a.tv_sec > 1600000000);
    CASE("clock_gettime", "realtime-nsec", "%d", a.tv_nsec >= 0 && a.tv_nsec < 1000000000);
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (volatile int i = 0; i < 1000000; i++)
        ;
    r = clock_gettime(CLOCK_MONOTONIC, &b);
    CASE("clock_gettime", "monotonic-advances", "%d %d", r,
         b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
    r = clock_gettime(12345, &a);
    CASE("clock_gettime", "bad-clock", "%d %s", r, ename(errno));
    return 0;
}
