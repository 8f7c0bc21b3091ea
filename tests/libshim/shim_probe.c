/* A program that makes one libc call per command and prints the answer, so
 * preload_calls.sh can check the shim call by call.  Built with
 * _FILE_OFFSET_BITS=64 and _FORTIFY_SOURCE=2 so the 64-bit and fortified
 * entry points (open64, stat64, __open64_2, __readlink_chk, __realpath_chk,
 * __getcwd_chk) are the ones exercised; the plain ones are exercised by
 * coreutils, dash and python in the acceptance script.  Sizes that are not
 * compile-time constants (`volatile`) make the compiler pick the _chk
 * variants.
 *
 *   probe CMD ARGS...      prints "ok ..." or "err ENAME" */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;
int __xstat(int ver, const char *path, struct stat *buf);

static int err(void)
{
    printf("err %s\n", strerrorname_np(errno));
    return 1;
}

static int show_fd(int fd)
{
    char b[256];
    ssize_t n = read(fd, b, sizeof b - 1);
    close(fd);
    if (n < 0)
        return err();
    b[n] = '\0';
    printf("ok %s", b);
    if (n == 0 || b[n - 1] != '\n')
        putchar('\n');
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    const char *c = argv[1], *a = argc > 2 ? argv[2] : "", *b = argc > 3 ? argv[3] : "";
    char buf[PATH_MAX];
    struct stat st;

    if (!strcmp(c, "cat")) {                         /* open64 */
        int fd = open(a, O_RDONLY);
        return fd < 0 ? err() : show_fd(fd);
    }
    if (!strcmp(c, "open2")) {                       /* __open64_2: flags not constant */
        int fd = open(a, atoi(b));
        return fd < 0 ? err() : show_fd(fd);
    }
    if (!strcmp(c, "openat")) {                      /* dirfd-relative */
        int d = open(a, O_RDONLY | O_DIRECTORY);
        if (d < 0)
            return err();
        int fd = openat(d, b, O_RDONLY);
        close(d);
        return fd < 0 ? err() : show_fd(fd);
    }
    if (!strcmp(c, "fopen")) {
        FILE *f = fopen(a, argc > 3 ? b : "r");
        if (!f)
            return err();
        if (argc > 4)
            fputs(argv[4], f);
        else if (fgets(buf, sizeof buf, f))
            printf("ok %s", buf);
        else
            printf("ok\n");
        fclose(f);
        return 0;
    }
    if (!strcmp(c, "stat"))
        return stat(a, &st) ? err() : printf("ok %lld\n", (long long)st.st_size) < 0;
    if (!strcmp(c, "lstat"))
        return lstat(a, &st) ? err() : printf("ok %s\n", S_ISLNK(st.st_mode) ? "link" : "nolink") < 0;
    if (!strcmp(c, "xstat"))                         /* pre-2.33 binaries */
        return __xstat(1, a, &st) ? err() : printf("ok %lld\n", (long long)st.st_size) < 0;
    if (!strcmp(c, "access"))
        return access(a, R_OK) ? err() : printf("ok\n") < 0;
    if (!strcmp(c, "readlink")) {
        ssize_t n = readlink(a, buf, sizeof buf);
        return n < 0 ? err() : printf("ok %.*s\n", (int)n, buf) < 0;
    }
    if (!strcmp(c, "readlink-short")) {              /* truncation keeps readlink's rules */
        char small[5];
        volatile size_t len = sizeof small;          /* __readlink_chk */
        ssize_t n = readlink(a, small, len);
        return n < 0 ? err() : printf("ok %zd %.*s\n", n, (int)n, small) < 0;
    }
    if (!strcmp(c, "realpath"))
        return realpath(a, buf) ? printf("ok %s\n", buf) < 0 : err();
    if (!strcmp(c, "cwd")) {                         /* chdir, then ask three ways */
        if (chdir(a))
            return err();
        char *g = get_current_dir_name(), *r = realpath(".", NULL);
        volatile size_t len = sizeof buf;            /* __getcwd_chk */
        if (!getcwd(buf, len) || !g || !r)
            return err();
        printf("ok %s %s %s\n", buf, g, r);
        if (argc > 3) {                              /* then open a relative name */
            int fd = open(b, O_RDONLY);
            return fd < 0 ? err() : show_fd(fd);
        }
        return 0;
    }
    if (!strcmp(c, "mkdir"))
        return mkdir(a, 0755) ? err() : printf("ok\n") < 0;
    if (!strcmp(c, "rename"))
        return rename(a, b) ? err() : printf("ok\n") < 0;
    if (!strcmp(c, "link"))
        return link(a, b) ? err() : printf("ok\n") < 0;
    if (!strcmp(c, "symlink"))
        return symlink(a, b) ? err() : printf("ok\n") < 0;
    if (!strcmp(c, "unlink"))
        return unlink(a) ? err() : printf("ok\n") < 0;
    if (!strcmp(c, "mkstemp")) {
        snprintf(buf, sizeof buf, "%s", a);
        int fd = mkstemp(buf);
        if (fd < 0)
            return err();
        close(fd);
        printf("ok %s\n", strstr(buf, "XXXXXX") ? "unchanged" : "filled");
        return 0;
    }
    if (!strcmp(c, "ls")) {                          /* opendir */
        DIR *d = opendir(a);
        if (!d)
            return err();
        int n = 0;
        struct dirent *e;
        while ((e = readdir(d)))
            n += e->d_name[0] != '.';
        closedir(d);
        printf("ok %d\n", n);
        return 0;
    }
    if (!strcmp(c, "uname")) {
        struct utsname u;
        return uname(&u) ? err() : printf("ok %s %s %s\n", u.sysname, u.release, u.machine) < 0;
    }
    if (!strcmp(c, "dlopen")) {                      /* dlopen keeps the caller's RUNPATH */
        void *h = dlopen(a, RTLD_NOW);
        if (!h) {
            printf("err %s\n", dlerror());
            return 1;
        }
        int (*f)(void) = (int (*)(void))dlsym(h, "dz_probe_answer");
        printf("ok %d\n", f ? f() : -1);
        return 0;
    }
    /* Children: run argv[2..] with an empty or rebuilt environment. */
    if (!strcmp(c, "execve-empty")) {
        char *env[] = { "FOO=1", NULL };
        execve(a, argv + 2, env);
        return err();
    }
    if (!strcmp(c, "execvp")) {
        execvp(a, argv + 2);
        return err();
    }
    if (!strcmp(c, "spawn-empty") || !strcmp(c, "spawnp-empty")) {
        char *env[] = { NULL };
        pid_t pid;
        int r = c[5] == 'p' ? posix_spawnp(&pid, a, NULL, NULL, argv + 2, env)
                            : posix_spawn(&pid, a, NULL, NULL, argv + 2, env);
        if (r) {
            errno = r;
            return err();
        }
        int status;
        waitpid(pid, &status, 0);
        return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
    }
    if (!strcmp(c, "system-unset")) {                /* program drops LD_PRELOAD itself */
        unsetenv("LD_PRELOAD");
        int r = system(a);
        return WIFEXITED(r) ? WEXITSTATUS(r) : 1;
    }
    fprintf(stderr, "probe: unknown command %s\n", c);
    return 2;
}
