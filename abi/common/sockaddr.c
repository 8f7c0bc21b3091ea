/* BSD socket addresses <-> Linux (see sockaddr.h): a BSD sockaddr starts
 * with u8 length + u8 family, Linux's with a u16 family; sun_path is 104
 * vs 108.  Guest memory may be unaligned, so everything goes through
 * memcpy. */
#define _GNU_SOURCE
#include "abi/common/sockaddr.h"
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

_Static_assert(sizeof(((struct sockaddr_un *)0)->sun_path) == 108, "Linux sun_path");

static int put(void *dst, uint32_t *dstlen, const void *v, uint32_t len)
{
    if (*dstlen < len)
        return -EINVAL;      /* host buffer too small: a caller bug */
    memcpy(dst, v, len);
    *dstlen = len;
    return 0;
}

int dz_bsd_sockaddr_to_linux(const struct dz_bsd_af *af, void *dst, uint32_t *dstlen,
                             const void *src, uint32_t srclen)
{
    const uint8_t *s = src;
    if (srclen < 2)
        return -EINVAL;
    uint8_t fam = s[1];
    if (fam == af->inet) {
        struct dz_bsd_sockaddr_in in;
        if (srclen < sizeof(in))
            return -EINVAL;
        memcpy(&in, src, sizeof(in));
        struct sockaddr_in out = {
            .sin_family = AF_INET,
            .sin_port = in.sin_port,
            .sin_addr = { .s_addr = in.sin_addr },
        };
        return put(dst, dstlen, &out, sizeof(out));
    }
    if (fam == af->inet6) {
        struct dz_bsd_sockaddr_in6 in6;
        if (srclen < sizeof(in6))
            return -EINVAL;
        memcpy(&in6, src, sizeof(in6));
        struct sockaddr_in6 out = {
            .sin6_family = AF_INET6,
            .sin6_port = in6.sin6_port,
            .sin6_flowinfo = in6.sin6_flowinfo,
            .sin6_scope_id = in6.sin6_scope_id,
        };
        memcpy(&out.sin6_addr, in6.sin6_addr, sizeof(out.sin6_addr));
        return put(dst, dstlen, &out, sizeof(out));
    }
    if (fam == af->unix_) {
        /* The path is the bytes after the header, up to a NUL or the end
         * of the address.  BSDs have no abstract namespace: an empty
         * path would mean autobind (2-byte address) or an abstract name
         * (leading NUL) to Linux, and ENOENT to a BSD, which is what
         * bind/connect answer there. */
        size_t max = (srclen > sizeof(struct dz_bsd_sockaddr_un) ? sizeof(struct dz_bsd_sockaddr_un) : srclen) - 2;
        const char *path = (const char *)s + 2;
        const char *nul = memchr(path, 0, max);
        size_t n = nul ? (size_t)(nul - path) : max;
        if (n == 0)
            return -ENOENT;
        struct sockaddr_un out = { .sun_family = AF_UNIX };
        memcpy(out.sun_path, path, n);      /* n <= 104 < 108: NUL stays */
        return put(dst, dstlen, &out, (uint32_t)(offsetof(struct sockaddr_un, sun_path) + n + 1));
    }
    if (fam == af->unspec) {
        /* connect(AF_UNSPEC) dissolves a datagram association; Linux only
         * looks at the family, but keep the caller's length. */
        struct sockaddr_storage out = { .ss_family = AF_UNSPEC };
        uint32_t len = srclen > sizeof(out) ? sizeof(out) : srclen;
        if (len > 2)
            memcpy((char *)&out + 2, s + 2, len - 2);
        return put(dst, dstlen, &out, len);
    }
    return -EAFNOSUPPORT;
}

