/* Memory calls shared by the BSDs (PROT_* values are the same). */
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/sys.h"

long dz_munmap(struct dz_call *c) { return dz_sys(SYS_munmap, A(0), A(1)); }
long dz_mprotect(struct dz_call *c) { return dz_sys(SYS_mprotect, A(0), A(1), AI(2) & 7); }
long dz_mlock(struct dz_call *c) { return dz_sys(SYS_mlock, A(0), A(1)); }
long dz_munlock(struct dz_call *c) { return dz_sys(SYS_munlock, A(0), A(1)); }
