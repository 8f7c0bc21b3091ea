/* The library personalities' pthread_attr_t objects (attr.h). */
#include "libshim/common/attr.h"
#include "syscall-xlate/engine/uaccess.h"
#include <errno.h>
#include <stdlib.h>

#define ATTR_MAGIC 0x647a617474722121ULL   /* "dzattr!!" */

long dz_lib_attr_of(uint64_t gptr, struct dz_lib_attr **out)
{
    uint64_t p;
    if (dz_copy_in(&p, gptr, sizeof p) != 0)
        return -EFAULT;
    struct dz_lib_attr *a = (struct dz_lib_attr *)p;
    if (!a || a->magic != ATTR_MAGIC)
        return -EINVAL;
    *out = a;
    return 0;
}

long dz_lib_attr_init(uint64_t gptr, uint64_t stacksize, uint64_t guardsize, int32_t detach)
{
    struct dz_lib_attr *a = malloc(sizeof *a);
    if (!a)
        return -ENOMEM;
    *a = (struct dz_lib_attr){ .magic = ATTR_MAGIC, .stacksize = stacksize, .guardsize = guardsize,
                               .detach = detach };
    uint64_t p = (uint64_t)a;
    if (dz_copy_out(gptr, &p, sizeof p) != 0) {
        free(a);
        return -EFAULT;
    }
    return 0;
}

long dz_lib_attr_destroy(uint64_t gptr)
{
    struct dz_lib_attr *a;
    long r = dz_lib_attr_of(gptr, &a);
    if (r)
        return r;
    a->magic = 0;
    free(a);
    uint64_t zero = 0;
    dz_copy_out(gptr, &zero, sizeof zero);
    return 0;
}

long dz_lib_attr_setstacksize(uint64_t gptr, uint64_t size, uint64_t min, int page_round)
{
    struct dz_lib_attr *a;
    long r = dz_lib_attr_of(gptr, &a);
    if (r)
        return r;
    if (size < min)
        return -EINVAL;
    a->stacksize = page_round ? (size + 4095) & ~4095UL : size;
    return 0;
}

long dz_lib_attr_getstacksize(uint64_t gptr, uint64_t size_out)
{
    struct dz_lib_attr *a;
    long r = dz_lib_attr_of(gptr, &a);
    if (r)
        return r;
    return dz_copy_out(size_out, &a->stacksize, sizeof a->stacksize) ? -EFAULT : 0;
}

long dz_lib_attr_getstack(uint64_t gptr, uint64_t addr_out, uint64_t size_out)
{
    struct dz_lib_attr *a;
    long r = dz_lib_attr_of(gptr, &a);
    if (r)
        return r;
    if (dz_copy_out(addr_out, &a->stackaddr, sizeof a->stackaddr) ||
        dz_copy_out(size_out, &a->stacksize, sizeof a->stacksize))
        return -EFAULT;
    return 0;
}

long dz_lib_attr_setdetachstate(uint64_t gptr, int32_t state, int32_t detached, int32_t joinable)
{
    struct dz_lib_attr *a;
    long r = dz_lib_attr_of(gptr, &a);
    if (r)
        return r;
    if (state != detached && state != joinable)
        return -EINVAL;
    a->detach = state;
    return 0;
}

long dz_lib_attr_getdetachstate(uint64_t gptr, uint64_t state_out)
{
    struct dz_lib_attr *a;
    long r = dz_lib_attr_of(gptr, &a);
    if (r)
        return r;
    return dz_copy_out(state_out, &a->detach, sizeof a->detach) ? -EFAULT : 0;
}
