/* struct rlimit: same layout, different infinity (FreeBSD
 * sys/sys/resource.h: rlim_t is signed, RLIM_INFINITY 2^63-1; Linux ~0). */
#include "abi/freebsd/convert.h"
#include "abi/freebsd/consts.h"
#include <sys/resource.h>

/* FreeBSD's kern_setrlimit reads any negative limit as infinity too. */
static uint64_t to_linux(int64_t v)
{
    return v < 0 || v == FBSD_RLIM_INFINITY ? RLIM_INFINITY : (uint64_t)v;
}

/* Linux limits above 2^63-1 (RLIM_INFINITY among them) are all "no limit"
 * to a FreeBSD program. */
static int64_t to_fbsd(uint64_t v)
{
    return v >= (uint64_t)FBSD_RLIM_INFINITY ? FBSD_RLIM_INFINITY : (int64_t)v;
}

void fbsd_to_linux_rlimit(struct lx_rlimit *dst, const struct fbsd_rlimit *src)
{
    *dst = (struct lx_rlimit){ .rlim_cur = to_linux(src->rlim_cur), .rlim_max = to_linux(src->rlim_max) };
}

void linux_to_fbsd_rlimit(struct fbsd_rlimit *dst, const struct lx_rlimit *src)
{
    *dst = (struct fbsd_rlimit){ .rlim_cur = to_fbsd(src->rlim_cur), .rlim_max = to_fbsd(src->rlim_max) };
}
