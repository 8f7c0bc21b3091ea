/* abi/netbsd/dirent.c: getdents64 records -> NetBSD's (name at 13, no d_off). */
#define _GNU_SOURCE
#include "abi/netbsd/convert.h"
#include <dirent.h>
#include <stdlib.h>
#include "tests/abi/abi_test.h"
#undef d_fileno   /* <dirent.h> aliases it to d_ino; ours is a real field */

static size_t make_lx(unsigned char *buf, uint64_t ino, const char *name, uint8_t type)
{
    size_t n = strlen(name);
    size_t reclen = (offsetof(struct lx_dirent64, d_name) + n + 1 + 7) & ~(size_t)7;
    struct lx_dirent64 *d = (struct lx_dirent64 *)buf;
    memset(buf, 0, reclen);
    d->d_ino = ino;
    d->d_off = 12345;
    d->d_reclen = (uint16_t)reclen;
    d->d_type = type;
    memcpy(d->d_name, name, n);
    return reclen;
}

static void test_record(void)
{
    _Alignas(8) unsigned char lx[300];
    make_lx(lx, 77, "hello.txt", DT_REG);
    unsigned char out[64];
    memset(out, 0xcc, sizeof out);
    size_t r = linux_to_nbsd_dirent(out, sizeof out, (struct lx_dirent64 *)lx);
    EXPECT_EQ(r, nbsd_dirent_reclen(9));
    EXPECT_EQ(r, 24);                    /* (13 + 9 + 1 + 7) & ~7 */
    struct nbsd_dirent hdr;
    memcpy(&hdr, out, offsetof(struct nbsd_dirent, d_name));
    EXPECT_EQ(hdr.d_fileno, 77);
    EXPECT_EQ(hdr.d_reclen, 24);
    EXPECT_EQ(hdr.d_namlen, 9);
    EXPECT_EQ(hdr.d_type, DT_REG);
    EXPECT_STR((char *)out + 13, "hello.txt");
    EXPECT_EQ(out[23], 0);               /* padding zeroed */
}

static void test_sizes(void)
{
    EXPECT_EQ(nbsd_dirent_reclen(1), 16);
    EXPECT_EQ(nbsd_dirent_reclen(2), 16);
    EXPECT_EQ(nbsd_dirent_reclen(3), 24);
    EXPECT_EQ(nbsd_dirent_reclen(255), 272);
    /* a NetBSD record is never longer than the Linux one for the same name */
    for (size_t n = 1; n < 300; n++)
        CU_ASSERT(nbsd_dirent_reclen(n) <= ((offsetof(struct lx_dirent64, d_name) + n + 1 + 7) & ~(size_t)7));
}

static void test_no_room(void)
{
    _Alignas(8) unsigned char lx[300];
    make_lx(lx, 1, "a-rather-long-file-name", DT_DIR);
    unsigned char out[16];
    EXPECT_EQ(linux_to_nbsd_dirent(out, sizeof out, (struct lx_dirent64 *)lx), 0);
}

static CU_TestInfo tests[] = {
    { "record", test_record },
    { "sizes", test_sizes },
    { "no room", test_no_room },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "nbsd_dirent", NULL, NULL, NULL, NULL, tests })
