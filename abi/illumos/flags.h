/* illumos guest <-> Linux host flag and value tables, walked by
 * abi/common/flagtab.c (conventions: abi/common/flagtab.h).  Entries carry
 * the illumos name for the tracer.
 *
 * Flag tables: flags.c    Value tables: values.c, sockopts.c
 * ilm_sigs (signal names and numbers) is built in signal.c. */
#ifndef DZ_ABI_ILLUMOS_FLAGS_H
#define DZ_ABI_ILLUMOS_FLAGS_H
#include "abi/common/flagtab.h"

/* ---- flag words (flags.c) ---- */
extern const struct dz_flagtab ilm_open_flags;    /* open/openat/fcntl F_GETFL/F_SETFL, pipe2 */
extern const struct dz_flagtab ilm_at_flags;      /* AT_* of the *at calls; guest->host only */
extern const struct dz_flagtab ilm_mmap_prot;     /* PROT_* */
extern const struct dz_flagtab ilm_mmap_flags;    /* MAP_* */
extern const struct dz_flagtab ilm_sa_flags;      /* sigaction SA_*, to the engine's DZ_SA_* */
extern const struct dz_flagtab ilm_sock_flags;    /* SOCK_NONBLOCK/CLOEXEC of a socket type, accept4 */
extern const struct dz_flagtab ilm_msg_flags;     /* send/recv MSG_* */
extern const struct dz_flagtab ilm_wait_options;  /* waitpid/wait4 W* */

/* ---- enumerated values (values.c) ---- */
extern const struct dz_valtab ilm_fcntl_cmds;
extern const struct dz_valtab ilm_clock_ids;
extern const struct dz_valtab ilm_rlimit_res;
extern const struct dz_valtab ilm_sigprocmask_how;
extern const struct dz_valtab ilm_whence;
extern const struct dz_valtab ilm_madvise;
extern const struct dz_valtab ilm_itimers;
extern const struct dz_valtab ilm_sigs;           /* signal names; host = Linux number (signal.c) */

/* ---- sockets (sockopts.c) ---- */
extern const struct dz_valtab ilm_af;
extern const struct dz_valtab ilm_sock_types;
extern const struct dz_valtab ilm_scm_types;
extern const struct dz_valtab ilm_sockopt_levels;
extern const struct dz_valtab ilm_so_opts;
extern const struct dz_valtab ilm_tcp_opts;
extern const struct dz_valtab ilm_ip_opts;
extern const struct dz_valtab ilm_ipv6_opts;
extern const struct dz_valtab ilm_shut_how;

#endif
