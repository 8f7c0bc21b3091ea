/* General registers: Linux mcontext gregs (<sys/ucontext.h> REG_* order,
 * R8 first) <-> NetBSD __gregs (arch/amd64/include/mcontext.h _REG_*
 * order, RDI first).  Used to build signal frames and getcontext answers,
 * and to resume from setcontext / start an LWP. */
#define _GNU_SOURCE
#include "abi/netbsd/convert.h"
#include "abi/netbsd/consts.h"
#include <signal.h>

/* The rflags bits a user may change: CF PF AF ZF SF TF DF OF (NetBSD's
 * PSL_USERSTEAL complement; never IF or IOPL). */
#define RFLAGS_USER 0x0cd5u

/* One row per general-purpose register the two share by name. */
#define GPRS(X) X(RDI) X(RSI) X(RDX) X(RCX) X(R8) X(R9) X(R10) X(R11) X(R12) \
                X(R13) X(R14) X(R15) X(RBP) X(RBX) X(RAX) X(RIP) X(RSP)

void linux_to_nbsd_gregs(uint64_t dst[26], const uint64_t src[23])
{
#define X(r) dst[NBSD_REG_##r] = src[REG_##r];
    GPRS(X)
#undef X
    dst[NBSD_REG_RFLAGS] = src[REG_EFL];
    dst[NBSD_REG_ERR] = src[REG_ERR];
    dst[NBSD_REG_TRAPNO] = src[REG_TRAPNO];
    /* Linux packs cs, gs, fs and ss into one word, 16 bits each. */
    uint64_t segs = src[REG_CSGSFS];
    dst[NBSD_REG_CS] = segs & 0xffff;
    dst[NBSD_REG_GS] = (segs >> 16) & 0xffff;
    dst[NBSD_REG_FS] = (segs >> 32) & 0xffff;
    dst[NBSD_REG_SS] = (segs >> 48) & 0xffff;
    dst[NBSD_REG_ES] = 0;
    dst[NBSD_REG_DS] = 0;
}

void nbsd_to_linux_gregs(uint64_t dst[23], const uint64_t src[26])
{
#define X(r) dst[REG_##r] = src[NBSD_REG_##r];
    GPRS(X)
#undef X
    dst[REG_EFL] = (dst[REG_EFL] & ~(uint64_t)RFLAGS_USER) | (src[NBSD_REG_RFLAGS] & RFLAGS_USER);
}
