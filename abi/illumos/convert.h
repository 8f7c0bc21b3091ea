/* illumos <-> Linux structure conversions: one function per structure and
 * direction, destination first, named <from>_to_<to>_<struct>, each in the
 * .c file named for its structure.  Pure functions. */
#ifndef DZ_ABI_ILLUMOS_CONVERT_H
#define DZ_ABI_ILLUMOS_CONVERT_H
#include <stddef.h>
#include <stdint.h>
#include "abi/linux/types.h"
#include "abi/illumos/types.h"

/* ---- stat.c ---- */
void linux_to_ilm_stat(struct ilm_stat *dst, const struct lx_stat *src);
/* Device numbers: Linux's encoding <-> illumos's 64-bit dev_t (major in
 * bits 32..63, minor in 0..31: NBITSMINOR64). */
uint64_t linux_to_ilm_dev(uint64_t linux_dev);

/* ---- dirent.c ---- */
/* Size of the record for a name of namlen bytes: (18 + namlen + 1 + 7) & ~7. */
size_t ilm_dirent_reclen(size_t namlen);
/* One illumos record for src at dst (any alignment); its d_reclen, or 0
 * if it does not fit in room bytes. */
size_t linux_to_ilm_dirent(void *dst, size_t room, const struct lx_dirent64 *src);

/* ---- flock.c ---- F_RDLCK/F_WRLCK/F_UNLCK 1/2/3 <-> 0/1/2; unknown -1 */
void ilm_to_linux_flock(struct lx_flock *dst, const struct ilm_flock *src);
void linux_to_ilm_flock(struct ilm_flock *dst, const struct lx_flock *src);

/* ---- rlimit.c ---- RLIM_INFINITY 2^64-3 (and the SAVED values) vs ~0 */
void ilm_to_linux_rlimit(struct lx_rlimit *dst, const struct ilm_rlimit *src);
void linux_to_ilm_rlimit(struct ilm_rlimit *dst, const struct lx_rlimit *src);

/* ---- sockaddr.c ---- (conventions of abi/openbsd/convert.h)
 * No sa_len: a u16 family as on Linux, AF_INET6 26, sockaddr_in6 32 bytes
 * (__sin6_src_id), sun_path 108. */
int ilm_to_linux_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen);
int linux_to_ilm_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen);

/* ---- tcb.c: static TLS and the thread pointer (TLS variant II) ---- */
struct ilm_tls_image {
    uint64_t init, filesz, memsz, align;
};
/* Bytes for one thread's [TLS block][struct ilm_tcb] area, and the offset
 * of the TCB in it (the thread pointer). */
size_t ilm_tls_area_size(const struct ilm_tls_image *img, size_t *tcb_off);
/* Fill a zeroed, img->align-aligned area: the TLS image right below the
 * TCB, the TCB's self pointer.  Returns the thread pointer. */
uint64_t ilm_tls_area_init(void *area, const struct ilm_tls_image *img, size_t tcb_off);

#endif
