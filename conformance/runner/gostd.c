/* --gostd PKG...: run Go standard-library test binaries (made by
 * scripts/corpus: <corpus>/gostd/<goos>/<pkg with / as _>.test) for Linux
 * natively and for each guest OS under denizen, in $GOROOT/src/<pkg>, and
 * report per package how many of the tests that pass on Linux pass on the
 * guest.  A guest run that hangs is killed at the time limit and one that
 * crashes is counted as far as it got. */
#define _GNU_SOURCE
#include "conformance/runner/runner.h"
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

/* a go test binary exits 0 (all passed) or 1 (some failed) when it ends normally */
#define WIFEXITED_OK(st) ((st) != -1 && WIFEXITED(st) && WEXITSTATUS(st) <= 1)

struct tests {
    char **pass, **fail, **skip, **started;
    size_t npass, nfail, nskip, nstarted, cpass, cfail, cskip, cstarted;
};

static void add(char ***v, size_t *n, size_t *cap, const char *s, size_t len)
{
    GROW(*v, *n, *cap);
    (*v)[(*n)++] = xasprintf("%.*s", (int)len, s);
}

static int has(char **v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], s) == 0)
            return 1;
    return 0;
}

/* Top-level results only: "--- PASS: TestX (0.00s)" at column 0 (subtests
 * are indented), and "=== RUN   TestX" for tests that were started. */
static void parse_tests(struct tests *t, const char *out)
{
    for (const char *line = out; line && *line;) {
        const char *eol = strchr(line, '\n');
        size_t len = eol ? (size_t)(eol - line) : strlen(line);
        const char *kinds[] = { "--- PASS: ", "--- FAIL: ", "--- SKIP: ", "=== RUN   " };
        for (int k = 0; k < 4; k++) {
            size_t kl = strlen(kinds[k]);
            if (len <= kl || strncmp(line, kinds[k], kl) != 0)
                continue;
            const char *name = line + kl;
            size_t nl = strcspn(name, " \n");
            if (memchr(name, '/', nl))
                break; /* a subtest */
            if (k == 0)
                add(&t->pass, &t->npass, &t->cpass, name, nl);
            else if (k == 1)
                add(&t->fail, &t->nfail, &t->cfail, name, nl);
            else if (k == 2)
                add(&t->skip, &t->nskip, &t->cskip, name, nl);
            else
                add(&t->started, &t->nstarted, &t->cstarted, name, nl);
            break;
        }
        line = eol ? eol + 1 : NULL;
    }
}

struct grun {
    struct job job;
    const char *os, *pkg;
    struct tests t;
    char *how;
    int missing;
};

