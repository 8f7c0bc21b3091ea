/* Probe families: find them, build them with `go build` (for Linux and
 * each guest OS), run the Linux build natively and the guest build under
 * denizen, and turn the two outputs into one result per case. */
#define _GNU_SOURCE
#include "conformance/runner/runner.h"
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* A family is conformance/probes/<family>.go with no '_' in its name;
 * common*.go and <family>_<goos>.go are its companions. */
char **probes_families(const char *dir, size_t *n)
{
    DIR *d = opendir(dir);
    if (!d)
        die("cannot read %s", dir);
    char **v = NULL;
    size_t cap = 0;
    *n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l < 4 || strcmp(e->d_name + l - 3, ".go") != 0 || strchr(e->d_name, '_') ||
            strncmp(e->d_name, "common", 6) == 0)
            continue;
        GROW(v, *n, cap);
        v[(*n)++] = xasprintf("%.*s", (int)(l - 3), e->d_name);
    }
    closedir(d);
    qsort(v, *n, sizeof *v, cmpstr);
    return v;
}

char *probe_bin(const struct conf *c, const char *goos, const char *family)
{
    return xasprintf("%s/conformance/%s/%s", c->corpus, goos, family);
}

/* Whether a Go file has a //go:build line that names goos. */
static int builds_for(const char *path, const char *goos)
{
    char *text = read_file(path, NULL);
    if (!text)
        return 0;
    int ok = 0;
    char *b = strstr(text, "//go:build ");
    if (b) {
        b[strcspn(b, "\n")] = 0;
        size_t l = strlen(goos);
        for (char *p = b + 11; (p = strstr(p, goos)); p += l)
            ok |= (p[-1] == ' ' || p[-1] == '(' || p[-1] == '|') &&
                  (p[l] == 0 || p[l] == ' ' || p[l] == ')' || p[l] == '|');
    }
    free(text);
    return ok;
}

/* The source files of one build, in go build order: the family, common.go,
 * common_<goos>.go, every other common_*.go whose //go:build line names
 * goos (primitives some systems share: go build does not apply the
 * constraints of files named on its command line), <family>_<goos>.go. */
