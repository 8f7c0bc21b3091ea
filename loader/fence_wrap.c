/* The launcher's own mappings, registered in the fence
 * (syscall-xlate/common/fence.h) as they are made: the link wraps mmap,
 * munmap and mremap (-Wl,--wrap, loader/CMakeLists.txt), so every call
 * from denizen's code and the libraries linked into it (libelf, libffi,
 * the C library's own users of these names) comes here.  The C library's
 * internal names (musl's malloc and pthread_create) are wrapped in
 * loader/musl/fence_wrap.c.  Mappings made for the guest use
 * dz_guest_mmap instead. */
#define _GNU_SOURCE
#include "syscall-xlate/common/fence.h"
#include <stdarg.h>
#include <stdint.h>
#include <sys/mman.h>

void *__real_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int __real_munmap(void *addr, size_t len);
void *__real_mremap(void *old, size_t old_len, size_t new_len, int flags, ...);
void *__wrap_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);
int __wrap_munmap(void *addr, size_t len);
void *__wrap_mremap(void *old, size_t old_len, size_t new_len, int flags, ...);

void *__wrap_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    dz_fence_wrlock();
    void *r = __real_mmap(addr, len, prot, flags, fd, off);
    if (r != MAP_FAILED)
        dz_fence_add_locked((uint64_t)r, len);
    dz_fence_wrunlock();
    return r;
}

int __wrap_munmap(void *addr, size_t len)
{
    dz_fence_wrlock();
    int r = __real_munmap(addr, len);
    if (r == 0)
        dz_fence_remove_locked((uint64_t)addr, len);
    dz_fence_wrunlock();
    return r;
}

void *__wrap_mremap(void *old, size_t old_len, size_t new_len, int flags, ...)
{
    va_list ap;
    va_start(ap, flags);
    void *want = (flags & MREMAP_FIXED) ? va_arg(ap, void *) : NULL;
    va_end(ap);
    dz_fence_wrlock();
    void *r = __real_mremap(old, old_len, new_len, flags, want);
    if (r != MAP_FAILED) {
        dz_fence_remove_locked((uint64_t)old, old_len);
        dz_fence_add_locked((uint64_t)r, new_len);
    }
    dz_fence_wrunlock();
    return r;
}

/* Before main: everything mapped now is denizen's (the guest is not loaded
 * yet), and the program break is closed.  The executable's own span (the
 * linker's symbols) is registered even where /proc is not mounted. */
extern char __executable_start[], _end[];
__attribute__((constructor)) static void fence_start(void)
{
    dz_fence_init();
    dz_fence_add((uint64_t)__executable_start, (uint64_t)(_end - __executable_start));
}
