/* Memory calls shared by the BSDs (PROT_* values are the same).  None may
 * reach denizen's own memory (common/fence.h): a range that touches it is
 * refused with ENOMEM and nothing changed (Linux's answer for a range with
 * a hole, which is what denizen's memory is to the guest); munmap unmaps
 * the guest's parts only, as the BSDs' munmap passes over holes. */
#include "syscall-xlate/common/fence.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/block.h"
#include "syscall-xlate/engine/sys.h"

long dz_munmap(struct dz_call *c)
{
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_fence_munmap(a, len);
}

long dz_fenced(long nr, uint64_t a, uint64_t len, long arg, int blocking)
{
    long r = dz_fence_enter(a, len);
    if (r < 0)
        return r;
    r = blocking ? dz_bsys(nr, a, len, arg, 0, 0, 0) : dz_sys(nr, a, len, arg);
    dz_fence_leave();
    return r;
}

long dz_mprotect(struct dz_call *c)
{
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_fenced(SYS_mprotect, a, len, AI(2) & 7, 0);
}
long dz_mlock(struct dz_call *c)
{
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_fenced(SYS_mlock, a, len, 0, 0);
}
long dz_munlock(struct dz_call *c)
{
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_fenced(SYS_munlock, a, len, 0, 0);
}
