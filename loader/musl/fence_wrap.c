/* musl's internal names for mmap, munmap and mremap, which its malloc,
 * pthread_create/pthread_join and file mappings call (the public names are
 * wrapped in loader/fence_wrap.c; the launcher links with
 * -Wl,--wrap=__mmap,...: loader/CMakeLists.txt). */
#define _GNU_SOURCE
#include "syscall-xlate/common/fence.h"
#include <stdarg.h>
#include <stdint.h>
#include <sys/mman.h>

void *__real___mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int __real___munmap(void *addr, size_t len);
void *__real___mremap(void *old, size_t old_len, size_t new_len, int flags, ...);
void *__wrap___mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int __wrap___munmap(void *addr, size_t len);
void *__wrap___mremap(void *old, size_t old_len, size_t new_len, int flags, ...);

void *__wrap___mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    dz_fence_wrlock();
    void *r = __real___mmap(addr, len, prot, flags, fd, off);
    if (r != MAP_FAILED)
        dz_fence_add_locked((uint64_t)r, len);
    dz_fence_wrunlock();
    return r;
}

int __wrap___munmap(void *addr, size_t len)
{
    dz_fence_wrlock();
    int r = __real___munmap(addr, len);
    if (r == 0)
        dz_fence_remove_locked((uint64_t)addr, len);
    dz_fence_wrunlock();
    return r;
}

void *__wrap___mremap(void *old, size_t old_len, size_t new_len, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    void *want = (flags & MREMAP_FIXED) ? va_arg(ap, void *) : NULL;
    va_end(ap);
    dz_fence_wrlock();
    void *r = __real___mremap(old, old_len, new_len, flags, want);
    if (r != MAP_FAILED) {
        dz_fence_remove_locked((uint64_t)old, old_len);
        dz_fence_add_locked((uint64_t)r, new_len);
    }
    dz_fence_wrunlock();
    return r;
}
