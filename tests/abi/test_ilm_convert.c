/* abi/illumos/{stat,dirent,flock,rlimit,sockaddr,tcb,flags}.c: the
 * structure conversions against hand-built values, the layouts of
 * abi/LAYOUTS.md ("illumos"), and the flag words Go's illumos programs pass
 * (x/sys zerrors_solaris_amd64.go). */
#define _GNU_SOURCE
#include <fcntl.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include "abi/illumos/consts.h"
#include "abi/illumos/convert.h"
#include "abi/illumos/flags.h"
#include "tests/abi/abi_test.h"

static void test_layouts(void)
{
    EXPECT_EQ(sizeof(struct ilm_stat), 128);
    EXPECT_EQ(offsetof(struct ilm_stat, st_size), 40);
    EXPECT_EQ(offsetof(struct ilm_stat, st_mtim), 64);
    EXPECT_EQ(offsetof(struct ilm_stat, st_blocks), 104);
    EXPECT_EQ(offsetof(struct ilm_dirent, d_name), 18);
    EXPECT_EQ(sizeof(struct ilm_flock), 64);
    EXPECT_EQ(offsetof(struct ilm_flock, l_len), 16);
    EXPECT_EQ(offsetof(struct ilm_flock, l_sysid), 24);
    EXPECT_EQ(offsetof(struct ilm_flock, l_pid), 28);
    EXPECT_EQ(sizeof(struct ilm_sigaction), 32);
    EXPECT_EQ(sizeof(struct ilm_sigset), 16);
    EXPECT_EQ(sizeof(struct ilm_stack), 24);
    EXPECT_EQ(sizeof(struct ilm_siginfo), 256);
    EXPECT_EQ(sizeof(struct ilm_ucontext), 864);
    EXPECT_EQ(offsetof(struct ilm_ucontext, gregs), 64);
    EXPECT_EQ(offsetof(struct ilm_ucontext, fpregs), 288);
    EXPECT_EQ(sizeof(struct ilm_port_event), 24);
    EXPECT_EQ(offsetof(struct ilm_port_event, portev_source), 4);
    EXPECT_EQ(offsetof(struct ilm_port_event, portev_user), 16);
    EXPECT_EQ(sizeof(struct ilm_sockaddr_in6), 32);
    EXPECT_EQ(sizeof(struct ilm_sem), 48);
    EXPECT_EQ(offsetof(struct ilm_tcb, errno_), 8);
}

static void test_stat(void)
{
    struct lx_stat l = { .st_dev = makedev(8, 3), .st_ino = 1234567890123ULL, .st_nlink = 2,
                         .st_mode = 0100644, .st_uid = 1000, .st_gid = 100, .st_rdev = makedev(4, 64),
                         .st_size = 4096, .st_blksize = 4096, .st_blocks = 8,
                         .st_atim = { 1, 2 }, .st_mtim = { 3, 4 }, .st_ctim = { 5, 6 } };
    struct ilm_stat s;
    memset(&s, 0xee, sizeof s);
    linux_to_ilm_stat(&s, &l);
    EXPECT_EQ(s.st_mode, 0100644);
    EXPECT_EQ(s.st_ino, 1234567890123ULL);
    EXPECT_EQ(s.st_nlink, 2);
    EXPECT_EQ(s.st_uid, 1000);
    EXPECT_EQ(s.st_gid, 100);
    EXPECT_EQ(s.st_size, 4096);
    EXPECT_EQ(s.st_blksize, 4096);
    EXPECT_EQ(s.st_blocks, 8);
    EXPECT_EQ(s.st_atim.tv_sec, 1);
    EXPECT_EQ(s.st_atim.tv_nsec, 2);
    EXPECT_EQ(s.st_mtim.tv_nsec, 4);
    EXPECT_EQ(s.st_ctim.tv_sec, 5);
    EXPECT_EQ(s.st_pad, 0);
    /* 64-bit dev_t: major in the high 32 bits, minor in the low 32 */
    EXPECT_EQ(s.st_dev, (8ULL << 32) | 3);
    EXPECT_EQ(s.st_rdev, (4ULL << 32) | 64);
    EXPECT_EQ(linux_to_ilm_dev(makedev(259, 0x12345)), (259ULL << 32) | 0x12345);
    EXPECT_EQ(s.st_fstype[sizeof s.st_fstype - 1], 0);
    /* a link count past 32 bits saturates */
    l.st_nlink = 1ULL << 33;
    linux_to_ilm_stat(&s, &l);
    EXPECT_EQ(s.st_nlink, UINT32_MAX);
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
    EXPECT_EQ(ilm_dirent_reclen(9), 32);    /* 18 + 9 + 1 = 28 -> 32 */
    EXPECT_EQ(ilm_dirent_reclen(5), 24);
    EXPECT_EQ(ilm_dirent_reclen(1), 24);    /* 18 + 1 + 1 = 20 -> 24 */
    unsigned char out[64];
    memset(out, 0xee, sizeof out);
    EXPECT_EQ(linux_to_ilm_dirent(out + 3, sizeof out - 3, d), 32);   /* unaligned is fine */
    struct { uint64_t ino; int64_t off; uint16_t reclen; } h;
    memcpy(&h.ino, out + 3, 8);
    memcpy(&h.off, out + 3 + 8, 8);
    memcpy(&h.reclen, out + 3 + 16, 2);
    EXPECT_EQ(h.ino, 42);
    EXPECT_EQ(h.off, 777);
    EXPECT_EQ(h.reclen, 32);
    EXPECT_STR((const char *)out + 3 + 18, "hello.txt");
    for (int i = 18 + 9; i < 32; i++)
        CU_ASSERT(out[3 + i] == 0);          /* NUL and padding */
    EXPECT_EQ(out[3 + 32], 0xee);            /* nothing past the record */
    EXPECT_EQ(linux_to_ilm_dirent(out, 31, d), 0);   /* no room */
}

