/* clock_gettime's lean path for openbsd: libshim/common/leanclock.inc. */
#include "libshim/common/leanclock.inc"

        DZ_LEAN_CLOCK dz_obsd_clock_gettime, dz_obsd_t_clock_gettime, 6, vdso_ids

        .section .rodata
/* OpenBSD clock id -> Linux clock id the vDSO serves, or -1: REALTIME 0,
 * MONOTONIC 3, UPTIME 5 (monotonic), BOOTTIME 6 (values.c's table). */
vdso_ids:
        .byte 0, -1, -1, 1, -1, 1, 7
        .section .note.GNU-stack,"",@progbits
