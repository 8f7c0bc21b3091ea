/* FreeBSD <-> Linux errno maps: one indexed array per direction (FreeBSD
 * sys/sys/errno.h, 13.2; Linux from musl's bits/errno.h).  All values are
 * positive.  Every slot is filled: a Linux errno FreeBSD lacks maps to the
 * nearest FreeBSD meaning (marked "lossy" in errno.c), EINVAL as last resort. */
#ifndef DZ_ABI_FREEBSD_ERRNO_H
#define DZ_ABI_FREEBSD_ERRNO_H
#include <stdint.h>
#include "abi/freebsd/consts.h"
#include "abi/linux/types.h"

/* Indexed by Linux errno 0..LX_ELAST; [0] = 0. */
extern const int16_t fbsd_errno_from_linux_tab[LX_ELAST + 1];
/* Indexed by FreeBSD errno 0..FBSD_ELAST; [0] = 0. */
extern const int16_t linux_errno_from_fbsd_tab[FBSD_ELAST + 1];

/* Positive in, positive out; 0 -> 0; out-of-range input -> EINVAL. */
int fbsd_errno_from_linux(int linux_errno);
int linux_errno_from_fbsd(int fbsd_errno);
/* "EAGAIN", ...; NULL if fbsd_errno is not a FreeBSD errno. */
const char *fbsd_errno_name(int fbsd_errno);

#endif
