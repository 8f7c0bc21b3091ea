/* The sysctl machinery shared by the BSDs (see sysctl.h). */
#define _GNU_SOURCE
#include "syscall-xlate/common/sysctl.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include <errno.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

const struct dz_ctl_node *dz_ctl_by_oid(const struct dz_ctl_tree *t, const int *mib, unsigned miblen)
{
    for (size_t i = 0; i < t->n; i++) {
        const struct dz_ctl_node *n = &t->v[i];
        if (miblen < n->oidlen || miblen > n->oidlen + n->extra)
            continue;
        if (memcmp(n->oid, mib, n->oidlen * sizeof(int)) == 0)
            return n;
    }
    return NULL;
}

const struct dz_ctl_node *dz_ctl_by_name(const struct dz_ctl_tree *t, const char *name)
{
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->v[i].name, name) == 0)
            return &t->v[i];
    return NULL;
}

long dz_ctl_put(void *buf, size_t *len, const void *v, size_t n)
{
    if (!buf) {
        *len = n;
        return 0;
    }
    size_t k = n < *len ? n : *len;
    memcpy(buf, v, k);
    long r = k < n ? -ENOMEM : 0;
    *len = k;
    return r;
}

long dz_ctl_rd_const(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    if (n->type == DZ_CTL_STRING)
        return dz_ctl_put(buf, len, n->str, strlen(n->str) + 1);
    if (n->type == DZ_CTL_INT) {
        int v = (int)n->num;
        return dz_ctl_put(buf, len, &v, sizeof v);
    }
    long v = n->num;
    return dz_ctl_put(buf, len, &v, sizeof v);
}

long dz_ctl_rd_hostname(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    struct utsname u;
    uname(&u);
    return dz_ctl_put(buf, len, u.nodename, strlen(u.nodename) + 1);
}

long dz_ctl_rd_domainname(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    struct utsname u;
    uname(&u);
    const char *d = strcmp(u.domainname, "(none)") == 0 ? "" : u.domainname;
    return dz_ctl_put(buf, len, d, strlen(d) + 1);
}

long dz_ctl_rd_ncpu(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    int v = (int)sysconf(_SC_NPROCESSORS_ONLN);
    return dz_ctl_put(buf, len, &v, sizeof v);
}

long dz_ctl_rd_physmem(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    unsigned long v = (unsigned long)sysconf(_SC_PHYS_PAGES) * (unsigned long)sysconf(_SC_PAGESIZE);
    return dz_ctl_put(buf, len, &v, sizeof v);
}

long dz_ctl_rd_arandom(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    unsigned char r[256];
    size_t want = buf ? (*len < sizeof r ? *len : sizeof r) : sizeof r;
    if (buf && dz_sys(SYS_getrandom, r, want, 0) != (long)want)
        return -EIO;
    return dz_ctl_put(buf, len, r, want);
}

long dz_ctl_rd_usrstack(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    unsigned long v = dz_opts.usrstack;
    return dz_ctl_put(buf, len, &v, sizeof v);
}

long dz_ctl_rd_boottime(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    struct timespec rt, up;
    clock_gettime(CLOCK_REALTIME, &rt);
    clock_gettime(CLOCK_BOOTTIME, &up);
    int64_t ns = (rt.tv_sec - up.tv_sec) * 1000000000LL + (rt.tv_nsec - up.tv_nsec);
    struct { int64_t sec, usec; } tv = { ns / 1000000000LL, (ns % 1000000000LL) / 1000 };
    return dz_ctl_put(buf, len, &tv, sizeof tv);
}

long dz_ctl_exe_path(int pid, void *buf, size_t *len)
{
    if (pid != -1 && pid != getpid())
        return -ESRCH;
    const char *p = dz_opts.exe_path ? dz_opts.exe_path : "";
    return dz_ctl_put(buf, len, p, strlen(p) + 1);
}

long dz_sysctl_call(struct dz_call *c, unsigned maxname, dz_sysctl_answer answer)
{
    int mib[24];
    unsigned miblen = (unsigned)A(1);
    if (miblen < 1 || miblen > maxname || miblen > 24)
        return -EINVAL;
    if (dz_copy_in(mib, A(0), miblen * sizeof(int)) != 0)
        return -EFAULT;
    size_t oldlen = 0;
    if (A(3) && dz_copy_in(&oldlen, A(3), sizeof oldlen) != 0)
        return -EFAULT;
    char out[4096];
    size_t len = oldlen < sizeof out ? oldlen : sizeof out;
    void *buf = A(2) ? out : NULL;
    long r = answer(c, mib, miblen, buf, &len);
    if (r && r != -ENOMEM)
        return r;
    if (buf && dz_copy_out(A(2), out, len) != 0)
        return -EFAULT;
    if (A(3) && dz_copy_out(A(3), &len, sizeof len) != 0)
        return -EFAULT;
    return r;
}
