/* FreeBSD ioctl (54): the terminal and descriptor requests real programs
 * make.  Request codes differ entirely (BSD encodes size and direction). */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>

#define FBSD_TIOCGETA   0x402c7413UL
#define FBSD_TIOCGWINSZ 0x40087468UL
#define FBSD_TIOCSWINSZ 0x80087467UL
#define FBSD_TIOCGPGRP  0x40047477UL
#define FBSD_TIOCSPGRP  0x80047476UL
#define FBSD_TIOCSCTTY  0x20007461UL
#define FBSD_TIOCNOTTY  0x20007471UL
#define FBSD_FIOCLEX    0x20006601UL
#define FBSD_FIONCLEX   0x20006602UL
#define FBSD_FIONREAD   0x4004667fUL
#define FBSD_FIONBIO    0x8004667eUL
#define FBSD_FIOASYNC   0x8004667dUL

/* Requests whose argument has the same meaning and layout on Linux. */
static const struct { unsigned long fbsd, host; } same_arg[] = {
    { FBSD_TIOCGWINSZ, TIOCGWINSZ }, { FBSD_TIOCSWINSZ, TIOCSWINSZ },
    { FBSD_TIOCGPGRP, TIOCGPGRP },   { FBSD_TIOCSPGRP, TIOCSPGRP },
    { FBSD_TIOCSCTTY, TIOCSCTTY },   { FBSD_TIOCNOTTY, TIOCNOTTY },
    { FBSD_FIOCLEX, FIOCLEX },       { FBSD_FIONCLEX, FIONCLEX },
    { FBSD_FIONREAD, FIONREAD },     { FBSD_FIONBIO, FIONBIO },
    { FBSD_FIOASYNC, FIOASYNC },
};

/* FreeBSD struct termios: 4 flag words, c_cc[20], ispeed, ospeed (44 bytes). */
struct fbsd_termios {
    uint32_t c_iflag, c_oflag, c_cflag, c_lflag;
    uint8_t c_cc[20];
    uint32_t c_ispeed, c_ospeed;
};

long fbsd_ioctl(struct dz_call *c)
{
    unsigned long req = (uint32_t)A(1);
    for (size_t i = 0; i < sizeof same_arg / sizeof same_arg[0]; i++)
        if (same_arg[i].fbsd == req)
            return dz_sys(SYS_ioctl, AI(0), same_arg[i].host, A(2));
    if (req == FBSD_TIOCGETA) {
        /* Enough for isatty() and terminal detection: the call succeeds
         * exactly when fd is a terminal.  Flag words are not translated
         * (see the master table note). */
        struct termios lt;
        long r = dz_sys(SYS_ioctl, AI(0), TCGETS, &lt);
        if (r < 0)
            return r;
        struct fbsd_termios ft;
        memset(&ft, 0, sizeof ft);
        ft.c_ispeed = ft.c_ospeed = 38400;
        return dz_copy_out(A(2), &ft, sizeof ft) ? -EFAULT : 0;
    }
    return -ENOTTY;
}
