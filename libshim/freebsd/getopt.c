/* getopt(3) with FreeBSD's behaviour: options end at the first argument
 * that is not one (no reordering of argv, unlike glibc's), at "--" (which
 * is consumed) or at a lone "-" (an option itself only if optstring has
 * '-'); "x::" takes an argument only when attached; a leading ':' in
 * optstring makes a missing argument ':' and silences the messages,
 * which are FreeBSD's ("illegal option", not glibc's "invalid option").
 * optind, optarg, opterr, optopt and optreset are the program's to read
 * and set (DATA rows). */
#include "libshim/freebsd/fbl.h"
#include <stdio.h>
#include <string.h>

int32_t fbl_optind = 1, fbl_opterr = 1, fbl_optopt = '?', fbl_optreset;
uint64_t fbl_optarg;
static const char *next;   /* the rest of the current option cluster; NULL or "" between arguments */
extern struct fbsd_file *fbl_stderrp;

static void complain(struct dz_call *c, const char *what, int opt)
{
    char msg[256];
    snprintf(msg, sizeof msg, "%s: %s -- %c\n", fbl_progname(), what, opt);
    fbl_call(c, fbl_fputs, (uint64_t)msg, (uint64_t)fbl_stderrp, 0, 0, 0, 0);
}

/* getopt(argc, argv, optstring) */
long fbl_getopt(struct dz_call *c)
{
    int argc = AI(0);
    char *const *argv = (char *const *)A(1);
    const char *opts = (const char *)A(2);
    int quiet = opts[0] == ':';
    if (fbl_optreset || !next || !*next) {
        fbl_optreset = 0;
        if (fbl_optind >= argc || !argv[fbl_optind] || argv[fbl_optind][0] != '-') {
            next = NULL;
            return -1;
        }
        const char *arg = argv[fbl_optind];
        if (arg[1] == '-' && arg[2] == 0) {   /* "--" */
            fbl_optind++;
            next = NULL;
            return -1;
        }
        if (arg[1] == 0) {                    /* "-" */
            next = NULL;
            if (!strchr(opts, '-'))
                return -1;
            fbl_optopt = '-';
            goto known;
        }
        next = arg + 1;
    }
    fbl_optopt = (unsigned char)*next++;
known:;
    const char *o = fbl_optopt == ':' ? NULL : strchr(opts, fbl_optopt);
    if (!o) {
        if (!next || !*next)
            fbl_optind++;
        if (fbl_opterr && !quiet)
            complain(c, "illegal option", fbl_optopt);
        return '?';
    }
    if (o[1] != ':') {                        /* no argument */
        fbl_optarg = 0;
        if (!next || !*next)
            fbl_optind++;
        return fbl_optopt;
    }
    if (next && *next)                        /* attached: -ofile */
        fbl_optarg = (uint64_t)next;
    else if (o[2] == ':')                     /* optional, and not attached */
        fbl_optarg = 0;
    else if (++fbl_optind < argc)             /* the next argument */
        fbl_optarg = (uint64_t)argv[fbl_optind];
    else {
        next = NULL;
        if (quiet)
            return ':';
        if (fbl_opterr)
            complain(c, "option requires an argument", fbl_optopt);
        return '?';
    }
    next = NULL;
    fbl_optind++;
    return fbl_optopt;
}
