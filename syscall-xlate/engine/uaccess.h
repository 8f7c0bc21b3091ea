/* Guest memory, read and written by the engine without trusting it: a bad
 * guest pointer gives -EFAULT, never a crash of the layer. */
#ifndef DZ_ENGINE_UACCESS_H
#define DZ_ENGINE_UACCESS_H
#include <stddef.h>
#include <stdint.h>

long dz_ua_copy(void *dst, const void *src, size_t n);
long dz_ua_strncpy(char *dst, const char *src, size_t max);
long dz_ua_writable(void *p);
long dz_ua_add32(uint32_t *p, uint32_t v);
long dz_ua_cas32(uint32_t *p, uint32_t old, uint32_t new);

/* 0 or -EFAULT. */
static inline long dz_copy_in(void *dst, uint64_t guest_src, size_t n)
{
    if (n == 0)
        return 0;
    if (guest_src == 0)
        return -14;
    return dz_ua_copy(dst, (const void *)guest_src, n);
}

static inline long dz_copy_out(uint64_t guest_dst, const void *src, size_t n)
{
    if (n == 0)
        return 0;
    if (guest_dst == 0)
        return -14;
    return dz_ua_copy((void *)guest_dst, src, n);
}

/* Copy a guest path (PATH_MAX with NUL) into buf: 0, -EFAULT or -ENAMETOOLONG. */
static inline long dz_path_in(char *buf, size_t size, uint64_t guest)
{
    if (guest == 0)
        return -14;
    long r = dz_ua_strncpy(buf, (const char *)guest, size);
    return r < 0 ? r : 0;
}

#endif
