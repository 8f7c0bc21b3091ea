/* abi/freebsd/dirent.c: record sizes and the record rewrite. */
#define _GNU_SOURCE
#include <dirent.h>
#undef d_fileno   /* glibc aliases it to d_ino; the FreeBSD struct has a real d_fileno */
#include "abi/freebsd/consts.h"
#include "abi/freebsd/convert.h"
#include "tests/abi/abi_test.h"

/* Builds one getdents64 record for name in buf; returns it. */
static const struct lx_dirent64 *lx_record(void *buf, uint64_t ino, int64_t off, uint8_t type, const char *name)
{
    struct lx_dirent64 *d = buf;
    size_t n = strlen(name);
    d->d_ino = ino;
    d->d_off = off;
    d->d_type = type;
    d->d_reclen = (uint16_t)((19 + n + 1 + 7) & ~7u);
    memcpy(d->d_name, name, n + 1);
    return d;
}

static void test_reclen(void)
{
    EXPECT_EQ(fbsd_dirent_reclen(0), 32);
    EXPECT_EQ(fbsd_dirent_reclen(1), 32);
    EXPECT_EQ(fbsd_dirent_reclen(7), 32);
    EXPECT_EQ(fbsd_dirent_reclen(8), 40);
    EXPECT_EQ(fbsd_dirent_reclen(9), 40);
    EXPECT_EQ(fbsd_dirent_reclen(15), 40);
    EXPECT_EQ(fbsd_dirent_reclen(16), 48);
    EXPECT_EQ(fbsd_dirent_reclen(255), 280);
    for (size_t n = 0; n < 300; n++) {
        size_t r = fbsd_dirent_reclen(n);
        CU_ASSERT(r % 8 == 0 && r >= 24 + n + 1 && r < 24 + n + 1 + 8);
    }
}

static void test_record(void)
{
    _Alignas(8) char in[64];
    char out[80];
    const struct lx_dirent64 *d = lx_record(in, 0x1234567890ULL, 0x7777, DT_REG, "hello.txt");
    memset(out, 0xee, sizeof(out));
    /* at an odd address, like a guest buffer may be */
    size_t r = linux_to_fbsd_dirent(out + 1, 64, d);
    EXPECT_EQ(r, 40);
    struct fbsd_dirent h;
    memcpy(&h, out + 1, sizeof(h));
    EXPECT_EQ(h.d_fileno, 0x1234567890ULL);
    EXPECT_EQ(h.d_off, 0x7777);
    EXPECT_EQ(h.d_reclen, 40);
    EXPECT_EQ(h.d_type, FBSD_DT_REG);
    EXPECT_EQ(h.d_pad0, 0);
    EXPECT_EQ(h.d_namlen, 9);
    EXPECT_EQ(h.d_pad1, 0);
    CU_ASSERT(memcmp(out + 1 + 24, "hello.txt", 10) == 0);      /* with its NUL */
    for (int i = 24 + 10; i < 40; i++)
        EXPECT_EQ(out[1 + i], 0);                              /* padding zeroed */
    EXPECT_EQ((unsigned char)out[0], 0xee);
    EXPECT_EQ((unsigned char)out[41], 0xee);                   /* nothing past the record */
}

static void test_no_room(void)
{
    _Alignas(8) char in[64];
    char out[64];
    const struct lx_dirent64 *d = lx_record(in, 1, 2, DT_DIR, "hello.txt");
    memset(out, 0xee, sizeof(out));
    EXPECT_EQ(linux_to_fbsd_dirent(out, 39, d), 0);
    for (size_t i = 0; i < sizeof(out); i++)
        CU_ASSERT((unsigned char)out[i] == 0xee);
    EXPECT_EQ(linux_to_fbsd_dirent(out, 40, d), 40);           /* exactly enough */
}

static void test_names(void)
{
    _Alignas(8) char in[300];
    char out[300], name[256];
    memset(name, 'n', 255);
    name[255] = 0;
    const struct lx_dirent64 *d = lx_record(in, 9, 10, DT_LNK, name);
    EXPECT_EQ(linux_to_fbsd_dirent(out, sizeof(out), d), 280);
    struct fbsd_dirent h;
    memcpy(&h, out, sizeof(h));
    EXPECT_EQ(h.d_namlen, 255);
    EXPECT_EQ(h.d_type, FBSD_DT_LNK);
    EXPECT_EQ(out[24 + 255], 0);

    d = lx_record(in, 1, 2, DT_DIR, ".");
    EXPECT_EQ(linux_to_fbsd_dirent(out, sizeof(out), d), 32);
    memcpy(&h, out, sizeof(h));
    EXPECT_EQ(h.d_namlen, 1);
    EXPECT_STR(out + 24, ".");

    /* a record whose name runs to its end without a NUL stays bounded */
    struct lx_dirent64 *bad = (struct lx_dirent64 *)in;
    bad->d_reclen = 24;
    memcpy(bad->d_name, "abcde", 5);
    EXPECT_EQ(linux_to_fbsd_dirent(out, sizeof(out), bad), 32);
    memcpy(&h, out, sizeof(h));
    EXPECT_EQ(h.d_namlen, 5);
    EXPECT_STR(out + 24, "abcde");
}

static CU_TestInfo tests[] = {
    { "reclen", test_reclen },
    { "record", test_record },
    { "no room", test_no_room },
    { "names", test_names },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_dirent", NULL, NULL, NULL, NULL, tests })