static char **sources(const struct conf *c, const char *family, const char *goos, size_t *n)
{
    size_t cap = 8;
    char **v = xcalloc(cap, sizeof *v);
    *n = 0;
    v[(*n)++] = xasprintf("%s.go", family);
    v[(*n)++] = xstrdup("common.go");
    char *mine = xasprintf("common_%s.go", goos);
    v[(*n)++] = xstrdup(mine);
    DIR *d = opendir(c->probes_dir);
    struct dirent *e;
    char **shared = NULL;
    size_t ns = 0, capns = 0;
    while (d && (e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (strncmp(e->d_name, "common_", 7) != 0 || l < 4 || strcmp(e->d_name + l - 3, ".go") != 0 ||
            strcmp(e->d_name, mine) == 0)
            continue;
        char *p = xasprintf("%s/%s", c->probes_dir, e->d_name);
        if (builds_for(p, goos)) {
            GROW(shared, ns, capns);
            shared[ns++] = xstrdup(e->d_name);
        }
        free(p);
    }
    if (d)
        closedir(d);
    qsort(shared, ns, sizeof *shared, cmpstr);
    for (size_t i = 0; i < ns; i++) {
        if (*n + 3 > cap)
            v = xrealloc(v, (cap *= 2) * sizeof *v);
        v[(*n)++] = shared[i];
    }
    free(shared);
    free(mine);
    char *own = xasprintf("%s_%s.go", family, goos);
    char *p = xasprintf("%s/%s", c->probes_dir, own);
    if (path_exists(p))
        v[(*n)++] = own;
    else
        free(own);
    free(p);
    v[*n] = NULL;
    return v;
}

static int stale(const struct conf *c, const char *bin, char **src, size_t n)
{
    double t = mtime_of(bin);
    if (t < 0)
        return 1;
    for (size_t i = 0; i < n; i++) {
        char *p = xasprintf("%s/%s", c->probes_dir, src[i]);
        double s = mtime_of(p);
        free(p);
        if (s < 0 || s > t)
            return 1;
    }
    return 0;
}

/* Every binary in <corpus>/conformance/<goos>/ was built by one Go. */
static int goversion_changed(const struct conf *c, const char *goos)
{
    char *f = xasprintf("%s/conformance/%s/.goversion", c->corpus, goos);
    char *v = read_file(f, NULL);
    int changed = !v || strncmp(v, c->goversion, strlen(c->goversion)) != 0;
    free(v);
    free(f);
    return changed;
}

static void mark_goversion(const struct conf *c, const char *goos)
{
    char *f = xasprintf("%s/conformance/%s/.goversion", c->corpus, goos);
    char *v = xasprintf("%s\n", c->goversion);
    write_file(f, v, strlen(v));
    free(v);
    free(f);
}

struct build {
    struct job job;
    char *family, *goos, *bin, *tmp, *log;
};

static char *tail(const char *s, size_t max)
{
    size_t l = strlen(s);
    return xstrdup(l > max ? s + l - max : s);
}

void probes_build(struct conf *c, char **fams, size_t nf, struct results *res)
{
    /* linux first: the reference for every guest */
    size_t ng = c->noses + 1;
    const char **goos = xcalloc(ng, sizeof *goos);
    goos[0] = "linux";
    for (size_t i = 0; i < c->noses; i++)
        goos[i + 1] = c->oses[i];

    /* one harness builds at a time per corpus: a second one waits, then
     * finds the binaries fresh (ctest -j runs two harness tests at once) */
    char *lockdir = xasprintf("%s/conformance", c->corpus);
    char *lockpath = xasprintf("%s/.lock", lockdir);
    if (mkdir_p(lockdir) < 0)
        die("cannot create %s", lockdir);
    int lock = open(lockpath, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock >= 0)
        flock(lock, LOCK_EX);
    free(lockpath);
    free(lockdir);

    struct build *b = xcalloc(ng * nf, sizeof *b);
    struct job **jobs = xcalloc(ng * nf, sizeof *jobs);
    size_t nb = 0;
    int *newdir = xcalloc(ng, sizeof *newdir);
    for (size_t g = 0; g < ng; g++) {
        char *dir = xasprintf("%s/conformance/%s", c->corpus, goos[g]);
        if (mkdir_p(dir) < 0)
            die("cannot create %s", dir);
        free(dir);
        newdir[g] = goversion_changed(c, goos[g]);
        for (size_t f = 0; f < nf; f++) {
            size_t ns;
            char **src = sources(c, fams[f], goos[g], &ns);
            char *bin = probe_bin(c, goos[g], fams[f]);
            if (!newdir[g] && !stale(c, bin, src, ns)) {
                free(bin);
                continue;
            }
            struct build *x = &b[nb];
            x->family = fams[f];
            x->goos = (char *)goos[g];
            x->bin = bin;
            x->tmp = xasprintf("%s.tmp.%d", bin, (int)getpid());
            x->log = xasprintf("%s/build-%s-%s.log", c->work, goos[g], fams[f]);
            char **argv = xcalloc(ns + 6, sizeof *argv);
            size_t a = 0;
            argv[a++] = "go";
            argv[a++] = "build";
            argv[a++] = "-trimpath";
            argv[a++] = "-o";
            argv[a++] = x->tmp;
            for (size_t i = 0; i < ns; i++)
                argv[a++] = src[i];
            x->job.argv = argv;
            char **env = xcalloc(6, sizeof *env);
            env[0] = xasprintf("GOOS=%s", goos[g]);
            env[1] = "GOARCH=amd64";
            env[2] = "CGO_ENABLED=0";
            if (!getenv("GOCACHE") && !getenv("HOME") && !getenv("XDG_CACHE_HOME"))
                env[3] = xasprintf("GOCACHE=%s/conformance/.gocache", c->corpus);
            x->job.env = env;
            x->job.cwd = c->probes_dir;
            x->job.out_path = x->log;
            x->job.err_path = x->log;
            x->job.timeout_s = 600;
            x->job.progress = xasprintf("building %s/%s", goos[g], fams[f]);
            jobs[nb] = &x->job;
            nb++;
        }
    }
    if (nb)
        jobs_run(jobs, nb, c->parallel);
    for (size_t i = 0; i < nb; i++) {
        struct build *x = &b[i];
        if (!x->job.timed_out && x->job.status == 0 && rename(x->tmp, x->bin) == 0)
            continue;
        unlink(x->tmp);
        unlink(x->bin); /* never run a stale binary */
        char *log = read_file(x->log, NULL);
        char *st = wait_status_str(x->job.status, x->job.timed_out);
        struct result *r = results_add(res);
        r->os = strcmp(x->goos, "linux") == 0 ? "linux" : x->goos;
        r->family = xstrdup(x->family);
        r->call = xstrdup("(build)");
        r->name = xasprintf("%s-%s", x->goos, x->family);
        r->st = ST_FAIL;
        char *t = tail(log ? log : "", 2000);
        r->reason = xasprintf("go build for %s %s: %s", x->goos, st, t);
        fprintf(stderr, "conformance: building %s/%s failed (%s):\n%s\n", x->goos, x->family, st, t);
        free(t);
        free(st);
        free(log);
    }
    for (size_t g = 0; g < ng; g++)
        if (newdir[g])
            mark_goversion(c, goos[g]);
    if (lock >= 0)
        close(lock); /* releases the lock */
    free(newdir);
    free(jobs);
}

/* ---- one probe run's output ---------------------------------------------- */
/* <call> is the reference's name (FreeBSD's); a guest whose table names
 * the call otherwise prints "<call>@<oscall>[,<also>...]": <oscall> is its
 * row, <also> more rows the case exercises on that OS, and "-" as oscall
 * means the OS has no such call (the case is not run: result "n/a"). */
struct pcase {
    char *call, *name, *result;
    char *oscall;          /* NULL: the same as call */
    char *also;            /* NULL or a comma-separated list */
};
struct pout {
    struct pcase *v;
    size_t n, cap;
    char *err;             /* stderr */
    char *how;             /* how the run ended */
    int ok;                /* exited 0 */
    char **unimpl;         /* calls denizen reported as not implemented */
    size_t nunimpl, capunimpl;
};

/* "CASE <call> <name>: <result>" */
static void parse(struct pout *o, char *text)
{
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next)
            *next++ = 0;
        if (strncmp(line, "CASE ", 5) != 0)
            continue;
        char *call = line + 5;
        char *sp = strchr(call, ' ');
        if (!sp)
            continue;
        *sp = 0;
        char *oscall = strchr(call, '@'), *also = NULL;
        if (oscall) {
            *oscall++ = 0;
            if ((also = strchr(oscall, ',')))
                *also++ = 0;
        }
        char *name = sp + 1;
        char *colon = strstr(name, ": ");
        char *result = "";
        if (colon) {
            *colon = 0;
            result = colon + 2;
        } else if ((colon = strchr(name, ':')) && colon[1] == 0) {
            *colon = 0;
        } else {
            continue;
        }
        GROW(o->v, o->n, o->cap);
        o->v[o->n++] = (struct pcase){ xstrdup(call), xstrdup(name), xstrdup(result),
                                       oscall ? xstrdup(oscall) : NULL, also ? xstrdup(also) : NULL };
    }
}

