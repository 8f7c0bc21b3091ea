/* Parser of a personality's syscalls.master (one row per system call):
 *
 *   %prefix fbsd                    names the generated table fbsd_sysent
 *   NUM NAME LEVEL HANDLER ARGS [-> RET] [| NOTE]
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
};

/* 1: a row was parsed; 0: blank, comment or directive (*prefix set when it
 * is %prefix); -1: error, message in err. */
int dz_master_parse_line(const char *line, struct dz_master_row *row, char *prefix,
                         size_t prefixlen, char *err, size_t errlen);
/* Kind number of a spelling, or -1. */
int dz_master_kind(const char *spelling, size_t len);
const char *dz_master_level_enum(const char *level);
#endif