static void test_flock(void)
{
    struct ilm_flock g = { .l_type = ILM_F_WRLCK, .l_whence = ILM_SEEK_SET, .l_start = 100,
                           .l_len = 50, .l_sysid = 9, .l_pid = 4321 };
    struct lx_flock l;
    ilm_to_linux_flock(&l, &g);
    EXPECT_EQ(l.l_type, F_WRLCK);
    EXPECT_EQ(l.l_whence, SEEK_SET);
    EXPECT_EQ(l.l_start, 100);
    EXPECT_EQ(l.l_len, 50);
    EXPECT_EQ(l.l_pid, 4321);
    g.l_type = ILM_F_RDLCK;
    ilm_to_linux_flock(&l, &g);
    EXPECT_EQ(l.l_type, F_RDLCK);
    g.l_type = 7;
    ilm_to_linux_flock(&l, &g);
    EXPECT_EQ(l.l_type, -1);
    /* back: Linux F_UNLCK 2 is illumos 3 */
    struct lx_flock l2 = { .l_type = F_UNLCK, .l_whence = SEEK_END, .l_start = -5, .l_len = 0, .l_pid = 77 };
    struct ilm_flock g2;
    memset(&g2, 0xee, sizeof g2);
    linux_to_ilm_flock(&g2, &l2);
    EXPECT_EQ(g2.l_type, 3);
    EXPECT_EQ(g2.l_whence, 2);
    EXPECT_EQ(g2.l_start, -5);
    EXPECT_EQ(g2.l_pid, 77);
    EXPECT_EQ(g2.l_sysid, 0);
    EXPECT_EQ(ILM_F_RDLCK, 1);
    EXPECT_EQ(ILM_F_WRLCK, 2);
    EXPECT_EQ(ILM_F_UNLCK, 3);
}

static void test_rlimit(void)
{
    struct ilm_rlimit g = { .rlim_cur = 1024, .rlim_max = ILM_RLIM_INFINITY };
    struct lx_rlimit l;
    ilm_to_linux_rlimit(&l, &g);
    EXPECT_EQ(l.rlim_cur, 1024);
    EXPECT_EQ(l.rlim_max, RLIM_INFINITY);
    g = (struct ilm_rlimit){ ILM_RLIM_SAVED_CUR, ILM_RLIM_SAVED_MAX };
    ilm_to_linux_rlimit(&l, &g);
    EXPECT_EQ(l.rlim_cur, RLIM_INFINITY);
    EXPECT_EQ(l.rlim_max, RLIM_INFINITY);
    struct lx_rlimit l2 = { .rlim_cur = 8 << 20, .rlim_max = RLIM_INFINITY };
    linux_to_ilm_rlimit(&g, &l2);
    EXPECT_EQ(g.rlim_cur, 8 << 20);
    EXPECT_EQ(g.rlim_max, 0xfffffffffffffffdULL);
}

