/* Small helpers: growing strings, files and directories, messages. */
#define _GNU_SOURCE
#include "conformance/runner/runner.h"
#include <errno.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

int verbose;

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        die("out of memory");
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

char *xstrdup(const char *s)
{
    char *p = strdup(s ? s : "");
    if (!p)
        die("out of memory");
    return p;
}

static char *xvasprintf(const char *fmt, va_list ap, size_t *len)
{
    char *s;
    int n = vasprintf(&s, fmt, ap);
    if (n < 0)
        die("out of memory");
    if (len)
        *len = (size_t)n;
    return s;
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = xvasprintf(fmt, ap, NULL);
    va_end(ap);
    return s;
}

void sb_addn(struct sbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = xrealloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

void sb_add(struct sbuf *b, const char *s) { sb_addn(b, s, strlen(s)); }

void sb_printf(struct sbuf *b, const char *fmt, ...)
{
    va_list ap;
    size_t n;
    va_start(ap, fmt);
    char *s = xvasprintf(fmt, ap, &n);
    va_end(ap);
    sb_addn(b, s, n);
    free(s);
}

char *sb_take(struct sbuf *b)
{
    char *s = b->s ? b->s : xstrdup("");
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    struct sbuf b = { 0 };
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        sb_addn(&b, buf, n);
    fclose(f);
    if (len)
        *len = b.len;
    return sb_take(&b);
}

int write_file(const char *path, const char *data, size_t len)
{
    char *dir = xstrdup(path);
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir) {
        *slash = 0;
        mkdir_p(dir);
    }
    free(dir);
    char *tmp = xasprintf("%s.tmp.%d", path, (int)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        free(tmp);
        return -1;
    }
    int ok = fwrite(data, 1, len, f) == len;
    ok &= fclose(f) == 0;
    ok = ok && rename(tmp, path) == 0;
    if (!ok)
        unlink(tmp);
    free(tmp);
    return ok ? 0 : -1;
}

int mkdir_p(const char *path)
{
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = 0;
        if (mkdir(p, 0755) < 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    int r = mkdir(p, 0755) < 0 && errno != EEXIST ? -1 : 0;
    free(p);
    return r;
}

static int rm_one(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
    if (flag == FTW_DP || flag == FTW_D)
        rmdir(p);
    else
        unlink(p);
    return 0;
}

static int chmod_one(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
    if (flag == FTW_D || flag == FTW_DNR)
        chmod(p, 0700); /* a probe may leave a directory closed to its owner */
    return 0;
}

int rm_rf(const char *path)
{
    if (!path_exists(path))
        return 0;
    nftw(path, chmod_one, 16, FTW_PHYS);
    return nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

int path_exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

double mtime_of(const char *path)
{
    struct stat st;
    if (stat(path, &st) < 0)
        return -1;
    return (double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec / 1e9;
}

double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

char *capture(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return NULL;
    char line[4096];
    char *r = NULL;
    if (fgets(line, sizeof line, p)) {
        line[strcspn(line, "\n")] = 0;
        r = xstrdup(line);
    }
    if (pclose(p) != 0) {
        free(r);
        return NULL;
    }
    return r;
}

void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("denizen-conformance: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(3);
}

void note(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("conformance: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

const char *status_word(enum status s)
{
    static const char *const w[] = { "pass", "fail", "known-failure", "unimplemented", "untested", "none" };
    return w[s];
}

struct result *results_add(struct results *r)
{
    GROW(r->v, r->n, r->cap);
    struct result *x = &r->v[r->n++];
    memset(x, 0, sizeof *x);
    return x;
}
