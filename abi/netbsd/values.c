/* NetBSD -> Linux enumerated values (see flags.h).  NetBSD values:
 * abi/netbsd/consts.h; Linux values: musl.  A NetBSD value missing from a
 * table has no Linux counterpart; the comment beside each table says what
 * the handler does with it. */
#define _GNU_SOURCE
#include "abi/netbsd/flags.h"
#include "abi/netbsd/consts.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

/* sys/sys/fcntl.h F_*.  Left out, emulated by the handler (fcntl_other):
 * F_CLOSEM, F_MAXFD, F_GETNOSIGPIPE, F_SETNOSIGPIPE. */
static const struct dz_val fcntl_cmds[] = {
    { NBSD_F_DUPFD, F_DUPFD, "F_DUPFD" },
    { NBSD_F_GETFD, F_GETFD, "F_GETFD" },
    { NBSD_F_SETFD, F_SETFD, "F_SETFD" },
    { NBSD_F_GETFL, F_GETFL, "F_GETFL" },
    { NBSD_F_SETFL, F_SETFL, "F_SETFL" },
    { NBSD_F_GETOWN, F_GETOWN, "F_GETOWN" },
    { NBSD_F_SETOWN, F_SETOWN, "F_SETOWN" },
    { NBSD_F_GETLK, F_GETLK, "F_GETLK" },        /* struct flock differs: flock.c */
    { NBSD_F_SETLK, F_SETLK, "F_SETLK" },
    { NBSD_F_SETLKW, F_SETLKW, "F_SETLKW" },
    { NBSD_F_DUPFD_CLOEXEC, F_DUPFD_CLOEXEC, "F_DUPFD_CLOEXEC" },
};
const struct dz_valtab nbsd_fcntl_cmds = DZ_VALTAB(fcntl_cmds);

/* sys/sys/time.h.  CLOCK_VIRTUAL (1) and CLOCK_PROF (2) count a process's
 * user and user+system time: Linux has no clock_gettime clock for either
 * alone (they exist as itimers), so they are left out (EINVAL). */
static const struct dz_val clock_ids[] = {
    { NBSD_CLOCK_REALTIME, CLOCK_REALTIME, "CLOCK_REALTIME" },
    { NBSD_CLOCK_MONOTONIC, CLOCK_MONOTONIC, "CLOCK_MONOTONIC" },
    { NBSD_CLOCK_THREAD_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID" },
    { NBSD_CLOCK_PROCESS_CPUTIME_ID, CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID" },
};
const struct dz_valtab nbsd_clock_ids = DZ_VALTAB(clock_ids);

/* sys/sys/resource.h RLIMIT_*.  Left out: SBSIZE (socket buffer total)
 * and NTHR (threads per user), which Linux does not limit separately. */
static const struct dz_val rlimit_res[] = {
    { NBSD_RLIMIT_CPU, RLIMIT_CPU, "RLIMIT_CPU" },
    { NBSD_RLIMIT_FSIZE, RLIMIT_FSIZE, "RLIMIT_FSIZE" },
    { NBSD_RLIMIT_DATA, RLIMIT_DATA, "RLIMIT_DATA" },
    { NBSD_RLIMIT_STACK, RLIMIT_STACK, "RLIMIT_STACK" },
    { NBSD_RLIMIT_CORE, RLIMIT_CORE, "RLIMIT_CORE" },
    { NBSD_RLIMIT_RSS, RLIMIT_RSS, "RLIMIT_RSS" },
    { NBSD_RLIMIT_MEMLOCK, RLIMIT_MEMLOCK, "RLIMIT_MEMLOCK" },
    { NBSD_RLIMIT_NPROC, RLIMIT_NPROC, "RLIMIT_NPROC" },
    { NBSD_RLIMIT_NOFILE, RLIMIT_NOFILE, "RLIMIT_NOFILE" },
    { NBSD_RLIMIT_AS, RLIMIT_AS, "RLIMIT_AS" },
};
const struct dz_valtab nbsd_rlimit_res = DZ_VALTAB(rlimit_res);

/* sys/sys/signal.h: NetBSD counts from 1, Linux from 0. */
static const struct dz_val sigprocmask_how[] = {
    { NBSD_SIG_BLOCK, SIG_BLOCK, "SIG_BLOCK" },
    { NBSD_SIG_UNBLOCK, SIG_UNBLOCK, "SIG_UNBLOCK" },
    { NBSD_SIG_SETMASK, SIG_SETMASK, "SIG_SETMASK" },
};
const struct dz_valtab nbsd_sigprocmask_how = DZ_VALTAB(sigprocmask_how);

/* sys/sys/unistd.h SEEK_*: identical, listed for the tracer. */
static const struct dz_val whence[] = {
    { NBSD_SEEK_SET, SEEK_SET, "SEEK_SET" },
    { NBSD_SEEK_CUR, SEEK_CUR, "SEEK_CUR" },
    { NBSD_SEEK_END, SEEK_END, "SEEK_END" },
};
const struct dz_valtab nbsd_whence = DZ_VALTAB(whence);

/* sys/sys/mman.h MADV_*.  SPACEAVAIL (ensure backing store) has no Linux
 * request; host -1 tells the handler to succeed without doing anything. */
static const struct dz_val madvise_vals[] = {
    { NBSD_MADV_NORMAL, MADV_NORMAL, "MADV_NORMAL" },
    { NBSD_MADV_RANDOM, MADV_RANDOM, "MADV_RANDOM" },
    { NBSD_MADV_SEQUENTIAL, MADV_SEQUENTIAL, "MADV_SEQUENTIAL" },
    { NBSD_MADV_WILLNEED, MADV_WILLNEED, "MADV_WILLNEED" },
    { NBSD_MADV_DONTNEED, MADV_DONTNEED, "MADV_DONTNEED" },
    { NBSD_MADV_SPACEAVAIL, -1, "MADV_SPACEAVAIL" },
    { NBSD_MADV_FREE, MADV_FREE, "MADV_FREE" },
};
const struct dz_valtab nbsd_madvise = DZ_VALTAB(madvise_vals);
