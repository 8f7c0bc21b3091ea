/* Rule storage and parsing, lexical normalisation, forward and reverse
 * mapping (see pathmap.h).  No system calls. */
#include "syscall-xlate/pathmap/pathmap.h"
#include <errno.h>
#include <string.h>

const char *dz_pm_strerror(int status)
{
    switch (status < 0 ? -status : status) {
    case DZ_PM_OK: return "ok";
    case DZ_PM_ENOSEP: return "expected OLD=NEW";
    case DZ_PM_ENOTABS: return "OLD and NEW must be absolute paths";
    case DZ_PM_ETOOLONG: return "path too long";
    case DZ_PM_EFULL: return "too many rules";
    case DZ_PM_ESYNTAX: return "dangling backslash";
    }
    return "bad rule";
}

void dz_pathmap_init(struct dz_pathmap *m)
{
    m->n = 0;
    m->used = 0;
}

long dz_path_normalize(const char *in, char *out, size_t outsz)
{
    int abs = in[0] == '/';
    size_t o = 0, floor = 0;   /* floor: kept leading ".." of a relative path */
    const char *p = in;

#define PUT(ch) do { if (o + 1 >= outsz) return -ENAMETOOLONG; out[o++] = (ch); } while (0)
    while (*p) {
        while (*p == '/')
            p++;
        if (!*p)
            break;
        const char *c = p;
        while (*p && *p != '/')
            p++;
        size_t n = (size_t)(p - c);
        if (n == 1 && c[0] == '.')
            continue;
        if (n == 2 && c[0] == '.' && c[1] == '.') {
            if (o > floor) {
                while (o > floor && out[o - 1] != '/')
                    o--;
                if (o > floor)
                    o--;
                continue;
            }
            if (abs)
                continue;          /* "/.." is "/" */
            if (o)
                PUT('/');
            PUT('.');
            PUT('.');
            floor = o;
            continue;
        }
        if (abs || o)
            PUT('/');
        for (size_t i = 0; i < n; i++)
            PUT(c[i]);
    }
    if (o == 0)
        PUT(abs ? '/' : '.');
#undef PUT
    out[o] = '\0';
    return (long)o;
}

static const char *pool_put(struct dz_pathmap *m, const char *s, size_t n)
{
    if (m->used + n + 1 > sizeof m->pool)
        return NULL;
    char *d = m->pool + m->used;
    memcpy(d, s, n);
    d[n] = '\0';
    m->used += n + 1;
    return d;
}

/* Normalise an absolute path of n bytes into out; the root becomes "". */
static long norm_abs(const char *s, size_t n, char *out)
{
    char tmp[DZ_PM_PATH_MAX];
    if (n == 0 || s[0] != '/')
        return -DZ_PM_ENOTABS;
    if (n >= sizeof tmp)
        return -DZ_PM_ETOOLONG;
    memcpy(tmp, s, n);
    tmp[n] = '\0';
    long k = dz_path_normalize(tmp, out, DZ_PM_PATH_MAX);
    if (k < 0)
        return -DZ_PM_ETOOLONG;
    if (k == 1) {              /* "/" */
        out[0] = '\0';
        k = 0;
    }
    return k;
}

int dz_pathmap_add(struct dz_pathmap *m, const char *old, size_t old_len,
                   const char *new, size_t new_len)
{
    char o[DZ_PM_PATH_MAX], nw[DZ_PM_PATH_MAX];
    long ol = norm_abs(old, old_len, o), nl = norm_abs(new, new_len, nw);
    if (ol < 0)
        return (int)ol;
    if (nl < 0)
        return (int)nl;

    struct dz_pm_rule *r = NULL;
    for (unsigned i = 0; i < m->n; i++)
        if (m->rule[i].old_len == ol && memcmp(m->rule[i].old, o, (size_t)ol) == 0)
            r = &m->rule[i];          /* same OLD: the later rule replaces it */
    if (!r) {
        if (m->n == DZ_PM_MAX_RULES)
            return -DZ_PM_EFULL;
        r = &m->rule[m->n];
    }
    size_t used = m->used;
    const char *so = pool_put(m, o, (size_t)ol), *sn = pool_put(m, nw, (size_t)nl);
    if (!so || !sn) {
        m->used = used;
        return -DZ_PM_EFULL;
    }
    size_t b = (size_t)ol;
    while (b > 0 && so[b - 1] != '/')
        b--;
    *r = (struct dz_pm_rule){
        .old = so, .old_len = (unsigned short)ol,
        .new = sn, .new_len = (unsigned short)nl,
        .canon = sn, .canon_len = (unsigned short)nl,
        .base = so + b, .base_len = (unsigned short)((size_t)ol - b),
    };
    if (r == &m->rule[m->n])
        m->n++;
    return 0;
}

int dz_pathmap_set_canon(struct dz_pathmap *m, unsigned i, const char *canon)
{
    char c[DZ_PM_PATH_MAX];
    if (i >= m->n)
        return -DZ_PM_EFULL;
    long cl = norm_abs(canon, strlen(canon), c);
    if (cl < 0)
        return (int)cl;
    const char *s = pool_put(m, c, (size_t)cl);
    if (!s)
        return -DZ_PM_EFULL;
    m->rule[i].canon = s;
    m->rule[i].canon_len = (unsigned short)cl;
    return 0;
}

