/* Where the guest's own libc would fault (libpers.h, dz_lib_segv): the
 * fault-safe accessors of handlers for library functions that dereference
 * guest pointers themselves, and the request entry.S turns into a SIGSEGV
 * of the guest at its call. */
#include "libshim/common/libpers.h"
#include "syscall-xlate/engine/uaccess.h"

/* Read by entry.S (%fs:...@tpoff) on the way out of the call; the kind is
 * 0 (none), 1 (a read faults) or 2 (a write faults). */
__thread uint8_t dz_lib_segv_kind;
__thread uint64_t dz_lib_segv_addr, dz_lib_segv_end;

long dz_lib_segv(uint64_t addr, size_t len, int write)
{
    if (len == 0)
        len = 1;
    uint64_t end = addr + len;
    if (end < addr)            /* the object wraps: the first byte is enough */
        end = addr + 1 > addr ? addr + 1 : addr;
    dz_lib_segv_addr = addr;
    dz_lib_segv_end = end;
    dz_lib_segv_kind = write ? 2 : 1;
    return DZ_LIB_SEGV;
}

long dz_lib_load(void *dst, uint64_t gaddr, size_t n)
{
    if (n == 0 || dz_ua_copy(dst, (const void *)gaddr, n) == 0)
        return 0;
    return dz_lib_segv(gaddr, n, 0);
}

long dz_lib_writable(uint64_t gaddr, size_t n)
{
    /* a page is writable or not as a whole: its first byte of the object answers */
    for (uint64_t p = gaddr; n && p - gaddr < n; p = (p | 4095) + 1) {
        if (dz_ua_writable((void *)p) != 0)
            return dz_lib_segv(gaddr, n, 1);
        if ((p | 4095) + 1 == 0)
            break;
    }
    return 0;
}

long dz_lib_store(uint64_t gaddr, const void *src, size_t n)
{
    /* all or nothing: a real store instruction that faults writes nothing */
    long r = dz_lib_writable(gaddr, n);
    if (r)
        return r;
    if (n && dz_ua_copy((void *)gaddr, src, n) != 0)
        return dz_lib_segv(gaddr, n, 1);   /* unmapped since: fault there */
    return 0;
}