int dz_bsd_sockaddr_from_linux(const struct dz_bsd_af *af, void *dst, uint32_t *dstlen,
                               const void *src, uint32_t srclen)
{
    struct { struct dz_bsd_sockaddr_un u; uint8_t pad[128 - sizeof(struct dz_bsd_sockaddr_un)]; } out = { 0 };
    uint32_t len;
    sa_family_t family;

    if (srclen == 0) {
        /* No address at all (recvfrom on a connected stream socket). */
        *dstlen = 0;
        return 0;
    }
    if (srclen < sizeof(family))
        return -EINVAL;
    memcpy(&family, src, sizeof(family));
    switch (family) {
    case AF_INET: {
        struct sockaddr_in in = { 0 };
        memcpy(&in, src, srclen < sizeof(in) ? srclen : sizeof(in));
        struct dz_bsd_sockaddr_in o = {
            .sin_len = sizeof(o),
            .sin_family = af->inet,
            .sin_port = in.sin_port,
            .sin_addr = in.sin_addr.s_addr,
        };
        len = sizeof(o);
        memcpy(&out, &o, len);
        break;
    }
    case AF_INET6: {
        struct sockaddr_in6 in6 = { 0 };
        memcpy(&in6, src, srclen < sizeof(in6) ? srclen : sizeof(in6));
        struct dz_bsd_sockaddr_in6 o = {
            .sin6_len = sizeof(o),
            .sin6_family = af->inet6,
            .sin6_port = in6.sin6_port,
            .sin6_flowinfo = in6.sin6_flowinfo,
            .sin6_scope_id = in6.sin6_scope_id,
        };
        memcpy(o.sin6_addr, &in6.sin6_addr, sizeof(o.sin6_addr));
        len = sizeof(o);
        memcpy(&out, &o, len);
        break;
    }
    case AF_UNIX: {
        const char *path = (const char *)src + offsetof(struct sockaddr_un, sun_path);
        size_t max = srclen > sizeof(struct sockaddr_un) ? sizeof(((struct sockaddr_un *)0)->sun_path)
                                                         : srclen - offsetof(struct sockaddr_un, sun_path);
        struct dz_bsd_sockaddr_un o = { .sun_family = af->unix_ };
        if (max == 0) {
            /* Unnamed socket: a BSD answers with its sun_noname, a bare
             * 16-byte struct sockaddr of family AF_LOCAL. */
            len = sizeof(struct dz_bsd_sockaddr);
        } else if (path[0] == 0) {
            /* Abstract name (Linux only).  A BSD guest cannot create
             * one, only meet a Linux peer's: pass the bytes through,
             * leading NUL and all (Go then sees an empty name); lossy. */
            size_t n = max > DZ_BSD_SUN_PATH_LEN ? DZ_BSD_SUN_PATH_LEN : max;
            memcpy(o.sun_path, path, n);
            len = (uint32_t)(2 + n);
        } else {
            /* sun_len counts the NUL, as the BSD kernels store it.  A
             * Linux path longer than 104 bytes is cut (lossy). */
            const char *nul = memchr(path, 0, max);
            size_t n = nul ? (size_t)(nul - path) : max;
            if (n > DZ_BSD_SUN_PATH_LEN)
                n = DZ_BSD_SUN_PATH_LEN;
            memcpy(o.sun_path, path, n);
            len = (uint32_t)(2 + n + (n < DZ_BSD_SUN_PATH_LEN));
        }
        o.sun_len = (uint8_t)len;
        memcpy(&out, &o, sizeof(o));
        break;
    }
    case AF_UNSPEC: {
        struct dz_bsd_sockaddr o = { .sa_len = sizeof(o), .sa_family = af->unspec };
        len = sizeof(o);
        memcpy(&out, &o, len);
        break;
    }
    default:
        return -EAFNOSUPPORT;
    }
    /* Like the kernel: copy what fits, report the full length. */
    uint32_t n = *dstlen < len ? *dstlen : len;
    if (n)
        memcpy(dst, &out, n);
    *dstlen = len;
    return 0;
}
