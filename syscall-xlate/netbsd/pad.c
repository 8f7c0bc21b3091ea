/* NetBSD calls that keep a PAD argument in front of a 64-bit offset
 * (sys/kern/syscalls.master: "int PAD"), so the offset and what follows
 * sit one register later than on Linux.  mmap's offset is the 7th
 * argument, read from the guest stack by the dispatcher. */
#define _GNU_SOURCE
#include "syscall-xlate/netbsd/nbsd.h"
#include "syscall-xlate/common/fence.h"
#include <errno.h>
#include <fcntl.h>
#include <sys/mman.h>

/* mmap(void *addr, size_t len, int prot, int flags, int fd, long PAD, off_t pos): 197 */
long nbsd_mmap(struct dz_call *c) { return dz_bsd_mmap(c, A(6)); }
/* pread(int fd, void *buf, size_t nbyte, int PAD, off_t offset): 173 */
long nbsd_pread(struct dz_call *c) { return dz_bsys(SYS_pread64, AI(0), A(1), A(2), A(4), 0, 0); }
/* pwrite(int fd, const void *buf, size_t nbyte, int PAD, off_t offset): 174 */
long nbsd_pwrite(struct dz_call *c) { return dz_bsys(SYS_pwrite64, AI(0), A(1), A(2), A(4), 0, 0); }
/* preadv/pwritev(int fd, const struct iovec *iovp, int iovcnt, int PAD, off_t offset): 289/290 */
long nbsd_preadv(struct dz_call *c) { return dz_bsys(SYS_preadv, AI(0), A(1), A(2), A(4), 0, 0); }
long nbsd_pwritev(struct dz_call *c) { return dz_bsys(SYS_pwritev, AI(0), A(1), A(2), A(4), 0, 0); }
/* lseek(int fd, int PAD, off_t offset, int whence): 199 (SEEK_* as Linux) */
long nbsd_lseek(struct dz_call *c) { return dz_sys(SYS_lseek, AI(0), A(2), AI(3)); }
/* ftruncate(int fd, int PAD, off_t length): 201 */
long nbsd_ftruncate(struct dz_call *c) { return dz_sys(SYS_ftruncate, AI(0), A(2)); }

/* truncate(const char *path, int PAD, off_t length): 200 */
long nbsd_truncate(struct dz_call *c)
{
    char pb[4096];
    long pe;
    const char *p = dz_guest_path(A(0), pb, &pe);
    return p ? dz_sys(SYS_truncate, p, A(2)) : pe;
}

/* __posix_fadvise50(int fd, int PAD, off_t offset, off_t len, int advice):
 * 416, and posix_fallocate(int fd, int PAD, off_t pos, off_t len): 479. */
long nbsd_posix_fadvise(struct dz_call *c) { return dz_bsd_fadvise(c, AI(0), (int64_t)A(2), (int64_t)A(3), AI(4)); }
long nbsd_posix_fallocate(struct dz_call *c) { return dz_bsd_fallocate(c, AI(0), (int64_t)A(2), (int64_t)A(3)); }

/* fsync_range(int fd, int how, off_t start, off_t length): 354.  FDATASYNC
 * (0x0010) alone is fdatasync; otherwise the whole file is synced. */
long nbsd_fsync_range(struct dz_call *c)
{
    enum { FDATASYNC = 0x0010, FFILESYNC = 0x0020, FDISKSYNC = 0x0040 };
    if (AI(1) & ~(FDATASYNC | FFILESYNC | FDISKSYNC) || !(AI(1) & (FDATASYNC | FFILESYNC)))
        return -EINVAL;
    return dz_bsys((AI(1) & FFILESYNC) ? SYS_fsync : SYS_fdatasync, AI(0), 0, 0, 0, 0, 0);
}

/* __msync13(void *addr, size_t len, int flags): 277.  MS_ASYNC 1,
 * MS_INVALIDATE 2, MS_SYNC 4: Linux's values. */
long nbsd_msync(struct dz_call *c)
{
    if (AI(2) & ~(MS_ASYNC | MS_INVALIDATE | MS_SYNC))
        return -EINVAL;
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_fenced(SYS_msync, a, len, AI(2), 1);   /* denizen's memory: common/fence.h */
}
