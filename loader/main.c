/* The denizen command line: one subcommand per job. */
#include "loader/cli.h"
#include "loader/cmd_shim.h"
int dz_cmd_conformance(int argc, char **argv); /* loader/cmd_conformance.c */
#include <stdio.h>
#include <string.h>

#ifndef DENIZEN_VERSION
#define DENIZEN_VERSION "0.0.0"
#endif


static const char usage[] =
    "usage: denizen COMMAND [ARGS...]\n"
    "\n"
    "  run [--trace[=FILE]] [--root DIR] [--no-rewrite] [--lazy-missing] PROG [ARGS...]\n"
    "                      run a FreeBSD, NetBSD or OpenBSD amd64 program (a Linux\n"
    "                      program is exec'd); --trace prints every guest system\n"
    "                      call or libc call, decoded; --lazy-missing runs a dynamic\n"
    "                      program whose imports are not all provided (they fail\n"
    "                      with ENOSYS); --root DIR looks absolute paths up under\n"
    "                      DIR first; --no-rewrite keeps every system call on the\n"
    "                      SIGSYS path (no syscall-site rewriting)\n"
    "  info PROG           which OS PROG was built for and whether denizen runs it\n"
    "  doctor              what denizen finds on this host and whether it can run here\n"
    "  shim [OPTIONS] -- PROG [ARGS...]\n"
    "                      run a Linux program under the LD_PRELOAD compatibility shim\n"
    "  conformance [--os OS] [--json F] [--junit F] [--filter RE] [--gostd PKG...]\n"
    "              [--no-rewrite]\n"
    "                      check every system call against Linux, call by call\n"
    "                      (denizen conformance --help: every option)\n"
    "  --help, --version\n";

static const struct { const char *name; int (*fn)(int, char **); } cmds[] = {
    { "run", dz_cmd_run },
    { "info", dz_cmd_info },
    { "doctor", dz_cmd_doctor },
    { "shim", dz_cmd_shim },
    { "conformance", dz_cmd_conformance },
};

int main(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(usage, argc < 2 ? stderr : stdout);
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
