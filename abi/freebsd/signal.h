/* FreeBSD <-> Linux signal numbers and signal sets (FreeBSD
 * sys/sys/signal.h, 13.2; Linux from musl's <signal.h>).
 *
 * Standard signals map by name.  FreeBSD signals with no Linux counterpart
 * ride on Linux real-time signals that glibc does not reserve (it keeps 32
 * and 33 for itself; we never produce those):
 *     SIGEMT 7 -> 40, SIGINFO 29 -> 41, SIGTHR 32 -> 42, SIGLIBRT 33 -> 43,
 *     SIGRTMIN+0..+19 (65..84) -> 44..63.
 * Linux SIGSTKFLT 16, SIGPWR 30, 32..39 and 64 have no FreeBSD counterpart,
 * nor do FreeBSD 34..64 and 85..128.  Such numbers map to 0. */
#ifndef DZ_ABI_FREEBSD_SIGNAL_H
#define DZ_ABI_FREEBSD_SIGNAL_H
#include <stdint.h>
#include "abi/freebsd/consts.h"
#include "abi/freebsd/types.h"
#include "abi/linux/types.h"

/* The Linux carriers of FreeBSD-only signals. */
#define FBSD_LINUX_SIGEMT   40
#define FBSD_LINUX_SIGINFO  41
#define FBSD_LINUX_SIGTHR   42
#define FBSD_LINUX_SIGLIBRT 43
#define FBSD_LINUX_SIGRT0   44   /* FreeBSD SIGRTMIN + i -> 44 + i */
#define FBSD_LINUX_NRT      20   /* real-time signals carried: SIGRTMIN..SIGRTMIN+19 */

/* Indexed by signal number; 0 = no counterpart. */
extern const uint8_t fbsd_signal_to_linux_tab[FBSD_NSIG + 1];
extern const uint8_t linux_signal_to_fbsd_tab[LX_NSIG + 1];

/* 0 for "no counterpart" and for out-of-range numbers (0 maps to 0). */
int fbsd_signal_to_linux(int fbsd_sig);
int linux_signal_to_fbsd(int linux_sig);
/* "SIGURG", "SIGRTMIN+3", ...; NULL for numbers FreeBSD does not name. */
const char *fbsd_signal_name(int fbsd_sig);

/* Bit by bit (signal n is bit n-1 on both sides); bits without a
 * counterpart are dropped.  The Linux set is the 64-bit kernel sigset. */
uint64_t fbsd_sigset_to_linux(const struct fbsd_sigset *s);
void linux_sigset_to_fbsd(struct fbsd_sigset *dst, uint64_t linux_set);

#endif