static int is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Copy one side of a rule, unescaping and trimming unescaped blanks. */
struct side {
    char buf[DZ_PM_PATH_MAX];
    size_t n, keep;            /* keep: length without trailing blanks */
};

static int side_put(struct side *s, char c, int escaped)
{
    if (!escaped && is_blank(c) && s->n == 0)
        return 0;              /* leading blank */
    if (s->n + 1 >= sizeof s->buf)
        return -DZ_PM_ETOOLONG;
    s->buf[s->n++] = c;
    if (escaped || !is_blank(c))
        s->keep = s->n;
    return 0;
}

int dz_pathmap_add_rule(struct dz_pathmap *m, const char *spec, size_t len)
{
    struct side a = { .n = 0 }, b = { .n = 0 };
    a.keep = b.keep = 0;
    struct side *cur = &a;
    for (size_t i = 0; i < len; i++) {
        char c = spec[i];
        int esc = 0;
        if (c == '\\') {
            if (++i == len)
                return -DZ_PM_ESYNTAX;
            c = spec[i];
            esc = 1;
        } else if (c == '=' && cur == &a) {
            cur = &b;
            continue;
        }
        int e = side_put(cur, c, esc);
        if (e)
            return e;
    }
    if (cur != &b)
        return -DZ_PM_ENOSEP;
    return dz_pathmap_add(m, a.buf, a.keep, b.buf, b.keep);
}

int dz_pathmap_parse(struct dz_pathmap *m, const char *text, size_t len,
                     dz_pm_diag_fn *diag, void *ctx)
{
    int bad = 0;
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        while (start < len && (is_blank(text[start])))
            start++;
        if (start < len && text[start] == '#') {       /* comment line */
            while (start < len && text[start] != '\n')
                start++;
            i = start + 1;
            continue;
        }
        size_t end = start;
        while (end < len && text[end] != ';' && text[end] != '\n') {
            if (text[end] == '\\' && end + 1 < len)
                end++;
            end++;
        }
        if (end > len)
            end = len;
        size_t k = end;
        while (k > start && is_blank(text[k - 1]))
            k--;
        if (k > start) {
            int e = dz_pathmap_add_rule(m, text + start, end - start);
            if (e) {
                bad++;
                if (diag)
                    diag(ctx, text + start, k - start, -e);
            }
        }
        i = end + 1;
    }
    return bad;
}

const struct dz_pm_rule *dz_pathmap_match(const struct dz_pathmap *m, const char *path,
                                          size_t *rest)
{
    const struct dz_pm_rule *best = NULL;
    if (!m || path[0] != '/')
        return NULL;
    for (unsigned i = 0; i < m->n; i++) {
        const struct dz_pm_rule *r = &m->rule[i];
        if (best && r->old_len <= best->old_len)
            continue;
        if (strncmp(path, r->old, r->old_len) != 0)
            continue;
        char c = path[r->old_len];
        if (c == '/' || c == '\0')
            best = r;
    }
    if (best && rest)
        *rest = best->old_len;
    return best;
}

/* out = head + tail, "" -> "/". */
static int join(const char *head, size_t hl, const char *tail, char *out, size_t outsz)
{
    size_t tl = strlen(tail);
    if (hl + tl + 2 > outsz)
        return -ENAMETOOLONG;
    memmove(out + hl, tail, tl + 1);   /* tail may live in out */
    memcpy(out, head, hl);
    if (hl + tl == 0) {
        out[0] = '/';
        out[1] = '\0';
    }
    return 1;
}

int dz_pathmap_forward(const struct dz_pathmap *m, const char *path, char *out, size_t outsz)
{
    size_t rest;
    const struct dz_pm_rule *r = dz_pathmap_match(m, path, &rest);
    if (!r)
        return 0;
    return join(r->new, r->new_len, path + rest, out, outsz);
}

/* Is `host` under prefix p (component boundary)?  Length matched or -1. */
static long under(const char *host, const char *p, size_t pl)
{
    if (strncmp(host, p, pl) != 0)
        return -1;
    char c = host[pl];
    return c == '/' || c == '\0' ? (long)pl : -1;
}

int dz_pathmap_reverse(const struct dz_pathmap *m, const char *host, char *out, size_t outsz)
{
    const struct dz_pm_rule *best = NULL;
    long best_len = -1;
    if (!m || host[0] != '/')
        return 0;
    for (unsigned i = 0; i < m->n; i++) {
        const struct dz_pm_rule *r = &m->rule[i];
        long a = under(host, r->new, r->new_len), b = under(host, r->canon, r->canon_len);
        long l = a > b ? a : b;
        if (l > best_len) {
            best_len = l;
            best = r;
        }
    }
    if (!best)
        return 0;
    return join(best->old, best->old_len, host + best_len, out, outsz);
}
