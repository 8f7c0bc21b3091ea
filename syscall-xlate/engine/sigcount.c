/* Per-signal delivery counters and their bell (sigcount.h). */
#define _GNU_SOURCE
#include "syscall-xlate/engine/sigcount.h"
#include <errno.h>
#include <unistd.h>

_Atomic uint64_t dz_sig_delivered[DZ_NSIG + 1];
atomic_int dz_sig_bell = -1;

void dz_sig_count_delivery(int lsig)
{
    if (lsig < 1 || lsig > DZ_NSIG)
        return;
    atomic_fetch_add(&dz_sig_delivered[lsig], 1);
    int fd = atomic_load(&dz_sig_bell);
    if (fd >= 0) {
        int saved = errno;              /* may run in a signal handler */
        uint64_t one = 1;
        if (write(fd, &one, sizeof one) < 0) { /* counter full: never */ }
        errno = saved;
    }
}
