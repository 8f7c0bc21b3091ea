/* OpenBSD <-> Linux signal numbers and signal sets (OpenBSD
 * sys/sys/signal.h; Linux from musl's <signal.h>).
 *
 * Standard signals map by name.  OpenBSD signals with no Linux counterpart
 * ride on Linux real-time signals glibc does not reserve (the same carriers
 * the FreeBSD personality uses):  SIGEMT 7 -> 40, SIGINFO 29 -> 41,
 * SIGTHR 32 -> 42.  Linux SIGSTKFLT 16, SIGPWR 30 and 32..64 (but the
 * carriers) have no OpenBSD counterpart: such numbers map to 0.
 * An OpenBSD sigset_t is one 32-bit word, signal n in bit n-1. */
#ifndef DZ_ABI_OPENBSD_SIGNAL_H
#define DZ_ABI_OPENBSD_SIGNAL_H
#include <stdint.h>
#include "abi/linux/types.h"
#include "abi/openbsd/consts.h"

#define OBSD_LINUX_SIGEMT   40
#define OBSD_LINUX_SIGINFO  41
#define OBSD_LINUX_SIGTHR   42

/* Indexed by signal number; 0 = no counterpart. */
extern const uint8_t obsd_signal_to_linux_tab[OBSD_NSIG + 1];
extern const uint8_t linux_signal_to_obsd_tab[LX_NSIG + 1];

/* 0 for "no counterpart" and for out-of-range numbers (0 maps to 0). */
int obsd_signal_to_linux(int obsd_sig);
int linux_signal_to_obsd(int linux_sig);
/* "SIGURG", ...; NULL for numbers OpenBSD does not name. */
const char *obsd_signal_name(int obsd_sig);

/* Bit by bit; bits without a counterpart are dropped.  The Linux set is
 * the 64-bit kernel sigset. */
uint64_t obsd_sigset_to_linux(uint32_t set);
uint32_t linux_sigset_to_obsd(uint64_t linux_set);

#endif
