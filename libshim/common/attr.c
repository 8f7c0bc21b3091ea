/* The library personalities' pthread_attr_t objects (attr.h).  The
 * guest's libc reads and writes the caller's pthread_attr_t and result
 * pointers itself, so a bad one faults there: the same here (dz_lib_load,
 * dz_lib_store: DZ_LIB_SEGV, the guest gets SIGSEGV), checked before
 * anything of ours is allocated or freed. */
#include "libshim/common/attr.h"
#include "libshim/common/libpers.h"
#include "syscall-xlate/engine/uaccess.h"
#include <errno.h>
#include <stdlib.h>

#define ATTR_MAGIC 0x647a617474722121ULL   /* "dzattr!!" */

long dz_lib_attr_of(uint64_t gptr, struct dz_lib_attr **out)
{
    uint64_t p;
    long r = dz_lib_load(&p, gptr, sizeof p);
    if (r)
        return r;
    struct dz_lib_attr *a = (struct dz_lib_attr *)p;
    if (!a || a->magic != ATTR_MAGIC)
        return -EINVAL;
    *out = a;
    return 0;
}

long dz_lib_attr_init(uint64_t gptr, uint64_t stacksize, uint64_t guardsize, int32_t detach)
{
    long r = dz_lib_writable(gptr, sizeof(uint64_t));
    if (r)
        return r;
    struct dz_lib_attr *a = malloc(sizeof *a);
    if (!a)
        return -ENOMEM;
    *a = (struct dz_lib_attr){ .magic = ATTR_MAGIC, .stacksize = stacksize, .guardsize = guardsize,
                               .detach = detach };
    uint64_t p = (uint64_t)a;
    r = dz_lib_store(gptr, &p, sizeof p);
    if (r)
        free(a);   /* unmapped since the check */
    return r;
}

long dz_lib_attr_destroy(uint64_t gptr)
{
    struct dz_lib_attr *a;
    long r = dz_lib_attr_of(gptr, &a);
    if (r == 0)
        r = dz_lib_writable(gptr, sizeof(uint64_t));   /* *attr = NULL follows */
    if (r)
        return r;
    a->magic = 0;
    free(a);
    uint64_t zero = 0;
    return dz_lib_store(gptr, &zero, sizeof zero);
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
    return dz_lib_store(size_out, &a->stacksize, sizeof a->stacksize);
}

long dz_lib_attr_getstack(uint64_t gptr, uint64_t addr_out, uint64_t size_out)
{
    struct dz_lib_attr *a;
    long r = dz_lib_attr_of(gptr, &a);
    if (r)
        return r;
    r = dz_lib_store(addr_out, &a->stackaddr, sizeof a->stackaddr);
    return r ? r : dz_lib_store(size_out, &a->stacksize, sizeof a->stacksize);
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
    return dz_lib_store(state_out, &a->detach, sizeof a->detach);
}
