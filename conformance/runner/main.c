/* denizen-conformance: command line.  See runner.h for what it does and
 * conformance/README.md for how to use it. */
#define _GNU_SOURCE
#include "conformance/runner/runner.h"
#include <dirent.h>
#include <libgen.h>
#include <limits.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef DZ_SOURCE_DIR
#define DZ_SOURCE_DIR "."
#endif

static const char usage[] =
    "usage: denizen conformance [--os OS]... [--json FILE] [--junit FILE] [--filter REGEX] [--family F]\n"
    "                           [--known-failures FILE] [-j N] [--timeout SEC] [--keep] [--no-rewrite] [-v]\n"
    "       denizen conformance --gostd PKG... [--os OS]... [--json FILE] [--timeout SEC] [--no-rewrite]\n"
    "\n"
    "Builds the syscall probes (conformance/probes) for Linux and each guest OS, runs\n"
    "the Linux build natively and the guest build under denizen, compares them case by\n"
    "case and checks the result against syscall-xlate/<os>/syscalls.master (a library\n"
    "personality: libshim/<os>/exports.def).\n"
    "\n"
    "  --os OS            guest OS to check (repeatable; default: every OS with probes)\n"
    "  --json FILE        results as JSON (one entry per call and per case)\n"
    "  --junit FILE       results as JUnit XML (one testcase per probe case)\n"
    "  --filter REGEX     only cases whose \"family/call/case\" matches (POSIX ERE)\n"
    "  --family NAME      only this probe family (repeatable; conformance/probes/NAME.go)\n"
    "                     (with --filter or --family the table linkage checks are skipped)\n"
    "  --known-failures F the list of known failures (default conformance/known-failures.txt)\n"
    "  -j N               builds and runs at once (default: number of CPUs)\n"
    "  --timeout SEC      time limit of one probe run (default 120; --gostd: 300 per package)\n"
    "  --keep             keep the scratch directory (probe outputs)\n"
    "  --no-rewrite       run the guests with `denizen run --no-rewrite` (every system\n"
    "                     call on the SIGSYS path)\n"
    "  --gostd PKG...     run Go standard-library test suites (built by scripts/corpus gostd)\n"
    "                     and report, per package, how many tests that pass on Linux pass\n"
    "  --denizen PATH, --source DIR, --corpus DIR   override what is found by default\n"
    "\n"
    "Exit status: 0 when nothing failed, 1 when a case or check failed, 2 usage, 3 setup.\n";

static void add_os(char ***v, size_t *n, size_t *cap, const char *arg)
{
    char *s = xstrdup(arg);
    for (char *tok = strtok(s, ","); tok; tok = strtok(NULL, ","))
        if (*tok) {
            GROW(*v, *n, *cap);
            (*v)[(*n)++] = xstrdup(tok);
        }
    free(s);
}

/* The table a personality's cases are checked against: its system-call
 * master table (syscall-xlate/<os>/syscalls.master) or, for a library
 * personality (OpenBSD, illumos: programs call libc, denizen binds the
 * imports), its exports (libshim/<os>/exports.def).  NULL: none. */
static char *table_path(const char *src, const char *os)
{
    char *m = xasprintf("%s/syscall-xlate/%s/syscalls.master", src, os);
    if (path_exists(m))
        return m;
    free(m);
    m = xasprintf("%s/libshim/%s/exports.def", src, os);
    if (path_exists(m))
        return m;
    free(m);
    return NULL;
}

/* Every personality with a table and probe primitives. */
static void default_oses(const char *src, char ***v, size_t *n, size_t *cap)
{
    const char *dirs[] = { "syscall-xlate", "libshim" };
    for (size_t k = 0; k < 2; k++) {
        char *dir = xasprintf("%s/%s", src, dirs[k]);
        DIR *d = opendir(dir);
        if (!d)
            die("cannot read %s", dir);
        struct dirent *e;
        while ((e = readdir(d))) {
            if (e->d_name[0] == '.')
                continue;
            int seen = 0;
            for (size_t i = 0; i < *n; i++)
                seen |= strcmp((*v)[i], e->d_name) == 0;
            char *m = table_path(src, e->d_name);
            char *c = xasprintf("%s/conformance/probes/common_%s.go", src, e->d_name);
            if (!seen && m && path_exists(c))
                add_os(v, n, cap, e->d_name);
            free(m);
            free(c);
        }
        closedir(d);
        free(dir);
    }
}

