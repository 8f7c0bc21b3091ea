/* `denizen conformance ...`: run the syscall-conformance harness.  The
 * harness is its own program (denizen-conformance, built next to denizen);
 * this execs it with the same arguments and tells it which denizen to
 * drive: this one. */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int dz_cmd_conformance(int argc, char **argv)
{
    char self[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
        fprintf(stderr, "denizen conformance: cannot find /proc/self/exe: %s\n", strerror(errno));
        return 3;
    }
    self[n] = 0;
    char harness[PATH_MAX + 32];
    char *slash = strrchr(self, '/');
    snprintf(harness, sizeof harness, "%.*s/denizen-conformance", (int)(slash - self), self);

    /* argv[0] is "conformance": the harness gets --denizen SELF, then the rest */
    char **args = calloc((size_t)argc + 3, sizeof *args);
    if (!args)
        return 3;
    args[0] = harness;
    args[1] = "--denizen";
    args[2] = self;
    for (int i = 1; i < argc; i++)
        args[i + 2] = argv[i];
    execv(harness, args);
    if (errno == ENOENT) {
        /* An installed denizen: the harness needs the source tree and Go. */
        fprintf(stderr, "denizen conformance: not available here: it runs from a build tree "
                        "(%s not found; build the denizen-conformance target)\n", harness);
        free(args);
        return 3;
    }
    fprintf(stderr, "denizen conformance: cannot run %s: %s (build the denizen-conformance target)\n", harness,
            strerror(errno));
    free(args);
    return 3;
}
