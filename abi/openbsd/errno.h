/* OpenBSD <-> Linux errno maps: one indexed array per direction (OpenBSD
 * sys/sys/errno.h; Linux from musl's bits/errno.h).  All values are
 * positive.  Every slot is filled: a Linux errno OpenBSD lacks maps to the
 * nearest OpenBSD meaning (marked "lossy" in errno.c), EINVAL as last resort. */
#ifndef DZ_ABI_OPENBSD_ERRNO_H
#define DZ_ABI_OPENBSD_ERRNO_H
#include <stdint.h>
#include "abi/linux/types.h"
#include "abi/openbsd/consts.h"

/* Indexed by Linux errno 0..LX_ELAST; [0] = 0. */
extern const int16_t obsd_errno_from_linux_tab[LX_ELAST + 1];
/* Indexed by OpenBSD errno 0..OBSD_ELAST; [0] = 0. */
extern const int16_t linux_errno_from_obsd_tab[OBSD_ELAST + 1];

/* Positive in, positive out; 0 -> 0; out-of-range input -> EINVAL. */
int obsd_errno_from_linux(int linux_errno);
int linux_errno_from_obsd(int obsd_errno);
/* "EAGAIN", ...; NULL if obsd_errno is not an OpenBSD errno. */
const char *obsd_errno_name(int obsd_errno);

#endif
