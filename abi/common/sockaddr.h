/* BSD socket addresses <-> Linux ones.  Every BSD lays a sockaddr out the
 * same way (u8 length, u8 family; sockaddr_in/in6/un field for field,
 * sun_path 104 bytes) and differs only in the family numbers, of which
 * AF_INET6 is the one that moves (FreeBSD 28, NetBSD/OpenBSD 24).  One
 * conversion, parameterized by those numbers; abi/<os>/sockaddr.c wraps
 * it with the OS's values.  Pure functions. */
#ifndef DZ_ABI_COMMON_SOCKADDR_H
#define DZ_ABI_COMMON_SOCKADDR_H
#include <stddef.h>
#include <stdint.h>

#define DZ_BSD_SUN_PATH_LEN 104

struct dz_bsd_sockaddr {
    uint8_t sa_len;
    uint8_t sa_family;
    char    sa_data[14];
};

struct dz_bsd_sockaddr_in {
    uint8_t  sin_len;
    uint8_t  sin_family;
    uint16_t sin_port;           /* network order */
    uint32_t sin_addr;           /* network order */
    uint8_t  sin_zero[8];
};

struct dz_bsd_sockaddr_in6 {
    uint8_t  sin6_len;
    uint8_t  sin6_family;
    uint16_t sin6_port;
    uint32_t sin6_flowinfo;
    uint8_t  sin6_addr[16];
    uint32_t sin6_scope_id;
};

struct dz_bsd_sockaddr_un {
    uint8_t sun_len;
    uint8_t sun_family;
    char    sun_path[DZ_BSD_SUN_PATH_LEN];
};

_Static_assert(sizeof(struct dz_bsd_sockaddr) == 16, "BSD sockaddr");
_Static_assert(sizeof(struct dz_bsd_sockaddr_in) == 16, "BSD sockaddr_in");
_Static_assert(sizeof(struct dz_bsd_sockaddr_in6) == 28 &&
               offsetof(struct dz_bsd_sockaddr_in6, sin6_scope_id) == 24, "BSD sockaddr_in6");
_Static_assert(sizeof(struct dz_bsd_sockaddr_un) == 106, "BSD sockaddr_un");

/* The family numbers that differ from one BSD to another. */
struct dz_bsd_af {
    uint8_t unspec, unix_, inet, inet6;
};

/* Guest -> Linux.  src is the guest's sockaddr of srclen bytes (its
 * sa_len byte is ignored, as the BSD syscalls trust namelen); dst is a
 * host buffer of *dstlen bytes (>= 110 is always enough); on success
 * *dstlen is the Linux length to pass to the kernel.  0 or -errno. */
int dz_bsd_sockaddr_to_linux(const struct dz_bsd_af *af, void *dst, uint32_t *dstlen,
                             const void *src, uint32_t srclen);
/* Linux -> guest.  src/srclen is what the Linux kernel returned; dst is
 * the guest buffer of *dstlen bytes.  Like the kernel, the result is
 * truncated to the buffer and *dstlen set to the full length. */
int dz_bsd_sockaddr_from_linux(const struct dz_bsd_af *af, void *dst, uint32_t *dstlen,
                               const void *src, uint32_t srclen);

#endif
