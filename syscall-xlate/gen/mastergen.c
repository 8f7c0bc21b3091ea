/* mastergen MASTER OUT.c OUT.h: turn a personality's syscalls.master into
 * its dispatch table and the prototypes of its handlers (DO NOT EDIT output). */
#include "syscall-xlate/gen/master.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_ids[] = {
#define K(id, spelling) "DZ_K_" #id,
#include "syscall-xlate/trace/kinds.def"
#undef K
};

#define MAXNR 4096

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: mastergen MASTER OUT.c OUT.h\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "r");
    if (!in) {
        perror(argv[1]);
        return 1;
    }
    static struct dz_master_row rows[MAXNR];
    static int have[MAXNR];
    char line[1024], prefix[64] = "", err[256];
    long maxnr = -1;
    int lineno = 0, bad = 0;
    while (fgets(line, sizeof line, in)) {
        struct dz_master_row r;
        lineno++;
        int k = dz_master_parse_line(line, &r, prefix, sizeof prefix, err, sizeof err);
        if (k < 0) {
            fprintf(stderr, "%s:%d: %s\n", argv[1], lineno, err);
            bad = 1;
            continue;
        }
        if (k == 0)
            continue;
        if (r.nr >= MAXNR || have[r.nr]) {
            fprintf(stderr, "%s:%d: number %ld %s\n", argv[1], lineno, r.nr,
                    r.nr >= MAXNR ? "too large" : "listed twice");
            bad = 1;
            continue;
        }
        rows[r.nr] = r;
        have[r.nr] = 1;
        if (r.nr > maxnr)
            maxnr = r.nr;
    }
    fclose(in);
    if (!prefix[0]) {
        fprintf(stderr, "%s: no %%prefix line\n", argv[1]);
        bad = 1;
    }
    if (bad)
        return 1;

    FILE *h = fopen(argv[3], "w"), *c = fopen(argv[2], "w");
    if (!h || !c) {
        perror("mastergen output");
        return 1;
    }
    fprintf(h, "/* Generated from %s by mastergen. DO NOT EDIT. */\n#pragma once\n"
               "#include \"syscall-xlate/engine/sysent.h\"\n\n", argv[1]);
    fprintf(h, "#define %s_NSYSENT %ld\nextern const struct dz_sysent %s_sysent[%s_NSYSENT];\n\n",
            prefix, maxnr + 1, prefix, prefix);
    /* One prototype per handler, even when several rows share it. */
    for (long i = 0; i <= maxnr; i++) {
        if (!have[i] || !rows[i].handler[0])
            continue;
        int seen = 0;
        for (long j = 0; j < i && !seen; j++)
            seen = have[j] && strcmp(rows[j].handler, rows[i].handler) == 0;
        if (!seen)
            fprintf(h, "long %s(struct dz_call *c);\n", rows[i].handler);
    }
    const char *hbase = strrchr(argv[3], '/') ? strrchr(argv[3], '/') + 1 : argv[3];
    fprintf(c, "/* Generated from %s by mastergen. DO NOT EDIT. */\n#include \"%s\"\n"
               "#include <sys/syscall.h>\n\n"
               "const struct dz_sysent %s_sysent[%s_NSYSENT] = {\n",
            argv[1], hbase, prefix, prefix);
    for (long i = 0; i <= maxnr; i++) {
        if (!have[i])
            continue;
        struct dz_master_row *r = &rows[i];
        fprintf(c, "    [%ld] = { \"%s\", %s, %s, %d, %s, {", i, r->name,
                r->handler[0] ? r->handler : "0", dz_master_level_enum(r->level), r->nargs,
                kind_ids[r->ret]);
        for (int a = 0; a < r->nargs; a++)
            fprintf(c, "%s%s", a ? ", " : "", kind_ids[r->args[a]]);
        fprintf(c, "}, ");
        if (r->note[0]) {
            fputc('"', c);
            for (const char *p = r->note; *p; p++) {
                if (*p == '"' || *p == '\\')
                    fputc('\\', c);
                fputc(*p, c);
            }
            fputc('"', c);
        } else {
            fprintf(c, "0");
        }
        fprintf(c, ", %s, ", dz_master_fast_enum(r->fast));
        if (r->linux_name[0])
            fprintf(c, "SYS_%s", r->linux_name);
        else
            fprintf(c, "-1");
        fprintf(c, ", %u },\n", r->cls);
    }
    fprintf(c, "};\n");
    if (fclose(c) || fclose(h)) {
        perror("mastergen output");
        return 1;
    }
    return 0;
}
