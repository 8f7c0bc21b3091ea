/* struct rlimit: same layout, different infinity (NetBSD
 * sys/sys/resource.h: rlim_t is unsigned, RLIM_INFINITY 2^63-1; Linux ~0). */
#include "abi/netbsd/convert.h"
#include "abi/netbsd/consts.h"
#include <sys/resource.h>

/* NetBSD's kernel clamps limits at RLIM_INFINITY: anything at or above it
 * is no limit. */
static uint64_t to_linux(uint64_t v)
{
    return v >= (uint64_t)NBSD_RLIM_INFINITY ? RLIM_INFINITY : v;
}

static uint64_t to_nbsd(uint64_t v)
{
    return v >= (uint64_t)NBSD_RLIM_INFINITY ? (uint64_t)NBSD_RLIM_INFINITY : v;
}

void nbsd_to_linux_rlimit(struct lx_rlimit *dst, const struct nbsd_rlimit *src)
{
    *dst = (struct lx_rlimit){ .rlim_cur = to_linux(src->rlim_cur), .rlim_max = to_linux(src->rlim_max) };
}

void linux_to_nbsd_rlimit(struct nbsd_rlimit *dst, const struct lx_rlimit *src)
{
    *dst = (struct nbsd_rlimit){ .rlim_cur = to_nbsd(src->rlim_cur), .rlim_max = to_nbsd(src->rlim_max) };
}
