/* The exec family, posix_spawn, system and popen: children keep the shim.
 *
 * Every exec gets LD_PRELOAD (naming this library) and the DENIZEN_*
 * settings back in its environment when the program left them out; a
 * statically linked child, which LD_PRELOAD cannot reach, gets a one-line
 * warning (once per process).  The executable's path is mapped like any
 * other, and so is a script's "#!" interpreter, which the kernel would
 * otherwise look up on the host.
 *
 * execve may run in a vfork child: nothing here allocates from the heap
 * (alloca and the caller's stack only) or takes a lock. */
#include "libshim/preload/shim.h"
#include "syscall-xlate/pathmap/rawsys.h"
#include <alloca.h>
#include <elf.h>
#include <stdarg.h>
#include <string.h>
#include <sys/syscall.h>

extern char **environ;

#define NOF DZ_PM_NOFOLLOW

/* ------------------------------------------------------ environment */

/* Entries in envp, and the scratch bytes env_fixup may need. */
static size_t env_measure(char *const envp[], size_t *n)
{
    size_t k = 0, scratch = 1;
    const char *pre = dz_shim.env[DZ_ENV_PRELOAD];
    size_t pl = dz_shim.env_name_len[DZ_ENV_PRELOAD];
    for (; envp && envp[k]; k++)
        if (pre && strncmp(envp[k], pre, pl + 1) == 0)
            scratch = strlen(envp[k]) + strlen(dz_shim.self) + 2;
    *n = k;
    return scratch;
}

/* out = envp + whatever the shim needs (room: n + DZ_ENV_N + 1). */
static char **env_fixup(char *const envp[], size_t n, char **out, char *scratch)
{
    int have[DZ_ENV_N] = { 0 };
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char *e = envp[i];
        for (int j = 0; j < DZ_ENV_N; j++) {
            const char *want = dz_shim.env[j];
            size_t nl = dz_shim.env_name_len[j];
            if (!want || strncmp(e, want, nl + 1) != 0)
                continue;
            have[j] = 1;
            const char *v = e + nl + 1, *orig = dz_shim.env_orig[j];
            if (j == DZ_ENV_PRELOAD && !dz_names_self(v)) {
                size_t sl = strlen(dz_shim.self);
                memcpy(scratch, e, nl + 1);                  /* "LD_PRELOAD=" */
                memcpy(scratch + nl + 1, dz_shim.self, sl);
                scratch[nl + 1 + sl] = v[0] ? ':' : '\0';
                memcpy(scratch + nl + 2 + sl, v, strlen(v) + 1);
                e = scratch;
            } else if (j != DZ_ENV_PRELOAD && orig && strcmp(v, orig) == 0) {
                e = (char *)want;       /* the same setting, made absolute */
            }
        }
        out[k++] = e;
    }
    for (int j = 0; j < DZ_ENV_N; j++)
        if (dz_shim.env[j] && !have[j])
            out[k++] = (char *)dz_shim.env[j];
    out[k] = NULL;
    return out;
}

