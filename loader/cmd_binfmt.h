/* binfmt_misc: foreign programs started by their own name. */
#ifndef DZ_LOADER_CMD_BINFMT_H
#define DZ_LOADER_CMD_BINFMT_H

/* The name denizen is registered under (a link to it): started so, main()
 * hands over to dz_binfmt_entry. */
#define DZ_BINFMT_NAME "denizen-binfmt"

/* argv[0] is "binfmt": install|remove|status|print [--dir DIR] [--os LIST]
 * [--interpreter PATH] [--binfmts DIR].  0 on success, 1 on failure, 2 on
 * a usage error. */
int dz_cmd_binfmt(int argc, char **argv);

/* argv as the kernel gives it with the P flag: INTERPRETER PATH ARGV0
 * ARGS...; runs PATH as `denizen run` would (never returns on success). */
int dz_binfmt_entry(int argc, char **argv);

#endif
