/* NetBSD <-> Linux signal numbers (NetBSD sys/sys/signal.h; Linux from
 * musl's <signal.h>).  One list below feeds all four tables: both
 * directions, the names, and the nbsd_sigs value table for the tracer. */
#include "abi/netbsd/signal.h"
#include "abi/netbsd/flags.h"
#include <signal.h>

_Static_assert(LX_NSIG == _NSIG - 1, "Linux signal count");
_Static_assert(NBSD_LINUX_SIGRT0 + NBSD_LINUX_NRT - 1 == 63,
               "carried real-time signals end at Linux 63 (64 stays free)");

/* Standard signals present on both sides under the same name. */
#define DZ_NSIG_BOTH(X)                                                         \
    X(HUP) X(INT) X(QUIT) X(ILL) X(TRAP) X(ABRT) X(FPE) X(KILL) X(BUS) X(SEGV)  \
    X(SYS) X(PIPE) X(ALRM) X(TERM) X(URG) X(STOP) X(TSTP) X(CONT) X(CHLD)       \
    X(TTIN) X(TTOU) X(IO) X(XCPU) X(XFSZ) X(VTALRM) X(PROF) X(WINCH) X(USR1)    \
    X(USR2) X(PWR)

/* NetBSD-only signals and the Linux real-time signal that carries each. */
#define DZ_NSIG_CARRIED(X) X(EMT, NBSD_LINUX_SIGEMT) X(INFO, NBSD_LINUX_SIGINFO)

/* NetBSD SIGRTMIN + i, i = 1..21 (i = 0 is spelled SIGRTMIN). */
#define DZ_NSIG_RT(X)                                                           \
    X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14)  \
    X(15) X(16) X(17) X(18) X(19) X(20) X(21)
_Static_assert(NBSD_LINUX_NRT == 22, "DZ_NSIG_RT lists SIGRTMIN+1..+21");

const uint8_t nbsd_signal_to_linux_tab[NBSD_NSIG + 1] = {
#define B(n) [NBSD_SIG##n] = SIG##n,
#define C(n, l) [NBSD_SIG##n] = l,
#define R(i) [NBSD_SIGRTMIN + i] = NBSD_LINUX_SIGRT0 + i,
    DZ_NSIG_BOTH(B) DZ_NSIG_CARRIED(C) R(0) DZ_NSIG_RT(R)
#undef B
#undef C
#undef R
};

const uint8_t linux_signal_to_nbsd_tab[LX_NSIG + 1] = {
#define B(n) [SIG##n] = NBSD_SIG##n,
#define C(n, l) [l] = NBSD_SIG##n,
#define R(i) [NBSD_LINUX_SIGRT0 + i] = NBSD_SIGRTMIN + i,
    DZ_NSIG_BOTH(B) DZ_NSIG_CARRIED(C) R(0) DZ_NSIG_RT(R)
#undef B
#undef C
#undef R
};

static const char *const nbsd_signal_names[NBSD_NSIG + 1] = {
#define B(n) [NBSD_SIG##n] = "SIG" #n,
#define C(n, l) [NBSD_SIG##n] = "SIG" #n,
#define R(i) [NBSD_SIGRTMIN + i] = "SIGRTMIN+" #i,
    DZ_NSIG_BOTH(B) DZ_NSIG_CARRIED(C) DZ_NSIG_RT(R)
    [NBSD_SIGRTMIN] = "SIGRTMIN",
    [NBSD_SIGRTMAX] = "SIGRTMAX",
#undef B
#undef C
#undef R
};

static const struct dz_val nbsd_sig_vals[] = {
#define B(n) { NBSD_SIG##n, SIG##n, "SIG" #n },
#define C(n, l) { NBSD_SIG##n, l, "SIG" #n },
#define R(i) { NBSD_SIGRTMIN + i, NBSD_LINUX_SIGRT0 + i, "SIGRTMIN+" #i },
    DZ_NSIG_BOTH(B) DZ_NSIG_CARRIED(C)
    { NBSD_SIGRTMIN, NBSD_LINUX_SIGRT0, "SIGRTMIN" },
    DZ_NSIG_RT(R)
#undef B
#undef C
#undef R
};
const struct dz_valtab nbsd_sigs = DZ_VALTAB(nbsd_sig_vals);

int nbsd_signal_to_linux(int sig)
{
    return sig >= 0 && sig <= NBSD_NSIG ? nbsd_signal_to_linux_tab[sig] : 0;
}

int linux_signal_to_nbsd(int sig)
{
    return sig >= 0 && sig <= LX_NSIG ? linux_signal_to_nbsd_tab[sig] : 0;
}

const char *nbsd_signal_name(int sig)
{
    return sig > 0 && sig <= NBSD_NSIG ? nbsd_signal_names[sig] : NULL;
}
