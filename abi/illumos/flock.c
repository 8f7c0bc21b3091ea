/* struct flock (illumos sys/fcntl.h, LP64): l_type/l_whence shorts, then
 * start, len, l_sysid, l_pid.  Lock types F_RDLCK 1, F_WRLCK 2, F_UNLCK 3. */
#include "abi/illumos/convert.h"
#include "abi/illumos/consts.h"
#include <fcntl.h>

static int16_t type_to_linux(int16_t t)
{
    return t == ILM_F_RDLCK ? F_RDLCK : t == ILM_F_WRLCK ? F_WRLCK : t == ILM_F_UNLCK ? F_UNLCK : -1;
}

static int16_t type_to_ilm(int16_t t)
{
    return t == F_RDLCK ? ILM_F_RDLCK : t == F_WRLCK ? ILM_F_WRLCK : t == F_UNLCK ? ILM_F_UNLCK : -1;
}

void ilm_to_linux_flock(struct lx_flock *dst, const struct ilm_flock *src)
{
    *dst = (struct lx_flock){ .l_type = type_to_linux(src->l_type), .l_whence = src->l_whence,
                              .l_start = src->l_start, .l_len = src->l_len, .l_pid = src->l_pid };
}

void linux_to_ilm_flock(struct ilm_flock *dst, const struct lx_flock *src)
{
    *dst = (struct ilm_flock){ .l_type = type_to_ilm(src->l_type), .l_whence = src->l_whence,
                               .l_start = src->l_start, .l_len = src->l_len, .l_pid = src->l_pid };
}
