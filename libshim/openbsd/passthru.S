/* read, write, nanosleep and usleep, the lean way: each is one Linux system
 * call with the same arguments (the handlers dz_read, dz_write, dz_nanosleep
 * are plain passthroughs; obsd_usleep makes the same nanosleep), made
 * through the engine's native gate: libshim/common/passthru.inc.  The
 * errno goes to the TIB's (%fs:0 + 32, as __errno reads it, thunks.S). */
#include "libshim/common/passthru.inc"

#define TIB_ERRNO 32
        .text
        DZ_LEAN_PASSTHRU dz_obsd_lean_read, dz_obsd_t_read, 0, TIB_ERRNO
        DZ_LEAN_PASSTHRU dz_obsd_lean_write, dz_obsd_t_write, 1, TIB_ERRNO
        DZ_LEAN_PASSTHRU dz_obsd_lean_nanosleep, dz_obsd_t_nanosleep, 35, TIB_ERRNO
        DZ_LEAN_USLEEP dz_obsd_lean_usleep, dz_obsd_t_usleep, TIB_ERRNO

        .section .note.GNU-stack,"",@progbits
