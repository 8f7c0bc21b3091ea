/* Lazy dlsym(RTLD_NEXT) resolution of the interposed entry points. */
#include "libshim/preload/real.h"
#include "libshim/preload/shim.h"
#include <dlfcn.h>

struct dz_real dz_real;

void *dz_real_resolve(void **slot, const char *name)
{
    /* dlsym may allocate; nothing it calls is interposed here.  Two threads
     * racing store the same value. */
    void *p = dlsym(RTLD_NEXT, name);
    if (!p) {
        dz_msg2("no next definition of ", name, "; aborting");
        abort();
    }
    __atomic_store_n(slot, p, __ATOMIC_RELEASE);
    return p;
}
