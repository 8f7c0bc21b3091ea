/* Sockets shared by the BSDs: BSD sockaddrs (sa_len, other AF numbers),
 * SOCK_* flag bits, SOL_SOCKET 0xffff and its option numbers, MSG_* flags,
 * and the msghdr/cmsghdr layouts (32-bit lengths).  Numbers and
 * conversions come from the personality's dz_bsd_abi. */
#define _GNU_SOURCE
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define BSD_SOL_SOCKET 0xffff   /* every BSD */
#define BSD_SS_SIZE 128         /* struct sockaddr_storage, every BSD */

/* Guest sockaddr at g (length n) into a Linux one. */
static long addr_in(const struct dz_bsd_abi *b, uint64_t g, uint32_t n, struct sockaddr_storage *ss, uint32_t *len)
{
    unsigned char buf[BSD_SS_SIZE];
    if (n > sizeof buf)
        n = sizeof buf;
    if (dz_copy_in(buf, g, n) != 0)
        return -EFAULT;
    *len = sizeof *ss;
    return b->sockaddr_in(ss, len, buf, n);
}

/* A Linux sockaddr out to the guest's (addr, *lenp) pair, kernel-style. */
static long addr_out(const struct dz_bsd_abi *b, uint64_t gaddr, uint64_t glenp, const struct sockaddr_storage *ss, uint32_t len)
{
    if (!gaddr || !glenp)
        return 0;
    uint32_t room;
    if (dz_copy_in(&room, glenp, sizeof room) != 0)
        return -EFAULT;
    unsigned char buf[BSD_SS_SIZE];
    uint32_t n = room < sizeof buf ? room : (uint32_t)sizeof buf;
    long r = b->sockaddr_out(buf, &n, ss, len);
    if (r < 0)
        return r;
    if (dz_copy_out(gaddr, buf, n < room ? n : room) != 0 || dz_copy_out(glenp, &n, sizeof n) != 0)
        return -EFAULT;
    return 0;
}

/* The flag bits (where they sit differs: FreeBSD/NetBSD use the top
 * nibble, OpenBSD 0x1000..0x8000) go through sock_flags; what is left must
 * be a socket type. */
static long sock_type(const struct dz_bsd_abi *b, uint64_t g, long *out)
{
    uint64_t rest;
    long flags = (long)dz_flags_to_host(b->sock_flags, g, &rest);
    int64_t t;
    if (dz_val_to_host(b->sock_types, (int64_t)rest, &t) != 0)
        return -EINVAL;
    *out = t | flags;
    return 0;
}

/* socket(int domain, int type, int protocol) */
long dz_socket(struct dz_call *c)
{
    int64_t af;
    long type;
    if (dz_val_to_host(dz_bsd(c)->af, AI(0), &af) != 0)
        return -EAFNOSUPPORT;
    if (sock_type(dz_bsd(c), A(1), &type))
        return -EINVAL;
    long fd = dz_sys(SYS_socket, af, type, AI(2));
    if (fd >= 0 && af == AF_INET6 && dz_bsd(c)->v6only_always) {
        int on = 1;
        dz_sys(SYS_setsockopt, fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);
    }
    return fd;
}

/* socketpair(int domain, int type, int protocol, int *rsv) */
long dz_socketpair(struct dz_call *c)
{
    int64_t af;
    long type;
    int sv[2];
    if (dz_val_to_host(dz_bsd(c)->af, AI(0), &af) != 0)
        return -EAFNOSUPPORT;
    if (sock_type(dz_bsd(c), A(1), &type))
        return -EINVAL;
    long r = dz_sys(SYS_socketpair, af, type, AI(2), sv);
    if (r < 0)
        return r;
    if (dz_copy_out(A(3), sv, sizeof sv) != 0) {
        dz_sys(SYS_close, sv[0]);
        dz_sys(SYS_close, sv[1]);
        return -EFAULT;
    }
    return 0;
}

/* bind(int s, const struct sockaddr *name, int namelen) */
long dz_bind(struct dz_call *c)
{
    struct sockaddr_storage ss;
    uint32_t len;
    long r = addr_in(dz_bsd(c), A(1), (uint32_t)A(2), &ss, &len);
    return r ? r : dz_sys(SYS_bind, AI(0), &ss, len);
}

