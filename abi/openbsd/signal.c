/* OpenBSD <-> Linux signal numbers (OpenBSD sys/sys/signal.h; Linux from
 * musl's <signal.h>).  One list feeds all four tables: both directions,
 * the names, and the obsd_sigs value table for the tracer. */
#include "abi/openbsd/signal.h"
#include "abi/openbsd/flags.h"
#include <signal.h>

_Static_assert(LX_NSIG == _NSIG - 1, "Linux signal count");

/* Standard signals present on both sides under the same name. */
#define DZ_OBSD_SIG_BOTH(X)                                                     \
    X(HUP) X(INT) X(QUIT) X(ILL) X(TRAP) X(ABRT) X(FPE) X(KILL) X(BUS) X(SEGV)  \
    X(SYS) X(PIPE) X(ALRM) X(TERM) X(URG) X(STOP) X(TSTP) X(CONT) X(CHLD)       \
    X(TTIN) X(TTOU) X(IO) X(XCPU) X(XFSZ) X(VTALRM) X(PROF) X(WINCH) X(USR1)    \
    X(USR2)

/* OpenBSD-only signals and the Linux real-time signal that carries each. */
#define DZ_OBSD_SIG_CARRIED(X)                                                  \
    X(EMT, OBSD_LINUX_SIGEMT) X(INFO, OBSD_LINUX_SIGINFO) X(THR, OBSD_LINUX_SIGTHR)

const uint8_t obsd_signal_to_linux_tab[OBSD_NSIG + 1] = {
#define B(n) [OBSD_SIG##n] = SIG##n,
#define C(n, l) [OBSD_SIG##n] = l,
    DZ_OBSD_SIG_BOTH(B) DZ_OBSD_SIG_CARRIED(C)
#undef B
#undef C
};

const uint8_t linux_signal_to_obsd_tab[LX_NSIG + 1] = {
#define B(n) [SIG##n] = OBSD_SIG##n,
#define C(n, l) [l] = OBSD_SIG##n,
    DZ_OBSD_SIG_BOTH(B) DZ_OBSD_SIG_CARRIED(C)
#undef B
#undef C
};

static const char *const obsd_signal_names[OBSD_NSIG + 1] = {
#define B(n) [OBSD_SIG##n] = "SIG" #n,
#define C(n, l) [OBSD_SIG##n] = "SIG" #n,
    DZ_OBSD_SIG_BOTH(B) DZ_OBSD_SIG_CARRIED(C)
#undef B
#undef C
};

static const struct dz_val obsd_sig_vals[] = {
#define B(n) { OBSD_SIG##n, SIG##n, "SIG" #n },
#define C(n, l) { OBSD_SIG##n, l, "SIG" #n },
    DZ_OBSD_SIG_BOTH(B) DZ_OBSD_SIG_CARRIED(C)
#undef B
#undef C
};
const struct dz_valtab obsd_sigs = DZ_VALTAB(obsd_sig_vals);

int obsd_signal_to_linux(int sig)
{
    return sig >= 0 && sig <= OBSD_NSIG ? obsd_signal_to_linux_tab[sig] : 0;
}

int linux_signal_to_obsd(int sig)
{
    return sig >= 0 && sig <= LX_NSIG ? linux_signal_to_obsd_tab[sig] : 0;
}

const char *obsd_signal_name(int sig)
{
    return sig > 0 && sig <= OBSD_NSIG ? obsd_signal_names[sig] : NULL;
}

uint64_t obsd_sigset_to_linux(uint32_t set)
{
    uint64_t out = 0;
    for (; set; set &= set - 1) {
        int l = obsd_signal_to_linux_tab[__builtin_ctz(set) + 1];
        if (l)
            out |= 1ULL << (l - 1);
    }
    return out;
}

uint32_t linux_sigset_to_obsd(uint64_t set)
{
    uint32_t out = 0;
    for (; set; set &= set - 1) {
        int o = linux_signal_to_obsd_tab[__builtin_ctzll(set) + 1];
        if (o)
            out |= 1U << (o - 1);
    }
    return out;
}
