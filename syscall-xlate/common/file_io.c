/* Descriptor I/O shared by the BSDs: same arguments, same meaning as Linux.
 * Calls that can wait (read, write on pipes and sockets) go through the
 * interruptible blocking path so guest signals still arrive. */
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/event/kqueue.h"

long dz_read(struct dz_call *c) { return dz_bsys(SYS_read, A(0), A(1), A(2), 0, 0, 0); }
long dz_write(struct dz_call *c) { return dz_bsys(SYS_write, A(0), A(1), A(2), 0, 0, 0); }
long dz_readv(struct dz_call *c) { return dz_bsys(SYS_readv, A(0), A(1), A(2), 0, 0, 0); }
long dz_writev(struct dz_call *c) { return dz_bsys(SYS_writev, A(0), A(1), A(2), 0, 0, 0); }
long dz_pread(struct dz_call *c) { return dz_bsys(SYS_pread64, A(0), A(1), A(2), A(3), 0, 0); }
long dz_pwrite(struct dz_call *c) { return dz_bsys(SYS_pwrite64, A(0), A(1), A(2), A(3), 0, 0); }

long dz_close(struct dz_call *c)
{
    dz_kq_fd_closed(AI(0));
    return dz_sys(SYS_close, AI(0));
}

/* SEEK_SET/CUR/END/DATA/HOLE have the same values on the BSDs and Linux. */
long dz_lseek(struct dz_call *c) { return dz_sys(SYS_lseek, AI(0), A(1), AI(2)); }
long dz_dup(struct dz_call *c) { return dz_sys(SYS_dup, AI(0)); }

long dz_dup2(struct dz_call *c)
{
    if (AI(0) != AI(1))
        dz_kq_fd_closed(AI(1));
    return dz_sys(SYS_dup2, AI(0), AI(1));
}

long dz_fsync(struct dz_call *c) { return dz_bsys(SYS_fsync, AI(0), 0, 0, 0, 0, 0); }
long dz_fdatasync(struct dz_call *c) { return dz_bsys(SYS_fdatasync, AI(0), 0, 0, 0, 0, 0); }
long dz_ftruncate(struct dz_call *c) { return dz_sys(SYS_ftruncate, AI(0), A(1)); }
long dz_fchmod(struct dz_call *c) { return dz_sys(SYS_fchmod, AI(0), A(1) & 07777); }
long dz_fchown(struct dz_call *c) { return dz_sys(SYS_fchown, AI(0), AI(1), AI(2)); }
long dz_fchdir(struct dz_call *c) { return dz_sys(SYS_fchdir, AI(0)); }
long dz_listen(struct dz_call *c) { return dz_sys(SYS_listen, AI(0), AI(1)); }
long dz_sync(struct dz_call *c) { dz_sys(SYS_sync); return 0; }

long dz_copy_file_range(struct dz_call *c)
{
    return dz_bsys(SYS_copy_file_range, A(0), A(1), A(2), A(3), A(4), A(5));
}
