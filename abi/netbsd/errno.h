/* NetBSD <-> Linux errno maps: one indexed array per direction (NetBSD
 * sys/sys/errno.h; Linux from musl's bits/errno.h).  All values positive.
 * Every slot is filled: a Linux errno NetBSD lacks maps to the nearest
 * NetBSD meaning (marked "lossy" in errno.c). */
#ifndef DZ_ABI_NETBSD_ERRNO_H
#define DZ_ABI_NETBSD_ERRNO_H
#include <stdint.h>
#include "abi/netbsd/consts.h"
#include "abi/linux/types.h"

/* Indexed by Linux errno 0..LX_ELAST; [0] = 0. */
extern const int16_t nbsd_errno_from_linux_tab[LX_ELAST + 1];
/* Indexed by NetBSD errno 0..NBSD_ELAST; [0] = 0. */
extern const int16_t linux_errno_from_nbsd_tab[NBSD_ELAST + 1];

/* Positive in, positive out; 0 -> 0; out-of-range input -> EINVAL. */
int nbsd_errno_from_linux(int linux_errno);
int linux_errno_from_nbsd(int nbsd_errno);
/* "EAGAIN", ...; NULL if nbsd_errno is not a NetBSD errno. */
const char *nbsd_errno_name(int nbsd_errno);

#endif
