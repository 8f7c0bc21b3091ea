/* FreeBSD -> Linux enumerated values (see flags.h).  FreeBSD values:
 * abi/freebsd/consts.h (13.2 headers); Linux values: musl.  A FreeBSD
 * value missing from a table has no Linux counterpart; the comment beside
 * each table says what the handler does with it. */
#define _GNU_SOURCE
#include "abi/freebsd/flags.h"
#include "abi/freebsd/consts.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define SAME(g) { FBSD_##g, FBSD_##g, #g }

/* sys/sys/fcntl.h F_*.  Left out, emulated by the handler: F_DUP2FD and
 * F_DUP2FD_CLOEXEC (dup3), the old 32-bit F_OGETLK/F_OSETLK/F_OSETLKW,
 * F_SETLK_REMOTE, F_READAHEAD/F_RDAHEAD (hints), F_ISUNIONSTACK, F_KINFO. */
static const struct dz_val fcntl_cmds[] = {
    { FBSD_F_DUPFD, F_DUPFD, "F_DUPFD" },
    { FBSD_F_GETFD, F_GETFD, "F_GETFD" },
    { FBSD_F_SETFD, F_SETFD, "F_SETFD" },
    { FBSD_F_GETFL, F_GETFL, "F_GETFL" },
    { FBSD_F_SETFL, F_SETFL, "F_SETFL" },
    { FBSD_F_GETOWN, F_GETOWN, "F_GETOWN" },
    { FBSD_F_SETOWN, F_SETOWN, "F_SETOWN" },
    { FBSD_F_GETLK, F_GETLK, "F_GETLK" },        /* struct flock differs: flock.c */
    { FBSD_F_SETLK, F_SETLK, "F_SETLK" },
    { FBSD_F_SETLKW, F_SETLKW, "F_SETLKW" },
    { FBSD_F_DUPFD_CLOEXEC, F_DUPFD_CLOEXEC, "F_DUPFD_CLOEXEC" },
    { FBSD_F_ADD_SEALS, F_ADD_SEALS, "F_ADD_SEALS" },  /* F_SEAL_* bits are identical */
    { FBSD_F_GET_SEALS, F_GET_SEALS, "F_GET_SEALS" },
};
const struct dz_valtab fbsd_fcntl_cmds = DZ_VALTAB(fcntl_cmds);

/* sys/sys/_clock_id.h.  VIRTUAL (1) and PROF (2) have no Linux clock and
 * are left out.  _FAST variants map to the precise clock, not to Linux
 * *_COARSE: FreeBSD's FAST clocks trade precision for speed in its vDSO,
 * but a guest clock_gettime here is a trapped syscall either way, so
 * COARSE would cost precision and save nothing.  SECOND is whole seconds:
 * REALTIME_COARSE is the closest cheap clock (the handler may truncate).
 * UPTIME counts from boot like Linux BOOTTIME (FreeBSD 14 spells
 * CLOCK_BOOTTIME as an alias of CLOCK_UPTIME). */
static const struct dz_val clock_ids[] = {
    { FBSD_CLOCK_REALTIME, CLOCK_REALTIME, "CLOCK_REALTIME" },
    { FBSD_CLOCK_MONOTONIC, CLOCK_MONOTONIC, "CLOCK_MONOTONIC" },
    { FBSD_CLOCK_UPTIME, CLOCK_BOOTTIME, "CLOCK_UPTIME" },
    { FBSD_CLOCK_UPTIME_PRECISE, CLOCK_BOOTTIME, "CLOCK_UPTIME_PRECISE" },
    { FBSD_CLOCK_UPTIME_FAST, CLOCK_BOOTTIME, "CLOCK_UPTIME_FAST" },
    { FBSD_CLOCK_REALTIME_PRECISE, CLOCK_REALTIME, "CLOCK_REALTIME_PRECISE" },
    { FBSD_CLOCK_REALTIME_FAST, CLOCK_REALTIME, "CLOCK_REALTIME_FAST" },
    { FBSD_CLOCK_MONOTONIC_PRECISE, CLOCK_MONOTONIC, "CLOCK_MONOTONIC_PRECISE" },
    { FBSD_CLOCK_MONOTONIC_FAST, CLOCK_MONOTONIC, "CLOCK_MONOTONIC_FAST" },
    { FBSD_CLOCK_SECOND, CLOCK_REALTIME_COARSE, "CLOCK_SECOND" },
    { FBSD_CLOCK_THREAD_CPUTIME_ID, CLOCK_THREAD_CPUTIME_ID, "CLOCK_THREAD_CPUTIME_ID" },
    { FBSD_CLOCK_PROCESS_CPUTIME_ID, CLOCK_PROCESS_CPUTIME_ID, "CLOCK_PROCESS_CPUTIME_ID" },
};
const struct dz_valtab fbsd_clock_ids = DZ_VALTAB(clock_ids);

