/* The denizen command line: one subcommand per job. */
#include "loader/cli.h"
#include "loader/cmd_shim.h"
#include "loader/cmd_binfmt.h"
#include "dz_help.h"   /* --help, generated from docs/man/denizen.1.src with the man page */
int dz_cmd_conformance(int argc, char **argv); /* loader/cmd_conformance.c */
#include <stdio.h>
#include <string.h>

#ifndef DENIZEN_VERSION
#define DENIZEN_VERSION "0.0.0"
#endif


static const struct { const char *name; int (*fn)(int, char **); } cmds[] = {
    { "run", dz_cmd_run },
    { "info", dz_cmd_info },
    { "doctor", dz_cmd_doctor },
    { "shim", dz_cmd_shim },
    { "conformance", dz_cmd_conformance },
    { "binfmt", dz_cmd_binfmt },
};

int main(int argc, char **argv)
{
    /* Started by binfmt_misc: the entries name denizen by this link. */
    const char *base = argc > 0 ? strrchr(argv[0], '/') : NULL;
    if (argc > 0 && strcmp(base ? base + 1 : argv[0], DZ_BINFMT_NAME) == 0)
        return dz_binfmt_entry(argc, argv);
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(dz_help_main, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("denizen %s\n", DENIZEN_VERSION);
        return 0;
    }
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
        if (strcmp(argv[1], cmds[i].name) == 0)
            return cmds[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "denizen: unknown command '%s' (see denizen --help)\n", argv[1]);
    return 2;
}
