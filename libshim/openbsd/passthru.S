/* read, write, nanosleep and usleep, the lean way: each is one Linux system call
 * with the same arguments (the handlers dz_read, dz_write, dz_nanosleep
 * are plain passthroughs), so it is made from the guest's context through
 * the engine's native gate (syscall-xlate/engine/entry.S), as a rewritten
 * site of a syscall personality makes it: no FS switch (two arch_prctl
 * calls on a host without FSGSBASE), no stack switch, no C code.  A guest
 * signal arrives as during guest code; the signal path restarts the call
 * for an SA_RESTART handler (dz_fast_gate_fixup), never nanosleep
 * (dz_fast_norestart).  The gate answers CF set and the OpenBSD errno in
 * rax on failure: stored in the TIB's errno (%fs:0 + 32, as __errno reads
 * it, thunks.S), the C result -1.  With --trace (dz_lib_gate 0) the
 * export's ordinary entry runs instead. */
        .text
.macro PASSTHRU name, linux_nr
        .globl dz_obsd_lean_\name
        .type dz_obsd_lean_\name,@function
dz_obsd_lean_\name:
        cmpl $0, dz_lib_gate(%rip)
        je 9f
        lea 8f(%rip), %rax
        push %rax                       /* where the gate returns */
        push $\linux_nr
        jmp dz_native_gate
8:      jc 7f
        ret
7:      mov %fs:0, %rcx
        mov %eax, 32(%rcx)              /* tib_errno */
        mov $-1, %rax
        ret
9:      jmp dz_obsd_t_\name
        .size dz_obsd_lean_\name, .-dz_obsd_lean_\name
.endm

        PASSTHRU read, 0
        PASSTHRU write, 1
        PASSTHRU nanosleep, 35

/* usleep(useconds_t us): Go's scheduler spins with it.  The same call as
 * obsd_usleep (time.c) makes -- nanosleep of {us / 10^6, us % 10^6 * 1000}
 * -- with the timespec on the guest's stack.  lea, not add: the gate's
 * CF must survive. */
        .globl dz_obsd_lean_usleep
        .type dz_obsd_lean_usleep,@function
dz_obsd_lean_usleep:
        cmpl $0, dz_lib_gate(%rip)
        je 9f
        mov %edi, %eax
        xor %edx, %edx
        mov $1000000, %ecx
        div %ecx                        /* eax = seconds, edx = microseconds */
        imul $1000, %rdx, %rdx
        sub $16, %rsp
        mov %rax, (%rsp)
        mov %rdx, 8(%rsp)
        mov %rsp, %rdi
        xor %esi, %esi
        lea 8f(%rip), %rax
        push %rax
        push $35                        /* nanosleep */
        jmp dz_native_gate
8:      lea 16(%rsp), %rsp
        jc 7f
        ret
7:      mov %fs:0, %rcx
        mov %eax, 32(%rcx)              /* tib_errno */
        mov $-1, %rax
        ret
9:      jmp dz_obsd_t_usleep
        .size dz_obsd_lean_usleep, .-dz_obsd_lean_usleep

        .section .note.GNU-stack,"",@progbits
