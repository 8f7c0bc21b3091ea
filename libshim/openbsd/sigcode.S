/* OpenBSD's signal trampoline, as the guest sees it: a handler built by
 * obsd_deliver (sigframe.c) returns here with rsp at the frame's siginfo;
 * the sigcontext follows it.  sigreturn(&sc) is OpenBSD system call 103,
 * made raw: this code lies outside the SUD allowed range, so it traps into
 * the engine (obsd_sigreturn), which resumes the possibly edited context. */
        .text
        .globl dz_obsd_sigcode
        .type dz_obsd_sigcode,@function
dz_obsd_sigcode:
        lea 136(%rsp), %rdi             /* &frame.sc: siginfo is 136 bytes */
        mov $103, %eax
        syscall
        hlt
        .size dz_obsd_sigcode, .-dz_obsd_sigcode
        .section .note.GNU-stack,"",@progbits
