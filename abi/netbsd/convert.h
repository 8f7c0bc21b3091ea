/* NetBSD <-> Linux structure conversions: one function per structure and
 * direction, destination first, named <from>_to_<to>_<struct>.  Each lives
 * in the .c file named for its structure (stat.c, dirent.c, kevent.c,
 * flock.c, rlimit.c, sockaddr.c, mcontext.c).  Pure functions: no system
 * calls, no allocation, safe in a signal handler. */
#ifndef DZ_ABI_NETBSD_CONVERT_H
#define DZ_ABI_NETBSD_CONVERT_H
#include <stddef.h>
#include <stdint.h>
#include "abi/common/kevent.h"
#include "abi/netbsd/types.h"
#include "abi/linux/types.h"

/* ---- stat.c ---- */
void linux_to_nbsd_stat(struct nbsd_stat *dst, const struct lx_stat *src);
/* Device numbers: Linux (glibc/musl 64-bit encoding) <-> NetBSD makedev()
 * (major in bits 8..19, minor in 0..7 and 20..31). */
uint64_t linux_to_nbsd_dev(uint64_t linux_dev);
uint64_t nbsd_to_linux_dev(uint64_t nbsd_dev);

/* ---- dirent.c ---- */
/* Size of the NetBSD record for a name of namlen bytes: (13 + namlen + 1 + 7) & ~7. */
size_t nbsd_dirent_reclen(size_t namlen);
/* Writes one NetBSD record for src at dst (any alignment) and returns its
 * d_reclen, or 0 if it does not fit in room bytes. */
size_t linux_to_nbsd_dirent(void *dst, size_t room, const struct lx_dirent64 *src);

/* ---- kevent.c ----
 * NetBSD filters are small positive numbers (READ 0, WRITE 1 ...), the
 * neutral ones FreeBSD's (-1, -2 ...); flag values are the same.  The
 * EVFILT_SIGNAL ident is a signal number (an unmappable one becomes 0,
 * which the emulation rejects), and on the way out EV_ERROR data and the
 * EV_EOF fflags of READ/WRITE carry errnos.  An unknown NetBSD filter
 * becomes a filter the emulation refuses with EINVAL. */
void nbsd_to_dz_kevent(struct dz_kevent *dst, const struct nbsd_kevent *src);
void dz_to_nbsd_kevent(struct nbsd_kevent *dst, const struct dz_kevent *src);

/* ---- flock.c ---- */
/* F_RDLCK/F_UNLCK/F_WRLCK 1/2/3 <-> 0/2/1; an unknown l_type becomes -1,
 * which Linux (and our caller) rejects with EINVAL. */
void nbsd_to_linux_flock(struct lx_flock *dst, const struct nbsd_flock *src);
void linux_to_nbsd_flock(struct nbsd_flock *dst, const struct lx_flock *src);

/* ---- rlimit.c ---- */
/* RLIM_INFINITY is 2^63-1 on NetBSD and ~0 on Linux; NetBSD's kernel
 * treats any value at or above it as infinity. */
void nbsd_to_linux_rlimit(struct lx_rlimit *dst, const struct nbsd_rlimit *src);
void linux_to_nbsd_rlimit(struct nbsd_rlimit *dst, const struct lx_rlimit *src);

/* ---- sockaddr.c ---- (conventions of abi/common/sockaddr.h) */
int nbsd_to_linux_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen);
int linux_to_nbsd_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen);

/* ---- mcontext.c ----
 * General registers between a Linux mcontext's gregs (indexed by Linux
 * REG_*, 23 of them, as <sys/ucontext.h> lays them out) and NetBSD's
 * __gregs[26] (indexed by _REG_*).  Segment and trap fields that Linux
 * keeps elsewhere are filled with NetBSD's user selectors / left alone. */
void linux_to_nbsd_gregs(uint64_t dst[26], const uint64_t src[23]);
/* Only the registers a user may set: GPRs, rip, rsp and the user-changeable
 * rflags bits; cs/ss/segments/trap fields of dst are left as they are. */
void nbsd_to_linux_gregs(uint64_t dst[23], const uint64_t src[26]);

#endif