/* "denizen: <os> syscall <nr> <name>[ (...)]: not implemented" */
static void scan_unimpl(struct pout *o, const char *os)
{
    char *pat = xasprintf("denizen: %s syscall ", os);
    for (const char *p = o->err; p && (p = strstr(p, pat)); p++) {
        const char *q = p + strlen(pat);
        while (*q >= '0' && *q <= '9')
            q++;
        if (*q != ' ')
            continue;
        q++;
        size_t l = strcspn(q, " :\n");
        const char *eol = strchr(q, '\n');
        const char *ni = strstr(q, ": not implemented");
        if (!ni || (eol && ni > eol))
            continue;
        GROW(o->unimpl, o->nunimpl, o->capunimpl);
        o->unimpl[o->nunimpl++] = xasprintf("%.*s", (int)l, q);
    }
    free(pat);
}

static int reported_unimpl(const struct pout *o, const char *call)
{
    for (size_t i = 0; i < o->nunimpl; i++)
        if (strcmp(o->unimpl[i], call) == 0)
            return 1;
    return 0;
}

static const struct pcase *find_case(const struct pout *o, const char *call, const char *name)
{
    for (size_t i = 0; i < o->n; i++)
        if (strcmp(o->v[i].call, call) == 0 && strcmp(o->v[i].name, name) == 0)
            return &o->v[i];
    return NULL;
}

struct prun {
    struct job job;
    const char *family, *os; /* os: "linux" for the reference */
    char *dir;
    struct pout out;
};

