/* OpenBSD process calls with no shared BSD handler: waitpid, ptrace,
 * randomness (getentropy, arc4random), and libc's syscall(2) indirection,
 * which go1.19's syscall package still uses for a few calls. */
#define _GNU_SOURCE
#include "libshim/openbsd/obsd.h"
#include <errno.h>
#include <string.h>

/* pid_t waitpid(pid_t pid, int *status, int options) = wait4 without rusage */
long obsd_waitpid(struct dz_call *c)
{
    c->a[3] = 0;
    return dz_wait4(c);
}

/* ptrace(int req, pid_t pid, caddr_t addr, int data): Go's os/exec asks
 * only when SysProcAttr.Ptrace is set. */
long obsd_ptrace(struct dz_call *c)
{
    return -EPERM;
}

/* getentropy(void *buf, size_t buflen): at most 256 bytes, all or nothing */
long obsd_getentropy(struct dz_call *c)
{
    if (A(1) > 256)
        return -EIO;
    unsigned char b[256];
    for (size_t got = 0; got < A(1);) {
        long r = dz_sys(SYS_getrandom, b + got, A(1) - got, 0);
        if (r < 0 && r != -EINTR)
            return r;
        if (r > 0)
            got += (size_t)r;
    }
    return dz_copy_out(A(0), b, A(1)) ? -EFAULT : 0;
}

/* void arc4random_buf(void *buf, size_t nbytes): cannot fail */
long obsd_arc4random_buf(struct dz_call *c)
{
    /* libc fills the caller's buffer itself: a bad one faults */
    long w = dz_lib_writable(A(0), A(1));
    if (w)
        return w;
    unsigned char b[256];
    for (size_t done = 0; done < A(1);) {
        size_t n = A(1) - done < sizeof b ? A(1) - done : sizeof b;
        long r = dz_sys(SYS_getrandom, b, n, 0);
        if (r <= 0)
            continue;
        w = dz_lib_store(A(0) + done, b, (size_t)r);
        if (w)
            return w;   /* unmapped meanwhile */
        done += (size_t)r;
    }
    return 0;
}

/* uint32_t arc4random(void) */
long obsd_arc4random(struct dz_call *c)
{
    uint32_t v = 0;
    while (dz_sys(SYS_getrandom, &v, sizeof v, 0) != sizeof v)
        ;
    return v;
}

/* Syscall names whose libc function has another name. */
static const struct { const char *sys, *lib; } renamed[] = {
    { "__getcwd", "getcwd" }, { "__sysctl", "sysctl" },
};

/* int syscall(int number, ...): the indirection libc kept until 7.5.  A
 * number whose system call is also one of our exports runs that export's
 * handler (same arguments, same result convention); any other is reported
 * once and fails with ENOSYS, as a raw system call would. */
long obsd_syscall(struct dz_call *c)
{
    long nr = (long)A(0);
    const char *name = nr >= 0 && nr < obsd_NSYSENT ? obsd_sysent[nr].name : NULL;
    for (size_t i = 0; name && i < sizeof renamed / sizeof renamed[0]; i++)
        if (strcmp(name, renamed[i].sys) == 0)
            name = renamed[i].lib;
    const struct dz_export *x = name ? dz_lib_find(&obsd_lib, name) : NULL;
    /* int results (and exit, which does not return; and getcwd, whose
     * system call __getcwd answers 0 where the function answers buf) */
    if (!x || !x->ent.fn || (x->conv != DZ_LIB_INT && x->conv != DZ_LIB_NORETURN && x->conv != DZ_LIB_PTR)) {
        dz_report_unimplemented(c->t->pers, nr, name);
        return -ENOSYS;
    }
    struct dz_call sub = *c;
    memmove(sub.a, c->a + 1, sizeof sub.a - sizeof sub.a[0]);
    sub.ent = &x->ent;
    long r = x->ent.fn(&sub);
    c->rv2 = sub.rv2;
    return x->conv == DZ_LIB_PTR && r >= 0 ? 0 : r;
}
