/* FreeBSD's own socket call: sendfile.  The socket calls FreeBSD shares
 * with the other BSDs live in syscall-xlate/common/net.c. */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "syscall-xlate/engine/uaccess.h"
#include <errno.h>
#include <sys/types.h>

/* sendfile(int fd, int s, off_t offset, size_t nbytes, struct sf_hdtr *hdtr,
 *          off_t *sbytes, int flags): 393.  Headers/trailers are refused
 * (Go never passes them): an hdtr naming none is taken, one that cannot be
 * read is EFAULT as on FreeBSD; nbytes 0 means to the end of the file. */
long fbsd_sendfile(struct dz_call *c)
{
    if (A(4)) {
        /* struct sf_hdtr { struct iovec *headers; int hdr_cnt;
         *                  struct iovec *trailers; int trl_cnt; } */
        struct { uint64_t headers; int32_t hdr_cnt, pad0; uint64_t trailers; int32_t trl_cnt, pad1; } h;
        if (dz_copy_in(&h, A(4), sizeof h) != 0)
            return -EFAULT;
        if (h.hdr_cnt || h.trl_cnt)
            return -EINVAL;
    }
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
