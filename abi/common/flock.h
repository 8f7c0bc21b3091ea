/* struct flock as every BSD lays it out (l_start, l_len, l_pid, l_type,
 * l_whence; FreeBSD appends l_sysid) with the BSD lock types F_RDLCK 1,
 * F_UNLCK 2, F_WRLCK 3 -- another field order and other values than
 * Linux's.  One conversion per direction; abi/<os>/flock.c wraps it. */
#ifndef DZ_ABI_COMMON_FLOCK_H
#define DZ_ABI_COMMON_FLOCK_H
#include <stdint.h>
#include "abi/linux/types.h"

struct dz_bsd_flock {
    int64_t l_start;
    int64_t l_len;
    int32_t l_pid;
    int16_t l_type;
    int16_t l_whence;
};
_Static_assert(sizeof(struct dz_bsd_flock) == 24, "BSD struct flock");

/* An unknown lock type becomes -1, for Linux to refuse with EINVAL. */
void dz_bsd_flock_to_linux(struct lx_flock *dst, const struct dz_bsd_flock *src);
void dz_bsd_flock_from_linux(struct dz_bsd_flock *dst, const struct lx_flock *src);
#endif
