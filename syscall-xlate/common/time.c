/* Clocks and timers shared by the BSDs.  Clock ids differ (FreeBSD
 * MONOTONIC 4, NetBSD 3) and go through the personality's table; struct
 * timespec, timeval and itimerval have the Linux layout. */
#define _GNU_SOURCE
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include <errno.h>

static long clock_id(struct dz_call *c, int g, long *out)
{
    int64_t h;
    if (dz_val_to_host(dz_bsd(c)->clock_ids, g, &h) != 0)
        return -EINVAL;
    *out = (long)h;
    return 0;
}

/* clock_gettime(clockid_t clock_id, struct timespec *tp) */
long dz_clock_gettime(struct dz_call *c)
{
    long id, r = clock_id(c, AI(0), &id);
    return r ? r : dz_sys(SYS_clock_gettime, id, A(1));
}

/* clock_getres(clockid_t clock_id, struct timespec *tp) */
long dz_clock_getres(struct dz_call *c)
{
    long id, r = clock_id(c, AI(0), &id);
    return r ? r : dz_sys(SYS_clock_getres, id, A(1));
}

/* clock_nanosleep(clockid_t id, int flags, const struct timespec *rqtp,
 * struct timespec *rmtp).  TIMER_ABSTIME is 1 everywhere; the error is
 * returned, not set (the libc wrapper's job on every system). */
long dz_clock_nanosleep(struct dz_call *c)
{
    long id, r = clock_id(c, AI(0), &id);
    return r ? r : dz_norestart(dz_bsys(SYS_clock_nanosleep, id, AI(1) & 1, A(2), A(3), 0, 0));
}

/* setitimer(u_int which, struct itimerval *itv, struct itimerval *oitv);
 * ITIMER_REAL/VIRTUAL/PROF are 0/1/2 everywhere. */
long dz_setitimer(struct dz_call *c)
{
    struct lx_timeval itv[2];
    if (A(1) && dz_bsd_timeval_in(c, A(1), itv, 2) != 0)
        return -EFAULT;
    return dz_sys(SYS_setitimer, AI(0), A(1) ? itv : NULL, A(2));
}
/* getitimer(u_int which, struct itimerval *itv) */
long dz_getitimer(struct dz_call *c) { return dz_sys(SYS_getitimer, AI(0), A(1)); }