static void test_sockaddr(void)
{
    /* AF_INET: same shape, family 2 on both */
    struct sockaddr_in in = { .sin_family = ILM_AF_INET, .sin_port = htons(8080),
                              .sin_addr = { htonl(0x7f000001) } };
    struct sockaddr_in lin;
    uint32_t n = sizeof lin;
    EXPECT_EQ(ilm_to_linux_sockaddr(&lin, &n, &in, sizeof in), 0);
    EXPECT_EQ(n, sizeof lin);
    EXPECT_EQ(lin.sin_family, AF_INET);
    EXPECT_EQ(ntohs(lin.sin_port), 8080);
    EXPECT_EQ(ntohl(lin.sin_addr.s_addr), 0x7f000001);

    /* AF_INET6: 26 and 32 bytes on illumos, 10 and 28 on Linux */
    EXPECT_EQ(ILM_AF_INET6, 26);
    struct ilm_sockaddr_in6 g6;
    memset(&g6, 0, sizeof g6);
    g6.sin6_family = ILM_AF_INET6;
    g6.sin6_port = htons(443);
    g6.sin6_addr[15] = 1;
    g6.sin6_scope_id = 3;
    g6.sin6_src_id = 0x5a5a;
    struct sockaddr_in6 l6;
    n = sizeof l6;
    EXPECT_EQ(ilm_to_linux_sockaddr(&l6, &n, &g6, sizeof g6), 0);
    EXPECT_EQ(n, 28);
    EXPECT_EQ(l6.sin6_family, AF_INET6);
    EXPECT_EQ(ntohs(l6.sin6_port), 443);
    EXPECT_EQ(l6.sin6_addr.s6_addr[15], 1);
    EXPECT_EQ(l6.sin6_scope_id, 3);
    n = sizeof l6;
    EXPECT_EQ(ilm_to_linux_sockaddr(&l6, &n, &g6, 24), -EINVAL);   /* too short */

    struct ilm_sockaddr_in6 back;
    memset(&back, 0xee, sizeof back);
    n = sizeof back;
    EXPECT_EQ(linux_to_ilm_sockaddr(&back, &n, &l6, sizeof l6), 0);
    EXPECT_EQ(n, 32);
    EXPECT_EQ(back.sin6_family, 26);
    EXPECT_EQ(ntohs(back.sin6_port), 443);
    EXPECT_EQ(back.sin6_scope_id, 3);
    EXPECT_EQ(back.sin6_src_id, 0);

    /* AF_UNIX: family 1, path at 2 on both */
    struct sockaddr_un un = { .sun_family = AF_UNIX };
    strcpy(un.sun_path, "/tmp/s");
    unsigned char gun[sizeof un];
    n = sizeof gun;
    uint32_t unlen = (uint32_t)(offsetof(struct sockaddr_un, sun_path) + 7);
    EXPECT_EQ(linux_to_ilm_sockaddr(gun, &n, &un, unlen), 0);
    EXPECT_EQ(n, unlen);
    EXPECT_EQ(gun[0] | gun[1] << 8, ILM_AF_UNIX);
    EXPECT_STR((const char *)gun + 2, "/tmp/s");

    /* an unknown family */
    uint16_t bad[8] = { 0x7777 };
    n = sizeof lin;
    EXPECT_EQ(ilm_to_linux_sockaddr(&lin, &n, bad, sizeof bad), -EAFNOSUPPORT);
    /* the destination is shorter: truncated, the full length reported */
    unsigned char small[8];
    n = sizeof small;
    EXPECT_EQ(linux_to_ilm_sockaddr(small, &n, &l6, sizeof l6), 0);
    EXPECT_EQ(n, 32);
    EXPECT_EQ(small[0] | small[1] << 8, 26);
}