/* connect(int s, const struct sockaddr *name, int namelen) */
long dz_connect(struct dz_call *c)
{
    struct sockaddr_storage ss;
    uint32_t len;
    long r = addr_in(dz_bsd(c), A(1), (uint32_t)A(2), &ss, &len);
    return r ? r : dz_norestart(dz_bsys(SYS_connect, AI(0), &ss, len, 0, 0, 0));
}

long dz_bsd_accept(struct dz_call *c, long flags)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    /* An address wanted with no length to say its room: the BSDs read
     * *anamelen before they accept (EFAULT, the connection left queued). */
    if (A(1) && !A(2))
        return -EFAULT;
    long fd = dz_bsys(SYS_accept4, AI(0), &ss, &len, flags, 0, 0);
    if (fd < 0)
        return fd;
    long r = addr_out(dz_bsd(c), A(1), A(2), &ss, len);
    if (r < 0) {
        dz_sys(SYS_close, fd);
        return r;
    }
    return fd;
}

/* accept(int s, struct sockaddr *name, socklen_t *anamelen) */
long dz_accept(struct dz_call *c) { return dz_bsd_accept(c, 0); }

/* accept4(int s, struct sockaddr *name, socklen_t *anamelen, int flags) */
long dz_accept4(struct dz_call *c)
{
    uint64_t unknown;
    long f = (long)dz_flags_to_host(dz_bsd(c)->sock_flags, A(3), &unknown);
    return unknown ? -EINVAL : dz_bsd_accept(c, f);
}

static long name_call(struct dz_call *c, long nr)
{
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    long r = dz_sys(nr, AI(0), &ss, &len);
    if (r < 0)
        return r;
    if (!A(1) || !A(2))
        return -EFAULT;
    return addr_out(dz_bsd(c), A(1), A(2), &ss, len);
}

/* getsockname(int s, struct sockaddr *asa, socklen_t *alen) */
long dz_getsockname(struct dz_call *c) { return name_call(c, SYS_getsockname); }
/* getpeername(int s, struct sockaddr *asa, socklen_t *alen) */
long dz_getpeername(struct dz_call *c) { return name_call(c, SYS_getpeername); }

/* shutdown(int s, int how) — SHUT_RD/WR/RDWR are 0/1/2 everywhere. */
long dz_shutdown(struct dz_call *c) { return dz_sys(SYS_shutdown, AI(0), AI(1)); }

/* Option (level, name) in the guest's numbers to Linux. */
static long sockopt(const struct dz_bsd_abi *b, int glevel, int gname, long *level, long *name)
{
    int64_t l, n;
    if (dz_val_to_host(b->sockopt_levels, glevel, &l) != 0)
        return -EINVAL;
    const struct dz_valtab *t = l == SOL_SOCKET ? b->so_opts
                              : l == IPPROTO_TCP ? b->tcp_opts
                              : l == IPPROTO_IP ? b->ip_opts
                              : l == IPPROTO_IPV6 ? b->ipv6_opts : NULL;
    if (!t)
        n = gname;   /* other protocols: numbers passed through */
    else if (dz_val_to_host(t, gname, &n) != 0)
        return -ENOPROTOOPT;
    *level = (long)l;
    *name = (long)n;
    return 0;
}


/* setsockopt(int s, int level, int name, const void *val, int valsize) */
long dz_setsockopt(struct dz_call *c)
{
    long level, name;
    if (AI(1) == BSD_SOL_SOCKET && dz_bsd(c)->so_nosigpipe && AI(2) == dz_bsd(c)->so_nosigpipe)
        return dz_sys(SYS_fcntl, AI(0), 1 /* F_GETFD */) < 0 ? -EBADF : 0;   /* see the master note */
    long r = sockopt(dz_bsd(c), AI(1), AI(2), &level, &name);
    if (r)
        return r;
    unsigned char v[256];
    size_t n = (size_t)(uint32_t)A(4);
    if (n > sizeof v)
        return -EINVAL;
    if (dz_copy_in(v, A(3), n) != 0)
        return -EFAULT;
    if (level == IPPROTO_IPV6 && name == IPV6_V6ONLY && dz_bsd(c)->v6only_always && n >= 4) {
        int on;
        memcpy(&on, v, 4);
        if (!on)
            return -EINVAL;
    }
    /* A NetBSD struct timeval's tv_usec is 32 bits and padding. */
    if (level == SOL_SOCKET && (name == SO_RCVTIMEO || name == SO_SNDTIMEO) && n >= 16 &&
        dz_bsd(c)->timeval_usec32) {
        struct lx_timeval tv;
        memcpy(&tv, v, sizeof tv);
        tv.tv_usec = (int32_t)tv.tv_usec;
        memcpy(v, &tv, sizeof tv);
    }
    return dz_sys(SYS_setsockopt, AI(0), level, name, v, n);
}

