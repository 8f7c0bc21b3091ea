/* FreeBSD clocks and timers.  Clock ids differ (MONOTONIC is 4); struct
 * timespec, timeval and itimerval have the Linux layout. */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/flags.h"
#include <errno.h>

static long clock_id(int g, long *out)
{
    int64_t h;
    if (dz_val_to_host(&fbsd_clock_ids, g, &h) != 0)
        return -EINVAL;
    *out = (long)h;
    return 0;
}

/* clock_gettime(clockid_t clock_id, struct timespec *tp): 232 */
long fbsd_clock_gettime(struct dz_call *c)
{
    long id, r = clock_id(AI(0), &id);
    return r ? r : dz_sys(SYS_clock_gettime, id, A(1));
}

/* clock_getres(clockid_t clock_id, struct timespec *tp): 234 */
long fbsd_clock_getres(struct dz_call *c)
{
    long id, r = clock_id(AI(0), &id);
    return r ? r : dz_sys(SYS_clock_getres, id, A(1));
}

/* clock_nanosleep(clockid_t id, int flags, const struct timespec *rqtp,
 * struct timespec *rmtp): 244.  TIMER_ABSTIME is 1 on both; the error is
 * returned, not set (the libc wrapper's job on both systems). */
long fbsd_clock_nanosleep(struct dz_call *c)
{
    long id, r = clock_id(AI(0), &id);
    return r ? r : dz_bsys(SYS_clock_nanosleep, id, AI(1) & 1, A(2), A(3), 0, 0);
}

/* setitimer(u_int which, struct itimerval *itv, struct itimerval *oitv): 83;
 * ITIMER_REAL/VIRTUAL/PROF are 0/1/2 on both. */
long fbsd_setitimer(struct dz_call *c) { return dz_sys(SYS_setitimer, AI(0), A(1), A(2)); }
/* getitimer(u_int which, struct itimerval *itv): 86 */
long fbsd_getitimer(struct dz_call *c) { return dz_sys(SYS_getitimer, AI(0), A(1)); }
