/* sysctl(3) for the names OpenBSD programs read (sys/sys/sysctl.h): the
 * runtime's hw.ncpuonline, hw.ncpu, hw.pagesize (no auxv is read on
 * OpenBSD) and kern.osrev; the syscall package's kern.hostname,
 * kern.osrelease ...  One MIB table on the shared sysctl machinery
 * (syscall-xlate/common/sysctl.h); OpenBSD has no name2oid protocol, its
 * libc resolves names from a static table.  Values describe the host
 * where they exist and OpenBSD 7.3 where they name the OS.  Read only. */
#define _GNU_SOURCE
#include "libshim/openbsd/obsd.h"
#include "syscall-xlate/common/sysctl.h"
#include <errno.h>
#include <unistd.h>

#define OSREV 202304           /* OpenBSD 7.3's kern.osrev */

static long rd_ncpu_conf(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    int v = (int)sysconf(_SC_NPROCESSORS_CONF);
    return dz_ctl_put(buf, len, &v, sizeof v);
}

/* hw.physmem is an int on OpenBSD (capped), hw.physmem64 an int64. */
static long rd_physmem32(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    long v = sysconf(_SC_PHYS_PAGES) * sysconf(_SC_PAGESIZE);
    int i = v > 0x7fffffffL ? 0x7fffffff : (int)v;
    return dz_ctl_put(buf, len, &i, sizeof i);
}

static long rd_argmax(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    int v = (int)sysconf(_SC_ARG_MAX);
    return dz_ctl_put(buf, len, &v, sizeof v);
}

/* kern.clockrate: struct clockinfo { int hz, tick, stathz, profhz; } */
static long rd_clockrate(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    const int ci[4] = { 100, 10000, 100, 100 };
    return dz_ctl_put(buf, len, ci, sizeof ci);
}

/* kern.arnd fills the buffer it is given (up to 256 bytes). */
static long rd_arnd(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    return dz_ctl_rd_arandom(n, mib, miblen, buf, len);
}

#define K(id) { OBSD_CTL_KERN, OBSD_KERN_##id }
#define H(id) { OBSD_CTL_HW, OBSD_HW_##id }
static const struct dz_ctl_node nodes[] = {
    { "kern", { OBSD_CTL_KERN }, 1, DZ_CTL_NODE, "" },
    { "kern.ostype", K(OSTYPE), 2, DZ_CTL_STRING, "", dz_ctl_rd_const, "OpenBSD" },
    { "kern.osrelease", K(OSRELEASE), 2, DZ_CTL_STRING, "", dz_ctl_rd_const, "7.3" },
    { "kern.osrev", K(OSREV), 2, DZ_CTL_INT, "", dz_ctl_rd_const, 0, OSREV },
    { "kern.version", K(VERSION), 2, DZ_CTL_STRING, "", dz_ctl_rd_const, "OpenBSD 7.3 (denizen)\n" },
    { "kern.maxproc", K(MAXPROC), 2, DZ_CTL_INT, "", dz_ctl_rd_const, 0, 32768 },
    { "kern.maxfiles", K(MAXFILES), 2, DZ_CTL_INT, "", dz_ctl_rd_const, 0, 1048576 },
    { "kern.argmax", K(ARGMAX), 2, DZ_CTL_INT, "", rd_argmax },
    { "kern.hostname", K(HOSTNAME), 2, DZ_CTL_STRING, "", dz_ctl_rd_hostname },
    { "kern.clockrate", K(CLOCKRATE), 2, DZ_CTL_OPAQUE, "", rd_clockrate },
    { "kern.ngroups", K(NGROUPS), 2, DZ_CTL_INT, "", dz_ctl_rd_const, 0, 16 },
    { "kern.boottime", K(BOOTTIME), 2, DZ_CTL_OPAQUE, "", dz_ctl_rd_boottime },
    { "kern.domainname", K(DOMAINNAME), 2, DZ_CTL_STRING, "", dz_ctl_rd_domainname },
    { "kern.arnd", K(ARND), 2, DZ_CTL_OPAQUE, "", rd_arnd },
    { "hw", { OBSD_CTL_HW }, 1, DZ_CTL_NODE, "" },
    { "hw.machine", H(MACHINE), 2, DZ_CTL_STRING, "", dz_ctl_rd_const, "amd64" },
    { "hw.model", H(MODEL), 2, DZ_CTL_STRING, "", dz_ctl_rd_const, "x86-64 (denizen)" },
    { "hw.ncpu", H(NCPU), 2, DZ_CTL_INT, "", rd_ncpu_conf },
    { "hw.byteorder", H(BYTEORDER), 2, DZ_CTL_INT, "", dz_ctl_rd_const, 0, 1234 },
    { "hw.physmem", H(PHYSMEM), 2, DZ_CTL_INT, "", rd_physmem32 },
    { "hw.usermem", H(USERMEM), 2, DZ_CTL_INT, "", rd_physmem32 },
    { "hw.pagesize", H(PAGESIZE), 2, DZ_CTL_INT, "", dz_ctl_rd_const, 0, 4096 },
    { "hw.physmem64", H(PHYSMEM64), 2, DZ_CTL_S64, "", dz_ctl_rd_physmem },
    { "hw.usermem64", H(USERMEM64), 2, DZ_CTL_S64, "", dz_ctl_rd_physmem },
    { "hw.ncpufound", H(NCPUFOUND), 2, DZ_CTL_INT, "", rd_ncpu_conf },
    { "hw.ncpuonline", H(NCPUONLINE), 2, DZ_CTL_INT, "", dz_ctl_rd_ncpu },
};
static const struct dz_ctl_tree tree = DZ_CTL_TREE(nodes);

static long answer(struct dz_call *c, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    /* net.route.0.<af>.NET_RT_IFLIST.<index> (PF_ROUTE 17): rtsock.c */
    if (miblen == 6 && mib[0] == OBSD_CTL_NET && mib[1] == 17 && mib[2] == 0 && mib[4] == 3)
        return A(4) ? -EPERM : obsd_rt_iflist(mib[3], (unsigned)mib[5], buf, len);
    const struct dz_ctl_node *n = dz_ctl_by_oid(&tree, mib, miblen);
    if (!n)
        return -EOPNOTSUPP;    /* what OpenBSD's sysctl says for a name it lacks */
    if (!n->read)
        return -EISDIR;
    if (A(4))
        return -EPERM;         /* nothing here is writable */
    return n->read(n, mib, miblen, buf, len);
}

/* int sysctl(const int *name, u_int namelen, void *oldp, size_t *oldlenp,
 *            void *newp, size_t newlen) */
long obsd_sysctl(struct dz_call *c) { return dz_sysctl_call(c, OBSD_CTL_MAXNAME, answer); }
