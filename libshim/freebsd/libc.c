/* The rest of libc.so.7 a Rust program imports: the allocator (the
 * host's: the program's memory is ours to hand out), the environment,
 * sysconf, the stat family, paths, randomness, messages, signals the
 * simple way (signal, sigsetops), abort, waitpid/execvp, the unwinder's
 * stubs.  System calls go to the FreeBSD personality's handlers. */
#define _GNU_SOURCE
#include "libshim/freebsd/fbl.h"
#include "abi/freebsd/strerror.h"
#include "abi/freebsd/signal.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define FBSD_PATH_MAX 1024

long fbl_zero(struct dz_call *c) { return 0; }
long fbl_nop(struct dz_call *c) { return 0; }
long fbl_enosys(struct dz_call *c) { return -ENOSYS; }

/* ---- memory ---- */
long fbl_malloc(struct dz_call *c)
{
    void *p = malloc(A(0) ? A(0) : 1);
    return p ? (long)p : -ENOMEM;
}

long fbl_calloc(struct dz_call *c)
{
    void *p = calloc(A(0) ? A(0) : 1, A(1) ? A(1) : 1);
    return p ? (long)p : -ENOMEM;
}

long fbl_realloc(struct dz_call *c)
{
    void *p = realloc((void *)A(0), A(1) ? A(1) : 1);
    return p ? (long)p : -ENOMEM;
}

long fbl_free(struct dz_call *c)
{
    free((void *)A(0));
    return 0;
}

long fbl_posix_memalign(struct dz_call *c)
{
    void *p;
    int e = posix_memalign(&p, A(1), A(2) ? A(2) : 1);
    if (e)
        return -e;
    return dz_copy_out(A(0), &p, sizeof p) ? -EFAULT : 0;
}

/* ---- the environment: the program's environ (start.c) ---- */
long fbl_getenv(struct dz_call *c)
{
    const char *name = (const char *)A(0);
    uint64_t at = fbl_environ();
    if (!name || !at)
        return 0;
    size_t n = strlen(name);
    for (char **e = *(char ***)at; e && *e; e++)
        if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
            return (long)(*e + n + 1);
    return 0;
}

/* sysconf names of sys/sys/unistd.h (FreeBSD's numbering). */
enum {
    FBSD_SC_ARG_MAX = 1, FBSD_SC_CHILD_MAX = 2, FBSD_SC_CLK_TCK = 3, FBSD_SC_NGROUPS_MAX = 4,
    FBSD_SC_OPEN_MAX = 5, FBSD_SC_PAGESIZE = 47, FBSD_SC_NPROCESSORS_CONF = 57,
    FBSD_SC_NPROCESSORS_ONLN = 58,
};

long fbl_sysconf(struct dz_call *c)
{
    switch (AI(0)) {
    case FBSD_SC_ARG_MAX: return 524288;
    case FBSD_SC_CHILD_MAX: return sysconf(_SC_CHILD_MAX);
    case FBSD_SC_CLK_TCK: return 128;   /* FreeBSD's CLK_TCK */
    case FBSD_SC_NGROUPS_MAX: return 1023;
    case FBSD_SC_OPEN_MAX: return sysconf(_SC_OPEN_MAX);
    case FBSD_SC_PAGESIZE: return 4096;
    case FBSD_SC_NPROCESSORS_CONF: return sysconf(_SC_NPROCESSORS_CONF);
    case FBSD_SC_NPROCESSORS_ONLN: return sysconf(_SC_NPROCESSORS_ONLN);
    default: return -EINVAL;
    }
}

/* ---- files ---- */
long fbl_isatty(struct dz_call *c)
{
    struct { uint32_t w[15]; } tio;
    long r = dz_sys(SYS_ioctl, AI(0), 0x5401 /* TCGETS */, &tio);
    if (r == 0)
        return 1;
    *fbl_lib.errno_loc(c->t) = r == -EBADF ? FBSD_EBADF : FBSD_ENOTTY;
    return 0;
}

