/* forkexec: fork, execv of /bin/true and /bin/false in the children, the
 * statuses read back with waitpid; stdio flushed before the fork so the
 * child does not print it twice. */
#include "fbsd_libc.h"

static int run(const char *path)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        char *argv[] = { (char *)path, 0 };
        execv(path, argv);
        _exit(127);
    }
    int st = 0;
    if (waitpid(pid, &st, 0) != pid)
        return -2;
    return WIFEXITED(st) ? WEXITSTATUS(st) : 1000 + st;
}

int main(void)
{
    printf("before fork\n");
    printf("/bin/true: %d\n", run("/bin/true"));
    printf("/bin/false: %d\n", run("/bin/false"));
    printf("/nonexistent: %d\n", run("/nonexistent"));
    return 0;
}
