/* abi/freebsd/stat.c: struct stat field by field, device numbers. */
#define _GNU_SOURCE
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/convert.h"
#include "tests/abi/abi_test.h"

/* FreeBSD 12+ major()/minor() (sys/sys/types.h), written out independently. */
static uint32_t fb_major(uint64_t d) { return (uint32_t)(((d >> 32) & 0xffffff00u) | ((d >> 8) & 0xffu)); }
static uint32_t fb_minor(uint64_t d) { return (uint32_t)(((d >> 24) & 0xff00u) | (d & 0xffff00ffu)); }

static void test_fields(void)
{
    struct lx_stat lx = {
        .st_dev = makedev(259, 0x12345),
        .st_ino = 0x1122334455667788ULL,
        .st_nlink = 3,
        .st_mode = S_IFREG | 0640,
        .st_uid = 1001,
        .st_gid = 1002,
        .st_rdev = makedev(4, 65),
        .st_size = 123456789,
        .st_blksize = 4096,
        .st_blocks = 2424,
        .st_atim = { 100, 1 },
        .st_mtim = { 200, 2 },
        .st_ctim = { 300, 3 },
    };
    struct fbsd_stat fb;
    memset(&fb, 0xaa, sizeof(fb));
    linux_to_fbsd_stat(&fb, &lx);
    EXPECT_EQ(fb_major(fb.st_dev), 259);
    EXPECT_EQ(fb_minor(fb.st_dev), 0x12345);
    EXPECT_EQ(fb.st_ino, 0x1122334455667788ULL);
    EXPECT_EQ(fb.st_nlink, 3);
    EXPECT_EQ(fb.st_mode, FBSD_S_IFREG | 0640);
    EXPECT_EQ(fb.st_padding0, 0);
    EXPECT_EQ(fb.st_uid, 1001);
    EXPECT_EQ(fb.st_gid, 1002);
    EXPECT_EQ(fb.st_padding1, 0);
    EXPECT_EQ(fb_major(fb.st_rdev), 4);
    EXPECT_EQ(fb_minor(fb.st_rdev), 65);
    EXPECT_EQ(fb.st_atim.tv_sec, 100);
    EXPECT_EQ(fb.st_atim.tv_nsec, 1);
    EXPECT_EQ(fb.st_mtim.tv_sec, 200);
    EXPECT_EQ(fb.st_mtim.tv_nsec, 2);
    EXPECT_EQ(fb.st_ctim.tv_sec, 300);
    EXPECT_EQ(fb.st_ctim.tv_nsec, 3);
    EXPECT_EQ(fb.st_birthtim.tv_sec, -1);      /* unknown, as FreeBSD says it */
    EXPECT_EQ(fb.st_birthtim.tv_nsec, 0);
    EXPECT_EQ(fb.st_size, 123456789);
    EXPECT_EQ(fb.st_blocks, 2424);
    EXPECT_EQ(fb.st_blksize, 4096);
    EXPECT_EQ(fb.st_flags, 0);
    EXPECT_EQ(fb.st_gen, 0);
    for (int i = 0; i < 10; i++)
        EXPECT_EQ(fb.st_spare[i], 0);
}

static void test_mode_and_clamp(void)
{
    struct lx_stat lx = { .st_mode = S_IFDIR | S_ISVTX | 0777, .st_blksize = (int64_t)1 << 40 };
    struct fbsd_stat fb;
    linux_to_fbsd_stat(&fb, &lx);
    EXPECT_EQ(fb.st_mode, FBSD_S_IFDIR | 01777);
    EXPECT_EQ(fb.st_blksize, INT32_MAX);
    lx.st_mode = S_IFSOCK | 0600;
    linux_to_fbsd_stat(&fb, &lx);
    EXPECT_EQ(fb.st_mode & FBSD_S_IFMT, FBSD_S_IFSOCK);
}

static void test_dev_numbers(void)
{
    static const uint32_t pairs[][2] = {
        { 0, 0 }, { 8, 1 }, { 259, 7 }, { 4095, 0xfffff }, { 0x12345, 0xabcdef }, { 1, 0x100 },
    };
    for (size_t i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
        uint64_t l = makedev(pairs[i][0], pairs[i][1]);
        uint64_t f = linux_to_fbsd_dev(l);
        EXPECT_EQ(fb_major(f), pairs[i][0]);
        EXPECT_EQ(fb_minor(f), pairs[i][1]);
        EXPECT_EQ(fbsd_to_linux_dev(f), l);
    }
    /* small numbers keep the old FreeBSD 11 encoding (major << 8 | minor) */
    EXPECT_EQ(linux_to_fbsd_dev(makedev(5, 2)), (5 << 8) | 2);
}

static CU_TestInfo tests[] = {
    { "fields", test_fields },
    { "mode and clamp", test_mode_and_clamp },
    { "device numbers", test_dev_numbers },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_stat", NULL, NULL, NULL, NULL, tests })
