/* FreeBSD <-> Linux signal numbers (FreeBSD sys/sys/signal.h, 13.2; Linux
 * from musl's <signal.h>).  One list below feeds all four tables: both
 * directions, the names, and the fbsd_sigs value table for the tracer. */
#include "abi/freebsd/signal.h"
#include "abi/freebsd/flags.h"
#include <signal.h>

_Static_assert(LX_NSIG == _NSIG - 1, "Linux signal count");
_Static_assert(FBSD_LINUX_SIGRT0 + FBSD_LINUX_NRT - 1 == 63,
               "carried real-time signals end at Linux 63 (64 stays free)");

/* Standard signals present on both sides under the same name. */
#define DZ_SIG_BOTH(X)                                                          \
    X(HUP) X(INT) X(QUIT) X(ILL) X(TRAP) X(ABRT) X(FPE) X(KILL) X(BUS) X(SEGV)  \
    X(SYS) X(PIPE) X(ALRM) X(TERM) X(URG) X(STOP) X(TSTP) X(CONT) X(CHLD)       \
    X(TTIN) X(TTOU) X(IO) X(XCPU) X(XFSZ) X(VTALRM) X(PROF) X(WINCH) X(USR1)    \
    X(USR2)

/* FreeBSD-only signals and the Linux real-time signal that carries each. */
#define DZ_SIG_CARRIED(X)                                                       \
    X(EMT, FBSD_LINUX_SIGEMT) X(INFO, FBSD_LINUX_SIGINFO)                       \
    X(THR, FBSD_LINUX_SIGTHR) X(LIBRT, FBSD_LINUX_SIGLIBRT)

/* FreeBSD SIGRTMIN + i, i = 1..19 (i = 0 is spelled SIGRTMIN). */
#define DZ_SIG_RT(X)                                                            \
    X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14)  \
    X(15) X(16) X(17) X(18) X(19)
_Static_assert(FBSD_LINUX_NRT == 20, "DZ_SIG_RT lists SIGRTMIN+1..+19");

const uint8_t fbsd_signal_to_linux_tab[FBSD_NSIG + 1] = {
#define B(n) [FBSD_SIG##n] = SIG##n,
#define C(n, l) [FBSD_SIG##n] = l,
#define R(i) [FBSD_SIGRTMIN + i] = FBSD_LINUX_SIGRT0 + i,
    DZ_SIG_BOTH(B) DZ_SIG_CARRIED(C) R(0) DZ_SIG_RT(R)
#undef B
#undef C
#undef R
};

const uint8_t linux_signal_to_fbsd_tab[LX_NSIG + 1] = {
#define B(n) [SIG##n] = FBSD_SIG##n,
#define C(n, l) [l] = FBSD_SIG##n,
#define R(i) [FBSD_LINUX_SIGRT0 + i] = FBSD_SIGRTMIN + i,
    DZ_SIG_BOTH(B) DZ_SIG_CARRIED(C) R(0) DZ_SIG_RT(R)
#undef B
#undef C
#undef R
};

static const char *const fbsd_signal_names[FBSD_NSIG + 1] = {
#define B(n) [FBSD_SIG##n] = "SIG" #n,
#define C(n, l) [FBSD_SIG##n] = "SIG" #n,
#define R(i) [FBSD_SIGRTMIN + i] = "SIGRTMIN+" #i,
    DZ_SIG_BOTH(B) DZ_SIG_CARRIED(C) DZ_SIG_RT(R)
    [FBSD_SIGRTMIN] = "SIGRTMIN",
    [FBSD_SIGRTMAX] = "SIGRTMAX",
#undef B
#undef C
#undef R
};

static const struct dz_val fbsd_sig_vals[] = {
#define B(n) { FBSD_SIG##n, SIG##n, "SIG" #n },
#define C(n, l) { FBSD_SIG##n, l, "SIG" #n },
#define R(i) { FBSD_SIGRTMIN + i, FBSD_LINUX_SIGRT0 + i, "SIGRTMIN+" #i },
    DZ_SIG_BOTH(B) DZ_SIG_CARRIED(C)
    { FBSD_SIGRTMIN, FBSD_LINUX_SIGRT0, "SIGRTMIN" },
    DZ_SIG_RT(R)
#undef B
#undef C
#undef R
};
const struct dz_valtab fbsd_sigs = DZ_VALTAB(fbsd_sig_vals);

int fbsd_signal_to_linux(int sig)
{
    return sig >= 0 && sig <= FBSD_NSIG ? fbsd_signal_to_linux_tab[sig] : 0;
}

int linux_signal_to_fbsd(int sig)
{
    return sig >= 0 && sig <= LX_NSIG ? linux_signal_to_fbsd_tab[sig] : 0;
}

const char *fbsd_signal_name(int sig)
{
    return sig > 0 && sig <= FBSD_NSIG ? fbsd_signal_names[sig] : NULL;
}

uint64_t fbsd_sigset_to_linux(const struct fbsd_sigset *s)
{
    uint64_t out = 0;
    for (int w = 0; w < 4; w++)
        for (uint32_t bits = s->bits[w]; bits; bits &= bits - 1) {
            int l = fbsd_signal_to_linux_tab[w * 32 + __builtin_ctz(bits) + 1];
            if (l)
                out |= 1ULL << (l - 1);
        }
    return out;
}

void linux_sigset_to_fbsd(struct fbsd_sigset *dst, uint64_t set)
{
    *dst = (struct fbsd_sigset){ { 0 } };
    for (; set; set &= set - 1) {
        int f = linux_signal_to_fbsd_tab[__builtin_ctzll(set) + 1];
        if (f)
            dst->bits[(f - 1) / 32] |= 1U << ((f - 1) % 32);
    }
}
