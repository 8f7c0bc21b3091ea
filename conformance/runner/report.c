/* Reports: the call x OS matrix on stdout, JSON and JUnit XML.  The JSON
 * is written one array element per line so that line tools
 * (scripts/compat-doc) can read it without a JSON parser. */
#define _GNU_SOURCE
#include "conformance/runner/runner.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

static int is_check(const struct result *r) { return strcmp(r->family, "linkage") == 0 || r->call[0] == '('; }

void report_counts(const struct results *r, int *passed, int *failed, int *skipped)
{
    *passed = *failed = *skipped = 0;
    for (size_t i = 0; i < r->n; i++) {
        switch (r->v[i].st) {
        case ST_PASS: (*passed)++; break;
        case ST_FAIL: (*failed)++; break;
        case ST_KNOWN:
        case ST_UNIMPL:
        case ST_UNTESTED: (*skipped)++; break;
        case ST_NONE: break;
        }
    }
}

/* ---- per-call summary ---------------------------------------------------- */
struct callsum {
    const char *os, *call;
    const struct row *row;   /* NULL: not a row of the table */
    int pass, fail, known, unimpl, total, linkage_fail;
    enum status st;
    const char *reason;      /* borrowed */
};

static int wanted_row(const struct row *r)
{
    return strcmp(r->level, "full") == 0 || strcmp(r->level, "partial") == 0 || strcmp(r->level, "stub") == 0;
}

static void sum_one(struct callsum *s, const struct results *res)
{
    for (size_t i = 0; i < res->n; i++) {
        const struct result *r = &res->v[i];
        if (strcmp(r->os, s->os) != 0 || strcmp(r->call, s->call) != 0)
            continue;
        if (strcmp(r->family, "linkage") == 0) {
            if (r->st == ST_FAIL && !s->reason)
                s->reason = r->reason;
            s->linkage_fail += r->st == ST_FAIL;
            continue;
        }
        s->total++;
        switch (r->st) {
        case ST_PASS: s->pass++; break;
        case ST_FAIL:
            if (!s->fail)
                s->reason = r->reason;
            s->fail++;
            break;
        case ST_KNOWN:
            if (!s->fail && !s->known)
                s->reason = r->reason;
            s->known++;
            break;
        case ST_UNIMPL:
            if (!s->fail && !s->known && !s->unimpl)
                s->reason = r->reason;
            s->unimpl++;
            break;
        default: break;
        }
    }
    if (s->fail)
        s->st = ST_FAIL;
    else if (s->known)
        s->st = ST_KNOWN;
    else if (s->pass)
        s->st = ST_PASS;
    else if (s->unimpl || (s->row && !wanted_row(s->row)))
        s->st = ST_UNIMPL;
    else
        s->st = ST_UNTESTED;
    if (s->st == ST_PASS)
        s->reason = "";
    if (!s->reason)
        s->reason = s->st == ST_UNTESTED ? "no probe case exercises this call" : "";
}

/* Every call worth a line: rows claiming support, and every probed call. */
static struct callsum *summarize(const struct report *rep, size_t *n)
{
    struct callsum *v = NULL;
    size_t cap = 0;
    *n = 0;
    for (size_t t = 0; t < rep->ntables; t++) {
        const struct table *tb = &rep->tables[t];
        for (size_t i = 0; i < tb->n; i++) {
            const struct row *row = &tb->rows[i];
            int probed = 0;
            for (size_t j = 0; j < rep->res->n && !probed; j++)
                probed = strcmp(rep->res->v[j].os, tb->os) == 0 && strcmp(rep->res->v[j].call, row->name) == 0;
            if (!wanted_row(row) && !probed)
                continue;
            if (rep->filtered && !probed)
                continue;
            GROW(v, *n, cap);
            v[*n] = (struct callsum){ .os = tb->os, .call = row->name, .row = row };
            sum_one(&v[*n], rep->res);
            (*n)++;
        }
        /* probed calls that are not rows (a linkage failure) */
        for (size_t j = 0; j < rep->res->n; j++) {
            const struct result *r = &rep->res->v[j];
            if (strcmp(r->os, tb->os) != 0 || is_check(r) || table_find(tb, r->call))
                continue;
            int dup = 0;
            for (size_t k = 0; k < *n && !dup; k++)
                dup = strcmp(v[k].os, tb->os) == 0 && strcmp(v[k].call, r->call) == 0;
            if (dup)
                continue;
            GROW(v, *n, cap);
            v[*n] = (struct callsum){ .os = tb->os, .call = r->call };
            sum_one(&v[*n], rep->res);
            (*n)++;
        }
    }
    return v;
}

