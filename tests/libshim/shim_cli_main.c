/* A stand-alone `denizen shim` for tests: the same dz_cmd_shim the CLI
 * runs, built into build/tests/ so ../lib/libdenizen-preload.so resolves
 * as it does for build/bin/denizen. */
#include "loader/cmd_shim.h"

int main(int argc, char **argv)
{
    return dz_cmd_shim(argc, argv);
}
