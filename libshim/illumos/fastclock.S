/* clock_gettime's lean path for illumos: libshim/common/leanclock.inc. */
#include "libshim/common/leanclock.inc"

        DZ_LEAN_CLOCK dz_ilm_clock_gettime, dz_ilm_t_clock_gettime, 5, vdso_ids

        .section .rodata
/* illumos clock id (sys/time_impl.h) -> the Linux clock id the vDSO
 * serves, or -1: CLOCK_REALTIME 3, CLOCK_MONOTONIC = CLOCK_HIGHRES 4
 * (abi/illumos/values.c's table); 0 (the obsolete __CLOCK_REALTIME0),
 * CLOCK_VIRTUAL 1 and the CPU-time clocks 2 and 5 take the slow path.
 * illumos's timespec is Linux's (two 64-bit words). */
vdso_ids:
        .byte -1, -1, -1, 0, 1, -1
        .section .note.GNU-stack,"",@progbits