static void prun_setup(struct conf *c, struct prun *p, const char *family, const char *os)
{
    p->family = family;
    p->os = os;
    p->dir = xasprintf("%s/run-%s-%s", c->work, os, family);
    char *cwd = xasprintf("%s/cwd", p->dir);
    if (mkdir_p(cwd) < 0)
        die("cannot create %s", cwd);
    char *bin = probe_bin(c, os, family);
    char **argv = xcalloc(5, sizeof *argv);
    if (strcmp(os, "linux") == 0) {
        argv[0] = bin;
    } else {
        size_t a = 0;
        argv[a++] = (char *)c->denizen;
        argv[a++] = "run";
        if (c->no_rewrite)
            argv[a++] = "--no-rewrite";
        argv[a++] = bin;
    }
    char **env = xcalloc(6, sizeof *env);
    env[0] = xasprintf("TMPDIR=%s", cwd);
    env[1] = "LC_ALL=C";
    /* the source tree: a probe may read the master tables (badptr covers
     * every pointer-taking row of its OS's syscalls.master) */
    env[2] = xasprintf("DZPROBE_SRC=%s", c->src);
    /* The Go runtime's own preemption signals (SIGURG from the GC and
     * sysmon) land at random and can turn any call into EINTR, natively as
     * under denizen (nanosleep of zero: ~1 in 40000 under load); a case
     * compares one call, so they are switched off.  Cases about interruption
     * send their signals themselves; only the signal family keeps them, as
     * its sigreturn/async-preemption case is about exactly that signal. */
    int e = 3;
    if (strcmp(family, "signal") != 0)
        env[e++] = "GODEBUG=asyncpreemptoff=1";
    if (c->filter)
        env[e++] = xasprintf("DZPROBE_FILTER=%s", c->filter);
    p->job.argv = argv;
    p->job.env = env;
    p->job.cwd = cwd;
    p->job.out_path = xasprintf("%s/stdout", p->dir);
    p->job.err_path = xasprintf("%s/stderr", p->dir);
    p->job.timeout_s = c->timeout_s;
    if (verbose)
        p->job.progress = xasprintf("running %s/%s", os, family);
}

static void prun_collect(struct prun *p)
{
    char *out = read_file(p->job.out_path, NULL);
    p->out.err = read_file(p->job.err_path, NULL);
    if (!p->out.err)
        p->out.err = xstrdup("");
    parse(&p->out, out ? out : (char *)"");
    free(out);
    p->out.how = wait_status_str(p->job.status, p->job.timed_out);
    p->out.ok = !p->job.timed_out && p->job.status == 0;
    scan_unimpl(&p->out, p->os);
}

static int selected(const struct conf *c, const char *family, const char *call, const char *name)
{
    if (!c->re)
        return 1;
    char *subject = xasprintf("%s/%s/%s", family, call, name);
    int r = regexec((regex_t *)c->re, subject, 0, NULL, 0) == 0;
    free(subject);
    return r;
}

static char *stderr_tail(const char *err)
{
    char *t = tail(err, 600);
    for (char *q = t; *q; q++)
        if (*q == '\n')
            *q = ' ';
    return t;
}

/* The other rows a guest case exercised (its "also" list) get the case's
 * outcome too, so that a call only reached through another (NetBSD's
 * getcontext and _lwp_park under thread creation) counts as probed. */
static void credit_also(struct results *res, size_t ri, const struct pcase *g)
{
    if (!g || !g->also)
        return;
    char *list = xstrdup(g->also);
    for (char *save = NULL, *call = strtok_r(list, ",", &save); call; call = strtok_r(NULL, ",", &save)) {
        struct result *r = results_add(res);
        const struct result *base = &res->v[ri];
        *r = *base;
        r->family = xstrdup(base->family);
        r->call = xstrdup(call);
        r->name = xasprintf("%s (via %s)", base->name, base->call);
        r->linux_out = base->linux_out ? xstrdup(base->linux_out) : NULL;
        r->guest_out = base->guest_out ? xstrdup(base->guest_out) : NULL;
        r->reason = xstrdup(base->reason ? base->reason : "");
    }
    free(list);
}

