/* The fence: the address ranges that are denizen's own (its image, libc
 * heap and thread stacks, the engine's thread areas and code arenas, the
 * vDSO, the initial stack...), which guest memory calls must never reach.
 * denizen shares one address space with the guest, and Linux applies
 * mprotect, madvise, mlock and msync to every mapping up to the first hole,
 * and munmap and mmap(MAP_FIXED) to whatever the range covers: without the
 * fence a guest's mprotect(addr, 1<<62, PROT_NONE) took denizen down.
 *
 * What is registered: everything mapped when the launcher starts (a read of
 * /proc/self/maps: nothing is the guest's yet), then every mapping the
 * launcher makes through the C library (loader/fence_wrap.c wraps mmap,
 * munmap and mremap at link time; for musl also the internal names its
 * malloc and pthread_create use).  Mappings made for the guest (its
 * segments, its stack) go through dz_guest_mmap and stay the guest's.
 *
 * Concurrency: a guest memory call holds the fence shared from its check to
 * the end of its host call, and a change of denizen's mappings holds it
 * exclusively around the host call and the table update, so no mapping of
 * denizen's can appear inside a range between the check and the call.
 * Nothing here is called from an asynchronous signal handler (handlers run
 * with asynchronous signals blocked; SIGSYS comes only from guest code). */
#ifndef DZ_COMMON_FENCE_H
#define DZ_COMMON_FENCE_H
#include <stddef.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

/* The end of [a, a + len) rounded up to a page, 2^64 - 1 if that wraps. */
static inline uint64_t dz_fence_end(uint64_t a, uint64_t len)
{
    uint64_t e = a + len;
    if (e < a)
        return UINT64_MAX;
    uint64_t r = (e + 4095) & ~4095UL;
    return r < e ? UINT64_MAX : r;
}

/* Register what is mapped now (/proc/self/maps) and close the program break
 * (a guard page at it: the C library's malloc then maps instead, and every
 * one of its mappings passes through the wrappers).  Once, at start. */
void dz_fence_init(void);

/* Guest memory calls.  dz_fence_enter: 0 with the fence held shared when
 * [a, a + len) touches none of denizen's memory (call dz_fence_leave after
 * the host call), else -ENOMEM and nothing held. */
long dz_fence_enter(uint64_t a, uint64_t len);
void dz_fence_leave(void);
/* The usual shape of those: host call nr(a, len, arg) on the guest's
 * page-rounded range inside dz_fence_enter/leave, or -ENOMEM; through the
 * blocking window (dz_bsys) when blocking (msync may wait for the disk). */
long dz_fenced(long nr, uint64_t a, uint64_t len, long arg, int blocking);
/* munmap for the guest: the parts of [a, a + len) that are not denizen's
 * (the BSDs' munmap succeeds over holes).  0 or -errno. */
long dz_fence_munmap(uint64_t a, uint64_t len);
/* After a guest mmap without MAP_FIXED answered [a, a + len): the kernel
 * gave it, so any registration there is stale (a thread stack the C library
 * unmapped by itself at a detached thread's exit): drop it. */
void dz_fence_fresh(uint64_t a, uint64_t len);

/* A mapping made for the guest by the loader: never registered (the
 * system call itself, not the wrapped mmap).  Like mmap(2): the address,
 * or MAP_FAILED (-1) with errno set. */
static inline void *dz_guest_mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off)
{
    return (void *)syscall(SYS_mmap, addr, len, prot, flags, fd, off);
}

/* Changes of denizen's own mappings (the link-time wrappers): hold the
 * fence exclusively around the host call and the update. */
void dz_fence_wrlock(void);
void dz_fence_wrunlock(void);
void dz_fence_add_locked(uint64_t a, uint64_t len);
void dz_fence_remove_locked(uint64_t a, uint64_t len);

/* The same, taking the lock (start-up, tests). */
void dz_fence_add(uint64_t a, uint64_t len);
void dz_fence_remove(uint64_t a, uint64_t len);
/* 1 when [a, a + len) touches a registered range (tests, diagnostics). */
int dz_fence_touches(uint64_t a, uint64_t len);
/* The number of disjoint registered ranges (tests). */
size_t dz_fence_count(void);
#endif