/* getsockopt(int s, int level, int name, void *val, int *avalsize) */
long dz_getsockopt(struct dz_call *c)
{
    long level, name;
    long r = sockopt(dz_bsd(c), AI(1), AI(2), &level, &name);
    if (r)
        return r;
    uint32_t room;
    if (dz_copy_in(&room, A(4), sizeof room) != 0)
        return -EFAULT;
    unsigned char v[256];
    socklen_t n = room < sizeof v ? room : (socklen_t)sizeof v;
    r = dz_sys(SYS_getsockopt, AI(0), level, name, v, &n);
    if (r < 0)
        return r;
    /* Values that carry numbers the guest reads in its own terms. */
    if (level == SOL_SOCKET && n >= 4) {
        int x;
        memcpy(&x, v, 4);
        if (name == SO_ERROR && x > 0)
            x = c->t->pers->errno_from_linux(x);
        else if (name == SO_DOMAIN) {
            int64_t g;
            if (dz_val_to_guest(dz_bsd(c)->af, x, &g) == 0)
                x = (int)g;
        } else if (name == SO_TYPE) {   /* illumos: SOCK_STREAM 2, SOCK_DGRAM 1 */
            int64_t g;
            if (dz_val_to_guest(dz_bsd(c)->sock_types, x, &g) == 0)
                x = (int)g;
        }
        memcpy(v, &x, 4);
    }
    if (dz_copy_out(A(3), v, n) != 0 || dz_copy_out(A(4), &n, sizeof n) != 0)
        return -EFAULT;
    return 0;
}

static long msg_flags(const struct dz_bsd_abi *b, uint64_t g, long *out)
{
    uint64_t unknown;
    *out = (long)dz_flags_to_host(b->msg_flags, g, &unknown);
    return unknown ? -EINVAL : 0;
}

/* sendto(int s, const void *buf, size_t len, int flags, const struct sockaddr *to, int tolen) */
long dz_sendto(struct dz_call *c)
{
    long f, r = msg_flags(dz_bsd(c), A(3), &f);
    if (r)
        return r;
    struct sockaddr_storage ss;
    uint32_t len = 0;
    if (A(4) && (r = addr_in(dz_bsd(c), A(4), (uint32_t)A(5), &ss, &len)) != 0)
        return r;
    return dz_bsys(SYS_sendto, AI(0), A(1), A(2), f, A(4) ? &ss : NULL, len);
}

/* recvfrom(int s, void *buf, size_t len, int flags, struct sockaddr *from, socklen_t *fromlenaddr) */
long dz_recvfrom(struct dz_call *c)
{
    long f, r = msg_flags(dz_bsd(c), A(3), &f);
    if (r)
        return r;
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    long n = dz_bsys(SYS_recvfrom, AI(0), A(1), A(2), f, A(4) ? &ss : NULL, A(4) ? &len : NULL);
    if (n < 0 || !A(4))
        return n;
    r = addr_out(dz_bsd(c), A(4), A(5), &ss, len);
    return r < 0 ? r : n;
}

/* The BSD struct msghdr (48 bytes) and struct cmsghdr (12 bytes, data at
 * 16): the same on FreeBSD and NetBSD amd64 (32-bit lengths, 8-byte
 * alignment).  illumos has the same msghdr and a cmsghdr aligned to 4
 * (data at 12): dz_bsd_abi.cmsg_align. */
struct bsd_msghdr {
    uint64_t msg_name;
    uint32_t msg_namelen;
    uint32_t pad0;
    uint64_t msg_iov;
    int32_t msg_iovlen;
    uint32_t pad1;
    uint64_t msg_control;
    uint32_t msg_controllen;
    int32_t msg_flags;
};
_Static_assert(sizeof(struct bsd_msghdr) == 48, "BSD msghdr");
struct bsd_cmsghdr {
    uint32_t cmsg_len;
    int32_t cmsg_level;
    int32_t cmsg_type;
};

