/* OpenBSD descriptor calls with no shared BSD handler: pipe, getdents, getcwd and
 * the ioctl requests real programs make (request codes encode size and
 * direction the BSD way). */
#define _GNU_SOURCE
#include "libshim/openbsd/obsd.h"
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>

/* pipe(int fildes[2]) */
long obsd_pipe(struct dz_call *c) { return dz_pipe_to_guest(A(0), 0); }

/* int getdents(int fd, void *buf, size_t nbytes): OpenBSD answers EINVAL
 * for a descriptor that is not a directory (sys_getdents), Linux ENOTDIR. */
long obsd_getdents(struct dz_call *c)
{
    long r = dz_bsd_read_dirents(c, (int)A(0), A(1), (size_t)A(2), NULL);
    return r == -ENOTDIR ? -EINVAL : r;
}

/* char *getcwd(char *buf, size_t size): buf, or NULL + errno.  (OpenBSD
 * allocates when buf is NULL; no Go program asks for that.) */
long obsd_getcwd(struct dz_call *c)
{
    if (!A(0))
        return -EINVAL;
    long r = dz_sys(SYS_getcwd, A(0), A(1));
    return r < 0 ? r : (long)A(0);
}

/* Requests whose argument has the same meaning and layout on Linux. */
static const struct { unsigned long obsd, host; } same_arg[] = {
    { OBSD_TIOCGWINSZ, TIOCGWINSZ }, { OBSD_TIOCSWINSZ, TIOCSWINSZ },
    { OBSD_TIOCGPGRP, TIOCGPGRP },   { OBSD_TIOCSPGRP, TIOCSPGRP },
    { OBSD_TIOCSCTTY, TIOCSCTTY },   { OBSD_TIOCNOTTY, TIOCNOTTY },
    { OBSD_TIOCEXCL, TIOCEXCL },     { OBSD_TIOCNXCL, TIOCNXCL },
    { OBSD_TIOCOUTQ, TIOCOUTQ },
    { OBSD_FIOCLEX, FIOCLEX },       { OBSD_FIONCLEX, FIONCLEX },
    { OBSD_FIONREAD, FIONREAD },     { OBSD_FIONBIO, FIONBIO },
    { OBSD_FIOASYNC, FIOASYNC },
};

/* ioctl(int fd, unsigned long request, ...) */
long obsd_ioctl(struct dz_call *c)
{
    unsigned long req = (uint32_t)A(1);
    for (size_t i = 0; i < sizeof same_arg / sizeof same_arg[0]; i++)
        if (same_arg[i].obsd == req)
            return dz_sys(SYS_ioctl, AI(0), same_arg[i].host, A(2));
    if (req == OBSD_TIOCGETA) {
        /* Enough for isatty() and terminal detection: the call succeeds
         * exactly when fd is a terminal.  The flag words are not
         * translated (see the export's note). */
        struct termios lt;
        long r = dz_sys(SYS_ioctl, AI(0), TCGETS, &lt);
        if (r < 0)
            return r;
        struct obsd_termios ot;
        memset(&ot, 0, sizeof ot);
        ot.c_ispeed = ot.c_ospeed = 38400;
        return dz_copy_out(A(2), &ot, sizeof ot) ? -EFAULT : 0;
    }
    return -ENOTTY;
}
