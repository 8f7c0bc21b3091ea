/* struct flock (NetBSD sys/sys/fcntl.h): FreeBSD's field order without
 * l_sysid, the BSD lock-type values. */
#include "abi/common/flagtab.h"
#include "abi/netbsd/convert.h"
#include "abi/netbsd/consts.h"
#include <fcntl.h>

static const struct dz_val lock_type_vals[] = {
    { NBSD_F_RDLCK, F_RDLCK, "F_RDLCK" },
    { NBSD_F_UNLCK, F_UNLCK, "F_UNLCK" },
    { NBSD_F_WRLCK, F_WRLCK, "F_WRLCK" },
};
static const struct dz_valtab lock_types = DZ_VALTAB(lock_type_vals);

void nbsd_to_linux_flock(struct lx_flock *dst, const struct nbsd_flock *src)
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

void linux_to_nbsd_flock(struct nbsd_flock *dst, const struct lx_flock *src)
{
    int64_t type;
    if (dz_val_to_guest(&lock_types, src->l_type, &type) != 0)
        type = -1;
    *dst = (struct nbsd_flock){
        .l_start = src->l_start,
        .l_len = src->l_len,
        .l_pid = src->l_pid,
        .l_type = (int16_t)type,
        .l_whence = src->l_whence,
    };
}
