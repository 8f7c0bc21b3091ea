/* Host system calls from handlers: inline, no errno, result or -errno.
 * (Handlers run with the SUD selector at ALLOW, so a plain syscall
 * instruction goes straight to Linux.) */
#ifndef DZ_ENGINE_SYS_H
#define DZ_ENGINE_SYS_H
#include <sys/syscall.h>

static inline long dz_sys6(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
    long r;
    register long r10 __asm__("r10") = a4;
    register long r8 __asm__("r8") = a5;
    register long r9 __asm__("r9") = a6;
    __asm__ volatile("syscall"
                     : "=a"(r)
                     : "a"(nr), "D"(a1), "S"(a2), "d"(a3), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return r;
}

#define DZ_SYS_N(_0, _1, _2, _3, _4, _5, _6, N, ...) N
#define dz_sys(...) DZ_SYS_N(__VA_ARGS__, dz_sys_6, dz_sys_5, dz_sys_4, dz_sys_3, dz_sys_2, dz_sys_1, dz_sys_0)(__VA_ARGS__)
#define dz_sys_0(n) dz_sys6((n), 0, 0, 0, 0, 0, 0)
#define dz_sys_1(n, a) dz_sys6((n), (long)(a), 0, 0, 0, 0, 0)
#define dz_sys_2(n, a, b) dz_sys6((n), (long)(a), (long)(b), 0, 0, 0, 0)
#define dz_sys_3(n, a, b, c) dz_sys6((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define dz_sys_4(n, a, b, c, d) dz_sys6((n), (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define dz_sys_5(n, a, b, c, d, e) dz_sys6((n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)
#define dz_sys_6(n, a, b, c, d, e, f) dz_sys6((n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

/* The same, for calls that may block (interruptible by guest signals). */
#define dz_bsys(n, a, b, c, d, e, f) \
    dz_blocking_syscall6((n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

#endif
