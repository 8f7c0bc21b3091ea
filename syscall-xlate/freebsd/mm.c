/* FreeBSD memory calls: mmap (477), madvise (75), break (17). */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/flags.h"
#include <errno.h>
#include <sys/mman.h>


/* mmap(void *addr, size_t len, int prot, int flags, int fd, off_t pos) */
long fbsd_mmap(struct dz_call *c)
{
    uint64_t gflags = (uint32_t)A(3), unknown;
    int prot = AI(2);
    if (prot & ~7)
        return -EINVAL;
    if (gflags & FBSD_MAP_GUARD) {
        /* A guard reservation: inaccessible, never backed. */
        return dz_sys(SYS_mmap, A(0), A(1), PROT_NONE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | ((gflags & FBSD_MAP_FIXED) ? MAP_FIXED : 0),
                      -1, 0);
    }
    long flags = (long)dz_flags_to_host(&fbsd_mmap_flags, gflags & ~FBSD_MAP_GUARD, &unknown);
    if (unknown)
        return -EINVAL;
    /* MAP_FIXED|MAP_EXCL is FreeBSD's no-replace request; Linux wants
     * MAP_FIXED_NOREPLACE alone. */
    if (flags & MAP_FIXED_NOREPLACE)
        flags &= ~MAP_FIXED;
    long fd = (flags & MAP_ANONYMOUS) ? -1 : (long)AI(4);
    long r = dz_sys(SYS_mmap, A(0), A(1), prot, flags, fd, A(5));
    if (r == -EEXIST)
        return -ENOMEM;   /* what FreeBSD says when MAP_EXCL finds the range in use */
    return r;
}

/* madvise(void *addr, size_t len, int behav) */
long fbsd_madvise_call(struct dz_call *c)
{
    int64_t h;
    if (dz_val_to_host(&fbsd_madvise, AI(2), &h) != 0)
        return -EINVAL;
    if (h < 0)
        return 0;   /* FreeBSD-only advice (NOSYNC, NOCORE, ...): nothing to do on Linux */
    return dz_sys(SYS_madvise, A(0), A(1), h);
}

/* break(char *nsize): 17.  The area starts at the end of the data segment
 * (set by the loader) and grows by anonymous pages. */
long fbsd_break(struct dz_call *c)
{
    uint64_t want = A(0), cur = dz_opts.brk_cur;
    uint64_t pcur = (cur + 4095) & ~4095UL, pwant = (want + 4095) & ~4095UL;
    if (want < dz_opts.brk_base)
        return -EINVAL;
    if (pwant > pcur) {
        long r = dz_sys(SYS_mmap, pcur, pwant - pcur, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        if (r < 0)
            return -ENOMEM;
    } else if (pwant < pcur) {
        dz_sys(SYS_munmap, pwant, pcur - pwant);
    }
    dz_opts.brk_cur = want;
    return 0;
}
