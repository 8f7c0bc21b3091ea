/* select and poll, shared by the BSDs: fd_set, struct timeval and struct
 * pollfd have the Linux layout, and the POLL* bits a program can ask for
 * agree in the low byte (IN PRI OUT ERR HUP NVAL RDNORM RDBAND). */
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include <errno.h>
#include <poll.h>
#include <stdlib.h>

/* select(int nd, fd_set *in, fd_set *ou, fd_set *ex, struct timeval *tv).
 * The timeout is read into a copy: the BSDs leave the caller's alone
 * (Linux writes the time left into it). */
long dz_select(struct dz_call *c)
{
    struct lx_timeval tv;
    if (A(4) && dz_bsd_timeval_in(c, A(4), &tv, 1) != 0)
        return -EFAULT;
    return dz_norestart(dz_bsys(SYS_select, AI(0), A(1), A(2), A(3), A(4) ? &tv : NULL, 0));
}

#define POLL_SAME 0xff

/* poll(struct pollfd *fds, u_int nfds, int timeout) */
long dz_poll(struct dz_call *c)
{
    unsigned n = (unsigned)A(1);
    if (n > 65536)
        return -EINVAL;
    struct pollfd *p = n ? malloc(n * sizeof *p) : NULL;
    if (n && !p)
        return -ENOMEM;
    if (dz_copy_in(p, A(0), n * sizeof *p) != 0) {
        free(p);
        return -EFAULT;
    }
    for (unsigned i = 0; i < n; i++)
        p[i].events &= POLL_SAME;
    long r = dz_norestart(dz_bsys(SYS_poll, p, n, AI(2), 0, 0, 0));
    if (r >= 0) {
        for (unsigned i = 0; i < n; i++)
            p[i].revents &= POLL_SAME;
        if (dz_copy_out(A(0), p, n * sizeof *p) != 0)
            r = -EFAULT;
    }
    free(p);
    return r;
}
