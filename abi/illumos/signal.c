/* illumos <-> Linux signal numbers (see signal.h).  One list feeds the
 * tables: both directions, the names, and ilm_sigs for the tracer. */
#include "abi/illumos/signal.h"
#include "abi/illumos/flags.h"
#include <signal.h>

_Static_assert(LX_NSIG == _NSIG - 1, "Linux signal count");
_Static_assert(ILM_SIGRTMIN == ILM_RT_SHARED_LO, "illumos real-time signals start at 42");

#define DZ_ILM_SIG_BOTH(X)                                                      \
    X(HUP) X(INT) X(QUIT) X(ILL) X(TRAP) X(ABRT) X(FPE) X(KILL) X(BUS) X(SEGV)  \
    X(SYS) X(PIPE) X(ALRM) X(TERM) X(USR1) X(USR2) X(CHLD) X(PWR) X(WINCH)      \
    X(URG) X(IO) X(STOP) X(TSTP) X(CONT) X(TTIN) X(TTOU) X(VTALRM) X(PROF)      \
    X(XCPU) X(XFSZ)

#define DZ_ILM_SIG_CARRIED(X) X(EMT, ILM_LINUX_SIGEMT) X(INFO, ILM_LINUX_SIGINFO)

/* Known to illumos, nothing on Linux carries them (names for the tracer). */
#define DZ_ILM_SIG_ONLY(X)                                                      \
    X(WAITING) X(LWP) X(FREEZE) X(THAW) X(CANCEL) X(LOST) X(XRES) X(JVM1) X(JVM2)

const uint8_t ilm_signal_to_linux_tab[ILM_NSIG] = {
#define B(n) [ILM_SIG##n] = SIG##n,
#define C(n, l) [ILM_SIG##n] = l,
    DZ_ILM_SIG_BOTH(B) DZ_ILM_SIG_CARRIED(C)
#undef B
#undef C
};

const uint8_t linux_signal_to_ilm_tab[LX_NSIG + 1] = {
#define B(n) [SIG##n] = ILM_SIG##n,
#define C(n, l) [l] = ILM_SIG##n,
    DZ_ILM_SIG_BOTH(B) DZ_ILM_SIG_CARRIED(C)
#undef B
#undef C
};

static const char *const ilm_signal_names[ILM_NSIG] = {
#define B(n) [ILM_SIG##n] = "SIG" #n,
#define C(n, l) [ILM_SIG##n] = "SIG" #n,
    DZ_ILM_SIG_BOTH(B) DZ_ILM_SIG_CARRIED(C) DZ_ILM_SIG_ONLY(B)
#undef B
#undef C
};

static const struct dz_val ilm_sig_vals[] = {
#define B(n) { ILM_SIG##n, SIG##n, "SIG" #n },
#define C(n, l) { ILM_SIG##n, l, "SIG" #n },
    DZ_ILM_SIG_BOTH(B) DZ_ILM_SIG_CARRIED(C)
#undef B
#undef C
};
const struct dz_valtab ilm_sigs = DZ_VALTAB(ilm_sig_vals);

int ilm_signal_to_linux(int sig)
{
    if (sig >= ILM_RT_SHARED_LO && sig <= ILM_RT_SHARED_HI)
        return sig;
    return sig >= 0 && sig < ILM_NSIG ? ilm_signal_to_linux_tab[sig] : 0;
}

int linux_signal_to_ilm(int sig)
{
    if (sig >= ILM_RT_SHARED_LO && sig <= ILM_RT_SHARED_HI)
        return sig;
    return sig >= 0 && sig <= LX_NSIG ? linux_signal_to_ilm_tab[sig] : 0;
}

const char *ilm_signal_name(int sig)
{
    return sig > 0 && sig < ILM_NSIG ? ilm_signal_names[sig] : NULL;
}
