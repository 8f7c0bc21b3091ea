/* sysctl(3) for the names OpenBSD programs read: the runtime's hw.ncpu,
 * hw.ncpuonline and hw.pagesize (no auxv is read on OpenBSD) and
 * kern.osrev; the syscall package's kern.hostname, kern.osrelease ...
 * (names from sys/sys/sysctl.h).  Values describe the Linux host where
 * they exist and OpenBSD 7.3 where they name the OS.  Everything is read
 * only; an unknown name is EOPNOTSUPP, as OpenBSD answers. */
#define _GNU_SOURCE
#include "libshim/openbsd/obsd.h"
#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#define OSREV 202304           /* OpenBSD 7.3: what kern.osrev says there */

/* A value to hand back: a C int, a 64-bit integer, a string, or bytes. */
struct val {
    enum { V_INT, V_I64, V_STR, V_BYTES } kind;
    int64_t i;
    char s[256];
    size_t n;
};

static void sval(struct val *v, const char *s)
{
    v->kind = V_STR;
    snprintf(v->s, sizeof v->s, "%s", s);
}

static int kern(int name, struct val *v)
{
    struct utsname u;
    switch (name) {
    case OBSD_KERN_OSTYPE: sval(v, "OpenBSD"); return 0;
    case OBSD_KERN_OSRELEASE: sval(v, "7.3"); return 0;
    case OBSD_KERN_OSREV: v->i = OSREV; return 0;
    case OBSD_KERN_VERSION:
        uname(&u);
        snprintf(v->s, sizeof v->s, "OpenBSD 7.3 (denizen on Linux %s)\n", u.release);
        v->kind = V_STR;
        return 0;
    case OBSD_KERN_MAXPROC: v->i = 32768; return 0;
    case OBSD_KERN_MAXFILES: v->i = 1048576; return 0;
    case OBSD_KERN_ARGMAX: v->i = sysconf(_SC_ARG_MAX); return 0;
    case OBSD_KERN_HOSTNAME: uname(&u); sval(v, u.nodename); return 0;
    case OBSD_KERN_DOMAINNAME: uname(&u); sval(v, strcmp(u.domainname, "(none)") ? u.domainname : ""); return 0;
    case OBSD_KERN_NGROUPS: v->i = 16; return 0;
    case OBSD_KERN_CLOCKRATE: {
        /* struct clockinfo { int hz, tick, stathz, profhz; } */
        int32_t ci[4] = { 100, 10000, 100, 100 };
        v->kind = V_BYTES;
        memcpy(v->s, ci, sizeof ci);
        v->n = sizeof ci;
        return 0;
    }
    case OBSD_KERN_BOOTTIME: {
        struct timespec rt, up;
        clock_gettime(CLOCK_REALTIME, &rt);
        clock_gettime(CLOCK_BOOTTIME, &up);
        int64_t ns = (rt.tv_sec - up.tv_sec) * 1000000000LL + (rt.tv_nsec - up.tv_nsec);
        struct obsd_timeval tv = { ns / 1000000000LL, (ns % 1000000000LL) / 1000 };
        v->kind = V_BYTES;
        memcpy(v->s, &tv, sizeof tv);
        v->n = sizeof tv;
        return 0;
    }
    case OBSD_KERN_ARND:
        v->kind = V_BYTES;
        v->n = sizeof v->s;   /* trimmed to the caller's buffer below */
        if (getrandom(v->s, v->n, 0) != (ssize_t)v->n)
            return -EIO;
        return 0;
    }
    return -EOPNOTSUPP;
}

static int hw(int name, struct val *v)
{
    struct sysinfo si;
    switch (name) {
    case OBSD_HW_MACHINE: sval(v, "amd64"); return 0;
    case OBSD_HW_MODEL: sval(v, "denizen virtual CPU"); return 0;
    case OBSD_HW_NCPU: case OBSD_HW_NCPUFOUND: v->i = sysconf(_SC_NPROCESSORS_CONF); return 0;
    case OBSD_HW_NCPUONLINE: v->i = sysconf(_SC_NPROCESSORS_ONLN); return 0;
    case OBSD_HW_BYTEORDER: v->i = 1234; return 0;
    case OBSD_HW_PAGESIZE: v->i = 4096; return 0;
    case OBSD_HW_PHYSMEM: case OBSD_HW_USERMEM:
        sysinfo(&si);
        v->i = (int64_t)si.totalram * si.mem_unit > INT32_MAX ? INT32_MAX : (int64_t)si.totalram * si.mem_unit;
        return 0;
    case OBSD_HW_PHYSMEM64: case OBSD_HW_USERMEM64:
        sysinfo(&si);
        v->kind = V_I64;
        v->i = (int64_t)si.totalram * si.mem_unit;
        return 0;
    }
    return -EOPNOTSUPP;
}

/* int sysctl(const int *name, u_int namelen, void *oldp, size_t *oldlenp,
 *            void *newp, size_t newlen) */
long obsd_sysctl(struct dz_call *c)
{
    unsigned namelen = (unsigned)A(1);
    if (namelen < 2 || namelen > OBSD_CTL_MAXNAME)
        return -EINVAL;
    int32_t name[OBSD_CTL_MAXNAME];
    if (dz_copy_in(name, A(0), namelen * sizeof name[0]) != 0)
        return -EFAULT;
    if (namelen != 2)
        return -EOPNOTSUPP;   /* deeper nodes (net.route, kern.proc ...) are not provided */
    struct val v = { .kind = V_INT };
    int r = name[0] == OBSD_CTL_KERN ? kern(name[1], &v)
          : name[0] == OBSD_CTL_HW   ? hw(name[1], &v) : -EOPNOTSUPP;
    if (r)
        return r;
    if (A(4))
        return -EPERM;        /* nothing here is settable by the guest */
    int32_t i32 = (int32_t)v.i;
    const void *data = &i32;
    size_t len = sizeof i32;
    if (v.kind == V_I64) {
        data = &v.i;
        len = sizeof v.i;
    } else if (v.kind == V_STR) {
        data = v.s;
        len = strlen(v.s) + 1;
    } else if (v.kind == V_BYTES) {
        data = v.s;
        len = v.n;
    }
    uint64_t have = 0;
    if (A(3) && dz_copy_in(&have, A(3), sizeof have) != 0)
        return -EFAULT;
    if (A(2)) {
        if (v.kind == V_BYTES && name[0] == OBSD_CTL_KERN && name[1] == OBSD_KERN_ARND && have < len)
            len = have;       /* kern.arnd fills whatever it is given */
        if (have < len)
            return -ENOMEM;
        if (dz_copy_out(A(2), data, len) != 0)
            return -EFAULT;
    }
    if (A(3)) {
        uint64_t l = len;
        if (dz_copy_out(A(3), &l, sizeof l) != 0)
            return -EFAULT;
    }
    return 0;
}