static void test_tls_area(void)
{
    static const unsigned char init[5] = { 1, 2, 3, 4, 5 };
    struct ilm_tls_image img = { .init = (uint64_t)init, .filesz = 5, .memsz = 24, .align = 8 };
    size_t tcb_off;
    size_t size = ilm_tls_area_size(&img, &tcb_off);
    EXPECT_EQ(tcb_off, 32);    /* memsz rounded up to the 16-byte minimum alignment */
    EXPECT_EQ(size, 32 + sizeof(struct ilm_tcb));
    unsigned char *area = aligned_alloc(64, 256);
    CU_ASSERT_FATAL(area != NULL);
    memset(area, 0, 256);
    uint64_t tp = ilm_tls_area_init(area, &img, tcb_off);
    EXPECT_EQ(tp, (uint64_t)(area + 32));
    struct ilm_tcb *tcb = (struct ilm_tcb *)tp;
    EXPECT_EQ(tcb->self, tp);                    /* %fs:0 is the thread pointer */
    /* the block ends at tp: its image at tp - align_up(memsz, p_align) */
    EXPECT_EQ(memcmp((unsigned char *)tp - 24, init, 5), 0);
    EXPECT_EQ(((unsigned char *)tp)[-24 + 5], 0);   /* .tbss stays zero */
    free(area);

    /* Go's 8-byte block of g: g at %fs:-8 */
    struct ilm_tls_image go = { .init = 0, .filesz = 0, .memsz = 8, .align = 8 };
    ilm_tls_area_size(&go, &tcb_off);
    EXPECT_EQ(tcb_off, 16);
}

static uint64_t to_host(const struct dz_flagtab *t, uint64_t g, uint64_t *unk)
{
    return dz_flags_to_host(t, g, unk);
}

static void test_flags(void)
{
    check_flagtab(&ilm_open_flags, "open");
    check_flagtab(&ilm_mmap_prot, "prot");
    check_flagtab(&ilm_mmap_flags, "mmap");
    check_flagtab(&ilm_sa_flags, "sa");
    check_flagtab(&ilm_wait_options, "wait");
    check_valtab(&ilm_fcntl_cmds, "fcntl");
    check_valtab(&ilm_af, "af");
    uint64_t unk;
    /* Go's os.Create: O_RDWR|O_CREAT|O_TRUNC|O_CLOEXEC */
    EXPECT_EQ(to_host(&ilm_open_flags, ILM_O_RDWR | 0x100 | 0x200 | 0x800000, &unk),
              O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC);
    EXPECT_EQ(unk, 0);
    EXPECT_EQ(to_host(&ilm_open_flags, 0x400 | 0x80 | 0x8 | 0x20000, &unk),
              O_EXCL | O_NONBLOCK | O_APPEND | O_NOFOLLOW);
    EXPECT_EQ(unk, 0);
    /* Go's heap: MAP_PRIVATE|MAP_ANON, and MAP_NORESERVE for reservations */
    EXPECT_EQ(to_host(&ilm_mmap_flags, 0x2 | 0x100, &unk), MAP_PRIVATE | MAP_ANONYMOUS);
    EXPECT_EQ(to_host(&ilm_mmap_flags, 0x2 | 0x100 | 0x40 | 0x10, &unk),
              MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED);
    EXPECT_EQ(to_host(&ilm_mmap_prot, 0x1 | 0x2, &unk), PROT_READ | PROT_WRITE);
    EXPECT_EQ(dz_flags_to_guest(&ilm_open_flags, O_WRONLY | O_CREAT | O_TRUNC, &unk), 0x1 | 0x100 | 0x200);
    EXPECT_EQ(host_of(&ilm_fcntl_cmds, ILM_F_GETFL), F_GETFL);
    EXPECT_EQ(host_of(&ilm_fcntl_cmds, ILM_F_SETFD), F_SETFD);
    EXPECT_EQ(host_of(&ilm_fcntl_cmds, ILM_F_DUPFD_CLOEXEC), F_DUPFD_CLOEXEC);
    EXPECT_EQ(host_of(&ilm_af, 26), AF_INET6);
    EXPECT_EQ(guest_of(&ilm_af, AF_INET6), 26);
}

static CU_TestInfo tests[] = {
    { "layouts", test_layouts },
    { "stat", test_stat },
    { "dirent", test_dirent },
    { "flock", test_flock },
    { "rlimit", test_rlimit },
    { "sockaddr", test_sockaddr },
    { "TLS area and thread pointer", test_tls_area },
    { "flag words", test_flags },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "ilm_convert", NULL, NULL, NULL, NULL, tests })
