/* Parsing of syscalls.master rows (see master.h). */
#include "syscall-xlate/gen/master.h"
#include "syscall-xlate/trace/classes.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[] = {
#define K(id, spelling) spelling,
#include "syscall-xlate/trace/kinds.def"
#undef K
};

int dz_master_kind(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof kind_names / sizeof kind_names[0]; i++)
        if (strlen(kind_names[i]) == len && strncmp(kind_names[i], s, len) == 0)
            return (int)i;
    return -1;
}

static const char *const class_names[] = {
#define C(id, spelling) spelling,
#include "syscall-xlate/trace/classes.def"
#undef C
};

unsigned dz_master_class(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof class_names / sizeof class_names[0]; i++)
        if (strlen(class_names[i]) == len && strncmp(class_names[i], s, len) == 0)
            return 1u << i;
    return 0;
}

static const struct { const char *word, *enumname; int needs_handler, needs_note; } levels[] = {
    { "full", "DZ_FULL", 1, 0 },
    { "partial", "DZ_PARTIAL", 1, 1 },
    { "stub", "DZ_STUB", 1, 1 },
    { "unimpl", "DZ_UNIMPL", 0, 0 },
    { "obsolete", "DZ_OBSOLETE", 0, 0 },
};

const char *dz_master_level_enum(const char *level)
{
    for (size_t i = 0; i < sizeof levels / sizeof levels[0]; i++)
        if (strcmp(levels[i].word, level) == 0)
            return levels[i].enumname;
    return NULL;
}

static int fail(char *err, size_t errlen, const char *msg, const char *what)
{
    snprintf(err, errlen, "%s%s%s", msg, what ? ": " : "", what ? what : "");
    return -1;
}

static const struct { const char *word, *enumname; int needs_linux; } fasts[] = {
    { "", "DZ_FAST_NONE", 0 },
    { "linux", "DZ_FAST_LINUX", 1 },
    { "linux-norestart", "DZ_FAST_LINUX_NORESTART", 1 },
    { "clock", "DZ_FAST_CLOCK", 0 },
};

const char *dz_master_fast_enum(const char *fast)
{
    for (size_t i = 0; i < sizeof fasts / sizeof fasts[0]; i++)
        if (strcmp(fasts[i].word, fast) == 0)
            return fasts[i].enumname;
    return NULL;
}

/* "[file,desc]" into row->cls. */
static int parse_classes(const char *w, struct dz_master_row *row, char *err, size_t errlen)
{
    size_t n = strlen(w);
    if (n < 3 || w[n - 1] != ']')
        return fail(err, errlen, "a class list is [CLASS,...]", w);
    const char *p = w + 1, *end = w + n - 1;
    while (p < end) {
        const char *q = memchr(p, ',', (size_t)(end - p));
        size_t len = q ? (size_t)(q - p) : (size_t)(end - p);
        unsigned c = dz_master_class(p, len);
        if (!c)
            return fail(err, errlen, "unknown class", w);
        row->cls |= c;
        p += len + (q != NULL);
    }
    return 0;
}

/* "@kind" or "@kind:name" into the row. */
static int parse_fast(const char *w, struct dz_master_row *row, char *err, size_t errlen)
{
    const char *colon = strchr(w + 1, ':');
    size_t klen = colon ? (size_t)(colon - (w + 1)) : strlen(w + 1);
    snprintf(row->fast, sizeof row->fast, "%.*s", (int)(klen < sizeof row->fast ? klen : sizeof row->fast - 1),
             w + 1);
    if (colon)
        snprintf(row->linux_name, sizeof row->linux_name, "%s", colon + 1);
    for (size_t i = 1; i < sizeof fasts / sizeof fasts[0]; i++) {
        if (strcmp(fasts[i].word, row->fast) != 0)
            continue;
        if (fasts[i].needs_linux && !row->linux_name[0])
            return fail(err, errlen, "this fast kind needs the Linux call's name (@KIND:NAME)", w);
        if (!fasts[i].needs_linux && row->linux_name[0])
            return fail(err, errlen, "this fast kind takes no name", w);
        return 0;
    }
    return fail(err, errlen, "unknown fast kind", w);
}

