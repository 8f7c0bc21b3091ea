/* FreeBSD guest <-> Linux host flag and value tables, walked by
 * abi/common/flagtab.c.  Entries carry the FreeBSD name for the tracer.
 * In a flag table an entry with host mask 0 is a FreeBSD flag we know and
 * drop on purpose; bits no entry covers come back as `unknown`, so the
 * handler decides (usually EINVAL).  A value table holds only values that
 * have a Linux counterpart: a value not found has none, and the handler
 * emulates it or fails.
 *
 * Flag tables:  flags.c        Value tables: values.c, sockopts.c
 * fbsd_sigs (signal names and numbers) is built in signal.c from the
 * signal map itself. */
#ifndef DZ_ABI_FREEBSD_FLAGS_H
#define DZ_ABI_FREEBSD_FLAGS_H
#include "abi/common/flagtab.h"

/* ---- flag words (flags.c) ---- */
extern const struct dz_flagtab fbsd_open_flags;    /* open/openat/fcntl F_GETFL/F_SETFL, pipe2 */
extern const struct dz_flagtab fbsd_at_flags;      /* AT_* of the *at calls; guest->host only */
extern const struct dz_flagtab fbsd_mmap_prot;     /* PROT_* (incl. PROT_MAX, dropped) */
extern const struct dz_flagtab fbsd_mmap_flags;    /* MAP_* */
extern const struct dz_flagtab fbsd_sa_flags;      /* sigaction SA_* */
extern const struct dz_flagtab fbsd_sock_flags;    /* SOCK_NONBLOCK/SOCK_CLOEXEC part of a socket type */
extern const struct dz_flagtab fbsd_msg_flags;     /* send/recv MSG_* */
extern const struct dz_flagtab fbsd_wait_options;  /* wait4/wait6 W* */
extern const struct dz_flagtab fbsd_fd_flags;      /* F_GETFD/F_SETFD */

/* ---- enumerated values (values.c) ---- */
extern const struct dz_valtab fbsd_fcntl_cmds;
extern const struct dz_valtab fbsd_clock_ids;
extern const struct dz_valtab fbsd_rlimit_res;
extern const struct dz_valtab fbsd_sigprocmask_how;
extern const struct dz_valtab fbsd_whence;
extern const struct dz_valtab fbsd_madvise;
extern const struct dz_valtab fbsd_umtx_ops;       /* names only: host = guest value */
extern const struct dz_valtab fbsd_sysarch_ops;    /* host = the arch_prctl code */
extern const struct dz_valtab fbsd_idtypes;        /* wait6/procctl idtype_t -> waitid P_* */
extern const struct dz_valtab fbsd_sigs;           /* signal names; host = Linux number (signal.c) */

/* ---- sockets (sockopts.c) ---- */
extern const struct dz_valtab fbsd_af;             /* address families */
extern const struct dz_valtab fbsd_sock_types;     /* type part of a socket type */
extern const struct dz_valtab fbsd_sockopt_levels; /* SOL_SOCKET 0xffff -> 1, IPPROTO_* same */
extern const struct dz_valtab fbsd_so_opts;        /* level SOL_SOCKET */
extern const struct dz_valtab fbsd_tcp_opts;       /* level IPPROTO_TCP */
extern const struct dz_valtab fbsd_ip_opts;        /* level IPPROTO_IP */
extern const struct dz_valtab fbsd_ipv6_opts;      /* level IPPROTO_IPV6 */
extern const struct dz_valtab fbsd_shut_how;

#endif
