/* What the fuzzed sources need from the rest of denizen, reduced to what a
 * harness can give without starting the engine: empty personalities (the
 * brand table names them; nothing here runs a guest), the engine's options,
 * and a guest-memory copy that turns an address outside the harness's
 * buffer into -EFAULT, as the engine's fault-catching copy does for an
 * unmapped one (syscall-xlate/engine/entry.S). */
#define _GNU_SOURCE
#include "tests/fuzz/fuzz.h"
#include "libshim/common/libpers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/personality.h"
#include "syscall-xlate/engine/tscclock.h"
#include <errno.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

const struct dz_personality fbsd_personality, nbsd_personality, obsd_personality, ilm_personality;
const struct dz_libpers fbl_lib, obsd_lib, ilm_lib;
struct dz_options dz_opts = { .trace_fd = -1 };

int dz_tsc_clock_start(dz_tsc_publish_fn publish, void (*on_fork_child)(void *), void *arg)
{
    return -1;   /* no invariant TSC: the brands leave the timekeep page out */
}

uintptr_t fz_guest_lo, fz_guest_hi;

static int guest_ok(uintptr_t a, size_t n)
{
    return a >= fz_guest_lo && a <= fz_guest_hi && n <= fz_guest_hi - a;
}

long dz_ua_copy(void *dst, const void *src, size_t n)
{
    if (!guest_ok((uintptr_t)src, n) && !guest_ok((uintptr_t)dst, n))
        return -EFAULT;
    memcpy(dst, src, n);
    return 0;
}

long dz_ua_strncpy(char *dst, const char *src, size_t max)
{
    for (size_t i = 0; i < max; i++) {
        if (!guest_ok((uintptr_t)src + i, 1))
            return -EFAULT;
        dst[i] = src[i];
        if (!src[i])
            return (long)i;
    }
    return -ENAMETOOLONG;
}

long dz_blocking_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
    long r = syscall(nr, a1, a2, a3, a4, a5, a6);
    return r < 0 ? -errno : r;
}
