/* Parser of a personality's syscalls.master (one row per system call):
 *
 *   %prefix fbsd                    names the generated table fbsd_sysent
 *   NUM NAME LEVEL HANDLER ARGS [-> RET] [@FAST] [[CLASS,...]] [| NOTE]
 *
 * @FAST says how a rewritten call site may make the call without entering
 * the engine's C code (syscall-xlate/engine/rewrite.c):
 *   @linux:NAME            it is Linux's NAME with the same arguments and
 *                          result (errno mapped), restarted per SA_RESTART
 *   @linux-norestart:NAME  the same, but never restarted (sleeps: EINTR)
 *   @clock                 clock_gettime(guest clock id, timespec): the
 *                          host vDSO, the id through the personality's table
 *
 * [CLASS,...] (in brackets) names the call's classes for --trace-calls:
 * file, desc, network, process, signal, memory, ipc
 * (syscall-xlate/trace/classes.def); a row without it is in none.
 *
 * LEVEL is full|partial|stub|unimpl|obsolete; HANDLER a C function or "-";
 * ARGS a comma-separated list of kinds (syscall-xlate/trace/kinds.def) or
 * "void"; RET a kind (default int).  full/partial/stub rows need a handler,
 * unimpl/obsolete rows must not have one; partial and stub rows need a note. */
#ifndef DZ_GEN_MASTER_H
#define DZ_GEN_MASTER_H
#include <stddef.h>

#define DZ_MASTER_MAXARGS 8

struct dz_master_row {
    long nr;
    char name[64];
    char level[16];
    char handler[64];        /* "" for none */
    int nargs;
    int args[DZ_MASTER_MAXARGS];
    int ret;
    char note[256];
    char fast[24];           /* "" | "linux" | "linux-norestart" | "clock" */
    char linux_name[32];     /* with @linux*: the Linux call's name */
    unsigned cls;            /* enum dz_class bits, from [CLASS,...] */
};

/* 1: a row was parsed; 0: blank, comment or directive (*prefix set when it
 * is %prefix); -1: error, message in err. */
int dz_master_parse_line(const char *line, struct dz_master_row *row, char *prefix,
                         size_t prefixlen, char *err, size_t errlen);
/* Kind number of a spelling, or -1. */
int dz_master_kind(const char *spelling, size_t len);
/* Class bit (enum dz_class) of a spelling, or 0. */
unsigned dz_master_class(const char *spelling, size_t len);
const char *dz_master_level_enum(const char *level);
/* The DZ_FAST_* enumerator of a row's fast kind ("" gives DZ_FAST_NONE). */
const char *dz_master_fast_enum(const char *fast);
#endif
