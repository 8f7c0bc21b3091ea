/* FreeBSD <-> Linux structure conversions: one function per structure and
 * direction, destination first, named <from>_to_<to>_<struct>.  Each lives
 * in the .c file named for its structure (stat.c, statfs.c, dirent.c,
 * sigaction.c, flock.c, sockaddr.c, rlimit.c, kevent.c).  Pure functions:
 * no system calls, no allocation, safe in a signal handler; guest buffers
 * may be unaligned where noted. */
#ifndef DZ_ABI_FREEBSD_CONVERT_H
#define DZ_ABI_FREEBSD_CONVERT_H
#include <stddef.h>
#include <stdint.h>
#include "abi/common/kevent.h"
#include "abi/freebsd/types.h"
#include "abi/linux/types.h"

/* ---- stat.c ---- */
void linux_to_fbsd_stat(struct fbsd_stat *dst, const struct lx_stat *src);
/* Device numbers: Linux (glibc/musl 64-bit encoding, which the kernel's
 * 32-bit stat encoding is a subset of) <-> FreeBSD 12+ makedev(). */
uint64_t linux_to_fbsd_dev(uint64_t linux_dev);
uint64_t fbsd_to_linux_dev(uint64_t fbsd_dev);

/* ---- statfs.c ---- */
void linux_to_fbsd_statfs(struct fbsd_statfs *dst, const struct lx_statfs *src);
/* Linux name of a filesystem magic number ("ext4", "tmpfs", ...), or NULL. */
const char *linux_fs_name(int64_t magic);

/* ---- dirent.c ---- */
/* Size of the FreeBSD record for a name of namlen bytes: (24 + namlen + 1 + 7) & ~7. */
size_t fbsd_dirent_reclen(size_t namlen);
/* Writes one FreeBSD record for src at dst (any alignment) and returns its
 * d_reclen, or 0 if it does not fit in room bytes. */
size_t linux_to_fbsd_dirent(void *dst, size_t room, const struct lx_dirent64 *src);

/* ---- sigaction.c ---- */
/* Handler copied as is (the engine installs its own); flags through
 * fbsd_sa_flags (unknown bits dropped, as FreeBSD ignores them); restorer
 * left 0 and SA_RESTORER not set: both are the engine's. */
void fbsd_to_linux_sigaction(struct lx_k_sigaction *dst, const struct fbsd_sigaction *src);
void linux_to_fbsd_sigaction(struct fbsd_sigaction *dst, const struct lx_k_sigaction *src);
/* SS_ONSTACK 1/1, SS_DISABLE 4/2; Linux SS_AUTODISARM is dropped. */
void fbsd_to_linux_stack(struct lx_stack *dst, const struct fbsd_stack *src);
void linux_to_fbsd_stack(struct fbsd_stack *dst, const struct lx_stack *src);

/* ---- flock.c ---- */
/* F_RDLCK/F_UNLCK/F_WRLCK 1/2/3 <-> 0/2/1; an unknown l_type becomes -1,
 * which Linux (and our caller) rejects with EINVAL.  l_sysid is 0 on the
 * way out. */
void fbsd_to_linux_flock(struct lx_flock *dst, const struct fbsd_flock *src);
void linux_to_fbsd_flock(struct fbsd_flock *dst, const struct lx_flock *src);

/* ---- sockaddr.c ----
 * Both return 0 or a negative Linux errno.
 * fbsd_to_linux_sockaddr: src is the guest's sockaddr of srclen bytes (its
 *   sa_len byte is ignored, as FreeBSD's syscalls trust namelen); dst is a
 *   host buffer of *dstlen bytes (>= 110 is always enough); on success
 *   *dstlen is the Linux length to pass to the kernel.
 * linux_to_fbsd_sockaddr: src/srclen is what the Linux kernel returned;
 *   dst is the guest buffer of *dstlen bytes.  Like the kernel, the result
 *   is truncated to the buffer and *dstlen set to the full length. */
int fbsd_to_linux_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen);
int linux_to_fbsd_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen);

/* ---- rlimit.c ---- */
/* RLIM_INFINITY is 2^63-1 on FreeBSD and ~0 on Linux; FreeBSD also reads
 * a negative limit as infinity. */
void fbsd_to_linux_rlimit(struct lx_rlimit *dst, const struct fbsd_rlimit *src);
void linux_to_fbsd_rlimit(struct fbsd_rlimit *dst, const struct lx_rlimit *src);

/* ---- kevent.c ----
 * Filter and flag values are FreeBSD's on both sides; what changes is the
 * EVFILT_SIGNAL ident (FreeBSD <-> Linux signal number; an unmappable
 * signal becomes 0, which the emulation rejects) and, on the way out, the
 * errno carried by EV_ERROR (data) and by EV_EOF (fflags). */
void fbsd_to_dz_kevent(struct dz_kevent *dst, const struct fbsd_kevent *src);
void dz_to_fbsd_kevent(struct fbsd_kevent *dst, const struct dz_kevent *src);
void fbsd_to_dz_kevent11(struct dz_kevent *dst, const struct fbsd_kevent11 *src);
void dz_to_fbsd_kevent11(struct fbsd_kevent11 *dst, const struct dz_kevent *src);

#endif
