/* Linux struct statfs -> FreeBSD 12+ struct statfs (sys/sys/mount.h, 13.2). */
#include "abi/common/flagtab.h"
#include "abi/freebsd/convert.h"
#include "abi/freebsd/consts.h"
#include <string.h>
#include <sys/statvfs.h>

/* Filesystem magic numbers, from Linux include/uapi/linux/magic.h (musl
 * has no copy; the unit test checks these against the host's).  Names
 * are Linux's own: a FreeBSD program printing f_fstypename should see
 * what the filesystem really is.  ext2, ext3 and ext4 share one magic;
 * the ext4 driver serves all three today, hence "ext4". */
static const struct {
    uint32_t magic;
    uint8_t  remote;      /* network filesystem: no MNT_LOCAL */
    char     name[FBSD_MFSNAMELEN];
} fs_names[] = {
    { 0x0000ef53, 0, "ext4" },
    { 0x58465342, 0, "xfs" },
    { 0x9123683e, 0, "btrfs" },
    { 0xf2f52010, 0, "f2fs" },
    { 0x2fc12fc1, 0, "zfs" },           /* OpenZFS, out of tree: not in magic.h */
    { 0x01021994, 0, "tmpfs" },
    { 0x858458f6, 0, "ramfs" },
    { 0x958458f6, 0, "hugetlbfs" },
    { 0x794c7630, 0, "overlay" },
    { 0x73717368, 0, "squashfs" },
    { 0xe0f5e1e2, 0, "erofs" },
    { 0x00009660, 0, "iso9660" },
    { 0x00004d44, 0, "vfat" },
    { 0x2011bab0, 0, "exfat" },
    { 0x00009fa0, 0, "proc" },
    { 0x62656572, 0, "sysfs" },
    { 0x00001cd1, 0, "devpts" },
    { 0x63677270, 0, "cgroup2" },
    { 0x0027e0eb, 0, "cgroup" },
    { 0x64626720, 0, "debugfs" },
    { 0x74726163, 0, "tracefs" },
    { 0xcafe4a11, 0, "bpf" },
    { 0x00006969, 1, "nfs" },
    { 0xff534d42, 1, "cifs" },
    { 0xfe534d42, 1, "smb2" },
    { 0x01021997, 1, "9p" },
    { 0x65735546, 1, "fuse" },          /* could be anything; not known local */
};

const char *linux_fs_name(int64_t magic)
{
    for (size_t i = 0; i < sizeof(fs_names) / sizeof(fs_names[0]); i++)
        if (fs_names[i].magic == (uint32_t)magic)
            return fs_names[i].name;
    return NULL;
}

static int fs_is_remote(int64_t magic)
{
    for (size_t i = 0; i < sizeof(fs_names) / sizeof(fs_names[0]); i++)
        if (fs_names[i].magic == (uint32_t)magic)
            return fs_names[i].remote;
    return 0;
}

/* MNT_* (guest) <-> ST_* (what Linux statfs puts in f_flags).  ST_NODEV
 * has no FreeBSD flag (device nodes live only on devfs there); ST_VALID
 * only says f_flags is filled in. */
static const struct dz_flag mnt_flags[] = {
    DZ_FIELD(FBSD_MNT_RDONLY, FBSD_MNT_RDONLY, ST_RDONLY, ST_RDONLY, "MNT_RDONLY"),
    DZ_FIELD(FBSD_MNT_SYNCHRONOUS, FBSD_MNT_SYNCHRONOUS, ST_SYNCHRONOUS, ST_SYNCHRONOUS, "MNT_SYNCHRONOUS"),
    DZ_FIELD(FBSD_MNT_NOEXEC, FBSD_MNT_NOEXEC, ST_NOEXEC, ST_NOEXEC, "MNT_NOEXEC"),
    DZ_FIELD(FBSD_MNT_NOSUID, FBSD_MNT_NOSUID, ST_NOSUID, ST_NOSUID, "MNT_NOSUID"),
    DZ_FIELD(FBSD_MNT_NOATIME, FBSD_MNT_NOATIME, ST_NOATIME, ST_NOATIME, "MNT_NOATIME"),
};
static const struct dz_flagtab fbsd_mnt_flags = DZ_FLAGTAB(mnt_flags);

void linux_to_fbsd_statfs(struct fbsd_statfs *dst, const struct lx_statfs *src)
{
    uint64_t flags = dz_flags_to_guest(&fbsd_mnt_flags, (uint64_t)src->f_flags, NULL);
    if (!fs_is_remote(src->f_type))
        flags |= FBSD_MNT_LOCAL;
    *dst = (struct fbsd_statfs){
        .f_version = FBSD_STATFS_VERSION,
        /* FreeBSD's f_type is a vfsconf index with no Linux meaning; the
         * magic's low 32 bits at least tell filesystems apart. */
        .f_type = (uint32_t)src->f_type,
        .f_flags = flags,
        /* FreeBSD counts blocks in f_bsize units and calls the preferred
         * I/O size f_iosize; Linux counts in f_frsize and calls the
         * preferred size f_bsize (old kernels leave f_frsize 0). */
        .f_bsize = (uint64_t)(src->f_frsize ? src->f_frsize : src->f_bsize),
        .f_iosize = (uint64_t)src->f_bsize,
        .f_blocks = src->f_blocks,
        .f_bfree = src->f_bfree,
        .f_bavail = (int64_t)src->f_bavail,
        .f_files = src->f_files,
        .f_ffree = (int64_t)src->f_ffree,
        .f_namemax = (uint32_t)src->f_namelen,
        /* f_owner: the uid that mounted it; Linux does not say, 0 (root) is
         * the usual answer.  The I/O counters stay 0. */
        .f_fsid = { src->f_fsid[0], src->f_fsid[1] },
        /* f_mntfromname / f_mntonname stay empty: they need the mount table
         * (/proc/self/mountinfo), which a pure function cannot read; the
         * handler fills them when it cares. */
    };
    const char *name = linux_fs_name(src->f_type);
    if (name)
        memcpy(dst->f_fstypename, name, strlen(name) + 1);
    else
        memcpy(dst->f_fstypename, "unknown", sizeof("unknown"));
}
