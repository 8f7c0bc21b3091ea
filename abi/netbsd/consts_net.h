/* NetBSD amd64 constants, part 2: sockets (sys/sys/socket.h,
 * netinet/in.h, netinet/tcp.h, netinet6/in6.h), and the terminal and
 * descriptor ioctls (sys/sys/ttycom.h, sys/sys/filio.h).  Included by
 * abi/netbsd/consts.h (include that one); same sources and conventions. */
#ifndef DZ_ABI_NETBSD_CONSTS_NET_H
#define DZ_ABI_NETBSD_CONSTS_NET_H

#define NBSD_AF_UNSPEC    0
#define NBSD_AF_UNIX      1
#define NBSD_AF_INET      2
#define NBSD_AF_APPLETALK 16
#define NBSD_AF_LINK      18
#define NBSD_AF_IPX       23
#define NBSD_AF_INET6     24
#define NBSD_AF_ISDN      26
#define NBSD_AF_BLUETOOTH 31
#define NBSD_AF_ROUTE     34

#define NBSD_SOCK_STREAM    1
#define NBSD_SOCK_DGRAM     2
#define NBSD_SOCK_RAW       3
#define NBSD_SOCK_RDM       4
#define NBSD_SOCK_SEQPACKET 5
#define NBSD_SOCK_CLOEXEC   0x10000000
#define NBSD_SOCK_NONBLOCK  0x20000000
#define NBSD_SOCK_NOSIGPIPE 0x40000000
#define NBSD_SOCK_FLAGS_MASK 0xf0000000u

#define NBSD_SOL_SOCKET     0xffff
#define NBSD_SO_DEBUG       0x0001
#define NBSD_SO_ACCEPTCONN  0x0002
#define NBSD_SO_REUSEADDR   0x0004
#define NBSD_SO_KEEPALIVE   0x0008
#define NBSD_SO_DONTROUTE   0x0010
#define NBSD_SO_BROADCAST   0x0020
#define NBSD_SO_USELOOPBACK 0x0040
#define NBSD_SO_LINGER      0x0080
#define NBSD_SO_OOBINLINE   0x0100
#define NBSD_SO_REUSEPORT   0x0200
#define NBSD_SO_NOSIGPIPE   0x0800
#define NBSD_SO_ACCEPTFILTER 0x1000
#define NBSD_SO_TIMESTAMP   0x2000
#define NBSD_SO_SNDBUF      0x1001
#define NBSD_SO_RCVBUF      0x1002
#define NBSD_SO_SNDLOWAT    0x1003
#define NBSD_SO_RCVLOWAT    0x1004
#define NBSD_SO_ERROR       0x1007
#define NBSD_SO_TYPE        0x1008
#define NBSD_SO_OVERFLOWED  0x1009
#define NBSD_SO_NOHEADER    0x100a
#define NBSD_SO_SNDTIMEO    0x100b
#define NBSD_SO_RCVTIMEO    0x100c

#define NBSD_IPPROTO_IP     0
#define NBSD_IPPROTO_ICMP   1
#define NBSD_IPPROTO_TCP    6
#define NBSD_IPPROTO_UDP    17
#define NBSD_IPPROTO_IPV6   41
#define NBSD_IPPROTO_ICMPV6 58
#define NBSD_IPPROTO_RAW    255

#define NBSD_TCP_NODELAY    1
#define NBSD_TCP_MAXSEG     2
#define NBSD_TCP_KEEPIDLE   3
#define NBSD_TCP_NOPUSH     4
#define NBSD_TCP_KEEPINTVL  5
#define NBSD_TCP_KEEPCNT    6
#define NBSD_TCP_KEEPINIT   7
#define NBSD_TCP_MD5SIG     0x10
#define NBSD_TCP_CONGCTL    0x20

#define NBSD_IP_OPTIONS         1
#define NBSD_IP_HDRINCL         2
#define NBSD_IP_TOS             3
#define NBSD_IP_TTL             4
#define NBSD_IP_RECVOPTS        5
#define NBSD_IP_RECVRETOPTS     6
#define NBSD_IP_RECVDSTADDR     7
#define NBSD_IP_MULTICAST_IF    9
#define NBSD_IP_MULTICAST_TTL   10
#define NBSD_IP_MULTICAST_LOOP  11
#define NBSD_IP_ADD_MEMBERSHIP  12
#define NBSD_IP_DROP_MEMBERSHIP 13
#define NBSD_IP_PORTRANGE       19
#define NBSD_IP_RECVIF          20
#define NBSD_IP_RECVTTL         23

#define NBSD_IPV6_UNICAST_HOPS   4
#define NBSD_IPV6_MULTICAST_IF   9
#define NBSD_IPV6_MULTICAST_HOPS 10
#define NBSD_IPV6_MULTICAST_LOOP 11
#define NBSD_IPV6_JOIN_GROUP     12
#define NBSD_IPV6_LEAVE_GROUP    13
#define NBSD_IPV6_CHECKSUM       26
#define NBSD_IPV6_V6ONLY         27
#define NBSD_IPV6_RECVPKTINFO    36
#define NBSD_IPV6_RECVHOPLIMIT   37
#define NBSD_IPV6_RECVTCLASS     57
#define NBSD_IPV6_TCLASS         61

#define NBSD_MSG_OOB          0x0001
#define NBSD_MSG_PEEK         0x0002
#define NBSD_MSG_DONTROUTE    0x0004
#define NBSD_MSG_EOR          0x0008
#define NBSD_MSG_TRUNC        0x0010
#define NBSD_MSG_CTRUNC       0x0020
#define NBSD_MSG_WAITALL      0x0040
#define NBSD_MSG_DONTWAIT     0x0080
#define NBSD_MSG_BCAST        0x0100
#define NBSD_MSG_MCAST        0x0200
#define NBSD_MSG_NOSIGNAL     0x0400
#define NBSD_MSG_CMSG_CLOEXEC 0x0800
#define NBSD_MSG_NBIO         0x1000

#define NBSD_SCM_RIGHTS    1
#define NBSD_SHUT_RD       0
#define NBSD_SHUT_WR       1
#define NBSD_SHUT_RDWR     2

/* ioctl requests: the BSD _IO/_IOR/_IOW encodings (size in bits 16..28) */
#define NBSD_TIOCGETA   0x402c7413UL
#define NBSD_TIOCSETA   0x802c7414UL
#define NBSD_TIOCGWINSZ 0x40087468UL
#define NBSD_TIOCSWINSZ 0x80087467UL
#define NBSD_TIOCGPGRP  0x40047477UL
#define NBSD_TIOCSPGRP  0x80047476UL
#define NBSD_TIOCSCTTY  0x20007461UL
#define NBSD_TIOCNOTTY  0x20007471UL
#define NBSD_FIOCLEX    0x20006601UL
#define NBSD_FIONCLEX   0x20006602UL
#define NBSD_FIONREAD   0x4004667fUL
#define NBSD_FIONBIO    0x8004667eUL
#define NBSD_FIOASYNC   0x8004667dUL

#endif
