/* BSD struct flock <-> Linux (see flock.h). */
#include "abi/common/flock.h"
#include "abi/common/flagtab.h"
#include <fcntl.h>

/* sys/sys/fcntl.h of FreeBSD, NetBSD and OpenBSD agree on these. */
static const struct dz_val lock_type_vals[] = {
    { 1, F_RDLCK, "F_RDLCK" },
    { 2, F_UNLCK, "F_UNLCK" },
    { 3, F_WRLCK, "F_WRLCK" },
};
static const struct dz_valtab lock_types = DZ_VALTAB(lock_type_vals);

void dz_bsd_flock_to_linux(struct lx_flock *dst, const struct dz_bsd_flock *src)
{
    int64_t type;
    if (dz_val_to_host(&lock_types, src->l_type, &type) != 0)
        type = -1;
    *dst = (struct lx_flock){
        .l_type = (int16_t)type,
        .l_whence = src->l_whence,      /* SEEK_* are identical */
        .l_start = src->l_start,
        .l_len = src->l_len,
        .l_pid = src->l_pid,
    };
}

void dz_bsd_flock_from_linux(struct dz_bsd_flock *dst, const struct lx_flock *src)
{
    int64_t type;
    if (dz_val_to_guest(&lock_types, src->l_type, &type) != 0)
        type = -1;
    *dst = (struct dz_bsd_flock){
        .l_start = src->l_start,
        .l_len = src->l_len,
        .l_pid = src->l_pid,
        .l_type = (int16_t)type,
        .l_whence = src->l_whence,
    };
}
