/* Naming the calling thread, shared by the BSDs' thread-naming calls
 * (FreeBSD thr_set_name, NetBSD _lwp_setname): Linux names only the calling
 * thread through prctl, and cuts names at 15 bytes. */
#define _GNU_SOURCE
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include <errno.h>
#include <sys/prctl.h>

long dz_name_self(uint64_t gname)
{
    char name[16];
    long n = gname ? dz_ua_strncpy(name, (const char *)gname, sizeof name) : 0;
    if (n == -EFAULT)
        return -EFAULT;
    if (!gname)
        name[0] = 0;
    name[sizeof name - 1] = 0;
    return dz_sys(SYS_prctl, PR_SET_NAME, name);
}