/* sys/sys/resource.h RLIMIT_*.  Left out (no Linux limit; getrlimit can
 * answer RLIM_INFINITY, setrlimit can accept and ignore): SBSIZE, NPTS,
 * SWAP, KQUEUES, UMTXP. */
static const struct dz_val rlimit_res[] = {
    { FBSD_RLIMIT_CPU, RLIMIT_CPU, "RLIMIT_CPU" },
    { FBSD_RLIMIT_FSIZE, RLIMIT_FSIZE, "RLIMIT_FSIZE" },
    { FBSD_RLIMIT_DATA, RLIMIT_DATA, "RLIMIT_DATA" },
    { FBSD_RLIMIT_STACK, RLIMIT_STACK, "RLIMIT_STACK" },
    { FBSD_RLIMIT_CORE, RLIMIT_CORE, "RLIMIT_CORE" },
    { FBSD_RLIMIT_RSS, RLIMIT_RSS, "RLIMIT_RSS" },
    { FBSD_RLIMIT_MEMLOCK, RLIMIT_MEMLOCK, "RLIMIT_MEMLOCK" },
    { FBSD_RLIMIT_NPROC, RLIMIT_NPROC, "RLIMIT_NPROC" },
    { FBSD_RLIMIT_NOFILE, RLIMIT_NOFILE, "RLIMIT_NOFILE" },
    { FBSD_RLIMIT_AS, RLIMIT_AS, "RLIMIT_AS" },
};
const struct dz_valtab fbsd_rlimit_res = DZ_VALTAB(rlimit_res);

/* sys/sys/signal.h: FreeBSD counts from 1, Linux from 0. */
static const struct dz_val sigprocmask_how[] = {
    { FBSD_SIG_BLOCK, SIG_BLOCK, "SIG_BLOCK" },
    { FBSD_SIG_UNBLOCK, SIG_UNBLOCK, "SIG_UNBLOCK" },
    { FBSD_SIG_SETMASK, SIG_SETMASK, "SIG_SETMASK" },
};
const struct dz_valtab fbsd_sigprocmask_how = DZ_VALTAB(sigprocmask_how);

/* sys/sys/unistd.h SEEK_*: identical, listed for the tracer. */
static const struct dz_val whence[] = {
    { FBSD_SEEK_SET, SEEK_SET, "SEEK_SET" },
    { FBSD_SEEK_CUR, SEEK_CUR, "SEEK_CUR" },
    { FBSD_SEEK_END, SEEK_END, "SEEK_END" },
    { FBSD_SEEK_DATA, SEEK_DATA, "SEEK_DATA" },
    { FBSD_SEEK_HOLE, SEEK_HOLE, "SEEK_HOLE" },
};
const struct dz_valtab fbsd_whence = DZ_VALTAB(whence);

/* sys/sys/mman.h MADV_*.  Left out, advisory no-ops for the handler:
 * NOSYNC, AUTOSYNC (syncer hints) and PROTECT (OOM-killer exemption). */
static const struct dz_val madvise_vals[] = {
    { FBSD_MADV_NORMAL, MADV_NORMAL, "MADV_NORMAL" },
    { FBSD_MADV_RANDOM, MADV_RANDOM, "MADV_RANDOM" },
    { FBSD_MADV_SEQUENTIAL, MADV_SEQUENTIAL, "MADV_SEQUENTIAL" },
    { FBSD_MADV_WILLNEED, MADV_WILLNEED, "MADV_WILLNEED" },
    { FBSD_MADV_DONTNEED, MADV_DONTNEED, "MADV_DONTNEED" },
    { FBSD_MADV_FREE, MADV_FREE, "MADV_FREE" },
    { FBSD_MADV_NOCORE, MADV_DONTDUMP, "MADV_NOCORE" },  /* same meaning */
    { FBSD_MADV_CORE, MADV_DODUMP, "MADV_CORE" },
};
const struct dz_valtab fbsd_madvise = DZ_VALTAB(madvise_vals);

