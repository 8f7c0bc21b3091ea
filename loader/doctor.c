/* `denizen doctor` (doctor.h): the host's facts, then one screen about them.
 * Only Syscall User Dispatch is a hard requirement; everything else changes
 * how fast denizen runs, not whether it does, and is reported as such. */
#define _GNU_SOURCE
#include "loader/doctor.h"
#include "loader/brand.h"
#include "loader/cli.h"
#include "syscall-xlate/engine/vdso.h"
#include "syscall-xlate/engine/fsgs.h"
#include "syscall-xlate/engine/personality.h"
#include "syscall-xlate/engine/rewrite.h"
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/prctl.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef PR_SET_SYSCALL_USER_DISPATCH
#define PR_SET_SYSCALL_USER_DISPATCH 59
#define PR_SYS_DISPATCH_OFF 0
#define PR_SYS_DISPATCH_ON 1
#endif

/* Arms SUD with every user address allowed (so nothing can trap) and
 * disarms it, in a child: whatever happens, this process stays as it was.
 * 0, or the errno that says why not, or minus the signal that killed it. */
static int sud_probe(void)
{
    pid_t pid = fork();
    if (pid < 0)
        return errno;
    if (pid == 0) {
        if (prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_ON, 0UL, 0x7fffffffffffUL, 0UL) != 0)
            _exit(errno);   /* every errno fits in a status */
        prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0UL, 0UL, 0UL);
        _exit(0);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR)
            return errno;
    /* Killed (a seccomp filter?): as good as absent, and said so. */
    return WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
}

static long read_long(const char *path)
{
    FILE *fp = fopen(path, "re");
    if (!fp)
        return -1;
    long v;
    int ok = fscanf(fp, "%ld", &v) == 1 && v >= 0;
    fclose(fp);
    return ok ? v : -1;
}

/* Whether the cache's files can be written: the directory itself, or the
 * nearest ancestor that exists, where the cache would make it. */
static int dir_writable(const char *dir)
{
    char p[sizeof ((struct dz_host_facts *)0)->cache_dir];
    snprintf(p, sizeof p, "%s", dir);
    for (;;) {
        if (access(p, F_OK) == 0)
            return access(p, W_OK | X_OK) == 0;
        char *slash = strrchr(p, '/');
        if (!slash || slash == p)
            return access("/", W_OK | X_OK) == 0;
        *slash = 0;
    }
}

void dz_host_facts_read(struct dz_host_facts *f)
{
    memset(f, 0, sizeof *f);
    struct utsname u;
    if (uname(&u) != 0 ||
        snprintf(f->kernel, sizeof f->kernel, "%s %s %s", u.sysname, u.release, u.version) < 0)
        snprintf(f->kernel, sizeof f->kernel, "unknown");
    f->sud_errno = sud_probe();
    f->sud = f->sud_errno == 0;
    f->hwcap2 = getauxval(AT_HWCAP2);
    f->fsgs_env = getenv("DENIZEN_FSGSBASE");
    f->mmap_min_addr = read_long("/proc/sys/vm/mmap_min_addr");
    f->vdso_clock = dz_vdso_sym("__vdso_clock_gettime") != NULL;
    int c = dz_rcache_dir(f->cache_dir, sizeof f->cache_dir);
    if (c != 0)
        f->cache_dir[0] = 0;
    f->cache_off = c == -2;
    f->cache_writable = c == 0 && dir_writable(f->cache_dir);
    /* Linux programs are exec'd, not run by a personality. */
    for (size_t i = 0; dz_brand_at(i); i++) {
        const struct dz_brand *b = dz_brand_at(i);
        if (b->os == DZ_OS_LINUX)
            continue;
        if (b->pers && f->npersonalities < 8)
            f->personalities[f->npersonalities++] = b->pers->name;
        else if (!b->pers && f->nunbuilt < 8)
            f->unbuilt[f->nunbuilt++] = b->name;
    }
}

/* One fact: its label, then its value from the same column on. */
__attribute__((format(printf, 3, 4))) static void line(FILE *out, const char *label, const char *fmt, ...)
{
    fprintf(out, "  %-22s ", label);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(out, fmt, ap);
    va_end(ap);
    fputc('\n', out);
}

int dz_doctor_report(const struct dz_host_facts *f, FILE *out)
{
    fprintf(out, "denizen doctor\n");
    line(out, "kernel", "%s", f->kernel[0] ? f->kernel : "unknown");
    if (f->sud)
        line(out, "syscall user dispatch", "present");
    else if (f->sud_errno > 0)
        line(out, "syscall user dispatch", "absent (prctl: %s)", strerror(f->sud_errno));
    else if (f->sud_errno < 0)
        line(out, "syscall user dispatch", "absent (the probe was killed by signal %d)", -f->sud_errno);
    else
        line(out, "syscall user dispatch", "absent");
    line(out, "fsgsbase", "%s", dz_fsgs_describe(dz_fsgs_decide(f->hwcap2, f->fsgs_env)));
    if (f->mmap_min_addr >= 0)
        line(out, "vm.mmap_min_addr", "%ld", f->mmap_min_addr);
    else
        line(out, "vm.mmap_min_addr", "unknown (/proc/sys/vm/mmap_min_addr unreadable)");
    if (f->vdso_clock)
        line(out, "vdso clock", "__vdso_clock_gettime");
    else
        line(out, "vdso clock", "absent (warning: OpenBSD programs read clocks the slow way)");
    if (f->cache_off)
        line(out, "site cache", "off (DENIZEN_REWRITE_CACHE=0)");
    else if (!f->cache_dir[0])
        line(out, "site cache", "none (warning: no absolute XDG_CACHE_HOME or HOME; "
                                "sites are rewritten again at every run)");
    else if (f->cache_writable)
        line(out, "site cache", "%s (writable)", f->cache_dir);
    else
        line(out, "site cache", "%s (warning: not writable; sites are rewritten again at every run)",
             f->cache_dir);
    fprintf(out, "  %-22s", "personalities");
    for (int i = 0; i < f->npersonalities; i++)
        fprintf(out, " %s", f->personalities[i]);
    if (!f->npersonalities)
        fprintf(out, " none");
    for (int i = 0; i < f->nunbuilt; i++)
        fprintf(out, " (%s: not built)", f->unbuilt[i]);
    fputc('\n', out);
    /* The one hard requirement (thread.c's error on arming it points here). */
    if (!f->sud) {
        line(out, "verdict", "denizen cannot run here: this kernel has no Syscall User Dispatch "
                             "(Linux 5.11 or newer is needed)");
        return 1;
    }
    line(out, "verdict", "denizen can run foreign programs here");
    return 0;
}

int dz_cmd_doctor(int argc, char **argv)
{
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        printf("usage: denizen doctor\n"
               "  what denizen finds on this host and whether it can run here:\n"
               "  exit 0 when it can, 1 (the last line says why) when it cannot\n");
        return 0;
    }
    if (argc != 1) {
        fprintf(stderr, "denizen: usage: denizen doctor\n");
        return 2;
    }
    struct dz_host_facts f;
    dz_host_facts_read(&f);
    return dz_doctor_report(&f, stdout);
}
