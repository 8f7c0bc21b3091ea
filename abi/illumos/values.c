/* illumos -> Linux enumerated values (see flags.h).  illumos values:
 * abi/illumos/consts.h; Linux values: musl.  A value missing from a table
 * has no Linux counterpart; the comment says what the handler does. */
#define _GNU_SOURCE
#include "abi/illumos/flags.h"
#include "abi/illumos/consts.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

/* sys/fcntl.h F_*.  F_DUP2FD and F_DUP2FD_CLOEXEC are the handler's
 * (fcntl_other: dup3). */
static const struct dz_val fcntl_cmds[] = {
    { ILM_F_DUPFD, F_DUPFD, "F_DUPFD" },
    { ILM_F_GETFD, F_GETFD, "F_GETFD" },
    { ILM_F_SETFD, F_SETFD, "F_SETFD" },
    { ILM_F_GETFL, F_GETFL, "F_GETFL" },
    { ILM_F_SETFL, F_SETFL, "F_SETFL" },
    { ILM_F_GETOWN, F_GETOWN, "F_GETOWN" },
    { ILM_F_SETOWN, F_SETOWN, "F_SETOWN" },
    { ILM_F_GETLK, F_GETLK, "F_GETLK" },          /* struct flock differs: flock.c */
    { ILM_F_SETLK, F_SETLK, "F_SETLK" },
    { ILM_F_SETLKW, F_SETLKW, "F_SETLKW" },
    { ILM_F_DUPFD_CLOEXEC, F_DUPFD_CLOEXEC, "F_DUPFD_CLOEXEC" },
};
const struct dz_valtab ilm_fcntl_cmds = DZ_VALTAB(fcntl_cmds);

/* sys/time_impl.h.  CLOCK_HIGHRES is CLOCK_MONOTONIC (4); CLOCK_VIRTUAL
 * (user time of the LWP) has no Linux clock id. */
static const struct dz_val clock_ids[] = {
    { ILM_CLOCK_REALTIME, CLOCK_REALTIME, "CLOCK_REALTIME" },
    { ILM_CLOCK_MONOTONIC, CLOCK_MONOTONIC, "CLOCK_MONOTONIC" },
    { ILM_CLOCK_PROCESS_CPUTIME_ID, CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID" },
    { ILM_CLOCK_THREAD_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID" },
};
const struct dz_valtab ilm_clock_ids = DZ_VALTAB(clock_ids);

/* sys/resource.h: illumos has seven limits; RLIMIT_VMEM is RLIMIT_AS. */
static const struct dz_val rlimit_res[] = {
    { ILM_RLIMIT_CPU, RLIMIT_CPU, "RLIMIT_CPU" },
    { ILM_RLIMIT_FSIZE, RLIMIT_FSIZE, "RLIMIT_FSIZE" },
    { ILM_RLIMIT_DATA, RLIMIT_DATA, "RLIMIT_DATA" },
    { ILM_RLIMIT_STACK, RLIMIT_STACK, "RLIMIT_STACK" },
    { ILM_RLIMIT_CORE, RLIMIT_CORE, "RLIMIT_CORE" },
    { ILM_RLIMIT_NOFILE, RLIMIT_NOFILE, "RLIMIT_NOFILE" },
    { ILM_RLIMIT_VMEM, RLIMIT_AS, "RLIMIT_VMEM" },
};
const struct dz_valtab ilm_rlimit_res = DZ_VALTAB(rlimit_res);

static const struct dz_val sigprocmask_how[] = {
    { ILM_SIG_BLOCK, SIG_BLOCK, "SIG_BLOCK" },
    { ILM_SIG_UNBLOCK, SIG_UNBLOCK, "SIG_UNBLOCK" },
    { ILM_SIG_SETMASK, SIG_SETMASK, "SIG_SETMASK" },
};
const struct dz_valtab ilm_sigprocmask_how = DZ_VALTAB(sigprocmask_how);

static const struct dz_val whence[] = {
    { ILM_SEEK_SET, SEEK_SET, "SEEK_SET" },
    { ILM_SEEK_CUR, SEEK_CUR, "SEEK_CUR" },
    { ILM_SEEK_END, SEEK_END, "SEEK_END" },
};
const struct dz_valtab ilm_whence = DZ_VALTAB(whence);

/* sys/mman.h MADV_*.  The MADV_ACCESS_* NUMA hints have nothing to do on
 * Linux: success. */
static const struct dz_val madvise_vals[] = {
    { ILM_MADV_NORMAL, MADV_NORMAL, "MADV_NORMAL" },
    { ILM_MADV_RANDOM, MADV_RANDOM, "MADV_RANDOM" },
    { ILM_MADV_SEQUENTIAL, MADV_SEQUENTIAL, "MADV_SEQUENTIAL" },
    { ILM_MADV_WILLNEED, MADV_WILLNEED, "MADV_WILLNEED" },
    { ILM_MADV_DONTNEED, MADV_DONTNEED, "MADV_DONTNEED" },
    { ILM_MADV_FREE, MADV_FREE, "MADV_FREE" },
    { ILM_MADV_ACCESS_DEFAULT, -1, "MADV_ACCESS_DEFAULT" },
    { ILM_MADV_ACCESS_LWP, -1, "MADV_ACCESS_LWP" },
    { ILM_MADV_ACCESS_MANY, -1, "MADV_ACCESS_MANY" },
};
const struct dz_valtab ilm_madvise = DZ_VALTAB(madvise_vals);

static const struct dz_val itimers[] = {
    { ILM_ITIMER_REAL, ITIMER_REAL, "ITIMER_REAL" },
    { ILM_ITIMER_VIRTUAL, ITIMER_VIRTUAL, "ITIMER_VIRTUAL" },
    { ILM_ITIMER_PROF, ITIMER_PROF, "ITIMER_PROF" },
};
const struct dz_valtab ilm_itimers = DZ_VALTAB(itimers);
