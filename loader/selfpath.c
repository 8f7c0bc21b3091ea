/* denizen's parts, found beside the running executable (selfpath.h). */
#define _GNU_SOURCE
#include "loader/selfpath.h"
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int dz_self_exe(char *buf, size_t size)
{
    ssize_t n = readlink("/proc/self/exe", buf, size - 1);
    if (n <= 0 || (size_t)n >= size - 1) {
        if (n > 0)
            errno = ENAMETOOLONG;
        return -1;
    }
    buf[n] = 0;
    return 0;
}

char *dz_self_part(const char *name)
{
    char exe[PATH_MAX];
    if (dz_self_exe(exe, sizeof exe) != 0)
        return NULL;
    /* /proc/self/exe is canonical: PREFIX/bin/denizen, so PREFIX is two
     * components up; the candidates are spelled from it, not resolved,
     * because a link's own name can matter (denizen-binfmt). */
    char *slash = strrchr(exe, '/');
    if (!slash)
        return NULL;
    *slash = 0;
    slash = strrchr(exe, '/');
    const char *prefix = exe;
    if (slash)
        *slash = 0;
    else
        prefix = "..";   /* not reached: the kernel gives absolute paths */
    static const char *const dirs[] = { "lib/denizen", "lib" };   /* installed, build tree */
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        char *p;
        if (asprintf(&p, "%s/%s/%s", prefix[0] ? prefix : "", dirs[i], name) < 0)
            return NULL;
        struct stat st;
        if (lstat(p, &st) == 0)
            return p;
        free(p);
    }
    errno = ENOENT;
    return NULL;
}
