/* __sysctl (202): the MIB tree a NetBSD program reads, answered from the
 * host, plus the CTL_QUERY node walk (sys/kern/kern_sysctl.c
 * sysctl_query) that sysctlbyname and Go's syscall.Sysctl use to turn a
 * name into numbers: {parent..., CTL_QUERY} lists the parent's children as
 * struct sysctlnode.  There is no name2oid on NetBSD.  The tree is data,
 * one row per node; lookup and the readers are shared
 * (syscall-xlate/common/sysctl.c). */
#define _GNU_SOURCE
#include "syscall-xlate/netbsd/nbsd.h"
#include "syscall-xlate/common/sysctl.h"
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* What we claim to be: NetBSD 10.0.  Go enables a sysmon workaround below
 * kern.osrevision 902000000 (9.2). */
#define OSRELEASE "10.0"
#define OSREVISION 1000000000

static long rd_physmem32(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    /* hw.physmem is an int on NetBSD: capped, as its kernel does. */
    long m = sysconf(_SC_PHYS_PAGES) * sysconf(_SC_PAGESIZE);
    int v = m > 0x7fffffffL ? 0x7fffffff : (int)m;
    return dz_ctl_put(buf, len, &v, sizeof v);
}

/* kern.boottime is a struct timespec on NetBSD. */
static long rd_boottime(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    struct timespec rt, up;
    clock_gettime(CLOCK_REALTIME, &rt);
    clock_gettime(CLOCK_BOOTTIME, &up);
    int64_t ns = (rt.tv_sec - up.tv_sec) * 1000000000LL + (rt.tv_nsec - up.tv_nsec);
    struct nbsd_timespec ts = { ns / 1000000000LL, ns % 1000000000LL };
    return dz_ctl_put(buf, len, &ts, sizeof ts);
}

/* kern.proc_args.<pid>.<what>: the executable's path (KERN_PROC_PATHNAME)
 * of -1 or our own pid. */
static long rd_proc_args(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    if (miblen != 4 || mib[3] != NBSD_KERN_PROC_PATHNAME)
        return -ENOENT;
    return dz_ctl_exe_path(mib[2], buf, len);
}

#define K(n) NBSD_CTL_KERN, NBSD_KERN_##n
#define H(n) NBSD_CTL_HW, NBSD_HW_##n
static const struct dz_ctl_node nodes[] = {
    { "kern", {NBSD_CTL_KERN}, 1, DZ_CTL_NODE },
    { "kern.ostype", {K(OSTYPE)}, 2, DZ_CTL_STRING, NULL, dz_ctl_rd_const, "NetBSD" },
    { "kern.osrelease", {K(OSRELEASE)}, 2, DZ_CTL_STRING, NULL, dz_ctl_rd_const, OSRELEASE },
    { "kern.osrevision", {K(OSREV)}, 2, DZ_CTL_INT, NULL, dz_ctl_rd_const, 0, OSREVISION },
    { "kern.version", {K(VERSION)}, 2, DZ_CTL_STRING, NULL, dz_ctl_rd_const, "NetBSD " OSRELEASE " (denizen)\n" },
    { "kern.maxproc", {K(MAXPROC)}, 2, DZ_CTL_INT, NULL, dz_ctl_rd_const, 0, 32768 },
    { "kern.maxfiles", {K(MAXFILES)}, 2, DZ_CTL_INT, NULL, dz_ctl_rd_const, 0, 1048576 },
    { "kern.argmax", {K(ARGMAX)}, 2, DZ_CTL_INT, NULL, dz_ctl_rd_const, 0, 262144 },
    { "kern.hostname", {K(HOSTNAME)}, 2, DZ_CTL_STRING, NULL, dz_ctl_rd_hostname },
    { "kern.boottime", {K(BOOTTIME)}, 2, DZ_CTL_OPAQUE, NULL, rd_boottime },
    { "kern.domainname", {K(DOMAINNAME)}, 2, DZ_CTL_STRING, NULL, dz_ctl_rd_domainname },
    { "kern.proc_args", {K(PROC_ARGS)}, 2, DZ_CTL_NODE, NULL, rd_proc_args, 0, 0, 2 },
    { "kern.arandom", {K(ARND)}, 2, DZ_CTL_OPAQUE, NULL, dz_ctl_rd_arandom },
    { "vm", {NBSD_CTL_VM}, 1, DZ_CTL_NODE },
    { "hw", {NBSD_CTL_HW}, 1, DZ_CTL_NODE },
    { "hw.machine", {H(MACHINE)}, 2, DZ_CTL_STRING, NULL, dz_ctl_rd_const, "amd64" },
    { "hw.model", {H(MODEL)}, 2, DZ_CTL_STRING, NULL, dz_ctl_rd_const, "x86-64 (denizen)" },
    { "hw.ncpu", {H(NCPU)}, 2, DZ_CTL_INT, NULL, dz_ctl_rd_ncpu },
    { "hw.byteorder", {H(BYTEORDER)}, 2, DZ_CTL_INT, NULL, dz_ctl_rd_const, 0, 1234 },
    { "hw.physmem", {H(PHYSMEM)}, 2, DZ_CTL_INT, NULL, rd_physmem32 },
    { "hw.pagesize", {H(PAGESIZE)}, 2, DZ_CTL_INT, NULL, dz_ctl_rd_const, 0, 4096 },
    { "hw.machine_arch", {H(MACHINE_ARCH)}, 2, DZ_CTL_STRING, NULL, dz_ctl_rd_const, "x86_64" },
    { "hw.alignbytes", {H(ALIGNBYTES)}, 2, DZ_CTL_INT, NULL, dz_ctl_rd_const, 0, 7 },
    { "hw.physmem64", {H(PHYSMEM64)}, 2, DZ_CTL_U64, NULL, dz_ctl_rd_physmem },
    { "hw.usermem64", {H(USERMEM64)}, 2, DZ_CTL_U64, NULL, dz_ctl_rd_physmem },
    { "hw.ncpuonline", {H(NCPUONLINE)}, 2, DZ_CTL_INT, NULL, dz_ctl_rd_ncpu },
    { "user", {NBSD_CTL_USER}, 1, DZ_CTL_NODE },
    { "user.cs_path", {NBSD_CTL_USER, NBSD_USER_CS_PATH}, 2, DZ_CTL_STRING, NULL, dz_ctl_rd_const,
      "/usr/bin:/bin:/usr/sbin:/sbin:/usr/pkg/bin:/usr/pkg/sbin" },
};
static const struct dz_ctl_tree tree = DZ_CTL_TREE(nodes);