static void cell(char *buf, size_t len, const struct callsum *s)
{
    switch (s->st) {
    case ST_FAIL: snprintf(buf, len, "FAIL %d/%d", s->pass, s->total); break;
    case ST_KNOWN: snprintf(buf, len, "known %d/%d", s->pass, s->total); break;
    case ST_PASS:
        if (s->unimpl)
            snprintf(buf, len, "pass %d/%d +%du", s->pass, s->total, s->unimpl);
        else
            snprintf(buf, len, "pass %d/%d", s->pass, s->total);
        break;
    case ST_UNIMPL: snprintf(buf, len, "unimplemented"); break;
    case ST_UNTESTED: snprintf(buf, len, s->linkage_fail ? "UNTESTED" : "untested"); break;
    default: snprintf(buf, len, "-"); break;
    }
}

void report_matrix(FILE *f, const struct report *rep)
{
    size_t n;
    struct callsum *s = summarize(rep, &n);
    /* the union of calls, in the order of the first table that has them */
    const char **calls = xcalloc(n + 1, sizeof *calls);
    size_t nc = 0;
    for (size_t i = 0; i < n; i++) {
        int dup = 0;
        for (size_t k = 0; k < nc && !dup; k++)
            dup = strcmp(calls[k], s[i].call) == 0;
        if (!dup)
            calls[nc++] = s[i].call;
    }
    fprintf(f, "%-24s %-8s", "call", "level");
    for (size_t t = 0; t < rep->ntables; t++)
        fprintf(f, " %-16s", rep->tables[t].os);
    fputc('\n', f);
    for (size_t k = 0; k < nc; k++) {
        const char *level = "-";
        char line[512];
        int len = 0;
        for (size_t t = 0; t < rep->ntables; t++) {
            const struct callsum *c = NULL;
            for (size_t i = 0; i < n && !c; i++)
                if (strcmp(s[i].os, rep->tables[t].os) == 0 && strcmp(s[i].call, calls[k]) == 0)
                    c = &s[i];
            char b[64] = "-";
            if (c) {
                cell(b, sizeof b, c);
                if (c->row && strcmp(level, "-") == 0)
                    level = c->row->level;
            }
            len += snprintf(line + len, sizeof line - (size_t)len, " %-16s", b);
        }
        fprintf(f, "%-24s %-8s%s\n", calls[k], level, line);
    }
    for (size_t t = 0; t < rep->ntables && !rep->filtered; t++) {
        size_t hidden = 0;
        for (size_t i = 0; i < rep->tables[t].n; i++) {
            int shown = 0;
            for (size_t k = 0; k < n && !shown; k++)
                shown = strcmp(s[k].os, rep->tables[t].os) == 0 && s[k].row == &rep->tables[t].rows[i];
            hidden += !shown;
        }
        fprintf(f, "(%s: %zu unimpl/obsolete rows without a probe not shown)\n", rep->tables[t].os, hidden);
    }
    /* what failed, and why */
    int header = 0;
    for (size_t i = 0; i < rep->res->n; i++) {
        const struct result *r = &rep->res->v[i];
        if (r->st != ST_FAIL)
            continue;
        if (!header++)
            fprintf(f, "\nFailures:\n");
        fprintf(f, "  %s %s/%s/%s: %s\n", r->os, r->family, r->call, r->name, r->reason);
    }
    header = 0;
    for (size_t i = 0; i < rep->res->n; i++) {
        const struct result *r = &rep->res->v[i];
        if (r->st != ST_KNOWN)
            continue;
        if (!header++)
            fprintf(f, "\nKnown failures (not counted as failures):\n");
        fprintf(f, "  %s %s/%s/%s\n", r->os, r->family, r->call, r->name);
    }
    int p, fl, sk;
    report_counts(rep->res, &p, &fl, &sk);
    fprintf(f, "\n%d passed, %d failed, %d skipped\n", p, fl, sk);
    free(calls);
    free(s);
}

