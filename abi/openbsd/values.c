/* OpenBSD -> Linux enumerated values (see flags.h).  OpenBSD values:
 * abi/openbsd/consts.h; Linux values: musl.  A value missing from a table
 * has no Linux counterpart; the comment says what the handler does. */
#define _GNU_SOURCE
#include "abi/openbsd/flags.h"
#include "abi/openbsd/consts.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

/* sys/sys/fcntl.h F_*.  F_ISATTY is answered by the handler (TCGETS). */
static const struct dz_val fcntl_cmds[] = {
    { OBSD_F_DUPFD, F_DUPFD, "F_DUPFD" },
    { OBSD_F_GETFD, F_GETFD, "F_GETFD" },
    { OBSD_F_SETFD, F_SETFD, "F_SETFD" },
    { OBSD_F_GETFL, F_GETFL, "F_GETFL" },
    { OBSD_F_SETFL, F_SETFL, "F_SETFL" },
    { OBSD_F_GETOWN, F_GETOWN, "F_GETOWN" },
    { OBSD_F_SETOWN, F_SETOWN, "F_SETOWN" },
    { OBSD_F_GETLK, F_GETLK, "F_GETLK" },        /* struct flock differs: flock.c */
    { OBSD_F_SETLK, F_SETLK, "F_SETLK" },
    { OBSD_F_SETLKW, F_SETLKW, "F_SETLKW" },
    { OBSD_F_DUPFD_CLOEXEC, F_DUPFD_CLOEXEC, "F_DUPFD_CLOEXEC" },
};
const struct dz_valtab obsd_fcntl_cmds = DZ_VALTAB(fcntl_cmds);

/* sys/sys/_time.h.  UPTIME stops while suspended (Linux MONOTONIC);
 * BOOTTIME does not (Linux BOOTTIME). */
static const struct dz_val clock_ids[] = {
    { OBSD_CLOCK_REALTIME, CLOCK_REALTIME, "CLOCK_REALTIME" },
    { OBSD_CLOCK_PROCESS_CPUTIME_ID, CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID" },
    { OBSD_CLOCK_MONOTONIC, CLOCK_MONOTONIC, "CLOCK_MONOTONIC" },
    { OBSD_CLOCK_THREAD_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID" },
    { OBSD_CLOCK_UPTIME, CLOCK_MONOTONIC, "CLOCK_UPTIME" },
    { OBSD_CLOCK_BOOTTIME, CLOCK_BOOTTIME, "CLOCK_BOOTTIME" },
};
const struct dz_valtab obsd_clock_ids = DZ_VALTAB(clock_ids);

/* sys/sys/resource.h RLIMIT_*: NPROC/NOFILE/MEMLOCK are numbered
 * differently; OpenBSD has no RLIMIT_AS. */
static const struct dz_val rlimit_res[] = {
    { OBSD_RLIMIT_CPU, RLIMIT_CPU, "RLIMIT_CPU" },
    { OBSD_RLIMIT_FSIZE, RLIMIT_FSIZE, "RLIMIT_FSIZE" },
    { OBSD_RLIMIT_DATA, RLIMIT_DATA, "RLIMIT_DATA" },
    { OBSD_RLIMIT_STACK, RLIMIT_STACK, "RLIMIT_STACK" },
    { OBSD_RLIMIT_CORE, RLIMIT_CORE, "RLIMIT_CORE" },
    { OBSD_RLIMIT_RSS, RLIMIT_RSS, "RLIMIT_RSS" },
    { OBSD_RLIMIT_MEMLOCK, RLIMIT_MEMLOCK, "RLIMIT_MEMLOCK" },
    { OBSD_RLIMIT_NPROC, RLIMIT_NPROC, "RLIMIT_NPROC" },
    { OBSD_RLIMIT_NOFILE, RLIMIT_NOFILE, "RLIMIT_NOFILE" },
};
const struct dz_valtab obsd_rlimit_res = DZ_VALTAB(rlimit_res);

/* OpenBSD counts from 1, Linux from 0. */
static const struct dz_val sigprocmask_how[] = {
    { OBSD_SIG_BLOCK, SIG_BLOCK, "SIG_BLOCK" },
    { OBSD_SIG_UNBLOCK, SIG_UNBLOCK, "SIG_UNBLOCK" },
    { OBSD_SIG_SETMASK, SIG_SETMASK, "SIG_SETMASK" },
};
const struct dz_valtab obsd_sigprocmask_how = DZ_VALTAB(sigprocmask_how);

static const struct dz_val whence[] = {
    { OBSD_SEEK_SET, SEEK_SET, "SEEK_SET" },
    { OBSD_SEEK_CUR, SEEK_CUR, "SEEK_CUR" },
    { OBSD_SEEK_END, SEEK_END, "SEEK_END" },
};
const struct dz_valtab obsd_whence = DZ_VALTAB(whence);

/* sys/sys/mman.h MADV_*.  SPACEAVAIL (ensure backing store) has no Linux
 * twin: the handler answers it with success. */
static const struct dz_val madvise_vals[] = {
    { OBSD_MADV_NORMAL, MADV_NORMAL, "MADV_NORMAL" },
    { OBSD_MADV_RANDOM, MADV_RANDOM, "MADV_RANDOM" },
    { OBSD_MADV_SEQUENTIAL, MADV_SEQUENTIAL, "MADV_SEQUENTIAL" },
    { OBSD_MADV_WILLNEED, MADV_WILLNEED, "MADV_WILLNEED" },
    { OBSD_MADV_DONTNEED, MADV_DONTNEED, "MADV_DONTNEED" },
    { OBSD_MADV_FREE, MADV_FREE, "MADV_FREE" },
    { OBSD_MADV_SPACEAVAIL, -1, "MADV_SPACEAVAIL" },   /* host < 0: nothing to do on Linux */
};
const struct dz_valtab obsd_madvise = DZ_VALTAB(madvise_vals);

static const struct dz_val itimers[] = {
    { OBSD_ITIMER_REAL, ITIMER_REAL, "ITIMER_REAL" },
    { OBSD_ITIMER_VIRTUAL, ITIMER_VIRTUAL, "ITIMER_VIRTUAL" },
    { OBSD_ITIMER_PROF, ITIMER_PROF, "ITIMER_PROF" },
};
const struct dz_valtab obsd_itimers = DZ_VALTAB(itimers);