static char *self_dir(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return xstrdup(".");
    buf[n] = 0;
    return xstrdup(dirname(buf));
}

static char *absolute(const char *p)
{
    char buf[PATH_MAX];
    if (realpath(p, buf))
        return xstrdup(buf);
    if (p[0] == '/')
        return xstrdup(p);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        return xstrdup(p);
    return xasprintf("%s/%s", cwd, p);
}

int main(int argc, char **argv)
{
    struct conf c = { 0 };
    const char *json = NULL, *junit = NULL, *known = NULL, *src = NULL, *corpus = NULL, *denizen = NULL;
    char **oses = NULL, **pkgs = NULL;
    char **fams_only = NULL;
    size_t noses = 0, capos = 0, npkgs = 0, cappkgs = 0, nfo = 0, capfo = 0;
    int gostd = 0, timeout = 0;
    c.parallel = (int)sysconf(_SC_NPROCESSORS_ONLN);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
#define ARG() (i + 1 < argc ? argv[++i] : (fprintf(stderr, "denizen conformance: %s needs a value\n", a), exit(2), ""))
        if (strcmp(a, "--os") == 0)
            add_os(&oses, &noses, &capos, ARG());
        else if (strncmp(a, "--os=", 5) == 0)
            add_os(&oses, &noses, &capos, a + 5);
        else if (strcmp(a, "--json") == 0)
            json = ARG();
        else if (strcmp(a, "--junit") == 0)
            junit = ARG();
        else if (strcmp(a, "--filter") == 0)
            c.filter = ARG();
        else if (strcmp(a, "--family") == 0)
            add_os(&fams_only, &nfo, &capfo, ARG());
        else if (strcmp(a, "--known-failures") == 0)
            known = ARG();
        else if (strcmp(a, "--source") == 0)
            src = ARG();
        else if (strcmp(a, "--corpus") == 0)
            corpus = ARG();
        else if (strcmp(a, "--denizen") == 0)
            denizen = ARG();
        else if (strcmp(a, "-j") == 0 || strcmp(a, "--jobs") == 0)
            c.parallel = atoi(ARG());
        else if (strcmp(a, "--timeout") == 0)
            timeout = atoi(ARG());
        else if (strcmp(a, "--keep") == 0)
            c.keep = 1;
        else if (strcmp(a, "--no-rewrite") == 0)
            c.no_rewrite = 1;
        else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0)
            verbose = 1;
        else if (strcmp(a, "--gostd") == 0) {
            gostd = 1;
            while (i + 1 < argc && argv[i + 1][0] != '-') {
                GROW(pkgs, npkgs, cappkgs);
                pkgs[npkgs++] = argv[++i];
            }
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage, stdout);
            return 0;
        } else {
            fprintf(stderr, "denizen conformance: unknown argument '%s'\n\n%s", a, usage);
            return 2;
        }
