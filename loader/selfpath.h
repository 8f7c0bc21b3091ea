/* Where denizen's own parts are: found from the running executable, never
 * from a path fixed at build time, so that a build tree and any install
 * prefix work alike (and an installed denizen outlives its build tree). */
#ifndef DZ_LOADER_SELFPATH_H
#define DZ_LOADER_SELFPATH_H
#include <stddef.h>

/* The absolute, canonical path of this executable (/proc/self/exe) into
 * buf: 0, or -1 with errno set. */
int dz_self_exe(char *buf, size_t size);

/* The path of part NAME: PREFIX/lib/denizen/NAME when denizen is
 * installed, BUILD/lib/NAME in a build tree (BUILD/bin/denizen).  The last
 * component is not resolved (a link keeps its own name).  NULL when
 * neither exists (errno ENOENT); malloc'd otherwise. */
char *dz_self_part(const char *name);

#endif
