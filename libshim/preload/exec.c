/* denizen-shim-exec PROGRAM [ARGS...]: the first exec of `denizen shim`.
 * denizen sets LD_PRELOAD and starts this small dynamic program, so the
 * execvp below is the preload library's: PROGRAM's path is mapped, a static
 * PROGRAM is reported and the exec is traced like every later one.  (The
 * statically linked denizen cannot load the library into itself.) */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: denizen-shim-exec PROGRAM [ARGS...] (started by denizen shim)\n");
        return 2;
    }
    execvp(argv[1], argv + 1);
    int e = errno;
    fprintf(stderr, "denizen shim: %s: %s\n", argv[1], strerror(e));
    return e == ENOENT ? 127 : 126;
}
