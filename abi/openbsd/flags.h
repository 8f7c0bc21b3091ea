/* OpenBSD guest <-> Linux host flag and value tables, walked by
 * abi/common/flagtab.c (conventions: abi/common/flagtab.h).  Entries carry
 * the OpenBSD name for the tracer.  In a flag table an entry with host
 * mask 0 is an OpenBSD flag we know and drop on purpose; bits no entry
 * covers come back as `unknown`.  A value table holds only values with a
 * Linux counterpart.
 *
 * Flag tables: flags.c    Value tables: values.c, sockopts.c
 * obsd_sigs (signal names and numbers) is built in signal.c. */
#ifndef DZ_ABI_OPENBSD_FLAGS_H
#define DZ_ABI_OPENBSD_FLAGS_H
#include "abi/common/flagtab.h"

/* ---- flag words (flags.c) ---- */
extern const struct dz_flagtab obsd_open_flags;    /* open/openat/fcntl F_GETFL/F_SETFL, pipe2, dup3 */
extern const struct dz_flagtab obsd_at_flags;      /* AT_* of the *at calls; guest->host only */
extern const struct dz_flagtab obsd_mmap_prot;     /* PROT_* */
extern const struct dz_flagtab obsd_mmap_flags;    /* MAP_* */
extern const struct dz_flagtab obsd_sa_flags;      /* sigaction SA_* */
extern const struct dz_flagtab obsd_sock_flags;    /* SOCK_NONBLOCK/CLOEXEC/DNS of a socket type, accept4 */
extern const struct dz_flagtab obsd_msg_flags;     /* send/recv MSG_* */
extern const struct dz_flagtab obsd_wait_options;  /* wait4 W* */

/* ---- enumerated values (values.c) ---- */
extern const struct dz_valtab obsd_fcntl_cmds;
extern const struct dz_valtab obsd_clock_ids;
extern const struct dz_valtab obsd_rlimit_res;
extern const struct dz_valtab obsd_sigprocmask_how;
extern const struct dz_valtab obsd_whence;
extern const struct dz_valtab obsd_madvise;
extern const struct dz_valtab obsd_itimers;
extern const struct dz_valtab obsd_sigs;           /* signal names; host = Linux number (signal.c) */

/* ---- sockets (sockopts.c) ---- */
extern const struct dz_valtab obsd_af;
extern const struct dz_valtab obsd_sock_types;
extern const struct dz_valtab obsd_sockopt_levels;
extern const struct dz_valtab obsd_so_opts;
extern const struct dz_valtab obsd_tcp_opts;
extern const struct dz_valtab obsd_ip_opts;
extern const struct dz_valtab obsd_ipv6_opts;
extern const struct dz_valtab obsd_shut_how;

#endif