/* Next whitespace-separated word into out; returns pointer after it. */
static const char *word(const char *p, char *out, size_t outlen)
{
    while (*p == ' ' || *p == '\t')
        p++;
    size_t n = 0;
    while (*p && !isspace((unsigned char)*p) && *p != '|') {
        if (n + 1 < outlen)
            out[n++] = *p;
        p++;
    }
    out[n] = 0;
    return p;
}

static int parse_kinds(const char *list, struct dz_master_row *row, char *err, size_t errlen)
{
    row->nargs = 0;
    if (strcmp(list, "void") == 0)
        return 0;
    const char *p = list;
    while (*p) {
        const char *q = strchr(p, ',');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        int k = dz_master_kind(p, len);
        if (k < 0 || len == 0) {
            char bad[64];
            snprintf(bad, sizeof bad, "%.*s", (int)(len < 60 ? len : 60), p);
            return fail(err, errlen, "unknown argument kind", bad);
        }
        if (row->nargs == DZ_MASTER_MAXARGS)
            return fail(err, errlen, "too many arguments", NULL);
        row->args[row->nargs++] = k;
        p = q ? q + 1 : p + len;
    }
    return 0;
}

int dz_master_parse_line(const char *line, struct dz_master_row *row, char *prefix,
                         size_t prefixlen, char *err, size_t errlen)
{
    const char *p = line;
    char w[256];
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == 0 || *p == '\n' || *p == '#')
        return 0;
    if (*p == '%') {
        p = word(p + 1, w, sizeof w);
        if (strcmp(w, "prefix") != 0)
            return fail(err, errlen, "unknown directive", w);
        word(p, prefix, prefixlen);
        return prefix[0] ? 0 : fail(err, errlen, "%prefix needs a name", NULL);
    }
    memset(row, 0, sizeof *row);
    row->ret = dz_master_kind("int", 3);

    p = word(p, w, sizeof w);
    char *end;
    row->nr = strtol(w, &end, 10);
    if (!w[0] || *end || row->nr < 0)
        return fail(err, errlen, "bad syscall number", w);
    p = word(p, row->name, sizeof row->name);
    p = word(p, row->level, sizeof row->level);
    p = word(p, row->handler, sizeof row->handler);
    p = word(p, w, sizeof w);
    if (!row->name[0] || !row->level[0] || !row->handler[0] || !w[0])
        return fail(err, errlen, "a row needs NUM NAME LEVEL HANDLER ARGS", NULL);
    if (parse_kinds(w, row, err, errlen) < 0)
        return -1;
    if (strcmp(row->handler, "-") == 0)
        row->handler[0] = 0;

    p = word(p, w, sizeof w);
    if (strcmp(w, "->") == 0) {
        p = word(p, w, sizeof w);
        row->ret = dz_master_kind(w, strlen(w));
        if (row->ret < 0)
            return fail(err, errlen, "unknown result kind", w);
        p = word(p, w, sizeof w);
    }
    if (w[0] == '@') {
        if (parse_fast(w, row, err, errlen) < 0)
            return -1;
        p = word(p, w, sizeof w);
    }
    if (w[0] == '[') {
        if (parse_classes(w, row, err, errlen) < 0)
            return -1;
        p = word(p, w, sizeof w);
    }
    if (w[0])
        return fail(err, errlen, "unexpected word (a note starts with |)", w);
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == '|') {
        p++;
        while (*p == ' ' || *p == '\t')
            p++;
        snprintf(row->note, sizeof row->note, "%s", p);
        size_t n = strlen(row->note);
        while (n && isspace((unsigned char)row->note[n - 1]))
            row->note[--n] = 0;
    }

    size_t li;
    for (li = 0; li < sizeof levels / sizeof levels[0]; li++)
        if (strcmp(levels[li].word, row->level) == 0)
            break;
    if (li == sizeof levels / sizeof levels[0])
        return fail(err, errlen, "unknown level", row->level);
    if (levels[li].needs_handler && !row->handler[0])
        return fail(err, errlen, "this level needs a handler", row->level);
    if (!levels[li].needs_handler && row->handler[0])
        return fail(err, errlen, "an unimplemented row cannot name a handler", row->handler);
    if (levels[li].needs_note && !row->note[0])
        return fail(err, errlen, "partial and stub rows need a note (| ...)", row->name);
    if (row->fast[0] && !row->handler[0])
        return fail(err, errlen, "a fast path needs a handler to fall back on", row->name);
    return 1;
}
