/* abi/openbsd/{stat,dirent,flock,rlimit,sockaddr,kevent,tib}.c: one
 * conversion per structure and direction, against hand-built values. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include "abi/openbsd/consts.h"
#include "abi/openbsd/convert.h"
#include "abi/openbsd/errno.h"
#include "tests/abi/abi_test.h"

static void test_stat(void)
{
    struct lx_stat l = { .st_dev = makedev(8, 3), .st_ino = 1234567890123ULL, .st_nlink = 2,
                         .st_mode = 0100644, .st_uid = 1000, .st_gid = 100, .st_rdev = makedev(4, 64),
                         .st_size = 4096, .st_blksize = 4096, .st_blocks = 8,
                         .st_atim = { 1, 2 }, .st_mtim = { 3, 4 }, .st_ctim = { 5, 6 } };
    struct obsd_stat o;
    linux_to_obsd_stat(&o, &l);
    EXPECT_EQ(o.st_mode, 0100644);
    EXPECT_EQ(o.st_ino, 1234567890123ULL);
    EXPECT_EQ(o.st_nlink, 2);
    EXPECT_EQ(o.st_uid, 1000);
    EXPECT_EQ(o.st_gid, 100);
    EXPECT_EQ(o.st_size, 4096);
    EXPECT_EQ(o.st_blocks, 8);
    EXPECT_EQ(o.st_blksize, 4096);
    EXPECT_EQ(o.st_atim.tv_sec, 1);
    EXPECT_EQ(o.st_mtim.tv_nsec, 4);
    EXPECT_EQ(o.st_ctim.tv_sec, 5);
    EXPECT_EQ(o.st_flags, 0);
    /* OpenBSD makedev(8, 3) = 0x803; minor 64 of major 4 = 0x440 */
    EXPECT_EQ(o.st_dev, 0x803);
    EXPECT_EQ(o.st_rdev, 0x440);
    EXPECT_EQ(obsd_to_linux_dev(o.st_dev), makedev(8, 3));
    EXPECT_EQ(linux_to_obsd_dev(makedev(1, 0x12345)), 0x1230145);
    EXPECT_EQ(obsd_to_linux_dev(0x1230145), makedev(1, 0x12345));
}

static void test_dirent(void)
{
    unsigned char lbuf[64] = { 0 };
    struct lx_dirent64 *d = (struct lx_dirent64 *)lbuf;
    d->d_ino = 42;
    d->d_off = 777;
    d->d_type = 8;
    strcpy(d->d_name, "hello.txt");
    d->d_reclen = (uint16_t)((offsetof(struct lx_dirent64, d_name) + 10 + 7) & ~7);
    unsigned char out[64];
    memset(out, 0xee, sizeof out);
    EXPECT_EQ(obsd_dirent_reclen(9), 40);
    EXPECT_EQ(linux_to_obsd_dirent(out + 1, sizeof out - 1, d), 40);   /* unaligned is fine */
    struct obsd_dirent o;
    memcpy(&o, out + 1, 40);
    EXPECT_EQ(o.d_fileno, 42);
    EXPECT_EQ(o.d_off, 777);
    EXPECT_EQ(o.d_reclen, 40);
    EXPECT_EQ(o.d_type, OBSD_DT_REG);
    EXPECT_EQ(o.d_namlen, 9);
    EXPECT_STR(o.d_name, "hello.txt");
    EXPECT_EQ(linux_to_obsd_dirent(out, 39, d), 0);   /* does not fit */
}

static void test_flock_rlimit(void)
{
    struct obsd_flock of = { .l_start = 10, .l_len = 20, .l_pid = 7, .l_type = OBSD_F_WRLCK, .l_whence = 1 };
    struct lx_flock lf;
    obsd_to_linux_flock(&lf, &of);
    EXPECT_EQ(lf.l_type, F_WRLCK);
    EXPECT_EQ(lf.l_whence, 1);
    EXPECT_EQ(lf.l_start, 10);
    EXPECT_EQ(lf.l_len, 20);
    lf.l_type = F_UNLCK;
    linux_to_obsd_flock(&of, &lf);
    EXPECT_EQ(of.l_type, OBSD_F_UNLCK);
    of.l_type = 9;
    obsd_to_linux_flock(&lf, &of);
    EXPECT_EQ(lf.l_type, -1);

    struct obsd_rlimit orl = { 1024, OBSD_RLIM_INFINITY };
    struct lx_rlimit lrl;
    obsd_to_linux_rlimit(&lrl, &orl);
    EXPECT_EQ(lrl.rlim_cur, 1024);
    CU_ASSERT(lrl.rlim_max == RLIM_INFINITY);
    lrl.rlim_cur = RLIM_INFINITY;
    linux_to_obsd_rlimit(&orl, &lrl);
    CU_ASSERT(orl.rlim_cur == OBSD_RLIM_INFINITY);
}