/* Compare one family's reference and guest runs. */
static void compare(struct conf *c, const struct table *t, struct prun *lx, struct prun *gu,
                    struct results *res)
{
    const char *os = gu->os;
    if (!lx->out.ok) {
        struct result *r = results_add(res);
        r->os = os;
        r->family = xstrdup(lx->family);
        r->call = xstrdup("(run)");
        r->name = xasprintf("%s-linux-reference", lx->family);
        r->st = ST_FAIL;
        char *t2 = stderr_tail(lx->out.err);
        r->reason = xasprintf("the Linux reference run %s (the probe itself is broken): %s", lx->out.how, t2);
        free(t2);
    }
    /* every case the reference printed, in its order; then guest-only ones */
    for (int pass = 0; pass < 2; pass++) {
        const struct pout *a = pass == 0 ? &lx->out : &gu->out;
        for (size_t i = 0; i < a->n; i++) {
            const struct pcase *pc = &a->v[i];
            if (pass == 1 && find_case(&lx->out, pc->call, pc->name))
                continue;
            if (!selected(c, lx->family, pc->call, pc->name))
                continue;
            const struct pcase *l = pass == 0 ? pc : NULL;
            const struct pcase *g = pass == 0 ? find_case(&gu->out, pc->call, pc->name) : pc;
            /* the guest's own name for the call */
            const char *gcall = g && g->oscall ? g->oscall : pc->call;
            size_t ri = res->n;
            struct result *r = results_add(res);
            r->os = os;
            r->family = xstrdup(lx->family);
            r->name = xstrdup(pc->name);
            r->linux_out = l ? xstrdup(l->result) : NULL;
            r->guest_out = g ? xstrdup(g->result) : NULL;
            r->secs = gu->job.secs / (gu->out.n ? (double)gu->out.n : 1.0);
            if (strcmp(gcall, "-") == 0) {
                /* not applicable: the guest OS has no such call */
                r->call = xasprintf("(n/a %s)", pc->call);
                r->st = ST_NONE;
                r->reason = xasprintf("%s has no %s", os, pc->call);
                continue;
            }
            r->call = xstrdup(gcall);
            const struct row *row = table_find(t, gcall);
            struct known *k = known_find(&c->known, os, gcall, pc->name);
            if (k)
                k->seen = 1;
            if (l && g && strcmp(l->result, g->result) == 0) {
                if (k) {
                    k->used = 1;
                    r->st = ST_FAIL;
                    r->reason = xasprintf("unexpectedly passes: remove it from %s (line %d)", c->known.path, k->line);
                } else {
                    r->st = ST_PASS;
                    r->reason = xstrdup("");
                }
                credit_also(res, ri, g);
                continue;
            }
            char *diff;
            if (!l)
                diff = xasprintf("only in the %s output: %s", os, g->result);
            else if (!g) {
                char *t2 = stderr_tail(gu->out.err);
                diff = xasprintf("linux: %s | %s: missing (the guest run %s; stderr: %s)", l->result, os,
                                 gu->out.how, t2);
                free(t2);
            } else
                diff = xasprintf("linux: %s | %s: %s", l->result, os, g->result);
            int unimpl = (row && (strcmp(row->level, "unimpl") == 0 || strcmp(row->level, "obsolete") == 0)) ||
                         reported_unimpl(&gu->out, gcall);
            if (unimpl && l) {
                r->st = ST_UNIMPL;
                r->reason = xasprintf("%s reports %s as not implemented; %s", os, gcall, diff);
            } else if (k && l) {
                k->used = 1;
                r->st = ST_KNOWN;
                r->reason = xasprintf("known failure (%s): %s; %s", c->known.path, k->reason, diff);
            } else {
                r->st = ST_FAIL;
                r->reason = xstrdup(diff);
            }
            free(diff);
            credit_also(res, ri, g);
        }
    }
    /* the guest run must end the way the reference did */
    if (lx->out.ok && !gu->out.ok) {
        struct result *r = results_add(res);
        r->os = os;
        r->family = xstrdup(lx->family);
        r->call = xstrdup("(run)");
        r->name = xasprintf("%s-guest-exit", lx->family);
        r->st = ST_FAIL;
        char *t2 = stderr_tail(gu->out.err);
        r->reason = xasprintf("the Linux run exited(0), the %s run under denizen %s: %s", os, gu->out.how, t2);
        free(t2);
    }
    /* duplicate case names are a probe bug: results could not be told apart */
    for (size_t i = 0; i < lx->out.n; i++)
        for (size_t j = i + 1; j < lx->out.n; j++)
            if (strcmp(lx->out.v[i].call, lx->out.v[j].call) == 0 &&
                strcmp(lx->out.v[i].name, lx->out.v[j].name) == 0) {
                struct result *r = results_add(res);
                r->os = os;
                r->family = xstrdup(lx->family);
                r->call = xstrdup("(run)");
                r->name = xasprintf("%s-duplicate-%s-%s", lx->family, lx->out.v[i].call, lx->out.v[i].name);
                r->st = ST_FAIL;
                r->reason = xstrdup("the probe prints this case twice: give each case its own name");
            }
}

