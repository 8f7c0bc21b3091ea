/* NetBSD guest <-> Linux host flag and value tables, walked by
 * abi/common/flagtab.c (same conventions as abi/freebsd/flags.h: a flag
 * entry with host mask 0 is a NetBSD flag we know and drop on purpose,
 * bits no entry covers come back as `unknown`; a value table holds only
 * values with a Linux counterpart).
 *
 * Flag tables: flags.c      Value tables: values.c, sockopts.c
 * nbsd_sigs is built in signal.c from the signal map itself. */
#ifndef DZ_ABI_NETBSD_FLAGS_H
#define DZ_ABI_NETBSD_FLAGS_H
#include "abi/common/flagtab.h"

/* ---- flag words (flags.c) ---- */
extern const struct dz_flagtab nbsd_open_flags;    /* open/openat, fcntl F_GETFL/F_SETFL, pipe2, dup3 */
extern const struct dz_flagtab nbsd_at_flags;      /* AT_* of the *at calls; guest->host only */
extern const struct dz_flagtab nbsd_mmap_prot;     /* PROT_* */
extern const struct dz_flagtab nbsd_mmap_flags;    /* MAP_* */
extern const struct dz_flagtab nbsd_sa_flags;      /* sigaction SA_* */
extern const struct dz_flagtab nbsd_sock_flags;    /* SOCK_CLOEXEC/NONBLOCK/NOSIGPIPE bits of a type, paccept */
extern const struct dz_flagtab nbsd_msg_flags;     /* send/recv MSG_* */
extern const struct dz_flagtab nbsd_wait_options;  /* wait4 W* */
extern const struct dz_flagtab nbsd_uc_flags;      /* ucontext uc_flags _UC_* (names only) */

/* ---- enumerated values (values.c) ---- */
extern const struct dz_valtab nbsd_fcntl_cmds;
extern const struct dz_valtab nbsd_clock_ids;
extern const struct dz_valtab nbsd_rlimit_res;
extern const struct dz_valtab nbsd_sigprocmask_how;
extern const struct dz_valtab nbsd_whence;
extern const struct dz_valtab nbsd_madvise;        /* host -1: advice with nothing to do on Linux */
extern const struct dz_valtab nbsd_sigs;           /* signal names; host = Linux number (signal.c) */

/* ---- sockets (sockopts.c) ---- */
extern const struct dz_valtab nbsd_af;
extern const struct dz_valtab nbsd_sock_types;
extern const struct dz_valtab nbsd_sockopt_levels;
extern const struct dz_valtab nbsd_so_opts;
extern const struct dz_valtab nbsd_tcp_opts;
extern const struct dz_valtab nbsd_ip_opts;
extern const struct dz_valtab nbsd_ipv6_opts;
extern const struct dz_valtab nbsd_shut_how;

#endif