static size_t cmsg_align(const struct dz_bsd_abi *b, size_t n)
{
    size_t a = b->cmsg_align ? b->cmsg_align : 8;
    return (n + a - 1) & ~(a - 1);
}

/* The header's size with its padding: where the data starts. */
static size_t cmsg_hdr(const struct dz_bsd_abi *b) { return cmsg_align(b, sizeof(struct bsd_cmsghdr)); }

enum { CTL_MAX = 4096 };

/* A SOL_SOCKET message type, guest <-> Linux (SCM_RIGHTS and SCM_CREDS are
 * Linux's numbers on the BSDs). */
static int scm_type(const struct dz_bsd_abi *b, int type, int to_host)
{
    int64_t v;
    if (!b->scm_types)
        return type;
    if ((to_host ? dz_val_to_host(b->scm_types, type, &v) : dz_val_to_guest(b->scm_types, type, &v)) != 0)
        return type;
    return (int)v;
}

/* Control messages guest -> Linux.  SOL_SOCKET (0xffff -> 1) is the one
 * level whose number differs; its types go through scm_types; the payload
 * Go uses (descriptors) needs no change. */
static long cmsgs_in(const struct dz_bsd_abi *b, const unsigned char *g, size_t glen, unsigned char *l, size_t *llen)
{
    size_t gi = 0, li = 0, hdr = cmsg_hdr(b);
    while (gi + sizeof(struct bsd_cmsghdr) <= glen) {
        struct bsd_cmsghdr h;
        memcpy(&h, g + gi, sizeof h);
        if (h.cmsg_len < hdr || gi + h.cmsg_len > glen)
            return -EINVAL;
        size_t dlen = h.cmsg_len - hdr;
        if (li + CMSG_SPACE(dlen) > CTL_MAX)
            return -ENOBUFS;
        struct cmsghdr *lh = (struct cmsghdr *)(l + li);
        /* all of it: musl's cmsghdr has a 32-bit cmsg_len and a pad the
         * kernel reads as the high half of its 64-bit one */
        memset(lh, 0, CMSG_SPACE(dlen));
        lh->cmsg_len = CMSG_LEN(dlen);
        int sol = h.cmsg_level == BSD_SOL_SOCKET;
        lh->cmsg_level = sol ? SOL_SOCKET : h.cmsg_level;
        lh->cmsg_type = sol ? scm_type(b, h.cmsg_type, 1) : h.cmsg_type;
        memcpy(CMSG_DATA(lh), g + gi + hdr, dlen);
        li += CMSG_SPACE(dlen);
        gi += cmsg_align(b, h.cmsg_len);
    }
    *llen = li;
    return 0;
}

/* Linux -> guest; returns the guest length and sets MSG_CTRUNC when the
 * guest's buffer is too small. */
static size_t cmsgs_out(const struct dz_bsd_abi *b, const unsigned char *l, size_t llen, unsigned char *g,
                        size_t groom, int *trunc)
{
    size_t li = 0, gi = 0, hdr = cmsg_hdr(b);
    while (li + sizeof(struct cmsghdr) <= llen) {
        const struct cmsghdr *lh = (const struct cmsghdr *)(l + li);
        if (lh->cmsg_len < sizeof(struct cmsghdr))
            break;
        size_t dlen = lh->cmsg_len - CMSG_LEN(0);
        size_t need = hdr + dlen;
        if (gi + need > groom) {
            *trunc = 1;
            break;
        }
        int sol = lh->cmsg_level == SOL_SOCKET;
        struct bsd_cmsghdr h = {
            .cmsg_len = (uint32_t)need,
            .cmsg_level = sol ? BSD_SOL_SOCKET : lh->cmsg_level,
            .cmsg_type = sol ? scm_type(b, lh->cmsg_type, 0) : lh->cmsg_type,
        };
        memset(g + gi, 0, hdr);
        memcpy(g + gi, &h, sizeof h);
        memcpy(g + gi + hdr, CMSG_DATA(lh), dlen);
        gi += cmsg_align(b, need);
        li += CMSG_ALIGN(lh->cmsg_len);
    }
    return gi > groom ? groom : gi;
}

/* The flags (A(2)) and the guest's msghdr (A(1)) of sendmsg and recvmsg:
 * 0 or -errno. */
