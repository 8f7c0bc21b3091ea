/* gen_help SOURCE VERSION MAN_OUT HEADER_OUT: the one source of denizen's
 * documentation (docs/man/denizen.1.src) made into the man page (roff) and
 * into the --help texts (C strings, one per @help block), so that the two
 * can never disagree.  A build-time tool; never installed.
 *
 * The source is read line by line:
 *   # ...            a comment
 *   @th TEXT         .TH TEXT (@VERSION@ replaced)
 *   @sh NAME         a man section;  @ss NAME  a subsection
 *   @help NAME ... @endhelp
 *                    what lies between is in the man page and in the C
 *                    string dz_help_NAME too; outside, text is man-only
 *   @h TEXT          a line of --help only;  @m ROFF  a line of roff only
 *   @cmd SYNOPSIS    a command (a .TP item), @cont continues its synopsis
 *   @opt OPTION      an option of the current command (nested .TP items)
 *   @more            the following text lines, up to the next directive,
 *                    are the man page's only
 *   @ex ... @endex   lines kept as they are (examples)
 *   TEXT             a line of prose; a blank line starts a paragraph.
 *                    `x` is bold in the man page, plain in --help.
 * Help lines are written pre-wrapped in the source; the generator only
 * indents them: commands at 2, their text at 8, options at 6 with their
 * text in a column at 24. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { HELP_MAX = 16 };
static struct { char name[32]; char *buf; size_t len, cap; } helps[HELP_MAX];
static int nhelp, cur = -1;        /* cur: the open @help block, or -1 */
static FILE *man;
static int in_cmd, in_opts, more, ex, para_item;
static int pending_opt;            /* help: an option's name waits for its first text line */
static char optname[128];

static void die(const char *what, int lineno)
{
    fprintf(stderr, "gen_help: line %d: %s\n", lineno, what);
    exit(1);
}

static void hput(const char *s)
{
    if (cur < 0)
        return;
    size_t n = strlen(s);
    if (helps[cur].len + n + 1 > helps[cur].cap) {
        helps[cur].cap = (helps[cur].len + n + 1) * 2;
        helps[cur].buf = realloc(helps[cur].buf, helps[cur].cap);
        if (!helps[cur].buf)
            die("out of memory", 0);
    }
    memcpy(helps[cur].buf + helps[cur].len, s, n + 1);
    helps[cur].len += n;
}

/* Help text of s: backquotes dropped. */
static void hputtext(const char *s)
{
    char buf[1024];
    size_t k = 0;
    for (; *s && k < sizeof buf - 1; s++)
        if (*s != '`')
            buf[k++] = *s;
    buf[k] = 0;
    hput(buf);
}

/* Roff text of s: escapes, `x` in bold, a leading control character made
 * harmless. */
static void mputtext(const char *s)
{
    int bold = 0;
    if (*s == '.' || *s == '\'')
        fputs("\\&", man);
    for (; *s; s++) {
        if (*s == '\\')
            fputs("\\e", man);
        else if (*s == '-')
            fputs("\\-", man);
        else if (*s == '`')
            fputs((bold = !bold) ? "\\fB" : "\\fR", man);
        else
            fputc(*s, man);
    }
    if (bold)
        fputs("\\fR", man);
    fputc('\n', man);
}

static void close_opts(void)
{
    if (in_opts)
        fputs(".RE\n", man);
    in_opts = 0;
}

/* The option name waiting for text, alone on its help line. */
static void flush_opt(void)
{
    if (!pending_opt)
        return;
    hput("      ");
    hputtext(optname);
    hput("\n");
    pending_opt = 0;
}

