/* OpenBSD <-> Linux structure conversions: one function per structure and
 * direction, destination first, named <from>_to_<to>_<struct>.  Each lives
 * in the .c file named for its structure.  Pure functions: no system
 * calls, no allocation; guest buffers may be unaligned where noted. */
#ifndef DZ_ABI_OPENBSD_CONVERT_H
#define DZ_ABI_OPENBSD_CONVERT_H
#include <stddef.h>
#include <stdint.h>
#include "abi/common/kevent.h"
#include "abi/linux/types.h"
#include "abi/openbsd/types.h"

/* ---- stat.c ---- */
void linux_to_obsd_stat(struct obsd_stat *dst, const struct lx_stat *src);
/* Device numbers: Linux 64-bit encoding <-> OpenBSD's 32-bit dev_t
 * (major in bits 8..15, minor in bits 0..7 and 16..31). */
int32_t linux_to_obsd_dev(uint64_t linux_dev);
uint64_t obsd_to_linux_dev(int32_t obsd_dev);

/* ---- dirent.c ---- */
/* Size of the OpenBSD record for a name of namlen bytes: (24 + namlen + 1 + 7) & ~7. */
size_t obsd_dirent_reclen(size_t namlen);
/* Writes one OpenBSD record for src at dst (any alignment) and returns its
 * d_reclen, or 0 if it does not fit in room bytes. */
size_t linux_to_obsd_dirent(void *dst, size_t room, const struct lx_dirent64 *src);

/* ---- flock.c ---- */
/* F_RDLCK/F_UNLCK/F_WRLCK 1/2/3 <-> 0/2/1; an unknown type becomes -1. */
void obsd_to_linux_flock(struct lx_flock *dst, const struct obsd_flock *src);
void linux_to_obsd_flock(struct obsd_flock *dst, const struct lx_flock *src);

/* ---- rlimit.c ---- RLIM_INFINITY 2^63-1 vs ~0 */
void obsd_to_linux_rlimit(struct lx_rlimit *dst, const struct obsd_rlimit *src);
void linux_to_obsd_rlimit(struct obsd_rlimit *dst, const struct lx_rlimit *src);

/* ---- sockaddr.c ----  (conventions of abi/freebsd/convert.h)
 * obsd_to_linux_sockaddr: src is the guest's sockaddr of srclen bytes; dst
 *   a host buffer of *dstlen bytes (>= 110 always enough); on success
 *   *dstlen is the Linux length.
 * linux_to_obsd_sockaddr: dst is the guest buffer of *dstlen bytes; the
 *   result is truncated to it and *dstlen set to the full length.
 * Both return 0 or a negative Linux errno. */
int obsd_to_linux_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen);
int linux_to_obsd_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen);

/* ---- kevent.c ----
 * Filter and flag values are the neutral (FreeBSD) ones on both sides;
 * what changes is the EVFILT_SIGNAL ident (signal number) and, on the way
 * out, the errno carried by EV_ERROR (data) and EV_EOF (fflags). */
void obsd_to_dz_kevent(struct dz_kevent *dst, const struct obsd_kevent *src);
void dz_to_obsd_kevent(struct obsd_kevent *dst, const struct dz_kevent *src);

/* ---- tib.c: static TLS and the TIB (TLS variant II) ---- */
/* The executable's PT_TLS segment as mapped: the initialisation image
 * (filesz bytes at init) and the block's size and alignment. */
struct obsd_tls_image {
    uint64_t init, filesz, memsz, align;
};
/* Bytes to allocate for one thread's [TLS block][TIB][extra] area, and the
 * offset of the TIB in it (the thread pointer).  extra bytes follow the
 * TIB (OpenBSD puts struct pthread there; we keep our own record). */
size_t obsd_tls_area_size(const struct obsd_tls_image *img, size_t extra, size_t *tib_off);
/* Fill a zeroed area of obsd_tls_area_size() bytes: copy the TLS image
 * right below the TIB, set the TIB's self pointer and thread id.  Returns
 * the thread pointer (the guest's %fs base).  The area must be aligned to
 * img->align (page-aligned memory always is). */
uint64_t obsd_tls_area_init(void *area, const struct obsd_tls_image *img, size_t tib_off, int32_t tid);

#endif
