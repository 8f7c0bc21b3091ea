/* One entry thunk per export of exports.def (libshim/common/thunk.h), and
 * the exports that are code of their own. */
#include "libshim/common/thunk.h"

        .text
#define X(name, ...) DZ_LIB_THUNK(dz_obsd_x_##name, dz_obsd_t_##name)
#define LOCAL X
#define RAW(name, sym)
#define LEAN(name, ...) X(name)
#include "libshim/openbsd/exports.def"

/* int *__errno(void): &tib->tib_errno of the calling thread.  Needs no
 * host context: the TIB is the guest's FS base, and its first word points
 * at itself (struct obsd_tib, errno at offset 32, asserted in
 * abi/openbsd/types.h): read as %fs:0, which needs no FSGSBASE. */
        .globl dz_obsd_errno
        .type dz_obsd_errno,@function
dz_obsd_errno:
        mov %fs:0, %rax
        add $32, %rax
        ret
        .size dz_obsd_errno, .-dz_obsd_errno

        .section .note.GNU-stack,"",@progbits