static uint32_t nbsd_ctltype(enum dz_ctl_type t)
{
    switch (t) {
    case DZ_CTL_NODE: return NBSD_CTLTYPE_NODE;
    case DZ_CTL_INT: return NBSD_CTLTYPE_INT;
    case DZ_CTL_STRING: return NBSD_CTLTYPE_STRING;
    case DZ_CTL_S64: case DZ_CTL_U64: return NBSD_CTLTYPE_QUAD;
    default: return NBSD_CTLTYPE_STRUCT;
    }
}

/* {parent..., CTL_QUERY}: one struct sysctlnode per child of parent. */
static long query(const int *parent, unsigned plen, void *buf, size_t *len)
{
    struct nbsd_sysctlnode out[32];
    size_t n = 0;
    for (size_t i = 0; i < tree.n && n < sizeof out / sizeof out[0]; i++) {
        const struct dz_ctl_node *c = &tree.v[i];
        if (c->oidlen != plen + 1 || memcmp(c->oid, parent, plen * sizeof(int)) != 0)
            continue;
        const char *leaf = strrchr(c->name, '.');
        leaf = leaf ? leaf + 1 : c->name;
        struct nbsd_sysctlnode *o = &out[n++];
        memset(o, 0, sizeof *o);
        o->flags = NBSD_SYSCTL_VERSION | nbsd_ctltype(c->type);
        o->num = c->oid[plen];
        strncpy(o->name, leaf, sizeof o->name - 1);
        o->ver = 1;
        if (c->type == DZ_CTL_INT)
            o->size = sizeof(int32_t);
        else if (c->type == DZ_CTL_S64 || c->type == DZ_CTL_U64)
            o->size = sizeof(int64_t);
    }
    if (n == 0 && plen && !dz_ctl_by_oid(&tree, parent, plen))
        return -ENOENT;
    return dz_ctl_put(buf, len, out, n * sizeof out[0]);
}

static long answer(struct dz_call *c, const int *mib, unsigned miblen, void *buf, size_t *len)
{
    if (mib[miblen - 1] == NBSD_CTL_QUERY) {
        if (A(4)) {
            /* The query node says which protocol version the caller speaks. */
            struct nbsd_sysctlnode q;
            if (A(5) < sizeof q.flags || dz_copy_in(&q, A(4), sizeof q.flags) != 0)
                return -EFAULT;
            if ((q.flags & NBSD_SYSCTL_VERS_MASK) != NBSD_SYSCTL_VERSION && (q.flags & NBSD_SYSCTL_VERS_MASK))
                return -EINVAL;
        }
        return query(mib, miblen - 1, buf, len);
    }
    if (mib[0] < 0)
        return -EOPNOTSUPP;                           /* CTL_CREATE, CTL_DESTROY, CTL_DESCRIBE ... */
    if (A(4))
        return -EPERM;                                /* nothing here is writable */
    const struct dz_ctl_node *n = dz_ctl_by_oid(&tree, mib, miblen);
    if (!n || !n->read)
        return n ? -EISDIR : -ENOENT;
    return n->read(n, mib, miblen, buf, len);
}

/* __sysctl(const int *name, u_int namelen, void *oldv, size_t *oldlenp,
 *          const void *newv, size_t newlen) */
long nbsd___sysctl(struct dz_call *c) { return dz_sysctl_call(c, NBSD_CTL_MAXNAME, answer); }
