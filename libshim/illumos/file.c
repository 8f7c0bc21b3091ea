/* illumos descriptor calls with no shared handler, or with illumos's
 * AT_FDCWD (0xffd19553, where Linux and the BSDs say -100) to convert
 * before the shared *at handler runs: pipe, getcwd, ioctl, sendfile. */
#define _GNU_SOURCE
#include "libshim/illumos/ilm.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>

/* The shared *at handlers (syscall-xlate/common/file_at.c, stat.c,
 * utimes.c) these wrap: exported by no row of ours, so declared here. */
long dz_openat(struct dz_call *c);
long dz_fstatat(struct dz_call *c);
long dz_unlinkat(struct dz_call *c);
long dz_utimensat(struct dz_call *c);

void ilm_atfd_in(struct dz_call *c, int i)
{
    if ((int32_t)c->a[i] == ILM_AT_FDCWD)
        c->a[i] = (uint64_t)(int64_t)AT_FDCWD;
}

/* openat(int fd, const char *path, int oflag, mode_t mode) */
long ilm_openat(struct dz_call *c) { ilm_atfd_in(c, 0); return dz_openat(c); }
/* fstatat(int fd, const char *path, struct stat *buf, int flag) */
long ilm_fstatat(struct dz_call *c) { ilm_atfd_in(c, 0); return dz_fstatat(c); }
/* unlinkat(int fd, const char *path, int flag) */
long ilm_unlinkat(struct dz_call *c) { ilm_atfd_in(c, 0); return dz_unlinkat(c); }
/* utimensat(int fd, const char *path, const timespec_t times[2], int flag) */
long ilm_utimensat(struct dz_call *c) { ilm_atfd_in(c, 0); return dz_utimensat(c); }

/* pipe(int fildes[2]) */
long ilm_pipe(struct dz_call *c) { return dz_pipe_to_guest(A(0), 0); }

/* char *getcwd(char *buf, size_t size): buf, or NULL + errno. */
long ilm_getcwd(struct dz_call *c)
{
    if (!A(0))
        return -EINVAL;
    long r = dz_sys(SYS_getcwd, A(0), A(1));
    return r < 0 ? r : (long)A(0);
}

/* Requests whose argument has the same meaning and layout on Linux
 * (sys/termios.h, sys/filio.h). */
static const struct { unsigned long ilm, host; } same_arg[] = {
    { ILM_TIOCGWINSZ, TIOCGWINSZ }, { ILM_TIOCSWINSZ, TIOCSWINSZ },
    { ILM_TIOCGPGRP, TIOCGPGRP },   { ILM_TIOCSPGRP, TIOCSPGRP },
    { ILM_FIOCLEX, FIOCLEX },       { ILM_FIONCLEX, FIONCLEX },
    { ILM_FIONREAD, FIONREAD },     { ILM_FIONBIO, FIONBIO },
};

/* ioctl(int fd, int request, ...) */
long ilm_ioctl(struct dz_call *c)
{
    unsigned long req = (uint32_t)A(1);
    for (size_t i = 0; i < sizeof same_arg / sizeof same_arg[0]; i++)
        if (same_arg[i].ilm == req)
            return dz_sys(SYS_ioctl, AI(0), same_arg[i].host, A(2));
    if (req == ILM_TCGETS || req == ILM_TCGETA) {
        /* Enough for isatty() and terminal detection: the call succeeds
         * exactly when fd is a terminal.  The flag words are not
         * translated (see the export's note); c_cc moves up one byte
         * (illumos's struct termios has no c_line). */
        struct termios lt;
        long r = dz_sys(SYS_ioctl, AI(0), TCGETS, &lt);
        if (r < 0)
            return r;
        struct { uint32_t iflag, oflag, cflag, lflag; uint8_t cc[19], pad; } it;
        memset(&it, 0, sizeof it);
        it.iflag = lt.c_iflag;
        it.oflag = lt.c_oflag;
        it.cflag = lt.c_cflag;
        it.lflag = lt.c_lflag;
        memcpy(it.cc, lt.c_cc, sizeof it.cc);
        return dz_copy_out(A(2), &it, req == ILM_TCGETS ? 36 : 18) ? -EFAULT : 0;
    }
    return -ENOTTY;
}

/* ssize_t sendfile(int out_fd, int in_fd, off_t *off, size_t len)
 * (libsendfile): Linux's argument order and meaning; *off is advanced. */
long ilm_sendfile(struct dz_call *c)
{
    return dz_lib_bsys(SYS_sendfile, AI(0), AI(1), (long)A(2), (long)A(3), 0, 0);
}