/* ---- JSON ------------------------------------------------------------------ */
void json_str(struct sbuf *b, const char *s)
{
    sb_add(b, "\"");
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p == '"' || *p == '\\') {
            char e[3] = { '\\', (char)*p, 0 };
            sb_add(b, e);
        } else if (*p == '\n') {
            sb_add(b, "\\n");
        } else if (*p == '\t') {
            sb_add(b, "\\t");
        } else if (*p < 0x20 || *p >= 0x7f) {
            sb_printf(b, "\\u%04x", *p < 0x20 ? *p : 0xfffd);
        } else {
            sb_addn(b, (const char *)p, 1);
        }
    }
    sb_add(b, "\"");
}

static char *iso_now(void)
{
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    char b[32];
    strftime(b, sizeof b, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return xstrdup(b);
}

int report_json(const char *path, const struct report *rep)
{
    struct sbuf b = { 0 };
    int p, fl, sk;
    report_counts(rep->res, &p, &fl, &sk);
    char *when = iso_now();
    sb_add(&b, "{\n\"tool\": \"denizen-conformance\",\n\"format\": 1,\n\"generated\": ");
    json_str(&b, when);
    sb_add(&b, ",\n\"denizen\": ");
    json_str(&b, rep->denizen);
    sb_printf(&b, ",\n\"seconds\": %.1f,\n\"filtered\": %s,\n\"os\": [", rep->secs, rep->filtered ? "true" : "false");
    for (size_t t = 0; t < rep->ntables; t++) {
        if (t)
            sb_add(&b, ", ");
        json_str(&b, rep->tables[t].os);
    }
    sb_printf(&b, "],\n\"summary\": {\"passed\": %d, \"failed\": %d, \"skipped\": %d},\n\"calls\": [\n", p, fl, sk);
    size_t n;
    struct callsum *s = summarize(rep, &n);
    for (size_t i = 0; i < n; i++) {
        sb_add(&b, "{\"os\": ");
        json_str(&b, s[i].os);
        sb_add(&b, ", \"call\": ");
        json_str(&b, s[i].call);
        sb_printf(&b, ", \"nr\": %ld, \"level\": ", s[i].row ? s[i].row->nr : -1L);
        json_str(&b, s[i].row ? s[i].row->level : "none");
        sb_add(&b, ", \"status\": ");
        json_str(&b, status_word(s[i].st));
        sb_printf(&b, ", \"cases\": %d, \"passed\": %d, \"failed\": %d, \"known\": %d, \"unimplemented\": %d, \"reason\": ",
                  s[i].total, s[i].pass, s[i].fail, s[i].known, s[i].unimpl);
        json_str(&b, s[i].reason);
        sb_add(&b, ", \"note\": ");
        json_str(&b, s[i].row ? s[i].row->note : "");
        sb_add(&b, i + 1 < n ? "},\n" : "}\n");
    }
    free(s);
    sb_add(&b, "],\n\"cases\": [\n");
    for (size_t i = 0; i < rep->res->n; i++) {
        const struct result *r = &rep->res->v[i];
        sb_add(&b, "{\"os\": ");
        json_str(&b, r->os);
        sb_add(&b, ", \"family\": ");
        json_str(&b, r->family);
        sb_add(&b, ", \"call\": ");
        json_str(&b, r->call);
        sb_add(&b, ", \"case\": ");
        json_str(&b, r->name);
        sb_add(&b, ", \"status\": ");
        json_str(&b, status_word(r->st));
        sb_add(&b, ", \"reason\": ");
        json_str(&b, r->reason);
        sb_add(&b, ", \"linux\": ");
        if (r->linux_out)
            json_str(&b, r->linux_out);
        else
            sb_add(&b, "null");
        sb_add(&b, ", \"guest\": ");
        if (r->guest_out)
            json_str(&b, r->guest_out);
        else
            sb_add(&b, "null");
        sb_add(&b, i + 1 < rep->res->n ? "},\n" : "}\n");
    }
    sb_add(&b, "]\n}\n");
    int r = write_file(path, b.s, b.len);
    free(b.s);
    free(when);
    return r;
}

/* ---- JUnit XML ------------------------------------------------------------- */
void xml_str(struct sbuf *b, const char *s)
{
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        switch (*p) {
        case '&': sb_add(b, "&amp;"); break;
        case '<': sb_add(b, "&lt;"); break;
        case '>': sb_add(b, "&gt;"); break;
        case '"': sb_add(b, "&quot;"); break;
        case '\'': sb_add(b, "&apos;"); break;
        case '\n': sb_add(b, "&#10;"); break;
        case '\t': sb_add(b, "&#9;"); break;
        default:
            /* XML 1.0 has no other control characters; non-ASCII bytes
             * may not be UTF-8: both become '?' */
            if (*p < 0x20 || *p >= 0x7f)
                sb_add(b, "?");
            else
                sb_addn(b, (const char *)p, 1);
        }
    }
}

