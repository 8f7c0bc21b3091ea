/* Socket addresses (OpenBSD sys/sys/socket.h, netinet/in.h, netinet6/in6.h,
 * sys/sys/un.h): a BSD sockaddr starts with u8 length + u8 family, Linux's
 * with a u16 family; AF_INET6 is 24 vs 10; sun_path is 104 vs 108.  Guest
 * memory may be unaligned, so everything goes through memcpy. */
#define _GNU_SOURCE
#include "abi/openbsd/convert.h"
#include "abi/openbsd/consts.h"
#include <errno.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

_Static_assert(sizeof(((struct sockaddr_un *)0)->sun_path) == 108, "Linux sun_path");
_Static_assert(sizeof(((struct obsd_sockaddr_un *)0)->sun_path) == OBSD_SUN_PATH_LEN, "OpenBSD sun_path");

static int put(void *dst, uint32_t *dstlen, const void *v, uint32_t len)
{
    if (*dstlen < len)
        return -EINVAL;      /* host buffer too small: a caller bug */
    memcpy(dst, v, len);
    *dstlen = len;
    return 0;
}

int obsd_to_linux_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen)
{
    const uint8_t *s = src;
    if (srclen < 2)
        return -EINVAL;
    switch (s[1]) {
    case OBSD_AF_INET: {
        struct obsd_sockaddr_in in;
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
    case OBSD_AF_INET6: {
        struct obsd_sockaddr_in6 in6;
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
    case OBSD_AF_UNIX: {
        /* The path runs to a NUL or the end of the address.  OpenBSD has
         * no abstract namespace: an empty path is ENOENT there (Linux
         * would autobind or read an abstract name). */
        size_t max = (srclen > sizeof(struct obsd_sockaddr_un) ? sizeof(struct obsd_sockaddr_un) : srclen) - 2;
        const char *path = (const char *)s + 2;
        const char *nul = memchr(path, 0, max);
        size_t n = nul ? (size_t)(nul - path) : max;
        if (n == 0)
            return -ENOENT;
        struct sockaddr_un out = { .sun_family = AF_UNIX };
        memcpy(out.sun_path, path, n);      /* n <= 104 < 108: NUL stays */
        return put(dst, dstlen, &out, (uint32_t)(offsetof(struct sockaddr_un, sun_path) + n + 1));
    }
    case OBSD_AF_UNSPEC: {
        struct sockaddr_storage out = { .ss_family = AF_UNSPEC };
        uint32_t len = srclen > sizeof(out) ? sizeof(out) : srclen;
        if (len > 2)
            memcpy((char *)&out + 2, s + 2, len - 2);
        return put(dst, dstlen, &out, len);
    }
    default:
        return -EAFNOSUPPORT;
    }
}

int linux_to_obsd_sockaddr(void *dst, uint32_t *dstlen, const void *src, uint32_t srclen)
{
    struct obsd_sockaddr_storage out = { 0 };
    uint32_t len;
    sa_family_t family;

    if (srclen == 0) {
        *dstlen = 0;         /* no address (recvfrom on a connected stream) */
        return 0;
    }
    if (srclen < sizeof(family))
        return -EINVAL;
    memcpy(&family, src, sizeof(family));
    switch (family) {
    case AF_INET: {
        struct sockaddr_in in = { 0 };
        memcpy(&in, src, srclen < sizeof(in) ? srclen : sizeof(in));
        struct obsd_sockaddr_in o = {
            .sin_len = sizeof(o),
            .sin_family = OBSD_AF_INET,
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
        struct obsd_sockaddr_in6 o = {
            .sin6_len = sizeof(o),
            .sin6_family = OBSD_AF_INET6,
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
        struct obsd_sockaddr_un o = { .sun_family = OBSD_AF_UNIX };
        if (max == 0) {
            len = 2 + 14;    /* unnamed: OpenBSD answers a bare 16-byte sockaddr */
        } else if (path[0] == 0) {
            /* A Linux peer's abstract name: passed through (lossy). */
            size_t n = max > OBSD_SUN_PATH_LEN ? OBSD_SUN_PATH_LEN : max;
            memcpy(o.sun_path, path, n);
            len = (uint32_t)(2 + n);
        } else {
            const char *nul = memchr(path, 0, max);
            size_t n = nul ? (size_t)(nul - path) : max;
            if (n > OBSD_SUN_PATH_LEN)
                n = OBSD_SUN_PATH_LEN;     /* lossy: Linux allows 108 */
            memcpy(o.sun_path, path, n);
            len = (uint32_t)(2 + n + (n < OBSD_SUN_PATH_LEN));
        }
        o.sun_len = (uint8_t)len;
        memcpy(&out, &o, sizeof(o));
        break;
    }
    case AF_UNSPEC:
        out.ss_len = 16;
        out.ss_family = OBSD_AF_UNSPEC;
        len = 16;
        break;
    default:
        return -EAFNOSUPPORT;
    }
    uint32_t n = *dstlen < len ? *dstlen : len;
    if (n)
        memcpy(dst, &out, n);
    *dstlen = len;
    return 0;
}
