/* illumos system information and process calls with no shared handler:
 * sysconf, the resource-control calls (rctl), uname, gethostname,
 * getexecname, usleep, waitpid. */
#define _GNU_SOURCE
#include "libshim/illumos/ilm.h"
#include "abi/illumos/signal.h"
#include <errno.h>
#include <sched.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

/* long sysconf(int name): the sys/unistd.h _SC_* names programs ask. */
long ilm_sysconf(struct dz_call *c)
{
    switch (AI(0)) {
    case ILM_SC_PAGESIZE: return 4096;
    case ILM_SC_CLK_TCK: return 100;
    case ILM_SC_ARG_MAX: return sysconf(_SC_ARG_MAX);
    case ILM_SC_CHILD_MAX: return sysconf(_SC_CHILD_MAX);
    case ILM_SC_NGROUPS_MAX: return sysconf(_SC_NGROUPS_MAX);
    case ILM_SC_HOST_NAME_MAX: return 255;
    case ILM_SC_OPEN_MAX: {
        struct rlimit rl;
        return getrlimit(RLIMIT_NOFILE, &rl) == 0 ? (long)rl.rlim_cur : 256;
    }
    case ILM_SC_NPROCESSORS_ONLN: {
        /* What this process may run on, as Go's getproccount does on Linux. */
        cpu_set_t set;
        if (sched_getaffinity(0, sizeof set, &set) == 0)
            return CPU_COUNT(&set);
        return sysconf(_SC_NPROCESSORS_ONLN);
    }
    case ILM_SC_NPROCESSORS_CONF:
    case ILM_SC_NPROCESSORS_MAX: return sysconf(_SC_NPROCESSORS_CONF);
    case ILM_SC_PHYS_PAGES: return sysconf(_SC_PHYS_PAGES);
    case ILM_SC_AVPHYS_PAGES: return sysconf(_SC_AVPHYS_PAGES);
    }
    return -EINVAL;
}

/* getrctl(const char *name, rctlblk_t *old, rctlblk_t *new, int flags):
 * no resource controls here.  Go asks for "zone.cpu-cap" and takes a
 * failure as "no cap". */
long ilm_getrctl(struct dz_call *c)
{
    return -EINVAL;
}

/* size_t rctlblk_size(void): ours hold nothing (Go wants it <= 8192). */
long ilm_rctlblk_size(struct dz_call *c)
{
    return 64;
}

/* rctlblk_get_*(): 0 (never reached: getrctl fails first). */
long ilm_zero_long(struct dz_call *c)
{
    return 0;
}

/* uname(struct utsname *): illumos's five SYS_NMLN (257) fields; the
 * answer of an illumos 5.11 kernel on a PC.  Returns a non-negative
 * value on success (1 on illumos). */
long ilm_uname(struct dz_call *c)
{
    struct utsname h;
    if (uname(&h) != 0)
        return -errno;
    struct ilm_utsname u;
    memset(&u, 0, sizeof u);
    strcpy(u.sysname, "SunOS");
    strncpy(u.nodename, h.nodename, sizeof u.nodename - 1);
    strcpy(u.release, "5.11");
    strcpy(u.version, "illumos-denizen");
    strcpy(u.machine, "i86pc");
    return dz_copy_out(A(0), &u, sizeof u) ? -EFAULT : 1;
}

/* gethostname(char *name, int namelen) */
long ilm_gethostname(struct dz_call *c)
{
    struct utsname h;
    if (uname(&h) != 0)
        return -errno;
    size_t n = strlen(h.nodename) + 1, room = (size_t)AI(1);
    if (!room)
        return -EINVAL;
    if (n > room) {
        n = room;
        h.nodename[n - 1] = 0;
    }
    return dz_copy_out(A(0), h.nodename, n) ? -EFAULT : 0;
}

/* const char *getexecname(void): the program's path, as exec'd. */
long ilm_getexecname(struct dz_call *c)
{
    return (long)dz_opts.exe_path;
}

/* usleep(useconds_t microseconds) */
long ilm_usleep(struct dz_call *c)
{
    uint64_t us = (uint32_t)A(0);
    struct timespec ts = { (time_t)(us / 1000000), (long)(us % 1000000) * 1000 };
    return dz_sleep_result(dz_lib_bsys(SYS_nanosleep, (long)&ts, 0, 0, 0, 0, 0));
}

/* waitpid(pid_t pid, int *stat_loc, int options) = wait4(pid, stat, options, NULL) */
long ilm_waitpid(struct dz_call *c)
{
    c->a[3] = 0;
    return dz_wait4(c);
}
