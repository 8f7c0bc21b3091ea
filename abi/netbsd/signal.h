/* NetBSD <-> Linux signal numbers (NetBSD sys/sys/signal.h; Linux from
 * musl's <signal.h>).
 *
 * Standard signals map by name (SIGPWR is 32 on NetBSD, 30 on Linux).
 * NetBSD signals with no Linux counterpart ride on Linux real-time signals
 * that glibc does not reserve (it keeps 32 and 33 for itself):
 *     SIGEMT 7 -> 40, SIGINFO 29 -> 41,
 *     SIGRTMIN+0..+21 (33..54) -> 42..63.
 * Linux SIGSTKFLT 16, 32..39 and 64 have no NetBSD counterpart, nor do
 * NetBSD 55..63.  Such numbers map to 0.  Signal sets are converted bit by
 * bit through these maps (syscall-xlate/common/signal.c). */
#ifndef DZ_ABI_NETBSD_SIGNAL_H
#define DZ_ABI_NETBSD_SIGNAL_H
#include <stdint.h>
#include "abi/netbsd/consts.h"
#include "abi/linux/types.h"

/* The Linux carriers of NetBSD-only signals. */
#define NBSD_LINUX_SIGEMT   40
#define NBSD_LINUX_SIGINFO  41
#define NBSD_LINUX_SIGRT0   42   /* NetBSD SIGRTMIN + i -> 42 + i */
#define NBSD_LINUX_NRT      22   /* real-time signals carried: SIGRTMIN..SIGRTMIN+21 */

/* Indexed by signal number; 0 = no counterpart. */
extern const uint8_t nbsd_signal_to_linux_tab[NBSD_NSIG + 1];
extern const uint8_t linux_signal_to_nbsd_tab[LX_NSIG + 1];

/* 0 for "no counterpart" and for out-of-range numbers (0 maps to 0). */
int nbsd_signal_to_linux(int nbsd_sig);
int linux_signal_to_nbsd(int linux_sig);
/* "SIGURG", "SIGRTMIN+3", ...; NULL for numbers NetBSD does not name. */
const char *nbsd_signal_name(int nbsd_sig);

#endif
