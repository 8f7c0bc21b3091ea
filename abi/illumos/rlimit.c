/* struct rlimit: same layout, different infinity (illumos sys/resource.h:
 * RLIM_INFINITY 2^64-3; RLIM_SAVED_MAX/CUR 2^64-2/2^64-1 stand for limits
 * a 32-bit process could not see: also "no limit" here). */
#include "abi/illumos/convert.h"
#include "abi/illumos/consts.h"
#include <sys/resource.h>

static uint64_t to_linux(uint64_t v)
{
    return v >= ILM_RLIM_INFINITY ? RLIM_INFINITY : v;
}

static uint64_t to_ilm(uint64_t v)
{
    return v >= ILM_RLIM_INFINITY ? ILM_RLIM_INFINITY : v;
}

void ilm_to_linux_rlimit(struct lx_rlimit *dst, const struct ilm_rlimit *src)
{
    *dst = (struct lx_rlimit){ .rlim_cur = to_linux(src->rlim_cur), .rlim_max = to_linux(src->rlim_max) };
}

void linux_to_ilm_rlimit(struct ilm_rlimit *dst, const struct lx_rlimit *src)
{
    *dst = (struct ilm_rlimit){ .rlim_cur = to_ilm(src->rlim_cur), .rlim_max = to_ilm(src->rlim_max) };
}
