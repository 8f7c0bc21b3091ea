/* Identity and scheduling calls shared by the BSDs. */
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include <errno.h>

long dz_getpid(struct dz_call *c) { return dz_sys(SYS_getpid); }
long dz_getppid(struct dz_call *c) { return dz_sys(SYS_getppid); }
long dz_getuid(struct dz_call *c) { return dz_sys(SYS_getuid); }
long dz_geteuid(struct dz_call *c) { return dz_sys(SYS_geteuid); }
long dz_getgid(struct dz_call *c) { return dz_sys(SYS_getgid); }
long dz_getegid(struct dz_call *c) { return dz_sys(SYS_getegid); }
long dz_getgroups(struct dz_call *c) { return dz_sys(SYS_getgroups, AI(0), A(1)); }
long dz_setgroups(struct dz_call *c) { return dz_sys(SYS_setgroups, AI(0), A(1)); }
long dz_setuid(struct dz_call *c) { return dz_sys(SYS_setuid, AI(0)); }
long dz_setgid(struct dz_call *c) { return dz_sys(SYS_setgid, AI(0)); }
long dz_seteuid(struct dz_call *c) { return dz_sys(SYS_setresuid, -1, AI(0), -1); }
long dz_setegid(struct dz_call *c) { return dz_sys(SYS_setresgid, -1, AI(0), -1); }
long dz_setsid(struct dz_call *c) { return dz_sys(SYS_setsid); }
long dz_getsid(struct dz_call *c) { return dz_sys(SYS_getsid, AI(0)); }
long dz_setpgid(struct dz_call *c) { return dz_sys(SYS_setpgid, AI(0), AI(1)); }
long dz_getpgid(struct dz_call *c) { return dz_sys(SYS_getpgid, AI(0)); }
long dz_getpgrp(struct dz_call *c) { return dz_sys(SYS_getpgid, 0); }
long dz_sched_yield(struct dz_call *c) { return dz_sys(SYS_sched_yield); }
/* struct rusage has the Linux layout on the BSDs; RUSAGE_SELF 0,
 * CHILDREN -1, THREAD 1 are the same values. */
long dz_getrusage(struct dz_call *c) { return dz_sys(SYS_getrusage, AI(0), A(1)); }
long dz_gettimeofday(struct dz_call *c) { return dz_sys(SYS_gettimeofday, A(0), A(1)); }
long dz_nanosleep(struct dz_call *c) { return dz_norestart(dz_bsys(SYS_nanosleep, A(0), A(1), 0, 0, 0, 0)); }
/* GRND_NONBLOCK 1 and GRND_RANDOM 2 are the same values. */
/* GRND_NONBLOCK 1, GRND_RANDOM 2, GRND_INSECURE 4: the same values; any
 * other bit is EINVAL, as on the BSDs. */
long dz_getrandom(struct dz_call *c)
{
    if (A(2) & ~7UL)
        return -EINVAL;
    return dz_bsys(SYS_getrandom, A(0), A(1), A(2), 0, 0, 0);
}
/* Calls whose honest answer is 0 (issetugid: denizen never runs setuid). */
long dz_zero(struct dz_call *c) { return 0; }
/* PRIO_PROCESS/PGRP/USER are 0/1/2 everywhere; Linux's raw getpriority
 * returns 20-nice, the BSD value is nice itself. */
long dz_getpriority(struct dz_call *c)
{
    long r = dz_sys(SYS_getpriority, AI(0), AI(1));
    return r < 0 ? r : 20 - r;
}
long dz_setpriority(struct dz_call *c) { return dz_sys(SYS_setpriority, AI(0), AI(1), AI(2)); }
