/* net.route.0.<af>.NET_RT_IFLIST.<index>: the host's interfaces as OpenBSD
 * routing messages (net/route.h, net/if.h), which Go's net.Interfaces and
 * net.InterfaceAddrs parse (golang.org/x/net/route).  Per interface one
 * RTM_IFINFO (struct if_msghdr, then its sockaddr_dl), then one
 * RTM_NEWADDR (struct ifa_msghdr, then netmask, address and broadcast
 * sockaddrs) per address.  Names, indexes, flags, link addresses, MTUs and
 * addresses are the host's (getifaddrs); the if_data counters are zero. */
#define _GNU_SOURCE
#include "libshim/openbsd/obsd.h"
#include <errno.h>
#include <ifaddrs.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#define RTM_VERSION 5
#define RTM_NEWADDR 0xc
#define RTM_IFINFO 0xe
#define RTA_NETMASK 0x4
#define RTA_IFP 0x10
#define RTA_IFA 0x20
#define RTA_BRD 0x80
#define IFT_OTHER 0x1
#define IFT_ETHER 0x6
#define IFT_LOOP 0x18
#define IFF_MULTICAST_OBSD 0x8000

/* struct if_msghdr: 24 bytes of header, then struct if_data (144 bytes on
 * amd64: ifi_type @0, ifi_mtu @4, the counters, ifi_lastchange). */
#define IFM_HDRLEN 168
#define IFAM_HDRLEN 24   /* struct ifa_msghdr */
#define SDL_MIN 32       /* struct sockaddr_dl with its sdl_data[24] */

struct obsd_rt_hdr {          /* the part if_msghdr and ifa_msghdr share */
    uint16_t msglen;
    uint8_t version;
    uint8_t type;
    uint16_t hdrlen;
    uint16_t index;
    uint16_t tableid;
    uint8_t pad1, pad2;
    int32_t addrs;
    int32_t flags;
};

struct out {
    unsigned char *buf;   /* NULL: only count */
    size_t room, used;
};

static size_t align8(size_t n) { return (n + 7) & ~7UL; }

static void put(struct out *o, size_t at, const void *v, size_t n)
{
    if (o->buf && at + n <= o->room)
        memcpy(o->buf + at, v, n);
}

static void zero(struct out *o, size_t at, size_t n)
{
    if (o->buf && at + n <= o->room)
        memset(o->buf + at, 0, n);
}

/* An IPv4 or IPv6 sockaddr in OpenBSD form at o->used; its padded size. */
static size_t put_inet(struct out *o, const struct sockaddr *sa, unsigned ifindex)
{
    unsigned char b[32] = { 0 };
    size_t n;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *s = (const struct sockaddr_in *)sa;
        n = 16;
        b[0] = 16;
        b[1] = OBSD_AF_INET;
        memcpy(b + 4, &s->sin_addr, 4);
    } else {
        const struct sockaddr_in6 *s = (const struct sockaddr_in6 *)sa;
        n = 28;
        b[0] = 28;
        b[1] = OBSD_AF_INET6;
        memcpy(b + 8, &s->sin6_addr, 16);
        uint32_t scope = s->sin6_scope_id ? s->sin6_scope_id
                         : IN6_IS_ADDR_LINKLOCAL(&s->sin6_addr) ? ifindex : 0;
        memcpy(b + 24, &scope, 4);
    }
    zero(o, o->used, align8(n));
    put(o, o->used, b, n);
    o->used += align8(n);
    return align8(n);
}

/* Linux IFF_* to OpenBSD's: the low bits agree; IFF_MULTICAST moves. */
static int32_t if_flags(unsigned lf)
{
    int32_t f = (int32_t)(lf & (IFF_UP | IFF_BROADCAST | IFF_DEBUG | IFF_LOOPBACK | IFF_POINTOPOINT |
                                IFF_RUNNING | IFF_NOARP | IFF_PROMISC | IFF_ALLMULTI));
    if (lf & IFF_MULTICAST)
        f |= IFF_MULTICAST_OBSD;
    return f;
}

