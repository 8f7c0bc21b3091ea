/* abi/netbsd/stat.c: Linux struct stat -> NetBSD's 152-byte one, and the
 * dev_t re-encoding. */
#define _GNU_SOURCE
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include "abi/netbsd/convert.h"
#include "tests/abi/abi_test.h"

static void test_fields(void)
{
    struct lx_stat ls = {
        .st_dev = makedev(8, 1), .st_ino = 0x123456789aULL, .st_nlink = 3, .st_mode = S_IFREG | 0640,
        .st_uid = 1000, .st_gid = 100, .st_rdev = makedev(136, 5), .st_size = 1 << 20,
        .st_blksize = 4096, .st_blocks = 2048,
        .st_atim = { 1700000000, 1 }, .st_mtim = { 1700000001, 2 }, .st_ctim = { 1700000002, 3 },
    };
    struct nbsd_stat ns;
    memset(&ns, 0xaa, sizeof ns);
    linux_to_nbsd_stat(&ns, &ls);
    EXPECT_EQ(ns.st_ino, 0x123456789aULL);
    EXPECT_EQ(ns.st_mode, S_IFREG | 0640);
    EXPECT_EQ(ns.st_nlink, 3);
    EXPECT_EQ(ns.st_uid, 1000);
    EXPECT_EQ(ns.st_gid, 100);
    EXPECT_EQ(ns.st_size, 1 << 20);
    EXPECT_EQ(ns.st_blksize, 4096);
    EXPECT_EQ(ns.st_blocks, 2048);
    EXPECT_EQ(ns.st_atim.tv_sec, 1700000000);
    EXPECT_EQ(ns.st_mtim.tv_nsec, 2);
    EXPECT_EQ(ns.st_ctim.tv_sec, 1700000002);
    EXPECT_EQ(ns.st_birthtim.tv_sec, 0);
    EXPECT_EQ(ns.st_flags, 0);
    EXPECT_EQ(ns.st_gen, 0);
    EXPECT_EQ(ns.st_pad2, 0);
    /* NetBSD makedev(8, 1) and (136, 5) */
    EXPECT_EQ(ns.st_dev, (8 << 8) | 1);
    EXPECT_EQ(ns.st_rdev, (136 << 8) | 5);
}

static void test_dev(void)
{
    /* a minor above 255 goes to bits 20..31 */
    uint64_t d = linux_to_nbsd_dev(makedev(259, 0x1234));
    EXPECT_EQ(d, (259u << 8) | (0x12u << 20) | 0x34);
    EXPECT_EQ(nbsd_to_linux_dev(d), makedev(259, 0x1234));
    for (unsigned ma = 0; ma < 4096; ma += 97)
        for (unsigned mi = 0; mi < (1u << 20); mi += 4099)
            EXPECT_EQ(nbsd_to_linux_dev(linux_to_nbsd_dev(makedev(ma, mi))), makedev(ma, mi));
}

static CU_TestInfo tests[] = {
    { "fields", test_fields },
    { "device numbers", test_dev },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "nbsd_stat", NULL, NULL, NULL, NULL, tests })
