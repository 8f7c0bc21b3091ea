/* One entry thunk per export of exports.def (libshim/common/thunk.h), and
 * the exports that are code of their own. */
#include "libshim/common/thunk.h"

        .text
#define X(name, ...) DZ_LIB_THUNK(dz_ilm_x_##name, dz_ilm_t_##name)
#define LOCAL X
#define RAW(name, sym)
#define LEAN(name, ...) X(name)
#include "libshim/illumos/exports.def"

/* int *___errno(void): the calling thread's errno in its TCB.  The thread
 * pointer is the guest's FS base and its first word points at itself
 * (struct ilm_tcb, errno at offset 8, asserted in abi/illumos/types.h):
 * %fs:0 + 8, no host context needed.  Go calls it once per thread and
 * keeps the pointer. */
        .globl dz_ilm_errno
        .type dz_ilm_errno,@function
dz_ilm_errno:
        mov %fs:0, %rax
        add $8, %rax
        ret
        .size dz_ilm_errno, .-dz_ilm_errno

        .section .note.GNU-stack,"",@progbits
