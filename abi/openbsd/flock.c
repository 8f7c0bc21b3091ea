/* struct flock (OpenBSD sys/sys/fcntl.h): other field order and other
 * lock-type values than Linux's, and no l_sysid. */
#include "abi/openbsd/convert.h"
#include "abi/openbsd/consts.h"
#include "abi/common/flagtab.h"
#include <fcntl.h>

static const struct dz_val lock_type_vals[] = {
    { OBSD_F_RDLCK, F_RDLCK, "F_RDLCK" },
    { OBSD_F_UNLCK, F_UNLCK, "F_UNLCK" },
    { OBSD_F_WRLCK, F_WRLCK, "F_WRLCK" },
};
static const struct dz_valtab lock_types = DZ_VALTAB(lock_type_vals);

void obsd_to_linux_flock(struct lx_flock *dst, const struct obsd_flock *src)
{
    int64_t type;
    if (dz_val_to_host(&lock_types, src->l_type, &type) != 0)
        type = -1;     /* no such lock type: let Linux say EINVAL */
    *dst = (struct lx_flock){
        .l_type = (int16_t)type,
        .l_whence = src->l_whence,      /* SEEK_* are identical */
        .l_start = src->l_start,
        .l_len = src->l_len,
        .l_pid = src->l_pid,
    };
}

void linux_to_obsd_flock(struct obsd_flock *dst, const struct lx_flock *src)
{
    int64_t type;
    if (dz_val_to_guest(&lock_types, src->l_type, &type) != 0)
        type = -1;
    *dst = (struct obsd_flock){
        .l_start = src->l_start,
        .l_len = src->l_len,
        .l_pid = src->l_pid,
        .l_type = (int16_t)type,
        .l_whence = src->l_whence,
    };
}
