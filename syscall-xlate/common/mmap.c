/* mmap, madvise and break, shared by the BSDs: MAP_* and MADV_* values
 * go through the personality's tables.  NetBSD passes mmap's offset after
 * a pad argument; its handler calls dz_bsd_mmap with it. */
#define _GNU_SOURCE
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/fence.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include <errno.h>
#include <sys/mman.h>
#include <sys/stat.h>

/* The host mmap of a guest mapping.  MAP_FIXED replaces what the range
 * holds: over denizen's own memory (common/fence.h) it is refused with
 * ENOMEM, nothing touched (as FreeBSD's MAP_EXCL answers for a range in
 * use).  Without it the kernel places the mapping in free space, where any
 * registration of denizen's is stale. */
static long guest_map(uint64_t addr, uint64_t len, long prot, long flags, long fd, uint64_t off)
{
    long r = dz_fence_enter(addr, (flags & MAP_FIXED) ? len : 0);
    if (r < 0)
        return r;
    r = dz_sys(SYS_mmap, addr, len, prot, flags, fd, off);
    dz_fence_leave();
    if (r >= 0 && !(flags & MAP_FIXED))
        dz_fence_fresh((uint64_t)r, len);
    return r;
}

long dz_bsd_mmap(struct dz_call *c, uint64_t off)
{
    const struct dz_bsd_abi *b = dz_bsd(c);
    uint64_t gflags = (uint32_t)A(3), unknown;
    int prot = AI(2);
    if (prot & ~7)
        return -EINVAL;
    if (gflags & b->map_guard) {
        /* A guard reservation (FreeBSD MAP_GUARD): inaccessible, never backed. */
        long f = (long)dz_flags_to_host(b->mmap_flags, gflags & ~(uint64_t)b->map_guard, &unknown);
        return guest_map(A(0), A(1), PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | (f & MAP_FIXED), -1, 0);
    }
    long flags = (long)dz_flags_to_host(b->mmap_flags, gflags, &unknown);
    if (unknown)
        return -EINVAL;
    /* FreeBSD's MAP_FIXED|MAP_EXCL is a no-replace request; Linux wants
     * MAP_FIXED_NOREPLACE alone. */
    if (flags & MAP_FIXED_NOREPLACE)
        flags &= ~MAP_FIXED;
    long fd = (flags & MAP_ANONYMOUS) ? -1 : (long)AI(4);
    /* Only regular files and devices map (the BSDs' ENODEV, checked before the
     * address space is touched).  Linux finds out late for some files (a Unix
     * socket): a MAP_FIXED call has then already unmapped the range and fails,
     * leaving a hole where the guest had memory (found by the storm test,
     * tests/reliability; regression: hostfaults mmapfixed). */
    if (fd >= 0 && (flags & MAP_FIXED)) {
        struct stat st;
        long e = dz_sys(SYS_fstat, fd, &st);
        if (e < 0)
            return e;
        if (!S_ISREG(st.st_mode) && !S_ISCHR(st.st_mode))
            return -ENODEV;
    }
    /* An offset inside a page: the BSDs map from the page's start and
     * answer the address of the offset (Linux says EINVAL).  A fixed
     * address must then sit at the same place within its page. */
    uint64_t pageoff = (flags & MAP_ANONYMOUS) ? 0 : off & 4095, addr = A(0);
    if (pageoff) {
        /* The widened length must not wrap (a huge one would map a page). */
        if (A(1) + pageoff < A(1))
            return -EINVAL;
        if ((flags & (MAP_FIXED | MAP_FIXED_NOREPLACE)) && (addr & 4095) != pageoff)
            return -EINVAL;
        addr -= addr ? pageoff : 0;
    }
    long r = guest_map(addr, A(1) + pageoff, prot, flags, fd, off - pageoff);
    if (r == -EEXIST)
        return -ENOMEM;   /* what FreeBSD says when MAP_EXCL finds the range in use */
    return r < 0 ? r : r + (long)pageoff;
}

/* mmap(void *addr, size_t len, int prot, int flags, int fd, off_t pos) */
long dz_mmap(struct dz_call *c) { return dz_bsd_mmap(c, A(5)); }

/* madvise(void *addr, size_t len, int behav) */
long dz_madvise(struct dz_call *c)
{
    int64_t h;
    if (dz_val_to_host(dz_bsd(c)->madvise, AI(2), &h) != 0)
        return -EINVAL;
    if (h < 0)
        return 0;   /* BSD-only advice (NOSYNC, SPACEAVAIL, ...): nothing to do on Linux */
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_fenced(SYS_madvise, a, len, h, 0);   /* denizen's memory is a hole to the guest */
}

/* break(char *nsize) (NetBSD obreak).  The area starts at the end of the
 * data segment (set by the loader) and grows by anonymous pages.
 * An address past the top of user space is ENOMEM, as the BSDs' kern_break
 * says when the new break passes the end of the map: rounding it up to a
 * page wrapped to 0 and made a "shrink" that unmapped everything below the
 * break, the guest's text included (found by the storm, tests/reliability).
 * One lock: two threads moving the break at once would each map or unmap
 * against a stale current break. */
#define DZ_BRK_TOP 0x7ffffffff000UL   /* the top of Linux's user space, page-aligned */
static int brk_lock;

long dz_break(struct dz_call *c)
{
    uint64_t want = A(0);
    /* break(0) asks where the break is (the BSD libcs' sbrk(0) relies on
     * it); a successful call answers the new break. */
    if (want == 0)
        return (long)__atomic_load_n(&dz_opts.brk_cur, __ATOMIC_RELAXED);
    if (want < dz_opts.brk_base)
        return -EINVAL;
    if (want > DZ_BRK_TOP)
        return -ENOMEM;
    while (__atomic_exchange_n(&brk_lock, 1, __ATOMIC_ACQUIRE))
        __builtin_ia32_pause();
    uint64_t cur = dz_opts.brk_cur;
    uint64_t pcur = (cur + 4095) & ~4095UL, pwant = (want + 4095) & ~4095UL;
    long r = (long)want;
    if (pwant > pcur) {
        long m = dz_sys(SYS_mmap, pcur, pwant - pcur, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        if (m < 0)
            r = -ENOMEM;
    } else if (pwant < pcur) {
        dz_fence_munmap(pwant, pcur - pwant);   /* the guest may have unmapped part of it */
    }
    if (r >= 0)
        __atomic_store_n(&dz_opts.brk_cur, want, __ATOMIC_RELAXED);
    __atomic_store_n(&brk_lock, 0, __ATOMIC_RELEASE);
    return r;
}
