/* `denizen shim [OPTIONS] -- PROGRAM [ARGS...]` (see cmd_shim.h).
 *
 * The options become the environment the preload library reads; the
 * program is then started by denizen-shim-exec (libshim/preload/exec.c),
 * a dynamic program beside the library that the library is preloaded into,
 * so that PROGRAM's path is mapped, a static PROGRAM is reported and the
 * first exec is traced exactly as every later one will be.  (denizen itself
 * is static: it cannot load the library.) */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "loader/cmd_shim.h"
#include "loader/selfpath.h"
#include "dz_help.h"   /* generated from docs/man/denizen.1.src */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define LIBNAME "libdenizen-preload.so"
#define HELPER "denizen-shim-exec"

static int fail(const char *a, const char *b)
{
    fprintf(stderr, "denizen shim: %s%s\n(see denizen shim --help)\n", a, b ? b : "");
    return 2;
}

/* An absolute spelling of p, without touching the file system beyond getcwd. */
static char *absolute(const char *p)
{
    if (p[0] == '/')
        return strdup(p);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        return NULL;
    char *r;
    if (asprintf(&r, "%s/%s", cwd, p) < 0)
        return NULL;
    return r;
}

/* Append one rule to *list (';'-separated), escaping bare ';'.  A relative
 * NEW is made absolute: the rule must mean the same in every child. */
static int add_map(char **list, const char *rule)
{
    const char *eq = rule;
    while (*eq && *eq != '=') {
        if (*eq == '\\' && eq[1])
            eq++;
        eq++;
    }
    if (*eq != '=' || rule[0] != '/' || eq[1] == '\0')
        return -1;
    char *new = absolute(eq + 1);
    if (!new)
        return -1;
    size_t ol = (size_t)(eq - rule), nl = strlen(new), have = *list ? strlen(*list) : 0;
    char *s = realloc(*list, have + 2 * (ol + nl) + 3);
    if (!s) {
        free(new);
        return -1;
    }
    size_t k = have;
    if (have)
        s[k++] = ';';
    for (int part = 0; part < 2; part++) {
        const char *p = part ? new : rule;
        size_t n = part ? nl : ol;
        for (size_t i = 0; i < n; i++) {
            if (p[i] == '\\' && i + 1 < n) {
                s[k++] = p[i++];
            } else if (p[i] == ';') {
                s[k++] = '\\';
            }
            s[k++] = p[i];
        }
        if (!part)
            s[k++] = '=';
    }
    s[k] = '\0';
    free(new);
    *list = s;
    return 0;
}

/* The library beside this executable: PREFIX/lib/denizen/ when installed,
 * BUILD/lib/ in a build tree (selfpath.h); or $DENIZEN_PRELOAD_LIB. */
static char *find_library(void)
{
    const char *env = getenv("DENIZEN_PRELOAD_LIB");
    if (env && env[0])
        return absolute(env);
    char *lib = dz_self_part(LIBNAME);
    char *canon = lib ? realpath(lib, NULL) : NULL;
    if (!canon)
        fprintf(stderr, "denizen shim: cannot find %s (lib/denizen/ or lib/ beside %s): %s\n",
                lib ? lib : LIBNAME, "denizen", strerror(errno));
    free(lib);
    return canon;
}

static int set_path_env(const char *name, const char *value)
{
    char *a = absolute(value);
    int r = a ? setenv(name, a, 1) : -1;
    free(a);
    return r;
}

int dz_cmd_shim(int argc, char **argv)
{
    char *maps = NULL;
    int i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *val = NULL;
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(dz_help_shim, stdout);
            return 0;
        }
        if (a[0] != '-')
            break;
        static const char *const opts[] = { "--map", "--root", "--uname", "--trace",
                                            "--config" };
        int which = -1;
        for (int k = 0; k < 5; k++) {
            size_t ol = strlen(opts[k]);
            if (strncmp(a, opts[k], ol) == 0 && (a[ol] == '\0' || a[ol] == '=')) {
                which = k;
                val = a[ol] == '=' ? a + ol + 1 : NULL;
            }
        }
        if (which < 0)
            return fail("unknown option ", a);
        if (!val) {
            if (i + 1 >= argc)
                return fail("missing value for ", a);
            val = argv[++i];
        }
        switch (which) {
        case 0:
            if (add_map(&maps, val) < 0)
                return fail("--map wants /OLD=NEW, got ", val);
            break;
        case 1:
            if (set_path_env("DENIZEN_ROOT", val) < 0)
                return fail("bad --root ", val);
            break;
        case 2:
            setenv("DENIZEN_UNAME", val, 1);
            break;
        case 3:
            if (set_path_env("DENIZEN_SHIM_TRACE", val) < 0)
                return fail("bad --trace ", val);
            break;
        case 4:
            if (set_path_env("DENIZEN_SHIM_CONFIG", val) < 0)
                return fail("bad --config ", val);
            break;
        }
    }
    if (i >= argc)
        return fail("no program given", NULL);

    if (maps) {
        const char *old = getenv("DENIZEN_PATH_MAP");
        char *all = maps;
        if (old && old[0] && asprintf(&all, "%s;%s", old, maps) < 0)
            return fail("out of memory", NULL);
        setenv("DENIZEN_PATH_MAP", all, 1);
    }

    char *lib = find_library();
    if (!lib)
        return 127;
    const char *pre = getenv("LD_PRELOAD");
    if (pre && pre[0] && !strstr(pre, LIBNAME)) {
        char *both;
        if (asprintf(&both, "%s:%s", lib, pre) < 0)
            return fail("out of memory", NULL);
        setenv("LD_PRELOAD", both, 1);
    } else if (!pre || !pre[0]) {
        setenv("LD_PRELOAD", lib, 1);
    }

    char *helper = NULL;
    const char *slash = strrchr(lib, '/');
    if (asprintf(&helper, "%.*s/" HELPER, (int)(slash - lib), lib) < 0)
        return fail("out of memory", NULL);
    argv[i - 1] = helper;
    execv(helper, argv + i - 1);
    fprintf(stderr, "denizen shim: cannot run %s: %s\n", helper, strerror(errno));
    return 126;
}
