/* Memory calls shared by the BSDs (PROT_* values are the same). */
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/sys.h"

long dz_munmap(struct dz_call *c)
{
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_sys(SYS_munmap, a, len);
}
long dz_mprotect(struct dz_call *c)
{
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_sys(SYS_mprotect, a, len, AI(2) & 7);
}
long dz_mlock(struct dz_call *c)
{
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_sys(SYS_mlock, a, len);
}
long dz_munlock(struct dz_call *c)
{
    uint64_t len = A(1), a = dz_page_round(A(0), &len);
    return dz_sys(SYS_munlock, a, len);
}