int gostd_main(const struct gostd_opts *o)
{
    char *goroot = capture("go env GOROOT");
    if (!goroot)
        die("`go env GOROOT` failed: the Go toolchain is needed for the test data in $GOROOT/src");
    char *work = xstrdup("/tmp/denizen-gostd.XXXXXX");
    if (!mkdtemp(work))
        die("mkdtemp failed");
    size_t per = o->noses + 1;
    struct grun *runs = xcalloc(o->npkgs * per, sizeof *runs);
    struct job **jobs = xcalloc(o->npkgs * per, sizeof *jobs);
    size_t nj = 0;
    int missing = 0;
    for (size_t p = 0; p < o->npkgs; p++) {
        char *flat = xstrdup(o->pkgs[p]);
        for (char *c = flat; *c; c++)
            if (*c == '/')
                *c = '_';
        char *dir = xasprintf("%s/src/%s", goroot, o->pkgs[p]);
        for (size_t g = 0; g < per; g++) {
            struct grun *r = &runs[p * per + g];
            r->os = g == 0 ? "linux" : o->oses[g - 1];
            r->pkg = o->pkgs[p];
            char *bin = xasprintf("%s/gostd/%s/%s.test", o->corpus, r->os, flat);
            if (!path_exists(bin)) {
                fprintf(stderr, "conformance: %s is missing: run scripts/corpus gostd (DENIZEN_GOSTD_PKGS=\"%s\" for more packages)\n",
                        bin, o->pkgs[p]);
                r->missing = 1;
                missing = 1;
                continue;
            }
            char **argv = xcalloc(9, sizeof *argv);
            size_t a = 0;
            if (g) {
                argv[a++] = (char *)o->denizen;
                argv[a++] = "run";
                if (o->no_rewrite)
                    argv[a++] = "--no-rewrite";
            }
            argv[a++] = bin;
            argv[a++] = "-test.short";
            argv[a++] = "-test.v";
            argv[a++] = "-test.count=1";
            r->job.argv = argv;
            r->job.cwd = dir;
            r->job.out_path = xasprintf("%s/%s-%s.out", work, r->os, flat);
            r->job.err_path = r->job.out_path;
            r->job.timeout_s = o->timeout_s;
            r->job.progress = xasprintf("go test %s on %s%s", o->pkgs[p], r->os, g ? " (under denizen)" : "");
            char **env = xcalloc(2, sizeof *env);
            env[0] = xasprintf("TMPDIR=%s", work);
            r->job.env = env;
            jobs[nj++] = &r->job;
        }
    }
    jobs_run(jobs, nj, o->parallel);

    struct sbuf js = { 0 };
    sb_add(&js, "{\n\"tool\": \"denizen-conformance\",\n\"mode\": \"gostd\",\n\"packages\": [\n");
    int first = 1;
    printf("%-20s %-12s", "package", "linux");
    for (size_t g = 1; g < per; g++)
        printf(" %-22s", o->oses[g - 1]);
    printf("\n");
    size_t tot_l = 0, *tot_g = xcalloc(per, sizeof *tot_g);
    for (size_t p = 0; p < o->npkgs; p++) {
        struct grun *lx = &runs[p * per];
        if (lx->missing)
            continue;
        char *out = read_file(lx->job.out_path, NULL);
        parse_tests(&lx->t, out ? out : "");
        free(out);
        lx->how = wait_status_str(lx->job.status, lx->job.timed_out);
        tot_l += lx->t.npass;
        printf("%-20s %-12s", o->pkgs[p], xasprintf("%zu/%zu", lx->t.npass, lx->t.npass + lx->t.nfail));
        struct sbuf details = { 0 };
        for (size_t g = 1; g < per; g++) {
            struct grun *gu = &runs[p * per + g];
            if (gu->missing) {
                printf(" %-22s", "(no binary)");
                continue;
            }
            out = read_file(gu->job.out_path, NULL);
            parse_tests(&gu->t, out ? out : "");
            free(out);
            gu->how = wait_status_str(gu->job.status, gu->job.timed_out);
            size_t both = 0;
            for (size_t i = 0; i < lx->t.npass; i++)
                both += has(gu->t.pass, gu->t.npass, lx->t.pass[i]);
            tot_g[g] += both;
            double ratio = lx->t.npass ? (double)both / (double)lx->t.npass : 0.0;
            char cellb[64];
            snprintf(cellb, sizeof cellb, "%zu/%zu %.1f%%", both, lx->t.npass, 100.0 * ratio);
            printf(" %-22s", cellb);
            /* failures: tests that pass on Linux and did not pass here */
            sb_printf(&details, "    %s (%s):", gu->os, gu->how);
            struct sbuf fl = { 0 };
            size_t nfl = 0;
            for (size_t i = 0; i < lx->t.npass; i++) {
                const char *tn = lx->t.pass[i];
                if (has(gu->t.pass, gu->t.npass, tn))
                    continue;
                const char *why = has(gu->t.fail, gu->t.nfail, tn)   ? ""
                                  : has(gu->t.skip, gu->t.nskip, tn) ? "(skipped)"
                                  : has(gu->t.started, gu->t.nstarted, tn) ? "(interrupted)"
                                                                         : "(not run)";
                sb_printf(&details, " %s%s", tn, why);
                if (nfl++)
                    sb_add(&fl, ", ");
                json_str(&fl, tn);
            }
            if (!nfl)
                sb_add(&details, " all pass");
            sb_add(&details, "\n");
            sb_add(&js, first ? "" : ",\n");
            first = 0;
            sb_add(&js, "{\"package\": ");
            json_str(&js, o->pkgs[p]);
            sb_add(&js, ", \"os\": ");
            json_str(&js, gu->os);
            sb_printf(&js, ", \"linux_passed\": %zu, \"linux_failed\": %zu, \"guest_passed\": %zu, \"guest_failed\": %zu, "
                           "\"guest_skipped\": %zu, \"passed_on_both\": %zu, \"ratio\": %.4f, \"linux_run\": ",
                      lx->t.npass, lx->t.nfail, gu->t.npass, gu->t.nfail, gu->t.nskip, both, ratio);
            json_str(&js, lx->how);
            sb_add(&js, ", \"guest_run\": ");
            json_str(&js, gu->how);
            sb_add(&js, ", \"guest_failures\": [");
            sb_add(&js, fl.s ? fl.s : "");
            sb_add(&js, "]}");
            free(fl.s);
        }
        if (lx->job.timed_out || !WIFEXITED_OK(lx->job.status))
            printf("\n    linux (%s): the reference run did not finish; its counts are partial", lx->how);
        printf("\n%s", details.s ? details.s : "");
        free(details.s);
    }
    sb_add(&js, "\n],\n\"totals\": [");
    for (size_t g = 1; g < per; g++) {
        double r = tot_l ? (double)tot_g[g] / (double)tot_l : 0.0;
        printf("%s: %zu of the %zu tests that pass on Linux pass (%.1f%%)\n", o->oses[g - 1], tot_g[g], tot_l, 100.0 * r);
        sb_add(&js, g > 1 ? ", " : "");
        sb_add(&js, "{\"os\": ");
        json_str(&js, o->oses[g - 1]);
        sb_printf(&js, ", \"linux_passed\": %zu, \"passed_on_both\": %zu, \"ratio\": %.4f}", tot_l, tot_g[g], r);
    }
    sb_add(&js, "]\n}\n");
    if (o->json && write_file(o->json, js.s, js.len) < 0)
        die("cannot write %s", o->json);
    free(js.s);
    rm_rf(work);
    return missing ? 3 : 0;
}