/* Declares `char **name`: envp fixed up, on this frame's stack. */
#define ENV_FIXUP(name, envp)                                                   \
    size_t name##_n, name##_s = env_measure((envp), &name##_n);                 \
    char **name = env_fixup((envp), name##_n,                                   \
                            alloca((name##_n + DZ_ENV_N + 1) * sizeof(char *)), \
                            alloca(name##_s))

/* The same for system() and popen(), which read environ in the child. */
static void environ_fixup(void)
{
    static char merged[2 * DZ_PM_PATH_MAX];
    for (int j = 0; j < DZ_ENV_N; j++) {
        const char *want = dz_shim.env[j];
        if (!want)
            continue;
        char name[32];
        size_t nl = dz_shim.env_name_len[j];
        memcpy(name, want, nl);
        name[nl] = '\0';
        const char *v = getenv(name);
        if (!v) {
            putenv((char *)want);
        } else if (j == DZ_ENV_PRELOAD && !dz_names_self(v) &&
                   strlen(dz_shim.self) + strlen(v) + 2 < sizeof merged) {
            size_t sl = strlen(dz_shim.self);
            memcpy(merged, dz_shim.self, sl);
            merged[sl] = ':';
            memcpy(merged + sl + 1, v, strlen(v) + 1);
            setenv(name, merged, 1);
        }
    }
}

/* ------------------------------------------------ executable checks */

static long read_at(int dirfd, const char *path, void *buf, size_t n, long off)
{
    long fd = dz_rsys(SYS_openat, dirfd, path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
    if (fd < 0)
        return fd;
    long k = dz_rsys(SYS_pread64, fd, buf, n, off);
    dz_rsys(SYS_close, fd, 0, 0, 0);
    return k;
}

/* 1 when path is an ELF executable without PT_INTERP (static, static-pie). */
static int elf_static(int dirfd, const char *path)
{
    union {
        unsigned char id[EI_NIDENT];
        Elf64_Ehdr e64;
        Elf32_Ehdr e32;
    } h;
    unsigned char ph[64 * sizeof(Elf64_Phdr)];
    if (read_at(dirfd, path, &h, sizeof h, 0) < (long)sizeof h.e32 ||
        memcmp(h.id, ELFMAG, SELFMAG) != 0)
        return 0;
    int is64 = h.id[EI_CLASS] == ELFCLASS64;
    unsigned type = is64 ? h.e64.e_type : h.e32.e_type;
    unsigned long phoff = is64 ? h.e64.e_phoff : h.e32.e_phoff;
    unsigned num = is64 ? h.e64.e_phnum : h.e32.e_phnum;
    unsigned ent = is64 ? h.e64.e_phentsize : h.e32.e_phentsize;
    if ((type != ET_EXEC && type != ET_DYN) || num == 0 || num == PN_XNUM ||
        ent < (is64 ? sizeof(Elf64_Phdr) : sizeof(Elf32_Phdr)) || (size_t)num * ent > sizeof ph)
        return 0;
    if (read_at(dirfd, path, ph, (size_t)num * ent, (long)phoff) < (long)((size_t)num * ent))
        return 0;
    for (unsigned i = 0; i < num; i++) {
        uint32_t pt;
        memcpy(&pt, ph + (size_t)i * ent, sizeof pt);   /* p_type leads both layouts */
        if (pt == PT_INTERP)
            return 0;
    }
    return 1;
}

static int warned_static;

/* "/proc/self/fd/N" for an exec by file descriptor. */
static const char *fd_link(int fd, char *b)
{
    char d[12];
    int k = 0;
    memcpy(b, "/proc/self/fd/", 14);
    char *q = b + 14;
    for (unsigned v = (unsigned)fd; k == 0 || v; v /= 10)
        d[k++] = (char)('0' + v % 10);
    while (k)
        *q++ = d[--k];
    *q = '\0';
    return b;
}

static void check_static(int dirfd, const char *host, const char *shown)
{
    if (__atomic_load_n(&warned_static, __ATOMIC_RELAXED) || !elf_static(dirfd, host))
        return;
    if (!__atomic_exchange_n(&warned_static, 1, __ATOMIC_RELAXED))
        dz_msg2("", shown, " is statically linked; the shim cannot follow it");
}

/* A "#!" line's interpreter and optional argument (Linux binfmt_script:
 * at most 255 bytes, the rest after the interpreter is one argument). */
struct shebang {
    char line[256];
    const char *interp, *arg;
};

static int read_shebang(int dirfd, const char *path, struct shebang *s)
{
    long n = read_at(dirfd, path, s->line, sizeof s->line - 1, 0);
    if (n < 3 || s->line[0] != '#' || s->line[1] != '!')
        return 0;
    s->line[n] = '\0';
    char *p = s->line + 2, *end = strchr(p, '\n');
    if (!end)
        return 0;
    *end = '\0';
    while (*p == ' ' || *p == '\t')
        p++;
    s->interp = p;
    while (*p && *p != ' ' && *p != '\t')
        p++;
    if (p == s->interp)
        return 0;
    s->arg = NULL;
    if (*p) {
        *p++ = '\0';
        while (*p == ' ' || *p == '\t')
            p++;
        char *q = p + strlen(p);
        while (q > p && (q[-1] == ' ' || q[-1] == '\t'))
            *--q = '\0';
        if (*p)
            s->arg = p;
    }
    return 1;
}

static size_t argv_count(char *const argv[])
{
    size_t n = 0;
    while (argv && argv[n])
        n++;
    return n;
}

/* What to run for (dirfd, path): the mapped file, or -- for a script whose
 * interpreter is mapped -- the mapped interpreter with the argv the kernel
 * would have built.  Checks for a static executable on the way. */
struct target {
    struct dz_xp x, xi;
    struct shebang sb;
    const char *file;          /* what to pass to execve */
    char *const *argv;
    int dirfd;
};

/* nargv: room for argc + 4 pointers. */
static int target_prepare(struct target *t, unsigned m, int dirfd, const char *path,
                          unsigned xflags, char *const argv[], char **nargv)
{
    t->argv = argv;
    t->dirfd = dirfd;
    if (dz_xp_init(&t->x, m, dirfd, path, xflags) < 0)
        return -1;
    t->file = t->x.path;
    t->xi.how = DZ_PM_SAME;
    if ((m & DZ_PATHS) && read_shebang(dirfd, t->x.path, &t->sb) &&
        dz_xp_init(&t->xi, m, AT_FDCWD, t->sb.interp, 0) == 0 && t->xi.how != DZ_PM_SAME) {
        size_t k = 0, argc = argv_count(argv);
        nargv[k++] = (char *)t->sb.interp;
        if (t->sb.arg)
            nargv[k++] = (char *)t->sb.arg;
        nargv[k++] = (char *)path;
        for (size_t i = 1; i < argc; i++)
            nargv[k++] = argv[i];
        nargv[k] = NULL;
        t->argv = nargv;
        t->file = t->xi.path;
        t->dirfd = AT_FDCWD;
        check_static(AT_FDCWD, t->xi.path, t->sb.interp);
        return 0;
    }
    check_static(dirfd, t->x.path, path);
    return 0;
}

static void trace_exec(const char *name, int dirfd, const struct target *t,
                       char *const envp[], int flags, int done, long r, int e)
{
    struct dz_tl tl;
    dz_tl_begin(&tl, name);
    if (dirfd != AT_FDCWD || flags >= 0)
        dz_tl_fd(&tl, dirfd);
    dz_tl_path(&tl, &t->x);
    dz_tl_argv(&tl, t->argv);
    dz_tl_envp(&tl, envp);
    if (flags >= 0)
        dz_tl_flags(&tl, &dz_tab_at, (unsigned)flags);
    if (done)
        dz_tl_end_int(&tl, r, e);
    else
        dz_tl_end_unknown(&tl);
}

/* ------------------------------------------------------------ exec */

/* execve / execveat.  flags < 0: plain execve. */
static int exec_at(unsigned m, int dirfd, const char *path, char *const argv[],
                   char *const envp[], int flags)
{
    struct target t;
    int r;
    ENV_FIXUP(env, envp);
    char **nargv = alloca((argv_count(argv) + 4) * sizeof(char *));
    const char *name = flags < 0 ? "execve" : "execveat";
    int empty = flags >= 0 && (flags & AT_EMPTY_PATH) && path && !path[0];
    unsigned xf = flags >= 0 && (flags & AT_SYMLINK_NOFOLLOW) ? NOF : 0;

    if (empty) {
        char b[32];
        t.x.orig = t.x.path = t.file = path;
        t.x.how = DZ_PM_SAME;
        t.argv = argv;
        t.dirfd = dirfd;
        check_static(AT_FDCWD, fd_link(dirfd, b), "execveat'd file");
    } else if (target_prepare(&t, m, dirfd, path, xf, argv, nargv) < 0) {
        t.x.orig = t.x.path = path;
        t.argv = argv;
        r = -1;
        goto out;
    }
    if (m & DZ_TRACE)
        trace_exec(name, dirfd, &t, env, flags, 0, 0, 0);
#define CALL() (flags < 0 ? DZ_REAL(execve)(t.file, t.argv, env)                  \
                          : DZ_REAL(execveat)(t.dirfd, t.file, t.argv, env, flags))
    r = CALL();
    if (t.file == t.x.path && dz_xp_retry(&t.x, m, errno)) {
        t.file = t.x.path;
        r = CALL();
    }
#undef CALL
out:
    if (m & DZ_TRACE) {
        int e = errno;
        trace_exec(name, dirfd, &t, env, flags, 1, r, e);
        errno = e;
    }
    return r;
}

DZ_EXPORT int execve(const char *path, char *const argv[], char *const envp[])
{
    return exec_at(dz_mode(), AT_FDCWD, path, argv, envp, -1);
}

DZ_EXPORT int execveat(int dirfd, const char *path, char *const argv[], char *const envp[],
                       int flags)
{
    return exec_at(dz_mode(), dirfd, path, argv, envp, flags);
}

DZ_EXPORT int fexecve(int fd, char *const argv[], char *const envp[])
{
    unsigned m = dz_mode();
    char b[32];
    ENV_FIXUP(env, envp);
    check_static(AT_FDCWD, fd_link(fd, b), "fexecve'd file");
    if (m & DZ_TRACE) {
        struct dz_tl t;
        dz_tl_begin(&t, "fexecve");
        dz_tl_int(&t, fd);
        dz_tl_argv(&t, argv);
        dz_tl_envp(&t, env);
        dz_tl_end_unknown(&t);
    }
    int r = DZ_REAL(fexecve)(fd, argv, env);
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        dz_tl_begin(&t, "fexecve");
        dz_tl_int(&t, fd);
        dz_tl_argv(&t, argv);
        dz_tl_envp(&t, env);
        dz_tl_end_int(&t, r, e);
        errno = e;
    }
    return r;
}

/* The first executable regular file `file` names on $PATH, mapped: 1 and
 * *x set, or 0.  `cand` holds the candidate (DZ_PM_PATH_MAX). */
static int path_search(unsigned m, const char *file, char *cand, struct dz_xp *x)
{
    const char *pathv = getenv("PATH");
    size_t fl = strlen(file);
    if (!pathv)
        pathv = "/bin:/usr/bin";
    for (const char *p = pathv;; p++) {
        const char *e = strchrnul(p, ':');
        size_t dl = (size_t)(e - p);
        if (dl + 1 + fl + 1 <= DZ_PM_PATH_MAX) {
            memcpy(cand, p, dl);
            if (dl)
                cand[dl++] = '/';
            memcpy(cand + dl, file, fl + 1);
            unsigned long st[32];
            if (dz_xp_init(x, m, AT_FDCWD, cand, 0) == 0 &&
                dz_rsys(SYS_faccessat, AT_FDCWD, x->path, X_OK, 0) == 0 &&
                dz_rsys(SYS_newfstatat, AT_FDCWD, x->path, st, 0) == 0 &&
                S_ISREG(((struct stat *)st)->st_mode))
                return 1;
        }
        if (!*e)
            return 0;
        p = e;
    }
}

/* glibc posix/execvpe.c semantics, with every candidate mapped. */
static int execvpe_mapped(unsigned m, const char *file, char *const argv[], char *const envp[])
{
    const char *pathv = getenv("PATH");
    size_t fl = strlen(file);
    int eacces = 0;
    char cand[DZ_PM_PATH_MAX];
    if (!pathv)
        pathv = "/bin:/usr/bin";
    for (const char *p = pathv;; p++) {
        const char *e = strchrnul(p, ':');
        size_t dl = (size_t)(e - p);
        if (dl + 1 + fl + 1 <= sizeof cand) {
            memcpy(cand, p, dl);
            if (dl)
                cand[dl++] = '/';
            memcpy(cand + dl, file, fl + 1);
            exec_at(m, AT_FDCWD, cand, argv, envp, -1);
            switch (errno) {
            case EACCES:
                eacces = 1;
                break;
            case ENOENT: case ESTALE: case ENOTDIR: case ENODEV: case ETIMEDOUT:
                break;
            case ENOEXEC: {
                /* a script without "#!": run it with the shell */
                size_t argc = argv_count(argv);
                char **sh = alloca((argc + 3) * sizeof(char *));
                sh[0] = (char *)"/bin/sh";
                sh[1] = cand;
                for (size_t i = 1; i <= argc; i++)
                    sh[i + 1] = argv[i];
                if (argc == 0)
                    sh[2] = NULL;
                exec_at(m, AT_FDCWD, "/bin/sh", sh, envp, -1);
                return -1;
            }
            default:
                return -1;
            }
        }
        if (!*e)
            break;
        p = e;
    }
    errno = eacces ? EACCES : ENOENT;
    return -1;
}

DZ_EXPORT int execvpe(const char *file, char *const argv[], char *const envp[])
{
    unsigned m = dz_mode();
    if (!file || !file[0] || strchr(file, '/'))
        return exec_at(m, AT_FDCWD, file, argv, envp, -1);
    if (m & DZ_PATHS)
        return execvpe_mapped(m, file, argv, envp);
    /* No mapping: glibc's own search, with the environment fixed up. */
    char cand[DZ_PM_PATH_MAX];
    struct dz_xp x;
    ENV_FIXUP(env, envp);
    if (path_search(m, file, cand, &x))
        check_static(AT_FDCWD, x.path, cand);
    if (m & DZ_TRACE) {
        struct dz_tl t;
        dz_tl_begin(&t, "execvpe");
        dz_tl_str(&t, file);
        dz_tl_argv(&t, argv);
        dz_tl_envp(&t, env);
        dz_tl_end_unknown(&t);
    }
    int r = DZ_REAL(execvpe)(file, argv, env);
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        dz_tl_begin(&t, "execvpe");
        dz_tl_str(&t, file);
        dz_tl_argv(&t, argv);
        dz_tl_envp(&t, env);
        dz_tl_end_int(&t, r, e);
        errno = e;
    }
    return r;
}

DZ_EXPORT int execv(const char *path, char *const argv[])
{
    return exec_at(dz_mode(), AT_FDCWD, path, argv, environ, -1);
}

DZ_EXPORT int execvp(const char *file, char *const argv[])
{
    return execvpe(file, argv, environ);
}

/* execl, execle, execlp: collect the arguments into an argv on the stack. */
#define COLLECT_ARGS(argv, arg0, ap_envp)                                       \
    size_t argc_ = 1;                                                           \
    va_list ap_;                                                                \
    va_start(ap_, arg0);                                                        \
    while (va_arg(ap_, const char *))                                           \
        argc_++;                                                                \
    va_end(ap_);                                                                \
    char **argv = alloca((argc_ + 1) * sizeof(char *));                         \
    argv[0] = (char *)(arg0);                                                   \
    va_start(ap_, arg0);                                                        \
    for (size_t i_ = 1; i_ <= argc_; i_++)                                      \
        argv[i_] = va_arg(ap_, char *);                                         \
    ap_envp;                                                                    \
    va_end(ap_)

DZ_EXPORT int execl(const char *path, const char *arg, ...)
{
    COLLECT_ARGS(argv, arg, (void)0);
    return exec_at(dz_mode(), AT_FDCWD, path, argv, environ, -1);
}

DZ_EXPORT int execle(const char *path, const char *arg, ...)
{
    char *const *envp;
    COLLECT_ARGS(argv, arg, envp = va_arg(ap_, char *const *));
    return exec_at(dz_mode(), AT_FDCWD, path, argv, envp, -1);
}

DZ_EXPORT int execlp(const char *file, const char *arg, ...)
{
    COLLECT_ARGS(argv, arg, (void)0);
    return execvpe(file, argv, environ);
}

/* ------------------------------------------------------ posix_spawn */

static void trace_spawn(const char *name, const pid_t *pid, const struct dz_xp *x,
                        const void *fa, const void *attr, char *const argv[],
                        char *const envp[], int r)
{
    struct dz_tl t;
    char b[24];
    dz_tl_begin(&t, name);
    if (r == 0 && pid) {
        snprintf(b, sizeof b, "[%d]", (int)*pid);
        dz_tl_raw(&t, b);
    } else {
        dz_tl_ptr(&t, pid);
    }
    dz_tl_path(&t, x);
    dz_tl_ptr(&t, fa);
    dz_tl_ptr(&t, attr);
    dz_tl_argv(&t, argv);
    dz_tl_envp(&t, envp);
    dz_tl_end_errnum(&t, r);
}

static int spawn(unsigned m, int search, pid_t *pid, const char *file,
                 const posix_spawn_file_actions_t *fa, const posix_spawnattr_t *attr,
                 char *const argv[], char *const envp[])
{
    struct target t;
    char cand[DZ_PM_PATH_MAX];
    int r, saved = errno;
    ENV_FIXUP(env, envp);
    char **nargv = alloca((argv_count(argv) + 4) * sizeof(char *));

    if (search && file && file[0] && !strchr(file, '/')) {
        /* posix_spawnp: run glibc's search unless a mapped candidate wins */
        struct dz_xp x;
        int found = path_search(m, file, cand, &x);
        if (found && x.how != DZ_PM_SAME) {
            file = cand;
            search = 0;
        } else {
            if (found)
                check_static(AT_FDCWD, x.path, file);
            t.x.orig = t.x.path = file;
            t.x.how = DZ_PM_SAME;
            r = DZ_REAL(posix_spawnp)(pid, file, fa, attr, argv, env);
            if (m & DZ_TRACE)
                trace_spawn("posix_spawnp", pid, &t.x, fa, attr, argv, env, r);
            errno = saved;
            return r;
        }
    }
    if (target_prepare(&t, m, AT_FDCWD, file, 0, argv, nargv) < 0) {
        r = errno;
        t.x.orig = t.x.path = file;
    } else {
        r = DZ_REAL(posix_spawn)(pid, t.file, fa, attr, t.argv, env);
        if (t.file == t.x.path && (r == ENOENT || r == ENOTDIR) && dz_xp_retry(&t.x, m, r)) {
            t.file = t.x.path;
            r = DZ_REAL(posix_spawn)(pid, t.file, fa, attr, t.argv, env);
        }
    }
    if (m & DZ_TRACE)
        trace_spawn(search ? "posix_spawnp" : "posix_spawn", pid, &t.x, fa, attr, t.argv, env,
                    r);
    errno = saved;
    return r;
}

DZ_EXPORT int posix_spawn(pid_t *pid, const char *path, const posix_spawn_file_actions_t *fa,
                          const posix_spawnattr_t *attr, char *const argv[],
                          char *const envp[])
{
    return spawn(dz_mode(), 0, pid, path, fa, attr, argv, envp);
}

DZ_EXPORT int posix_spawnp(pid_t *pid, const char *file, const posix_spawn_file_actions_t *fa,
                           const posix_spawnattr_t *attr, char *const argv[],
                           char *const envp[])
{
    return spawn(dz_mode(), 1, pid, file, fa, attr, argv, envp);
}

/* File actions run in the child, where the shim is not yet loaded: map
 * absolute paths now (relative ones may follow an addchdir). */
static DZ_SLOW int fa_slow(unsigned m, int chdir_op, posix_spawn_file_actions_t *fa, int fd,
                           const char *path, int oflag, mode_t mode)
{
    struct dz_xp x;
    int r, saved = errno;
    unsigned xf = chdir_op ? 0 : dz_open_xflags(oflag);
    if (path && path[0] == '/' && dz_xp_init(&x, m, AT_FDCWD, path, xf) < 0) {
        r = errno;
    } else {
        if (!path || path[0] != '/')
            x.orig = x.path = path;
        r = chdir_op ? DZ_REAL(posix_spawn_file_actions_addchdir_np)(fa, x.path)
                     : DZ_REAL(posix_spawn_file_actions_addopen)(fa, fd, x.path, oflag, mode);
    }
    if (m & DZ_TRACE) {
        struct dz_tl t;
        dz_tl_begin(&t, chdir_op ? "posix_spawn_file_actions_addchdir_np"
                                 : "posix_spawn_file_actions_addopen");
        dz_tl_ptr(&t, fa);
        if (!chdir_op)
            dz_tl_int(&t, fd);
        dz_tl_path(&t, &x);
        if (!chdir_op) {
            dz_tl_flags(&t, &dz_tab_open, (unsigned)oflag);
            dz_tl_oct(&t, mode);
        }
        dz_tl_end_errnum(&t, r);
    }
    errno = saved;
    return r;
}

DZ_EXPORT int posix_spawn_file_actions_addopen(posix_spawn_file_actions_t *fa, int fd,
                                               const char *path, int oflag, mode_t mode)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(posix_spawn_file_actions_addopen)(fa, fd, path, oflag, mode);
    return fa_slow(m, 0, fa, fd, path, oflag, mode);
}

DZ_EXPORT int posix_spawn_file_actions_addchdir_np(posix_spawn_file_actions_t *fa,
                                                   const char *path)
{
    unsigned m = dz_mode();
    if (DZ_FAST(m, 0))
        return DZ_REAL(posix_spawn_file_actions_addchdir_np)(fa, path);
    return fa_slow(m, 1, fa, -1, path, 0, 0);
}

/* ------------------------------------------------------ system, popen */

DZ_EXPORT int system(const char *cmd)
{
    unsigned m = dz_mode();
    environ_fixup();
    int r = DZ_REAL(system)(cmd);
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        dz_tl_begin(&t, "system");
        dz_tl_str(&t, cmd);
        dz_tl_end_int(&t, r, e);
        errno = e;
    }
    return r;
}

DZ_EXPORT FILE *popen(const char *cmd, const char *type)
{
    unsigned m = dz_mode();
    environ_fixup();
    FILE *f = DZ_REAL(popen)(cmd, type);
    if (m & DZ_TRACE) {
        int e = errno;
        struct dz_tl t;
        dz_tl_begin(&t, "popen");
        dz_tl_str(&t, cmd);
        dz_tl_str(&t, type);
        dz_tl_end_ptr(&t, f, e);
        errno = e;
    }
    return f;
}
