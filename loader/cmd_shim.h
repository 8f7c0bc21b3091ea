/* `denizen shim`: run a native Linux program under libdenizen-preload.so. */
#ifndef DZ_LOADER_CMD_SHIM_H
#define DZ_LOADER_CMD_SHIM_H

/* argv[0] is "shim":
 *   shim [--map OLD=NEW]... [--root DIR] [--uname SPEC] [--trace FILE]
 *        [--config FILE] -- PROGRAM [ARGS...]
 * Sets DENIZEN_* and LD_PRELOAD (the library is libdenizen-preload.so in
 * ../lib/denizen/ or, in a build tree, ../lib/ next to this executable, or
 * $DENIZEN_PRELOAD_LIB) and execs PROGRAM.
 * Returns only on error: 2 for a usage error, 126/127 when PROGRAM cannot
 * be run (like a shell). */
int dz_cmd_shim(int argc, char **argv);

#endif
