/* Real/effective/saved ids, shared by the BSDs (same arguments as Linux). */
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/sys.h"

long dz_setreuid(struct dz_call *c) { return dz_sys(SYS_setreuid, AI(0), AI(1)); }
long dz_setregid(struct dz_call *c) { return dz_sys(SYS_setregid, AI(0), AI(1)); }
long dz_setresuid(struct dz_call *c) { return dz_sys(SYS_setresuid, AI(0), AI(1), AI(2)); }
long dz_setresgid(struct dz_call *c) { return dz_sys(SYS_setresgid, AI(0), AI(1), AI(2)); }
long dz_getresuid(struct dz_call *c) { return dz_sys(SYS_getresuid, A(0), A(1), A(2)); }
long dz_getresgid(struct dz_call *c) { return dz_sys(SYS_getresgid, A(0), A(1), A(2)); }