static void text_line(const char *s)
{
    if (*s == 0) {
        if (!more)
            flush_opt();
        fputs(para_item ? ".IP\n" : ".PP\n", man);
        if (!more)
            hput("\n");
        return;
    }
    mputtext(s);
    if (more)
        return;
    if (pending_opt) {
        char pad[64];
        size_t ol = strlen(optname) - (strchr(optname, '`') ? 2 : 0);
        if (ol <= 16) {
            snprintf(pad, sizeof pad, "      %-18s", "");
            hput("      ");
            hputtext(optname);
            hput(pad + 6 + ol);
            hputtext(s);
            hput("\n");
            pending_opt = 0;
            return;
        }
        flush_opt();
    }
    hput(in_opts ? "                        " : in_cmd ? "        " : "");
    hputtext(s);
    hput("\n");
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fprintf(stderr, "usage: gen_help SOURCE VERSION MAN_OUT HEADER_OUT\n");
        return 2;
    }
    FILE *in = fopen(argv[1], "r");
    man = fopen(argv[3], "w");
    if (!in || !man) {
        perror("gen_help");
        return 1;
    }
    fputs(".\\\" Generated from docs/man/denizen.1.src by docs/man/gen_help.c: edit that.\n", man);
    char line[1024];
    int lineno = 0, synopsis_open = 0;
    while (fgets(line, sizeof line, in)) {
        lineno++;
        line[strcspn(line, "\n")] = 0;
        if (ex) {
            if (strcmp(line, "@endex") == 0) {
                fputs(".fi\n.RE\n", man);
                ex = 0;
                continue;
            }
            mputtext(line);
            if (!more) {
                hput(in_opts ? "                        " : in_cmd ? "        " : "  ");
                hputtext(line);
                hput("\n");
            }
            continue;
        }
        if (line[0] == '#')
            continue;
        if (synopsis_open && strncmp(line, "@cont ", 6) != 0) {
            fputs("\"\n", man);
            synopsis_open = 0;
        }
        if (line[0] != '@') {
            text_line(line);
            continue;
        }
        char *arg = strchr(line, ' ');
        arg = arg ? arg + 1 : line + strlen(line);
        if (strncmp(line, "@h ", 3) == 0 || strcmp(line, "@h") == 0) {
            flush_opt();
            hputtext(arg);
            hput("\n");
            continue;
        }
        if (strncmp(line, "@m ", 3) == 0) {
            fprintf(man, "%s\n", arg);
            continue;
        }
        if (strcmp(line, "@cont") != 0 && strncmp(line, "@cont ", 6) != 0) {
            flush_opt();
            more = 0;
        }
        if (strncmp(line, "@th ", 4) == 0) {
            fputs(".TH ", man);
            for (char *p = arg; *p; p++) {
                if (strncmp(p, "@VERSION@", 9) == 0) {
                    fputs(argv[2], man);
                    p += 8;
                } else {
                    fputc(*p, man);
                }
            }
            fputc('\n', man);
        } else if (strncmp(line, "@sh ", 4) == 0 || strncmp(line, "@ss ", 4) == 0) {
            close_opts();
            in_cmd = para_item = 0;
            fprintf(man, ".%s \"%s\"\n", line[2] == 'h' ? "SH" : "SS", arg);
        } else if (strncmp(line, "@help ", 6) == 0) {
            if (nhelp == HELP_MAX)
                die("too many @help blocks", lineno);
            cur = nhelp++;
            snprintf(helps[cur].name, sizeof helps[cur].name, "%s", arg);
        } else if (strcmp(line, "@endhelp") == 0) {
            close_opts();
            in_cmd = para_item = 0;
            fputs(".PP\n", man);
            cur = -1;
        } else if (strncmp(line, "@cmd ", 5) == 0) {
            close_opts();
            in_cmd = para_item = 1;
            fputs(".TP\n.B \"", man);
            for (char *p = arg; *p; p++)
                fputs(*p == '-' ? "\\-" : (char[]){ *p, 0 }, man);
            synopsis_open = 1;
            hput("  ");
            hputtext(arg);
            hput("\n");
        } else if (strncmp(line, "@cont ", 6) == 0) {
            if (!synopsis_open)
                die("@cont without @cmd", lineno);
            fputc(' ', man);
            for (char *p = arg; *p; p++)
                fputs(*p == '-' ? "\\-" : (char[]){ *p, 0 }, man);
            hput("      ");
            hputtext(arg);
            hput("\n");
        } else if (strncmp(line, "@opt ", 5) == 0) {
            if (!in_opts)
                fputs(".RS\n", man);
            in_opts = para_item = 1;
            fputs(".TP\n", man);
            char tag[256];
            snprintf(tag, sizeof tag, "`%s`", arg);
            mputtext(tag);
            snprintf(optname, sizeof optname, "%s", arg);
            pending_opt = 1;
        } else if (strcmp(line, "@more") == 0) {
            fputs(para_item ? ".IP\n" : ".PP\n", man);   /* its own paragraph */
            more = 1;
        } else if (strcmp(line, "@ex") == 0) {
            fputs(".RS 4\n.nf\n", man);
            ex = 1;
        } else {
            die("unknown directive", lineno);
        }
    }
    if (synopsis_open)
        fputs("\"\n", man);
    flush_opt();
    close_opts();
    fclose(in);
    if (fclose(man) != 0) {
        perror(argv[3]);
        return 1;
    }

    FILE *h = fopen(argv[4], "w");
    if (!h) {
        perror(argv[4]);
        return 1;
    }
    fputs("/* Generated from docs/man/denizen.1.src by docs/man/gen_help.c: edit that. */\n", h);
    for (int i = 0; i < nhelp; i++) {
        /* --help must fit a terminal: the source is wrapped by hand. */
        for (const char *p = helps[i].buf ? helps[i].buf : "", *nl; *p; p = nl + 1) {
            nl = strchr(p, '\n');
            if (nl - p > 80) {
                fprintf(stderr, "gen_help: a --help line is wider than 80 columns: %.*s\n", (int)(nl - p), p);
                return 1;
            }
        }
        /* unused: each file wants one or two of them */
        fprintf(h, "__attribute__((unused)) static const char dz_help_%s[] =\n    \"", helps[i].name);
        for (const char *p = helps[i].buf ? helps[i].buf : ""; *p; p++) {
            if (*p == '"' || *p == '\\')
                fprintf(h, "\\%c", *p);
            else if (*p == '\n')
                fputs(p[1] ? "\\n\"\n    \"" : "\\n", h);
            else
                fputc(*p, h);
        }
        fputs("\";\n", h);
    }
    return fclose(h) == 0 ? 0 : 1;
}
