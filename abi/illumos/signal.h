/* illumos <-> Linux signal numbers and sets (illumos sys/iso/signal_iso.h,
 * sys/signal.h; Linux from musl's <signal.h>).
 *
 * Standard signals map by name (SIGPWR too: 19 here, 30 on Linux).
 * SIGEMT 7 and SIGINFO 41 ride on the Linux real-time signals the BSD
 * personalities use as carriers (40, 41).  Real-time signals 42..64 keep
 * their numbers on both sides (glibc reserves only 32 and 33); illumos
 * 65..73 and the libc-private signals (SIGWAITING, SIGLWP, SIGFREEZE,
 * SIGTHAW, SIGCANCEL, SIGLOST, SIGXRES, SIGJVM1/2) have no Linux
 * counterpart: they map to 0.  sigset_t is 4 x u32, signal n in bit n-1. */
#ifndef DZ_ABI_ILLUMOS_SIGNAL_H
#define DZ_ABI_ILLUMOS_SIGNAL_H
#include <stdint.h>
#include "abi/linux/types.h"
#include "abi/illumos/consts.h"

#define ILM_LINUX_SIGEMT   40
#define ILM_LINUX_SIGINFO  41
#define ILM_RT_SHARED_LO   42     /* 42..64: the same number on both */
#define ILM_RT_SHARED_HI   64

extern const uint8_t ilm_signal_to_linux_tab[ILM_NSIG];
extern const uint8_t linux_signal_to_ilm_tab[LX_NSIG + 1];

int ilm_signal_to_linux(int ilm_sig);
int linux_signal_to_ilm(int linux_sig);
const char *ilm_signal_name(int ilm_sig);

#endif
