/* struct rlimit: same layout, different infinity (OpenBSD
 * sys/sys/resource.h: rlim_t is unsigned, RLIM_INFINITY 2^63-1; Linux ~0). */
#include "abi/openbsd/convert.h"
#include "abi/openbsd/consts.h"
#include <sys/resource.h>

static uint64_t to_linux(uint64_t v)
{
    return v >= OBSD_RLIM_INFINITY ? RLIM_INFINITY : v;
}

/* Linux limits at or above 2^63-1 are all "no limit" to OpenBSD. */
static uint64_t to_obsd(uint64_t v)
{
    return v >= OBSD_RLIM_INFINITY ? OBSD_RLIM_INFINITY : v;
}

void obsd_to_linux_rlimit(struct lx_rlimit *dst, const struct obsd_rlimit *src)
{
    *dst = (struct lx_rlimit){ .rlim_cur = to_linux(src->rlim_cur), .rlim_max = to_linux(src->rlim_max) };
}

void linux_to_obsd_rlimit(struct obsd_rlimit *dst, const struct lx_rlimit *src)
{
    *dst = (struct obsd_rlimit){ .rlim_cur = to_obsd(src->rlim_cur), .rlim_max = to_obsd(src->rlim_max) };
}
