/* The master table of a personality (read through the table parser of
 * syscall-xlate/gen) and the list of known failures. */
#define _GNU_SOURCE
#include "conformance/runner/runner.h"
#include "syscall-xlate/gen/master.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* One field of an exports.def row: up to the next comma outside quotes. */
static const char *export_field(const char *p, char *out, size_t outlen)
{
    size_t n = 0;
    int quoted = 0;
    while (*p == ' ' || *p == '\t')
        p++;
    for (; *p && (quoted || (*p != ',' && *p != ')')); p++) {
        if (*p == '"')
            quoted = !quoted;
        else if (n + 1 < outlen)
            out[n++] = *p;
    }
    while (n && (out[n - 1] == ' ' || out[n - 1] == '\t'))
        n--;
    out[n] = 0;
    return *p == ',' ? p + 1 : p;
}

/* A library personality's table is its exports.def (libshim/<os>): one row
 * per export, X/LEAN/RAW(symbol, ...) with its level; LOCAL rows are never
 * bound to an import, so no probe can reach them.  The row number is the
 * export's position in the table. */
static int exports_load(struct table *t, FILE *f, const char *path, char *err, size_t errlen)
{
    size_t cap = 0;
    char line[1024];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        int skip; /* fields before the level */
        if (strncmp(line, "X(", 2) == 0)
            skip = 3;
        else if (strncmp(line, "LEAN(", 5) == 0)
            skip = 4;
        else if (strncmp(line, "RAW(", 4) == 0)
            skip = 0;
        else
            continue;
        const char *p = strchr(line, '(') + 1;
        char sym[64], fld[256], level[16] = "full", note[256] = "";
        p = export_field(p, sym, sizeof sym);
        for (int i = 1; i < skip; i++)
            p = export_field(p, fld, sizeof fld);
        if (skip) {
            p = export_field(p, fld, sizeof fld);
            for (size_t i = 0; fld[i] && i + 1 < sizeof level; i++)
                level[i] = (char)tolower((unsigned char)fld[i]), level[i + 1] = 0;
            p = export_field(p, fld, sizeof fld); /* class */
            p = export_field(p, note, sizeof note);
            if (strcmp(note, "0") == 0)
                note[0] = 0;
        }
        if (!sym[0] || (strcmp(level, "full") && strcmp(level, "partial") && strcmp(level, "stub"))) {
            snprintf(err, errlen, "%s:%d: not an export row (symbol, ..., FULL|PARTIAL|STUB, ...)", path, lineno);
            return -1;
        }
        GROW(t->rows, t->n, cap);
        struct row *w = &t->rows[t->n];
        w->nr = (long)t->n++;
        snprintf(w->name, sizeof w->name, "%s", sym);
        snprintf(w->level, sizeof w->level, "%s", level);
        snprintf(w->note, sizeof w->note, "%s", note);
    }
    return 0;
}

int table_load(struct table *t, const char *os, const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "cannot read %s", path);
        return -1;
    }
    memset(t, 0, sizeof *t);
    snprintf(t->os, sizeof t->os, "%s", os);
    size_t pl = strlen(path);
    if (pl >= 11 && strcmp(path + pl - 11, "exports.def") == 0) {
        int r = exports_load(t, f, path, err, errlen);
        fclose(f);
        return r;
    }
    size_t cap = 0;
    char line[1024], prefix[64] = "", perr[256];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        struct dz_master_row mr;
        int r = dz_master_parse_line(line, &mr, prefix, sizeof prefix, perr, sizeof perr);
        if (r < 0) {
            snprintf(err, errlen, "%s:%d: %s", path, lineno, perr);
            fclose(f);
            return -1;
        }
        if (r == 0)
            continue;
        GROW(t->rows, t->n, cap);
        struct row *w = &t->rows[t->n++];
        w->nr = mr.nr;
        snprintf(w->name, sizeof w->name, "%s", mr.name);
        snprintf(w->level, sizeof w->level, "%s", mr.level);
        snprintf(w->note, sizeof w->note, "%s", mr.note);
    }
    fclose(f);
    return 0;
}

const struct row *table_find(const struct table *t, const char *call)
{
    for (size_t i = 0; i < t->n; i++)
        if (strcmp(t->rows[i].name, call) == 0)
            return &t->rows[i];
    return NULL;
}

/* known-failures.txt:  <os> <call> <case>  # reason   (the reason is required) */
int known_load(struct knownlist *k, const char *path, char *err, size_t errlen)
{
    k->path = xstrdup(path);
    FILE *f = fopen(path, "r");
    if (!f)
        return 0; /* no list: nothing is known to fail */
    char line[2048];
    int lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\n")] = 0;
        char *hash = strchr(line, '#');
        char *reason = NULL;
        if (hash) {
            *hash = 0;
            reason = hash + 1;
            while (isspace((unsigned char)*reason))
                reason++;
        }
        char os[64], call[128], name[256], extra[8];
        int nf = sscanf(line, "%63s %127s %255s %7s", os, call, name, extra);
        if (nf <= 0)
            continue;
        if (nf != 3 || !reason || !*reason) {
            snprintf(err, errlen, "%s:%d: want \"<os> <call> <case>  # reason\"", path, lineno);
            fclose(f);
            return -1;
        }
        GROW(k->v, k->n, k->cap);
        struct known *e = &k->v[k->n++];
        memset(e, 0, sizeof *e);
        e->os = xstrdup(os);
        e->call = xstrdup(call);
        e->name = xstrdup(name);
        e->reason = xstrdup(reason);
        e->line = lineno;
    }
    fclose(f);
    return 0;
}

struct known *known_find(struct knownlist *k, const char *os, const char *call, const char *name)
{
    for (size_t i = 0; i < k->n; i++) {
        struct known *e = &k->v[i];
        if (strcmp(e->os, os) == 0 && strcmp(e->call, call) == 0 && strcmp(e->name, name) == 0)
            return e;
    }
    return NULL;
}
