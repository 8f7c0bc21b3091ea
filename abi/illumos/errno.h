/* illumos <-> Linux errno maps: one indexed array per direction (illumos
 * sys/errno.h; Linux from musl).  All values positive.  Every slot is
 * filled: a Linux errno illumos lacks maps to the nearest illumos meaning
 * (marked "lossy" in errno.c). */
#ifndef DZ_ABI_ILLUMOS_ERRNO_H
#define DZ_ABI_ILLUMOS_ERRNO_H
#include <stdint.h>
#include "abi/linux/types.h"
#include "abi/illumos/consts.h"

extern const int16_t ilm_errno_from_linux_tab[LX_ELAST + 1];
extern const int16_t linux_errno_from_ilm_tab[ILM_ELAST + 1];

int ilm_errno_from_linux(int linux_errno);
int linux_errno_from_ilm(int ilm_errno);
const char *ilm_errno_name(int ilm_errno);

#endif
