/* ioctl shared by the BSDs: the terminal and descriptor requests real
 * programs make.  Request codes differ entirely from Linux's (BSD encodes
 * size and direction), but these are the same numbers on FreeBSD and
 * NetBSD (sys/sys/ttycom.h, sys/sys/filio.h of both), and so is the
 * 44-byte struct termios. */
#define _GNU_SOURCE
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/sys.h"
#include "syscall-xlate/engine/uaccess.h"
#include <stdint.h>
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>

#define BSD_TIOCGETA   0x402c7413UL
#define BSD_TIOCGWINSZ 0x40087468UL
#define BSD_TIOCSWINSZ 0x80087467UL
#define BSD_TIOCGPGRP  0x40047477UL
#define BSD_TIOCSPGRP  0x80047476UL
#define BSD_TIOCSCTTY  0x20007461UL
#define BSD_TIOCNOTTY  0x20007471UL
#define BSD_FIOCLEX    0x20006601UL
#define BSD_FIONCLEX   0x20006602UL
#define BSD_FIONREAD   0x4004667fUL
#define BSD_FIONBIO    0x8004667eUL
#define BSD_FIOASYNC   0x8004667dUL

/* Requests whose argument has the same meaning and layout on Linux. */
static const struct { unsigned long bsd, host; } same_arg[] = {
    { BSD_TIOCGWINSZ, TIOCGWINSZ }, { BSD_TIOCSWINSZ, TIOCSWINSZ },
    { BSD_TIOCGPGRP, TIOCGPGRP },   { BSD_TIOCSPGRP, TIOCSPGRP },
    { BSD_TIOCSCTTY, TIOCSCTTY },   { BSD_TIOCNOTTY, TIOCNOTTY },
    { BSD_FIOCLEX, FIOCLEX },       { BSD_FIONCLEX, FIONCLEX },
    { BSD_FIONREAD, FIONREAD },     { BSD_FIONBIO, FIONBIO },
    { BSD_FIOASYNC, FIOASYNC },
};

/* BSD struct termios: 4 flag words, c_cc[20], ispeed, ospeed (44 bytes). */
struct bsd_termios {
    uint32_t c_iflag, c_oflag, c_cflag, c_lflag;
    uint8_t c_cc[20];
    uint32_t c_ispeed, c_ospeed;
};

/* ioctl(int fd, u_long com, ... void *data) */
long dz_ioctl(struct dz_call *c)
{
    unsigned long req = (uint32_t)A(1);
    for (size_t i = 0; i < sizeof same_arg / sizeof same_arg[0]; i++)
        if (same_arg[i].bsd == req)
            return dz_sys(SYS_ioctl, AI(0), same_arg[i].host, A(2));
    if (req == BSD_TIOCGETA) {
        /* Enough for isatty() and terminal detection: the call succeeds
         * exactly when fd is a terminal.  Flag words are not translated
         * (see the master table note). */
        struct termios lt;
        long r = dz_sys(SYS_ioctl, AI(0), TCGETS, &lt);
        if (r < 0)
            return r;
        struct bsd_termios bt;
        memset(&bt, 0, sizeof bt);
        bt.c_ispeed = bt.c_ospeed = 38400;
        return dz_copy_out(A(2), &bt, sizeof bt) ? -EFAULT : 0;
    }
    return -ENOTTY;
}
