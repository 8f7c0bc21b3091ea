/* Positioned vector I/O, whole-file locks, and file-tree calls shared by
 * the BSDs (same arguments and values as Linux; utimes: utimes.c). */
#include "syscall-xlate/common/fence.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"

/* preadv/pwritev(int fd, struct iovec *iovp, u_int iovcnt, off_t offset):
 * Linux splits the offset into low/high words; on x86-64 low is all of it. */
long dz_preadv(struct dz_call *c) { return dz_bsys(SYS_preadv, AI(0), A(1), A(2), A(3), 0, 0); }
long dz_pwritev(struct dz_call *c) { return dz_bsys(SYS_pwritev, AI(0), A(1), A(2), A(3), 0, 0); }
/* LOCK_SH/EX/NB/UN are 1/2/4/8 everywhere. */
long dz_flock(struct dz_call *c) { return dz_bsys(SYS_flock, AI(0), AI(1), 0, 0, 0, 0); }
/* mincore(addr, len, vec): one byte per page, bit 0 = resident, as Linux. */
long dz_mincore(struct dz_call *c)
{
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_fenced(SYS_mincore, a, len, (long)A(2), 0);   /* denizen's pages are a hole to the guest */
}
long dz_sched_getcpu(struct dz_call *c)
{
    unsigned cpu = 0;
    long r = dz_sys(SYS_getcpu, &cpu, 0, 0);
    return r < 0 ? r : (long)cpu;
}
