/* The sysctl machinery shared by the BSDs: a MIB tree is a table of
 * nodes (one row per node, full dotted name and OID), looked up by OID or
 * by name, answered by small readers that take their values from the
 * host.  Each personality keeps its own tree, numbering and meta protocol
 * (FreeBSD's sysctl.name2oid, NetBSD's CTL_QUERY node walk) and runs its
 * __sysctl through dz_sysctl_call. */
#ifndef DZ_COMMON_SYSCTL_H
#define DZ_COMMON_SYSCTL_H
#include <stddef.h>
#include <stdint.h>
#include "syscall-xlate/engine/call.h"

/* What a node holds; the personality maps these onto its own type codes. */
enum dz_ctl_type { DZ_CTL_NODE = 1, DZ_CTL_INT, DZ_CTL_STRING, DZ_CTL_S64, DZ_CTL_OPAQUE, DZ_CTL_U64 };

struct dz_ctl_node;
/* Fill buf (*len bytes of room; buf NULL for a size query) through
 * dz_ctl_put.  mib/miblen is the whole name asked for. */
typedef long (*dz_ctl_reader)(const struct dz_ctl_node *n, const int *mib, unsigned miblen,
                              void *buf, size_t *len);

#define DZ_CTL_MAXOID 6
struct dz_ctl_node {
    const char *name;          /* "kern.hostname" */
    int oid[DZ_CTL_MAXOID];
    unsigned oidlen;
    enum dz_ctl_type type;
    const char *fmt;           /* FreeBSD's oidfmt ("I", "A", "S,timeval" ...) */
    dz_ctl_reader read;        /* NULL for a node */
    const char *str;           /* DZ_CTL_STRING constant (dz_ctl_rd_const) */
    long num;                  /* INT / S64 / U64 constant (dz_ctl_rd_const) */
    unsigned extra;            /* trailing components the reader takes (a pid ...) */
};

struct dz_ctl_tree {
    const struct dz_ctl_node *v;
    size_t n;
};
#define DZ_CTL_TREE(arr) { (arr), sizeof(arr) / sizeof((arr)[0]) }

const struct dz_ctl_node *dz_ctl_by_oid(const struct dz_ctl_tree *t, const int *mib, unsigned miblen);
const struct dz_ctl_node *dz_ctl_by_name(const struct dz_ctl_tree *t, const char *name);

/* Answer with n bytes of v: a size query (buf NULL) only sets *len; a
 * short buffer gets what fits and -ENOMEM, as the BSD kernels do. */
long dz_ctl_put(void *buf, size_t *len, const void *v, size_t n);

/* Readers of values every BSD asks the same way. */
long dz_ctl_rd_const(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len);
long dz_ctl_rd_hostname(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len);
long dz_ctl_rd_domainname(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len);
long dz_ctl_rd_ncpu(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len);
long dz_ctl_rd_physmem(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len);
/* Random bytes, at most 256 per call (FreeBSD and NetBSD kern.arandom). */
long dz_ctl_rd_arandom(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len);
long dz_ctl_rd_usrstack(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len);
/* kern.boottime: a struct timeval (the BSD and Linux layouts agree). */
long dz_ctl_rd_boottime(const struct dz_ctl_node *n, const int *mib, unsigned miblen, void *buf, size_t *len);
/* The executable's path for pid (-1: the caller); -ESRCH for another pid. */
long dz_ctl_exe_path(int pid, void *buf, size_t *len);

/* A personality's answer to one __sysctl: mib/miblen copied in, buf the
 * host buffer for the old value (NULL for a size query) of *len bytes;
 * new/newlen are the guest's (A(4), A(5)).  0, -ENOMEM (short buffer:
 * what fits is still copied out) or -errno. */
typedef long (*dz_sysctl_answer)(struct dz_call *c, const int *mib, unsigned miblen,
                                 void *buf, size_t *len);
/* __sysctl(const int *name, u_int namelen, void *old, size_t *oldlenp,
 *          const void *new, size_t newlen): copy in, answer, copy out. */
long dz_sysctl_call(struct dz_call *c, unsigned maxname, dz_sysctl_answer answer);

#endif
