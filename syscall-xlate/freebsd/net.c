/* FreeBSD's own socket call: sendfile.  The socket calls FreeBSD shares
 * with the other BSDs live in syscall-xlate/common/net.c. */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include <errno.h>
#include <sys/types.h>

/* sendfile(int fd, int s, off_t offset, size_t nbytes, struct sf_hdtr *hdtr,
 *          off_t *sbytes, int flags): 393.  Headers/trailers are refused
 * (Go never passes them); nbytes 0 means to the end of the file. */
long fbsd_sendfile(struct dz_call *c)
{
    if (A(4))
        return -EINVAL;
    off_t off = (off_t)A(2);
    size_t n = (size_t)A(3) ? (size_t)A(3) : 0x7ffff000;
    long r = dz_bsys(SYS_sendfile, AI(1), AI(0), &off, n, 0, 0);
    long sent = r < 0 ? 0 : r;
    if (A(5) && dz_copy_out(A(5), &sent, sizeof sent) != 0)
        return -EFAULT;
    if (r == -EAGAIN && sent == 0)
        return r;
    return r < 0 ? r : 0;
}