/* sys/sys/umtx.h UMTX_OP_*: names for the tracer; the host value is the
 * op itself (the handler maps the few it emulates onto futex). */
static const struct dz_val umtx_ops[] = {
    SAME(UMTX_OP_LOCK), SAME(UMTX_OP_UNLOCK), SAME(UMTX_OP_WAIT), SAME(UMTX_OP_WAKE),
    SAME(UMTX_OP_MUTEX_TRYLOCK), SAME(UMTX_OP_MUTEX_LOCK), SAME(UMTX_OP_MUTEX_UNLOCK),
    SAME(UMTX_OP_SET_CEILING), SAME(UMTX_OP_CV_WAIT), SAME(UMTX_OP_CV_SIGNAL),
    SAME(UMTX_OP_CV_BROADCAST), SAME(UMTX_OP_WAIT_UINT), SAME(UMTX_OP_RW_RDLOCK),
    SAME(UMTX_OP_RW_WRLOCK), SAME(UMTX_OP_RW_UNLOCK), SAME(UMTX_OP_WAIT_UINT_PRIVATE),
    SAME(UMTX_OP_WAKE_PRIVATE), SAME(UMTX_OP_MUTEX_WAIT), SAME(UMTX_OP_MUTEX_WAKE),
    SAME(UMTX_OP_SEM_WAIT), SAME(UMTX_OP_SEM_WAKE), SAME(UMTX_OP_NWAKE_PRIVATE),
    SAME(UMTX_OP_MUTEX_WAKE2), SAME(UMTX_OP_SEM2_WAIT), SAME(UMTX_OP_SEM2_WAKE),
    SAME(UMTX_OP_SHM), SAME(UMTX_OP_ROBUST_LISTS), SAME(UMTX_OP_GET_MIN_TIMEOUT),
    SAME(UMTX_OP_SET_MIN_TIMEOUT),
};
const struct dz_valtab fbsd_umtx_ops = DZ_VALTAB(umtx_ops);

/* x86/include/sysarch.h -> arch_prctl(2) codes.  musl has no
 * <asm/prctl.h>; these are arch/x86/include/uapi/asm/prctl.h (the unit
 * test checks them against the host's copy).  Note: sysarch passes a
 * pointer to the base for SET as well, arch_prctl(ARCH_SET_*) the value. */
#define LX_ARCH_SET_GS 0x1001
#define LX_ARCH_SET_FS 0x1002
#define LX_ARCH_GET_FS 0x1003
#define LX_ARCH_GET_GS 0x1004
static const struct dz_val sysarch_ops[] = {
    { FBSD_AMD64_GET_FSBASE, LX_ARCH_GET_FS, "AMD64_GET_FSBASE" },
    { FBSD_AMD64_SET_FSBASE, LX_ARCH_SET_FS, "AMD64_SET_FSBASE" },
    { FBSD_AMD64_GET_GSBASE, LX_ARCH_GET_GS, "AMD64_GET_GSBASE" },
    { FBSD_AMD64_SET_GSBASE, LX_ARCH_SET_GS, "AMD64_SET_GSBASE" },
};
const struct dz_valtab fbsd_sysarch_ops = DZ_VALTAB(sysarch_ops);

/* sys/sys/wait.h idtype_t -> waitid(2) P_*.  Left out (no waitid idtype):
 * P_PPID, P_SID, P_CID, P_UID, P_GID, P_LWPID, P_JAILID ... */
static const struct dz_val idtypes[] = {
    { FBSD_P_PID, P_PID, "P_PID" },
    { FBSD_P_PGID, P_PGID, "P_PGID" },
    { FBSD_P_ALL, P_ALL, "P_ALL" },
};
const struct dz_valtab fbsd_idtypes = DZ_VALTAB(idtypes);