#undef ARG
    }
    if (c.parallel < 1)
        c.parallel = 1;

    c.src = absolute(src ? src : getenv("DENIZEN_SOURCE") ? getenv("DENIZEN_SOURCE") : DZ_SOURCE_DIR);
    char *sd = self_dir();
    c.denizen = denizen ? absolute(denizen) : xasprintf("%s/denizen", sd);
    if (access(c.denizen, X_OK) != 0)
        die("denizen not found at %s (build it, or pass --denizen PATH)", c.denizen);
    if (corpus)
        c.corpus = absolute(corpus);
    else if (getenv("DENIZEN_CORPUS") && *getenv("DENIZEN_CORPUS"))
        c.corpus = absolute(getenv("DENIZEN_CORPUS"));
    else {
        char *cmd = xasprintf("'%s/scripts/corpus-path'", c.src);
        char *p = capture(cmd);
        c.corpus = p ? p : xasprintf("%s/build/corpus", c.src);
    }
    if (!noses)
        default_oses(c.src, &oses, &noses, &capos);
    if (!noses)
        die("no guest OS to check (no syscall-xlate/<os>/syscalls.master or libshim/<os>/exports.def with "
            "conformance/probes/common_<os>.go)");
    c.oses = oses;
    c.noses = noses;

    if (gostd) {
        if (!npkgs)
            die("--gostd needs at least one package (e.g. --gostd os io strings)");
        struct gostd_opts g = { pkgs, npkgs, oses, noses, c.denizen, c.corpus, json, timeout ? timeout : 300,
                                c.parallel > 2 ? 2 : c.parallel, c.no_rewrite };
        return gostd_main(&g);
    }

    c.timeout_s = timeout ? timeout : 120;
    c.probes_dir = xasprintf("%s/conformance/probes", c.src);
    regex_t re;
    if (c.filter) {
        if (regcomp(&re, c.filter, REG_EXTENDED | REG_NOSUB) != 0)
            die("bad --filter regular expression: %s", c.filter);
        c.re = &re;
    }
    char err[512];
    c.tables = xcalloc(noses, sizeof *c.tables);
    for (size_t o = 0; o < noses; o++) {
        char *prim = xasprintf("%s/common_%s.go", c.probes_dir, oses[o]);
        if (!path_exists(prim))
            die("no probes for %s: %s is missing (see conformance/README.md, \"A new personality\")", oses[o], prim);
        free(prim);
        char *m = table_path(c.src, oses[o]);
        if (!m)
            die("no table for %s: neither syscall-xlate/%s/syscalls.master nor libshim/%s/exports.def", oses[o],
                oses[o], oses[o]);
        if (table_load(&c.tables[o], oses[o], m, err, sizeof err) < 0)
            die("%s", err);
        free(m);
    }
    char *kf = known ? absolute(known) : xasprintf("%s/conformance/known-failures.txt", c.src);
    if (known_load(&c.known, kf, err, sizeof err) < 0)
        die("%s", err);
    c.goversion = capture("go env GOVERSION");
    if (!c.goversion)
        die("`go env GOVERSION` failed: Go is needed to build the probes (run scripts/deps)");
    c.work = xstrdup("/tmp/denizen-conformance.XXXXXX");
    if (!mkdtemp(c.work))
        die("mkdtemp failed");

    double t0 = now_s();
    size_t nf;
    char **fams = probes_families(c.probes_dir, &nf);
    if (nfo) { /* --family: only these */
        size_t k = 0;
        for (size_t i = 0; i < nf; i++)
            for (size_t j = 0; j < nfo; j++)
                if (strcmp(fams[i], fams_only[j]) == 0)
                    fams[k++] = fams[i];
        for (size_t j = 0; j < nfo; j++) {
            int found = 0;
            for (size_t i = 0; i < k; i++)
                found |= strcmp(fams[i], fams_only[j]) == 0;
            if (!found)
                die("no probe family %s in %s", fams_only[j], c.probes_dir);
        }
        nf = k;
    }
    struct results res = { 0 };
    probes_build(&c, fams, nf, &res);
    probes_run(&c, fams, nf, &res);
    int partial = c.re != NULL || nfo;
    if (!partial)
        checks_linkage(&c, &res);

    struct report rep = { &res, c.tables, noses, c.denizen, now_s() - t0, partial };
    report_matrix(stdout, &rep);
    fflush(stdout);
    if (json && report_json(json, &rep) < 0)
        die("cannot write %s", json);
    if (junit && report_junit(junit, &rep) < 0)
        die("cannot write %s", junit);
    if (!partial) {
        /* the last full run, for scripts/compat-doc */
        char *last = xasprintf("%s/conformance/last-run.json", c.corpus);
        report_json(last, &rep);
        free(last);
    }
    if (c.keep)
        note("scratch directory kept: %s", c.work);
    else
        rm_rf(c.work);
    int p, f, s;
    report_counts(&res, &p, &f, &s);
    note("%.0f s", now_s() - t0);
    return f ? 1 : 0;
}
