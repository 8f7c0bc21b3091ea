/* denizen-conformance: the syscall-conformance harness.
 *
 * It builds every probe family (conformance/probes/<family>.go) for Linux
 * and for each guest OS with `go build`, runs the Linux build natively and
 * the guest build under `denizen run`, compares the CASE lines, checks the
 * results against the personality's master table, and reports a matrix,
 * JSON and JUnit XML.  It links nothing of the core: it drives the denizen
 * binary as a user would, and reads syscalls.master as text through the
 * table parser (syscall-xlate/gen/master.c). */
#ifndef DZ_CONFORMANCE_RUNNER_H
#define DZ_CONFORMANCE_RUNNER_H
#include <stddef.h>
#include <stdio.h>

/* ---- util.c ------------------------------------------------------------ */
struct sbuf {
    char *s;
    size_t len, cap;
};
void sb_add(struct sbuf *b, const char *s);
void sb_addn(struct sbuf *b, const char *s, size_t n);
void sb_printf(struct sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *sb_take(struct sbuf *b); /* the string (never NULL); b is reset */

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#define GROW(arr, n, cap)                                                          \
    do {                                                                           \
        if ((n) == (cap)) {                                                        \
            (cap) = (cap) ? 2 * (cap) : 16;                                        \
            (arr) = xrealloc((arr), (cap) * sizeof *(arr));                        \
        }                                                                          \
    } while (0)

char *read_file(const char *path, size_t *len); /* NULL when unreadable */
int write_file(const char *path, const char *data, size_t len);
int mkdir_p(const char *path);
int rm_rf(const char *path);
int path_exists(const char *path);
double mtime_of(const char *path); /* -1 when missing */
double now_s(void);
char *capture(const char *cmd);    /* first line of a command's stdout, or NULL */
void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
extern int verbose;

/* ---- jobs.c: child processes, several at once, each with a time limit -- */
struct job {
    char **argv;            /* argv[0] is looked up in PATH */
    char **env;             /* "NAME=value" entries added to the environment */
    char *cwd;              /* NULL: inherit */
    char *out_path, *err_path;
    int timeout_s;
    const char *progress;   /* printed (with a prefix) when the job starts */
    /* results */
    int status;             /* wait status; -1: could not start */
    int timed_out;
    double secs;
    /* private */
    int pid;
    double start;
};
void jobs_run(struct job **jobs, size_t n, int parallel);
char *wait_status_str(int status, int timed_out); /* "exited(0)", "signaled(11)", "timed out" */

/* ---- tables.c: master tables and the known-failures list --------------- */
struct row {
    long nr;
    char name[64];
    char level[16];
    char note[256];
};
struct table {
    char os[32];
    struct row *rows;
    size_t n;
};
int table_load(struct table *t, const char *os, const char *path, char *err, size_t errlen);
const struct row *table_find(const struct table *t, const char *call);

struct known {
    char *os, *call, *name, *reason;
    int line, used, seen;
};
struct knownlist {
    struct known *v;
    size_t n, cap;
    char *path;
};
int known_load(struct knownlist *k, const char *path, char *err, size_t errlen);
struct known *known_find(struct knownlist *k, const char *os, const char *call, const char *name);

/* ---- results ------------------------------------------------------------ */
enum status { ST_PASS, ST_FAIL, ST_KNOWN, ST_UNIMPL, ST_UNTESTED, ST_NONE };
const char *status_word(enum status s);

struct result {                 /* one test case: a probe case, or a check */
    const char *os;
    char *family;               /* probe family, or "linkage" / "probe-run" */
    char *call, *name;
    char *linux_out, *guest_out; /* NULL when the run printed nothing for it */
    enum status st;
    char *reason;
    double secs;
};
struct results {
    struct result *v;
    size_t n, cap;
};
struct result *results_add(struct results *r);

/* ---- probes.c: build, run, compare --------------------------------------- */
struct conf {
    const char *src;            /* the source tree */
    char *probes_dir;           /* <src>/conformance/probes */
    const char *corpus;         /* where built probes live: <corpus>/conformance/ */
    const char *denizen;
    const char *filter;         /* NULL: every case */
    void *re;                   /* compiled filter (regex_t) */
    int parallel, timeout_s, keep;
    int no_rewrite;             /* guests run with `denizen run --no-rewrite` */
    char **oses;
    size_t noses;
    struct table *tables;       /* one per OS, same order */
    struct knownlist known;
    char *work;                 /* scratch directory of this run */
    char *goversion;
};
char **probes_families(const char *dir, size_t *n);
void probes_build(struct conf *c, char **fams, size_t nf, struct results *res);
void probes_run(struct conf *c, char **fams, size_t nf, struct results *res);
void checks_linkage(struct conf *c, struct results *res);
char *probe_bin(const struct conf *c, const char *goos, const char *family);

/* ---- report.c ------------------------------------------------------------ */
struct report {
    struct results *res;
    struct table *tables;
    size_t ntables;
    const char *denizen;
    double secs;
    int filtered;
};
void report_counts(const struct results *r, int *passed, int *failed, int *skipped);
void report_matrix(FILE *f, const struct report *rep);
int report_json(const char *path, const struct report *rep);
int report_junit(const char *path, const struct report *rep);
void json_str(struct sbuf *b, const char *s);
void xml_str(struct sbuf *b, const char *s);

/* ---- gostd.c --------------------------------------------------------------- */
struct gostd_opts {
    char **pkgs;
    size_t npkgs;
    char **oses;
    size_t noses;
    const char *denizen, *corpus, *json;
    int timeout_s, parallel;
    int no_rewrite;             /* guests run with `denizen run --no-rewrite` */
};
int gostd_main(const struct gostd_opts *o);

#endif
