/* Handlers shared by the BSD personalities: calls whose arguments and
 * results mean the same on every BSD and on Linux.  A personality's master
 * table names them directly (e.g. `3 read full dz_read fd,outbuf,size`). */
#ifndef DZ_COMMON_HANDLERS_H
#define DZ_COMMON_HANDLERS_H
#include <stddef.h>
#include "syscall-xlate/engine/call.h"

#define A(i) (c->a[i])
#define AI(i) ((int)c->a[i])
#define AP(i) ((void *)c->a[i])

/* The BSD VM calls (munmap, mprotect, madvise, mincore, msync, mlock)
 * round an unaligned address down to its page and cover the bytes asked
 * for; Linux refuses it with EINVAL.  Returns the page-aligned address and
 * widens *len by what was rounded off. */
static inline uint64_t dz_page_round(uint64_t addr, uint64_t *len)
{
    uint64_t off = addr & 4095;
    /* A length within a page of 2^64 wraps when widened (munmap(p + 5, ~0)
     * became munmap(p, 4): one page unmapped where the BSDs refuse the
     * range, a hole in the guest's memory that denizen's own allocations
     * could then take, to be clobbered by the guest's next call on it;
     * found by the storm, tests/reliability).  Saturate instead: Linux
     * refuses a length that rounds past 2^64 before touching anything. */
    *len = *len + off < *len ? UINT64_MAX : *len + off;
    return addr - off;
}

/* A guest path argument as the host should see it: the guest pointer itself
 * (the kernel checks it) unless --root maps paths, then a copy in buf. */
const char *dz_guest_path(uint64_t guest, char *buf, long *err);
/* In a handler: declares `p<i>` as the host path of argument i, or returns
 * its error. */
#define PATH(i)                                            \
    char pb##i[PATH_MAX];                                  \
    long pe##i;                                            \
    const char *p##i = dz_guest_path(A(i), pb##i, &pe##i); \
    if (!p##i)                                             \
        return pe##i
/* readlink of the executable's procfs link: the guest program's path.
 * 1 (and *r the result) when gpath names that link, else 0. */
int dz_exe_link(uint64_t gpath, uint64_t gbuf, size_t size, long *r);
/* Name the calling thread from a guest string (NULL: no name). */
long dz_name_self(uint64_t gname);

long dz_read(struct dz_call *c);
long dz_write(struct dz_call *c);
long dz_readv(struct dz_call *c);
long dz_writev(struct dz_call *c);
long dz_pread(struct dz_call *c);
long dz_pwrite(struct dz_call *c);
long dz_close(struct dz_call *c);
long dz_lseek(struct dz_call *c);
/* pipe2 with Linux flags lflags, the descriptors stored at guest address
 * gfds (and closed again if that faults).  0 or -errno. */
long dz_pipe_to_guest(uint64_t gfds, long lflags);
long dz_dup(struct dz_call *c);
long dz_dup2(struct dz_call *c);
long dz_fsync(struct dz_call *c);
long dz_fdatasync(struct dz_call *c);
long dz_ftruncate(struct dz_call *c);
long dz_truncate(struct dz_call *c);
long dz_fchmod(struct dz_call *c);
long dz_fchown(struct dz_call *c);
long dz_fchdir(struct dz_call *c);
long dz_link(struct dz_call *c);
long dz_unlink(struct dz_call *c);
long dz_chdir(struct dz_call *c);
long dz_chmod(struct dz_call *c);
long dz_chown(struct dz_call *c);
long dz_lchown(struct dz_call *c);
long dz_access(struct dz_call *c);
long dz_symlink(struct dz_call *c);
long dz_readlink(struct dz_call *c);
long dz_rename(struct dz_call *c);
long dz_mkdir(struct dz_call *c);
long dz_rmdir(struct dz_call *c);
long dz_chroot(struct dz_call *c);
long dz_umask(struct dz_call *c);
long dz_mkfifo(struct dz_call *c);
long dz_getpid(struct dz_call *c);
long dz_getppid(struct dz_call *c);
long dz_getuid(struct dz_call *c);
long dz_geteuid(struct dz_call *c);
long dz_getgid(struct dz_call *c);
long dz_getegid(struct dz_call *c);
long dz_getgroups(struct dz_call *c);
long dz_setgroups(struct dz_call *c);
long dz_setuid(struct dz_call *c);
long dz_setgid(struct dz_call *c);
long dz_seteuid(struct dz_call *c);
long dz_setegid(struct dz_call *c);
long dz_setsid(struct dz_call *c);
long dz_getsid(struct dz_call *c);
long dz_setpgid(struct dz_call *c);
long dz_getpgid(struct dz_call *c);
long dz_getpgrp(struct dz_call *c);
long dz_sched_yield(struct dz_call *c);
long dz_getrusage(struct dz_call *c);
long dz_gettimeofday(struct dz_call *c);
long dz_nanosleep(struct dz_call *c);
long dz_getrandom(struct dz_call *c);
long dz_zero(struct dz_call *c);
long dz_munmap(struct dz_call *c);
long dz_mprotect(struct dz_call *c);
long dz_msync(struct dz_call *c);
long dz_mlock(struct dz_call *c);
long dz_munlock(struct dz_call *c);
long dz_listen(struct dz_call *c);
long dz_copy_file_range(struct dz_call *c);
long dz_getpriority(struct dz_call *c);
long dz_setpriority(struct dz_call *c);
long dz_sync(struct dz_call *c);
long dz_getdirentries(struct dz_call *c);
long dz_sched_getcpu(struct dz_call *c);
long dz_utimes(struct dz_call *c);
long dz_mincore(struct dz_call *c);
long dz_flock(struct dz_call *c);
long dz_pwritev(struct dz_call *c);
long dz_preadv(struct dz_call *c);
long dz_getresgid(struct dz_call *c);
long dz_getresuid(struct dz_call *c);
long dz_setresgid(struct dz_call *c);
long dz_setresuid(struct dz_call *c);
long dz_setregid(struct dz_call *c);
long dz_setreuid(struct dz_call *c);
long dz_poll(struct dz_call *c);
long dz_select(struct dz_call *c);
#endif
