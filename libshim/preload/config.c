/* DENIZEN_UNAME specs and DENIZEN_SHIM_CONFIG files (see config.h). */
#include "libshim/preload/config.h"
#include <string.h>

const char *const dz_uts_names[DZ_UTS_NFIELDS] = {
    [DZ_UTS_SYSNAME] = "sysname",     [DZ_UTS_NODENAME] = "nodename",
    [DZ_UTS_RELEASE] = "release",     [DZ_UTS_VERSION] = "version",
    [DZ_UTS_MACHINE] = "machine",     [DZ_UTS_DOMAINNAME] = "domainname",
};

static int blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Index of the uname key at s[0..len) followed by '=', with its length. */
static int uts_key(const char *s, size_t len, size_t *klen)
{
    size_t k = 0;
    while (k < len && ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z')))
        k++;
    size_t e = k;
    while (e < len && blank(s[e]))
        e++;
    if (k == 0 || e >= len || s[e] != '=')
        return -1;
    *klen = e + 1;
    for (int i = 0; i < DZ_UTS_NFIELDS; i++)
        if (strlen(dz_uts_names[i]) == k && strncasecmp(dz_uts_names[i], s, k) == 0)
            return i;
    return -2;                  /* a key, but not one of ours */
}

/* Does a field separator start at s[i]: ',' blanks known-key '=' ? */
static int field_sep(const char *s, size_t len, size_t i)
{
    size_t k;
    if (s[i] != ',')
        return 0;
    i++;
    while (i < len && blank(s[i]))
        i++;
    return uts_key(s + i, len - i, &k) >= 0;
}

int dz_uname_parse(struct dz_uname_spec *u, const char *spec, size_t len,
                   dz_cfg_diag_fn *diag, void *ctx)
{
    int bad = 0;
    size_t i = 0;
#define DIAG(what, p, n) do { bad++; if (diag) diag(ctx, (what), (p), (n)); } while (0)
    while (i < len) {
        while (i < len && (blank(spec[i]) || spec[i] == ','))
            i++;
        if (i >= len)
            break;
        size_t klen, start = i;
        int f = uts_key(spec + i, len - i, &klen);
        /* the value runs to the next separator */
        size_t v = f == -1 ? i : i + klen, end = v;
        while (end < len && !field_sep(spec, len, end)) {
            if (spec[end] == '\\' && end + 1 < len)
                end++;
            end++;
        }
        if (end > len)
            end = len;
        if (f < 0) {
            DIAG(f == -1 ? "expected FIELD=VALUE" : "unknown uname field", spec + start,
                 end - start);
            i = end;
            continue;
        }
        char val[DZ_UTS_LEN];
        size_t n = 0, keep = 0;
        int cut = 0;
        for (size_t j = v; j < end; j++) {
            char c = spec[j];
            int esc = 0;
            if (c == '\\' && j + 1 < end) {
                c = spec[++j];
                esc = 1;
            }
            if (!esc && blank(c) && n == 0)
                continue;
            if (n + 1 >= sizeof val) {
                cut = 1;
                break;
            }
            val[n++] = c;
            if (esc || !blank(c))
                keep = n;
        }
        if (cut)
            DIAG("value longer than 64 bytes, cut", spec + start, end - start);
        val[keep] = '\0';
        memcpy(u->f[f], val, keep + 1);
        u->mask |= 1u << f;
        i = end;
    }
#undef DIAG
    return bad;
}

void dz_uname_apply(const struct dz_uname_spec *u, char (*fields)[DZ_UTS_LEN])
{
    for (int i = 0; i < DZ_UTS_NFIELDS; i++)
        if (u->mask & (1u << i))
            memcpy(fields[i], u->f[i], strlen(u->f[i]) + 1);
}

struct rule_diag {
    dz_cfg_diag_fn *diag;
    void *ctx;
};

static void on_bad_rule(void *ctx, const char *rule, size_t len, int status)
{
    struct rule_diag *d = ctx;
    if (d->diag)
        d->diag(d->ctx, dz_pm_strerror(status), rule, len);
}

static int set_path(char *dst, const char *v, size_t n)
{
    if (n >= DZ_PM_PATH_MAX)
        return -1;
    memcpy(dst, v, n);
    dst[n] = '\0';
    return 0;
}

int dz_cfg_parse(struct dz_shim_cfg *c, const char *text, size_t len,
                 dz_cfg_diag_fn *diag, void *ctx)
{
    int bad = 0;
    struct rule_diag rd = { diag, ctx };
#define DIAG(what, p, n) do { bad++; if (diag) diag(ctx, (what), (p), (n)); } while (0)
    for (size_t i = 0; i < len;) {
        size_t s = i, e = i;
        while (e < len && text[e] != '\n')
            e++;
        i = e + 1;
        while (s < e && blank(text[s]))
            s++;
        while (e > s && blank(text[e - 1]))
            e--;
        if (s == e || text[s] == '#')
            continue;
        if (text[s] == '/') {
            int st = dz_pathmap_add_rule(c->map, text + s, e - s);
            if (st)
                DIAG(dz_pm_strerror(-st), text + s, e - s);
            continue;
        }
        size_t k = s;
        while (k < e && ((text[k] >= 'a' && text[k] <= 'z') || text[k] == '_'))
            k++;
        size_t eq = k;
        while (eq < e && blank(text[eq]))
            eq++;
        if (k == s || eq == e || text[eq] != '=') {
            DIAG("expected KEY = VALUE or /OLD = /NEW", text + s, e - s);
            continue;
        }
        size_t v = eq + 1;
        while (v < e && blank(text[v]))
            v++;
        const char *key = text + s, *val = text + v;
        size_t kl = k - s, vl = e - v;
        if (kl == 3 && memcmp(key, "map", 3) == 0)
            bad += dz_pathmap_parse(c->map, val, vl, on_bad_rule, &rd);
        else if (kl == 5 && memcmp(key, "uname", 5) == 0)
            bad += dz_uname_parse(&c->uname, val, vl, diag, ctx);
        else if (kl == 4 && memcmp(key, "root", 4) == 0) {
            if (set_path(c->root, val, vl))
                DIAG("path too long", text + s, e - s);
        } else if (kl == 5 && memcmp(key, "trace", 5) == 0) {
            if (set_path(c->trace, val, vl))
                DIAG("path too long", text + s, e - s);
        } else {
            DIAG("unknown setting", text + s, e - s);
        }
    }
#undef DIAG
    return bad;
}