void probes_run(struct conf *c, char **fams, size_t nf, struct results *res)
{
    /* a family whose build failed is not run (its failure is already reported) */
    size_t ng = c->noses + 1;
    struct prun *runs = xcalloc(ng * nf, sizeof *runs);
    struct job **jobs = xcalloc(ng * nf, sizeof *jobs);
    size_t nj = 0;
    for (size_t f = 0; f < nf; f++)
        for (size_t g = 0; g < ng; g++) {
            const char *os = g == 0 ? "linux" : c->oses[g - 1];
            struct prun *p = &runs[f * ng + g];
            prun_setup(c, p, fams[f], os);
            char *bin = probe_bin(c, os, fams[f]);
            int have = path_exists(bin);
            free(bin);
            if (have)
                jobs[nj++] = &p->job;
            else
                p->job.status = -2;
        }
    note("running %zu probe families on linux and %zu guest OS%s", nf, c->noses, c->noses == 1 ? "" : "es");
    jobs_run(jobs, nj, c->parallel);
    for (size_t f = 0; f < nf; f++) {
        struct prun *lx = &runs[f * ng];
        if (lx->job.status == -2)
            continue;
        prun_collect(lx);
        for (size_t g = 1; g < ng; g++) {
            struct prun *gu = &runs[f * ng + g];
            if (gu->job.status == -2)
                continue;
            prun_collect(gu);
            compare(c, &c->tables[g - 1], lx, gu, res);
        }
        if (verbose)
            note("%s: done", fams[f]);
    }
    if (!c->keep)
        for (size_t i = 0; i < ng * nf; i++)
            rm_rf(runs[i].dir);
}

/* Table <-> probe linkage: a full row nobody probes, a case naming a call
 * the table does not have, a known failure that matches no case. */
void checks_linkage(struct conf *c, struct results *res)
{
    size_t n0 = res->n;
    for (size_t o = 0; o < c->noses; o++) {
        const struct table *t = &c->tables[o];
        for (size_t i = 0; i < t->n; i++) {
            const struct row *row = &t->rows[i];
            if (strcmp(row->level, "full") != 0)
                continue;
            int probed = 0;
            for (size_t j = 0; j < n0 && !probed; j++)
                probed = strcmp(res->v[j].os, c->oses[o]) == 0 && strcmp(res->v[j].call, row->name) == 0;
            if (probed)
                continue;
            struct result *r = results_add(res);
            r->os = c->oses[o];
            r->family = xstrdup("linkage");
            r->call = xstrdup(row->name);
            r->name = xstrdup("has-probe");
            r->st = ST_FAIL;
            r->reason = xasprintf("the %s table marks %s (%ld) full, but no probe case exercises it: "
                                  "add one to conformance/probes/",
                                  c->oses[o], row->name, row->nr);
        }
        for (size_t j = 0; j < n0; j++) {
            struct result *x = &res->v[j];
            if (strcmp(x->os, c->oses[o]) != 0 || x->call[0] == '(' || table_find(t, x->call))
                continue;
            struct result *r = results_add(res);
            r->os = c->oses[o];
            r->family = xstrdup("linkage");
            r->call = xstrdup(x->call);
            r->name = xasprintf("in-master-table-%s", x->name);
            r->st = ST_FAIL;
            r->reason = xasprintf("probe %s attributes case %s to \"%s\", which is not a row of the %s master table",
                                  x->family, x->name, x->call, c->oses[o]);
        }
    }
    for (size_t i = 0; i < c->known.n; i++) {
        struct known *k = &c->known.v[i];
        int ours = 0;
        for (size_t o = 0; o < c->noses; o++)
            ours |= strcmp(c->oses[o], k->os) == 0;
        if (!ours || k->seen)
            continue;
        struct result *r = results_add(res);
        r->os = k->os;
        for (size_t o = 0; o < c->noses; o++)
            if (strcmp(c->oses[o], k->os) == 0)
                r->os = c->oses[o];
        r->family = xstrdup("linkage");
        r->call = xstrdup(k->call);
        r->name = xasprintf("known-failure-%s", k->name);
        r->st = ST_FAIL;
        r->reason = xasprintf("%s:%d lists %s %s %s, which no probe printed: remove or rename the entry",
                              c->known.path, k->line, k->os, k->call, k->name);
    }
}
