/* pthread_attr_t of the library personalities.  On OpenBSD, illumos and
 * FreeBSD alike a pthread_attr_t is one pointer to an object the library
 * allocates; ours is this one object for every personality, each passing
 * its own OS's defaults and limits.  The handlers take the guest's
 * pthread_attr_t address and return 0 or -LINUX_ERRNO, or DZ_LIB_SEGV
 * where the guest's libc would fault on a pointer (libpers.h): NULL
 * included, so a personality whose libc answers EINVAL for NULL (illumos)
 * says so before calling them. */
#ifndef DZ_LIBSHIM_ATTR_H
#define DZ_LIBSHIM_ATTR_H
#include <stdint.h>

struct dz_lib_attr {
    uint64_t magic;
    uint64_t stackaddr;      /* 0: the library allocates the stack */
    uint64_t stacksize, guardsize;
    int32_t detach;          /* the guest's own PTHREAD_CREATE_* value */
};

/* *out = the object the pthread_attr_t at gptr points to. */
long dz_lib_attr_of(uint64_t gptr, struct dz_lib_attr **out);
/* pthread_attr_init: a new object with these defaults, its address stored at gptr. */
long dz_lib_attr_init(uint64_t gptr, uint64_t stacksize, uint64_t guardsize, int32_t detach);
long dz_lib_attr_destroy(uint64_t gptr);
/* pthread_attr_setstacksize: EINVAL below min; page_round: stored rounded
 * up to whole pages (OpenBSD and illumos report it so). */
long dz_lib_attr_setstacksize(uint64_t gptr, uint64_t size, uint64_t min, int page_round);
/* The stack size (and address) into the guest's size_t / void *. */
long dz_lib_attr_getstacksize(uint64_t gptr, uint64_t size_out);
long dz_lib_attr_getstack(uint64_t gptr, uint64_t addr_out, uint64_t size_out);
/* pthread_attr_setdetachstate: state must be one of the two values given. */
long dz_lib_attr_setdetachstate(uint64_t gptr, int32_t state, int32_t detached, int32_t joinable);
long dz_lib_attr_getdetachstate(uint64_t gptr, uint64_t state_out);

#endif
