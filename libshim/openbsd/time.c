/* OpenBSD clocks (sys/sys/_time.h ids: MONOTONIC 3, UPTIME 5, ...).
 * clock_gettime goes through the host libc, i.e. the vDSO: Go reads the
 * clock on every scheduling decision, and a library call needs no trap. */
#define _GNU_SOURCE
#include "libshim/openbsd/obsd.h"
#include "abi/openbsd/flags.h"
#include <errno.h>
#include <time.h>

/* clock_gettime(clockid_t clock_id, struct timespec *tp): struct timespec
 * has the Linux layout. */
long obsd_clock_gettime(struct dz_call *c)
{
    int64_t id;
    if (dz_val_to_host(&obsd_clock_ids, AI(0), &id) != 0)
        return -EINVAL;
    struct timespec ts;
    if (clock_gettime((clockid_t)id, &ts) != 0)
        return -errno;
    return dz_copy_out(A(1), &ts, sizeof ts) ? -EFAULT : 0;
}

/* usleep(useconds_t microseconds) */
long obsd_usleep(struct dz_call *c)
{
    uint64_t us = (uint32_t)A(0);
    struct timespec ts = { (time_t)(us / 1000000), (long)(us % 1000000) * 1000 };
    /* nanosleep(2): never restarted, whatever SA_RESTART says. */
    return dz_sleep_result(dz_lib_bsys(SYS_nanosleep, (long)&ts, 0, 0, 0, 0, 0));
}
