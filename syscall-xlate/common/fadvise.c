/* posix_fallocate and posix_fadvise, shared by the BSDs: they return the
 * error number as their value instead of through errno (on every BSD), and
 * POSIX_FADV_* values are the same as Linux's. */
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/sys.h"

long dz_bsd_fallocate(struct dz_call *c, int fd, int64_t off, int64_t len)
{
    long r = dz_sys(SYS_fallocate, fd, 0, off, len);
    return r < 0 ? c->t->pers->errno_from_linux((int)-r) : 0;
}

long dz_bsd_fadvise(struct dz_call *c, int fd, int64_t off, int64_t len, int advice)
{
    long r = dz_sys(SYS_fadvise64, fd, off, len, advice);
    return r < 0 ? c->t->pers->errno_from_linux((int)-r) : 0;
}

/* posix_fallocate(int fd, off_t offset, off_t len) */
long dz_posix_fallocate(struct dz_call *c) { return dz_bsd_fallocate(c, AI(0), (int64_t)A(1), (int64_t)A(2)); }
/* posix_fadvise(int fd, off_t offset, off_t len, int advice) */
long dz_posix_fadvise(struct dz_call *c) { return dz_bsd_fadvise(c, AI(0), (int64_t)A(1), (int64_t)A(2), AI(3)); }