static long msg_args(struct dz_call *c, struct bsd_msghdr *gm, long *f)
{
    long r = msg_flags(dz_bsd(c), A(2), f);
    if (r)
        return r;
    return dz_copy_in(gm, A(1), sizeof *gm) != 0 ? -EFAULT : 0;
}

/* sendmsg(int s, const struct msghdr *msg, int flags) */
long dz_sendmsg(struct dz_call *c)
{
    struct bsd_msghdr gm;
    long f, r = msg_args(c, &gm, &f);
    if (r)
        return r;
    struct sockaddr_storage ss;
    uint32_t alen = 0;
    if (gm.msg_name && (r = addr_in(dz_bsd(c), gm.msg_name, gm.msg_namelen, &ss, &alen)) != 0)
        return r;
    unsigned char gctl[CTL_MAX], lctl[CTL_MAX];
    size_t lclen = 0;
    if (gm.msg_control && gm.msg_controllen) {
        if (gm.msg_controllen > CTL_MAX)
            return -ENOBUFS;
        if (dz_copy_in(gctl, gm.msg_control, gm.msg_controllen) != 0)
            return -EFAULT;
        if ((r = cmsgs_in(dz_bsd(c), gctl, gm.msg_controllen, lctl, &lclen)) != 0)
            return r;
    }
    struct msghdr lm = {
        .msg_name = gm.msg_name ? &ss : NULL, .msg_namelen = alen,
        .msg_iov = (struct iovec *)gm.msg_iov, .msg_iovlen = (size_t)gm.msg_iovlen,
        .msg_control = lclen ? lctl : NULL, .msg_controllen = lclen,
    };
    return dz_bsys(SYS_sendmsg, AI(0), &lm, f, 0, 0, 0);
}

/* recvmsg(int s, struct msghdr *msg, int flags) */
long dz_recvmsg(struct dz_call *c)
{
    struct bsd_msghdr gm;
    long f, r = msg_args(c, &gm, &f);
    if (r)
        return r;
    struct sockaddr_storage ss;
    unsigned char lctl[CTL_MAX], gctl[CTL_MAX];
    struct msghdr lm = {
        .msg_name = gm.msg_name ? &ss : NULL, .msg_namelen = gm.msg_name ? sizeof ss : 0,
        .msg_iov = (struct iovec *)gm.msg_iov, .msg_iovlen = (size_t)gm.msg_iovlen,
        .msg_control = gm.msg_control ? lctl : NULL,
        /* Linux headers are 4 bytes bigger; ask for a little more room. */
        .msg_controllen = gm.msg_control ? (gm.msg_controllen + 64 < CTL_MAX ? gm.msg_controllen + 64 : CTL_MAX) : 0,
    };
    long n = dz_bsys(SYS_recvmsg, AI(0), &lm, f | MSG_CMSG_CLOEXEC * 0, 0, 0, 0);
    if (n < 0)
        return n;
    int trunc = 0;
    size_t gclen = 0;
    if (gm.msg_control) {
        gclen = cmsgs_out(dz_bsd(c), lctl, lm.msg_controllen, gctl, gm.msg_controllen, &trunc);
        if (gclen && dz_copy_out(gm.msg_control, gctl, gclen) != 0)
            return -EFAULT;
    }
    uint64_t unknown;
    gm.msg_controllen = (uint32_t)gclen;
    gm.msg_flags = (int32_t)dz_flags_to_guest(dz_bsd(c)->msg_flags, (uint64_t)lm.msg_flags, &unknown);
    if (trunc)
        gm.msg_flags |= (int32_t)dz_bsd(c)->msg_ctrunc;
    if (gm.msg_name) {
        unsigned char buf[BSD_SS_SIZE];
        uint32_t an = gm.msg_namelen < sizeof buf ? gm.msg_namelen : (uint32_t)sizeof buf;
        if (lm.msg_namelen && dz_bsd(c)->sockaddr_out(buf, &an, &ss, lm.msg_namelen) == 0) {
            if (dz_copy_out(gm.msg_name, buf, an < gm.msg_namelen ? an : gm.msg_namelen) != 0)
                return -EFAULT;
            gm.msg_namelen = an;
        } else {
            gm.msg_namelen = 0;
        }
    }
    if (dz_copy_out(A(1), &gm, sizeof gm) != 0)
        return -EFAULT;
    return n;
}