int report_junit(const char *path, const struct report *rep)
{
    struct sbuf b = { 0 };
    int p, fl, sk;
    report_counts(rep->res, &p, &fl, &sk);
    sb_printf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<testsuites name=\"denizen-conformance\" tests=\"%zu\" failures=\"%d\" errors=\"0\" "
                  "skipped=\"%d\" time=\"%.1f\">\n",
              rep->res->n, fl, sk, rep->secs);
    /* one suite per (os, family), in first-seen order */
    char *done = xcalloc(rep->res->n + 1, 1);
    for (size_t i = 0; i < rep->res->n; i++) {
        if (done[i])
            continue;
        const struct result *a = &rep->res->v[i];
        int tests = 0, fails = 0, skips = 0;
        double secs = 0;
        for (size_t j = i; j < rep->res->n; j++) {
            const struct result *r = &rep->res->v[j];
            if (strcmp(r->os, a->os) != 0 || strcmp(r->family, a->family) != 0)
                continue;
            tests++;
            fails += r->st == ST_FAIL;
            skips += r->st == ST_KNOWN || r->st == ST_UNIMPL || r->st == ST_UNTESTED;
            secs += r->secs;
        }
        sb_add(&b, "  <testsuite name=\"");
        xml_str(&b, a->os);
        sb_add(&b, ".");
        xml_str(&b, a->family);
        sb_printf(&b, "\" tests=\"%d\" failures=\"%d\" errors=\"0\" skipped=\"%d\" time=\"%.3f\">\n", tests, fails,
                  skips, secs);
        for (size_t j = i; j < rep->res->n; j++) {
            const struct result *r = &rep->res->v[j];
            if (strcmp(r->os, a->os) != 0 || strcmp(r->family, a->family) != 0)
                continue;
            done[j] = 1;
            sb_add(&b, "    <testcase classname=\"");
            xml_str(&b, r->os);
            sb_add(&b, ".");
            xml_str(&b, r->family);
            sb_add(&b, ".");
            xml_str(&b, r->call);
            sb_add(&b, "\" name=\"");
            xml_str(&b, r->name);
            sb_printf(&b, "\" time=\"%.3f\"", r->secs);
            if (r->st == ST_PASS) {
                sb_add(&b, "/>\n");
                continue;
            }
            sb_add(&b, ">\n");
            if (r->st == ST_FAIL) {
                sb_add(&b, "      <failure message=\"");
                xml_str(&b, r->reason);
                sb_add(&b, "\" type=\"mismatch\">");
                if (r->linux_out || r->guest_out) {
                    sb_add(&b, "linux: ");
                    xml_str(&b, r->linux_out ? r->linux_out : "(missing)");
                    sb_printf(&b, "&#10;%s: ", r->os);
                    xml_str(&b, r->guest_out ? r->guest_out : "(missing)");
                } else {
                    xml_str(&b, r->reason);
                }
                sb_add(&b, "</failure>\n");
            } else {
                sb_add(&b, "      <skipped message=\"");
                xml_str(&b, status_word(r->st));
                sb_add(&b, ": ");
                xml_str(&b, r->reason);
                sb_add(&b, "\"/>\n");
            }
            sb_add(&b, "    </testcase>\n");
        }
        sb_add(&b, "  </testsuite>\n");
    }
    sb_add(&b, "</testsuites>\n");
    int r = write_file(path, b.s, b.len);
    free(done);
    free(b.s);
    return r;
}