long fbl_stat(struct dz_call *c)
{
    return fbl_call(c, dz_fstatat, (uint64_t)FBSD_AT_FDCWD, A(0), A(1), 0, 0, 0);
}

long fbl_lstat(struct dz_call *c)
{
    return fbl_call(c, dz_fstatat, (uint64_t)FBSD_AT_FDCWD, A(0), A(1), FBSD_AT_SYMLINK_NOFOLLOW, 0, 0);
}

/* getcwd(buf, size): with buf NULL, a buffer of ours (size, or PATH_MAX). */
long fbl_getcwd(struct dz_call *c)
{
    uint64_t buf = A(0), size = A(1);
    if (!buf) {
        size = size ? size : FBSD_PATH_MAX;
        if (!(buf = (uint64_t)malloc(size)))
            return -ENOMEM;
    } else if (!size) {
        return -EINVAL;
    }
    long r = fbl_call(c, fbsd_getcwd, buf, size, 0, 0, 0, 0);
    if (r < 0) {
        if (!A(0))
            free((void *)buf);
        return r;
    }
    return (long)buf;
}

/* realpath(path, resolved): libc's __realpathat(AT_FDCWD, ...). */
long fbl_realpath(struct dz_call *c)
{
    uint64_t buf = A(1);
    if (!buf && !(buf = (uint64_t)malloc(FBSD_PATH_MAX)))
        return -ENOMEM;
    long r = fbl_call(c, fbsd_realpathat, (uint64_t)FBSD_AT_FDCWD, A(0), buf, FBSD_PATH_MAX, 0, 0);
    if (r < 0) {
        if (!A(1))
            free((void *)buf);
        return r;
    }
    return (long)buf;
}

/* ---- the system ---- */
/* sysctlbyname(name, old, oldlenp, new, newlen): the name's MIB through
 * sysctl.name2oid ({0, 3}), then the MIB itself. */
long fbl_sysctlbyname(struct dz_call *c)
{
    const char *name = (const char *)A(0);
    if (!name)
        return -EFAULT;
    int32_t q[2] = { 0, 3 }, mib[24];
    uint64_t len = sizeof mib;
    long r = fbl_call(c, fbsd___sysctl, (uint64_t)q, 2, (uint64_t)mib, (uint64_t)&len, A(0), strlen(name));
    if (r < 0)
        return r;
    return fbl_call(c, fbsd___sysctl, (uint64_t)mib, len / 4, A(1), A(2), A(3), A(4));
}

long fbl_arc4random_buf(struct dz_call *c)
{
    for (uint64_t done = 0; done < A(1);) {
        long n = dz_sys(SYS_getrandom, A(0) + done, A(1) - done, 0);
        if (n > 0)
            done += (uint64_t)n;
    }
    return 0;
}

/* strerror_r(errnum, buf, len): FreeBSD's text; ERANGE when cut. */
long fbl_strerror_r(struct dz_call *c)
{
    char tmp[64];
    const char *m = fbsd_strerror(AI(0));
    if (!m) {
        snprintf(tmp, sizeof tmp, "Unknown error: %d", AI(0));
        m = tmp;
    }
    size_t n = strlen(m), room = A(2);
    if (!room)
        return -ERANGE;
    size_t k = n < room - 1 ? n : room - 1;
    if (dz_copy_out(A(1), m, k) || dz_copy_out(A(1) + k, "", 1))
        return -EFAULT;
    if (!fbsd_strerror(AI(0)))
        return -EINVAL;
    return n >= room ? -ERANGE : 0;
}

/* ---- signals ---- */
/* signal(sig, handler): sigaction with SA_RESTART, as FreeBSD's libc
 * (its _sigintr set is empty until siginterrupt); the old handler. */
long fbl_signal(struct dz_call *c)
{
    struct fbsd_sigaction act = { .handler = A(1), .flags = FBSD_SA_RESTART }, old = { 0 };
    long r = fbl_call(c, dz_sigaction, A(0), (uint64_t)&act, (uint64_t)&old, 0, 0, 0);
    return r < 0 ? r : (long)old.handler;
}