static void test_sockaddr(void)
{
    struct obsd_sockaddr_in6 g6 = { .sin6_len = 28, .sin6_family = OBSD_AF_INET6, .sin6_port = htons(80),
                                    .sin6_scope_id = 3 };
    g6.sin6_addr[15] = 1;
    unsigned char host[128];
    uint32_t hl = sizeof host;
    EXPECT_EQ(obsd_to_linux_sockaddr(host, &hl, &g6, sizeof g6), 0);
    EXPECT_EQ(hl, sizeof(struct sockaddr_in6));
    struct sockaddr_in6 l6;
    memcpy(&l6, host, sizeof l6);
    EXPECT_EQ(l6.sin6_family, AF_INET6);
    EXPECT_EQ(ntohs(l6.sin6_port), 80);
    EXPECT_EQ(l6.sin6_scope_id, 3);
    EXPECT_EQ(l6.sin6_addr.s6_addr[15], 1);

    struct sockaddr_in l4 = { .sin_family = AF_INET, .sin_port = htons(443), .sin_addr = { htonl(0x7f000001) } };
    unsigned char g[32];
    uint32_t gl = sizeof g;
    EXPECT_EQ(linux_to_obsd_sockaddr(g, &gl, &l4, sizeof l4), 0);
    EXPECT_EQ(gl, 16);
    EXPECT_EQ(g[0], 16);
    EXPECT_EQ(g[1], OBSD_AF_INET);
    struct obsd_sockaddr_in o4;
    memcpy(&o4, g, sizeof o4);
    EXPECT_EQ(ntohs(o4.sin_port), 443);
    EXPECT_EQ(ntohl(o4.sin_addr), 0x7f000001);

    struct obsd_sockaddr_un gu = { .sun_family = OBSD_AF_UNIX };
    strcpy(gu.sun_path, "/tmp/sock");
    hl = sizeof host;
    EXPECT_EQ(obsd_to_linux_sockaddr(host, &hl, &gu, 2 + 10), 0);
    EXPECT_EQ(((struct sockaddr_un *)host)->sun_family, AF_UNIX);
    EXPECT_STR(((struct sockaddr_un *)host)->sun_path, "/tmp/sock");
    gu.sun_path[0] = 0;
    hl = sizeof host;
    EXPECT_EQ(obsd_to_linux_sockaddr(host, &hl, &gu, sizeof gu), -ENOENT);
    unsigned char bad[4] = { 4, 99, 0, 0 };
    hl = sizeof host;
    EXPECT_EQ(obsd_to_linux_sockaddr(host, &hl, bad, 4), -EAFNOSUPPORT);
    /* truncated like the kernel: full length reported */
    gl = 4;
    EXPECT_EQ(linux_to_obsd_sockaddr(g, &gl, &l4, sizeof l4), 0);
    EXPECT_EQ(gl, 16);
}

static void test_kevent(void)
{
    struct obsd_kevent g = { .ident = OBSD_SIGUSR1, .filter = OBSD_EVFILT_SIGNAL, .flags = OBSD_EV_ADD,
                             .udata = 0x1234 };
    struct dz_kevent d;
    obsd_to_dz_kevent(&d, &g);
    EXPECT_EQ(d.ident, 10);   /* Linux SIGUSR1 */
    EXPECT_EQ(d.filter, DZ_EVFILT_SIGNAL);
    EXPECT_EQ(d.udata, 0x1234);
    d = (struct dz_kevent){ .ident = 5, .filter = DZ_EVFILT_READ, .flags = DZ_EV_ERROR, .data = 9 /* EBADF */ };
    dz_to_obsd_kevent(&g, &d);
    EXPECT_EQ(g.ident, 5);
    EXPECT_EQ(g.data, OBSD_EBADF);
    d = (struct dz_kevent){ .ident = 6, .filter = DZ_EVFILT_READ, .flags = DZ_EV_EOF, .fflags = 104, .data = 3 };
    dz_to_obsd_kevent(&g, &d);
    EXPECT_EQ(g.fflags, OBSD_ECONNRESET);
    EXPECT_EQ(g.data, 3);
}

/* Variant II: the TLS block ends at the thread pointer, whose first word
 * points at itself; Go's g lives at %fs:-8. */
static void test_tib(void)
{
    static const uint64_t init[2] = { 0x1111, 0x2222 };
    struct obsd_tls_image img = { .init = (uint64_t)init, .filesz = 8, .memsz = 24, .align = 16 };
    size_t off, size = obsd_tls_area_size(&img, 32, &off);
    EXPECT_EQ(off, 32);
    EXPECT_EQ(size, 32 + sizeof(struct obsd_tib) + 32);
    _Alignas(16) unsigned char area[256] = { 0 };
    uint64_t tp = obsd_tls_area_init(area, &img, off, 77);
    EXPECT_EQ(tp, (uint64_t)(area + 32));
    struct obsd_tib t;
    memcpy(&t, (void *)tp, sizeof t);
    EXPECT_EQ(t.tib_self, tp);
    EXPECT_EQ(t.tib_tid, 77);
    EXPECT_EQ(t.tib_errno, 0);
    uint64_t first;
    memcpy(&first, (void *)(tp - 32), 8);     /* block start: round_up(24, 16) below tp */
    EXPECT_EQ(first, 0x1111);
    memcpy(&first, (void *)(tp - 24), 8);     /* past filesz: zero (the .tbss part) */
    EXPECT_EQ(first, 0);
    /* Go's executables: an 8-byte .tbss, %fs:-8 */
    struct obsd_tls_image go = { .memsz = 8, .align = 8 };
    size = obsd_tls_area_size(&go, 0, &off);
    EXPECT_EQ(off, 8);
    EXPECT_EQ(offsetof(struct obsd_tib, tib_errno), 32);
}

static CU_TestInfo tests[] = {
    { "stat", test_stat },
    { "dirent", test_dirent },
    { "flock and rlimit", test_flock_rlimit },
    { "sockaddr", test_sockaddr },
    { "kevent", test_kevent },
    { "tls and tib", test_tib },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "obsd_convert", NULL, NULL, NULL, NULL, tests })
