/* Raw Linux x86-64 system calls: no libc, no errno, no TLS.  A result in
 * [-4095, -1] is -errno.  Used where libc must not be re-entered: the
 * LD_PRELOAD shim's own I/O (its libc entry points are interposed) and code
 * that may run inside a signal handler. */
#ifndef DZ_PATHMAP_RAWSYS_H
#define DZ_PATHMAP_RAWSYS_H

static inline long dz_rsys6(long nr, long a, long b, long c, long d, long e, long f)
{
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

#define dz_rsys(nr, a, b, c, d) dz_rsys6((nr), (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

#endif