static void put_ifinfo(struct out *o, const struct ifaddrs *all, const char *name, unsigned index, int sock)
{
    unsigned flags = 0;
    const struct sockaddr_ll *ll = NULL;
    for (const struct ifaddrs *a = all; a; a = a->ifa_next) {
        if (strcmp(a->ifa_name, name) != 0)
            continue;
        flags = a->ifa_flags;
        if (a->ifa_addr && a->ifa_addr->sa_family == AF_PACKET)
            ll = (const struct sockaddr_ll *)a->ifa_addr;
    }
    struct ifreq ifr = { 0 };
    snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", name);
    uint32_t mtu = sock >= 0 && ioctl(sock, SIOCGIFMTU, &ifr) == 0 ? (uint32_t)ifr.ifr_mtu : 0;
    uint8_t type = !ll ? IFT_OTHER : ll->sll_hatype == ARPHRD_LOOPBACK ? IFT_LOOP
                   : ll->sll_hatype == ARPHRD_ETHER ? IFT_ETHER : IFT_OTHER;
    size_t nlen = strlen(name), alen = ll && type == IFT_ETHER ? ll->sll_halen : 0;
    size_t sdl = 8 + nlen + alen < SDL_MIN ? SDL_MIN : 8 + nlen + alen;
    size_t at = o->used, len = IFM_HDRLEN + align8(sdl);
    zero(o, at, len);
    struct obsd_rt_hdr h = { .msglen = (uint16_t)len, .version = RTM_VERSION, .type = RTM_IFINFO,
                             .hdrlen = IFM_HDRLEN, .index = (uint16_t)index, .addrs = RTA_IFP,
                             .flags = if_flags(flags) };
    put(o, at, &h, sizeof h);
    put(o, at + 24, &type, 1);      /* ifi_type */
    put(o, at + 28, &mtu, 4);       /* ifi_mtu */
    unsigned char d[8] = { (uint8_t)sdl, OBSD_AF_LINK, (uint8_t)index, (uint8_t)(index >> 8), type,
                           (uint8_t)nlen, (uint8_t)alen, 0 };
    put(o, at + IFM_HDRLEN, d, sizeof d);
    put(o, at + IFM_HDRLEN + 8, name, nlen);
    if (alen)
        put(o, at + IFM_HDRLEN + 8 + nlen, ll->sll_addr, alen);
    o->used += len;
}

static void put_ifaddr(struct out *o, const struct ifaddrs *a, unsigned index)
{
    size_t at = o->used;
    int32_t addrs = RTA_IFA | (a->ifa_netmask ? RTA_NETMASK : 0);
    int brd = a->ifa_addr->sa_family == AF_INET && (a->ifa_flags & IFF_BROADCAST) && a->ifa_broadaddr;
    if (brd)
        addrs |= RTA_BRD;
    o->used += IFAM_HDRLEN;
    zero(o, at, IFAM_HDRLEN);
    if (a->ifa_netmask) {   /* the mask in the address's family */
        struct sockaddr_storage m;
        memcpy(&m, a->ifa_netmask, a->ifa_addr->sa_family == AF_INET ? sizeof(struct sockaddr_in)
                                                                      : sizeof(struct sockaddr_in6));
        m.ss_family = a->ifa_addr->sa_family;
        put_inet(o, (const struct sockaddr *)&m, 0);
    }
    put_inet(o, a->ifa_addr, index);
    if (brd)
        put_inet(o, a->ifa_broadaddr, index);
    struct obsd_rt_hdr h = { .msglen = (uint16_t)(o->used - at), .version = RTM_VERSION,
                             .type = RTM_NEWADDR, .hdrlen = IFAM_HDRLEN, .index = (uint16_t)index,
                             .addrs = addrs, .flags = 0 };
    put(o, at, &h, sizeof h);
}

/* mib: net.route.0.af.NET_RT_IFLIST.index (af 0: every family, index 0:
 * every interface). */
long obsd_rt_iflist(int af, unsigned want, void *buf, size_t *len)
{
    struct ifaddrs *all;
    if (getifaddrs(&all) != 0)
        return -errno;
    int sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    struct out o = { buf, buf ? *len : 0, 0 };
    /* Interfaces in getifaddrs's order (its AF_PACKET entries come first,
     * one per interface); each name once. */
    for (const struct ifaddrs *i = all; i; i = i->ifa_next) {
        int seen = 0;
        for (const struct ifaddrs *p = all; p != i; p = p->ifa_next)
            seen |= strcmp(p->ifa_name, i->ifa_name) == 0;
        unsigned index = if_nametoindex(i->ifa_name);
        if (seen || !index || (want && index != want))
            continue;
        put_ifinfo(&o, all, i->ifa_name, index, sock);
        for (const struct ifaddrs *a = all; a; a = a->ifa_next) {
            if (strcmp(a->ifa_name, i->ifa_name) != 0 || !a->ifa_addr)
                continue;
            int fam = a->ifa_addr->sa_family;
            if ((fam != AF_INET && fam != AF_INET6) ||
                (af && af != (fam == AF_INET ? OBSD_AF_INET : OBSD_AF_INET6)))
                continue;
            put_ifaddr(&o, a, index);
        }
    }
    if (sock >= 0)
        close(sock);
    freeifaddrs(all);
    long r = buf && o.used > *len ? -ENOMEM : 0;
    if (!buf || o.used <= *len)
        *len = o.used;
    return r;
}