/* sigaltstack(ss, oss): the shared virtual altstack, "on it" judged at
 * the caller's stack pointer (a library call has no trapped context). */
long fbl_sigaltstack(struct dz_call *c)
{
    return dz_bsd_sigaltstack(c, dz_lib_frame()->rsp);
}

long fbl_sigemptyset(struct dz_call *c)
{
    struct fbsd_sigset s = { { 0 } };
    return dz_copy_out(A(0), &s, sizeof s) ? -EFAULT : 0;
}

long fbl_sigaddset(struct dz_call *c)
{
    struct fbsd_sigset s;
    if (AI(1) <= 0 || AI(1) > FBSD_NSIG)
        return -EINVAL;
    if (dz_copy_in(&s, A(0), sizeof s))
        return -EFAULT;
    s.bits[(AI(1) - 1) / 32] |= 1u << ((AI(1) - 1) % 32);
    return dz_copy_out(A(0), &s, sizeof s) ? -EFAULT : 0;
}

long fbl_pause(struct dz_call *c)
{
    /* pause(2) always ends with EINTR, whatever SA_RESTART says. */
    return dz_sleep_result(dz_lib_bsys(SYS_pause, 0, 0, 0, 0, 0, 0));
}

/* abort(): the process dies of SIGABRT, whatever the guest's mask.  (A
 * guest SIGABRT handler is not run first: the program imports none.) */
long fbl_abort(struct dz_call *c)
{
    struct { uint64_t handler, flags, restorer, mask; } dfl = { 0 };   /* SIG_DFL */
    dz_sys(SYS_rt_sigaction, SIGABRT, &dfl, 0, 8);
    uint64_t unblock = 1ULL << (SIGABRT - 1);
    dz_sys(SYS_rt_sigprocmask, SIG_UNBLOCK, &unblock, 0, 8);
    dz_sys(SYS_tgkill, dz_sys(SYS_getpid), dz_sys(SYS_gettid), SIGABRT);
    dz_sys(SYS_exit_group, 128 + SIGABRT);
    return 0;
}

/* ---- processes ---- */
long fbl_waitpid(struct dz_call *c)
{
    return fbl_call(c, dz_wait4, A(0), A(1), A(2), 0, 0, 0);
}

/* execv(path, argv): execve with the program's environment. */
long fbl_execv(struct dz_call *c)
{
    uint64_t env = fbl_environ() ? *(uint64_t *)fbl_environ() : 0;
    return fbl_call(c, dz_execve, A(0), A(1), env, 0, 0, 0);
}

/* execvp(file, argv): a name without a slash is looked up in PATH. */
long fbl_execvp(struct dz_call *c)
{
    const char *file = (const char *)A(0);
    uint64_t env = fbl_environ() ? *(uint64_t *)fbl_environ() : 0;
    if (!file || !*file)
        return -ENOENT;
    if (strchr(file, '/'))
        return fbl_call(c, dz_execve, A(0), A(1), env, 0, 0, 0);
    struct dz_call q = { .a = { (uint64_t)"PATH" } };
    const char *path = (const char *)fbl_getenv(&q);
    if (!path)
        path = "/bin:/usr/bin";
    long r = -ENOENT;
    for (const char *p = path;; p++) {
        const char *end = strchrnul(p, ':');
        char full[FBSD_PATH_MAX];
        int n = snprintf(full, sizeof full, "%.*s%s%s", (int)(end - p), p, end > p ? "/" : "", file);
        if (n > 0 && (size_t)n < sizeof full) {
            long e = fbl_call(c, dz_execve, (uint64_t)full, A(1), env, 0, 0, 0);
            if (e != -ENOENT && e != -ENOTDIR)
                r = e;
        }
        if (!*end)
            break;
        p = end;
    }
    return r;
}
