/* Child processes, several at once, each in its own process group with a
 * time limit: on timeout the whole group is killed (a probe's children
 * too), and what the run printed so far is kept. */
#define _GNU_SOURCE
#include "conformance/runner/runner.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int start(struct job *j)
{
    j->start = now_s();
    j->status = -1;
    if (j->progress)
        note("%s", j->progress);
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        setpgid(0, 0);
        if (j->cwd && chdir(j->cwd) < 0)
            _exit(126);
        int in = open("/dev/null", O_RDONLY);
        int out = open(j->out_path ? j->out_path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = open(j->err_path ? j->err_path : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0 || err < 0)
            _exit(126);
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        for (char **e = j->env; e && *e; e++)
            putenv(*e);
        signal(SIGPIPE, SIG_DFL);
        execvp(j->argv[0], j->argv);
        dprintf(2, "denizen-conformance: cannot run %s: %s\n", j->argv[0], strerror(errno));
        _exit(127);
    }
    setpgid(pid, pid); /* also here: no race with an early kill */
    j->pid = pid;
    return 0;
}

void jobs_run(struct job **jobs, size_t n, int parallel)
{
    size_t next = 0, running = 0, done = 0;
    if (parallel < 1)
        parallel = 1;
    while (done < n) {
        while (running < (size_t)parallel && next < n) {
            struct job *j = jobs[next++];
            if (start(j) < 0) {
                j->status = -1;
                done++;
                continue;
            }
            running++;
        }
        int st;
        pid_t pid = waitpid(-1, &st, WNOHANG);
        if (pid > 0) {
            for (size_t i = 0; i < next; i++) {
                struct job *j = jobs[i];
                if (j->pid == pid) {
                    j->status = st;
                    j->secs = now_s() - j->start;
                    j->pid = 0;
                    /* the group may have leftovers (a probe's orphans) */
                    kill(-pid, SIGKILL);
                    running--;
                    done++;
                    break;
                }
            }
            continue;
        }
        if (pid < 0 && errno == ECHILD && running == 0 && next >= n)
            break;
        double t = now_s();
        for (size_t i = 0; i < next; i++) {
            struct job *j = jobs[i];
            if (j->pid > 0 && j->timeout_s > 0 && t - j->start > j->timeout_s && !j->timed_out) {
                j->timed_out = 1;
                kill(-j->pid, SIGKILL);
            }
        }
        struct timespec ts = { 0, 20 * 1000 * 1000 };
        nanosleep(&ts, NULL);
    }
}

char *wait_status_str(int status, int timed_out)
{
    if (timed_out)
        return xstrdup("timed out");
    if (status == -1)
        return xstrdup("could not start");
    if (WIFEXITED(status))
        return xasprintf("exited(%d)", WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return xasprintf("killed by signal %d", WTERMSIG(status));
    return xasprintf("status %#x", status);
}
