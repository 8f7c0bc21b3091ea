/* abi/freebsd/statfs.c: struct statfs field by field, filesystem names. */
#define _GNU_SOURCE
#include <linux/magic.h>
#include <sys/statvfs.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/convert.h"
#include "tests/abi/abi_test.h"

#define ST_VALID_FLAG 0x20   /* kernel's ST_VALID: "f_flags is filled in" */

static void test_fields(void)
{
    struct lx_statfs lx = {
        .f_type = EXT4_SUPER_MAGIC,
        .f_bsize = 4096,
        .f_blocks = 1000,
        .f_bfree = 500,
        .f_bavail = 400,
        .f_files = 300,
        .f_ffree = 200,
        .f_fsid = { 7, 8 },
        .f_namelen = 255,
        .f_frsize = 1024,
        .f_flags = ST_RDONLY | ST_NOSUID | ST_NODEV | ST_VALID_FLAG,
    };
    struct fbsd_statfs fb;
    memset(&fb, 0xaa, sizeof(fb));
    linux_to_fbsd_statfs(&fb, &lx);
    EXPECT_EQ(fb.f_version, FBSD_STATFS_VERSION);
    EXPECT_EQ(fb.f_type, EXT4_SUPER_MAGIC);
    EXPECT_EQ(fb.f_flags, FBSD_MNT_RDONLY | FBSD_MNT_NOSUID | FBSD_MNT_LOCAL);
    EXPECT_EQ(fb.f_bsize, 1024);            /* unit of f_blocks */
    EXPECT_EQ(fb.f_iosize, 4096);
    EXPECT_EQ(fb.f_blocks, 1000);
    EXPECT_EQ(fb.f_bfree, 500);
    EXPECT_EQ(fb.f_bavail, 400);
    EXPECT_EQ(fb.f_files, 300);
    EXPECT_EQ(fb.f_ffree, 200);
    EXPECT_EQ(fb.f_syncwrites + fb.f_asyncwrites + fb.f_syncreads + fb.f_asyncreads, 0);
    EXPECT_EQ(fb.f_namemax, 255);
    EXPECT_EQ(fb.f_owner, 0);
    EXPECT_EQ(fb.f_fsid[0], 7);
    EXPECT_EQ(fb.f_fsid[1], 8);
    EXPECT_STR(fb.f_fstypename, "ext4");
    EXPECT_STR(fb.f_mntfromname, "");
    EXPECT_STR(fb.f_mntonname, "");
    EXPECT_EQ(fb.f_charspare[0] | fb.f_charspare[79], 0);
}

static void test_remote_and_unknown(void)
{
    struct lx_statfs lx = { .f_type = NFS_SUPER_MAGIC, .f_bsize = 8192,
                            .f_flags = ST_NOEXEC | ST_SYNCHRONOUS | ST_NOATIME };
    struct fbsd_statfs fb;
    linux_to_fbsd_statfs(&fb, &lx);
    EXPECT_STR(fb.f_fstypename, "nfs");
    EXPECT_EQ(fb.f_flags, FBSD_MNT_NOEXEC | FBSD_MNT_SYNCHRONOUS | FBSD_MNT_NOATIME);   /* no MNT_LOCAL */
    EXPECT_EQ(fb.f_bsize, 8192);            /* old kernels: no f_frsize */
    lx.f_type = 0x12345678;
    linux_to_fbsd_statfs(&fb, &lx);
    EXPECT_STR(fb.f_fstypename, "unknown");
    EXPECT_EQ(fb.f_flags & FBSD_MNT_LOCAL, FBSD_MNT_LOCAL);
}

/* Our hand-typed magic numbers against the host's <linux/magic.h>. */
static void test_names_vs_linux_magic_h(void)
{
    static const struct { long magic; const char *name; } known[] = {
        { EXT4_SUPER_MAGIC, "ext4" }, { XFS_SUPER_MAGIC, "xfs" }, { BTRFS_SUPER_MAGIC, "btrfs" },
        { F2FS_SUPER_MAGIC, "f2fs" }, { TMPFS_MAGIC, "tmpfs" }, { RAMFS_MAGIC, "ramfs" },
        { HUGETLBFS_MAGIC, "hugetlbfs" }, { OVERLAYFS_SUPER_MAGIC, "overlay" },
        { SQUASHFS_MAGIC, "squashfs" }, { EROFS_SUPER_MAGIC_V1, "erofs" }, { ISOFS_SUPER_MAGIC, "iso9660" },
        { MSDOS_SUPER_MAGIC, "vfat" }, { EXFAT_SUPER_MAGIC, "exfat" }, { PROC_SUPER_MAGIC, "proc" },
        { SYSFS_MAGIC, "sysfs" }, { DEVPTS_SUPER_MAGIC, "devpts" }, { CGROUP2_SUPER_MAGIC, "cgroup2" },
        { CGROUP_SUPER_MAGIC, "cgroup" }, { DEBUGFS_MAGIC, "debugfs" }, { TRACEFS_MAGIC, "tracefs" },
        { BPF_FS_MAGIC, "bpf" }, { NFS_SUPER_MAGIC, "nfs" }, { CIFS_SUPER_MAGIC, "cifs" },
        { SMB2_SUPER_MAGIC, "smb2" }, { V9FS_MAGIC, "9p" }, { FUSE_SUPER_MAGIC, "fuse" },
    };
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
        EXPECT_STR(linux_fs_name(known[i].magic), known[i].name);
    EXPECT_STR(linux_fs_name(0), NULL);
    /* statfs hands f_type over sign-extended on some paths: low 32 bits count */
    EXPECT_STR(linux_fs_name((int32_t)BTRFS_SUPER_MAGIC), "btrfs");
}

static CU_TestInfo tests[] = {
    { "fields", test_fields },
    { "remote and unknown", test_remote_and_unknown },
    { "names vs linux/magic.h", test_names_vs_linux_magic_h },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fbsd_statfs", NULL, NULL, NULL, NULL, tests })
