/* illumos's signal return, as the guest sees it: a handler built by
 * ilm_deliver (sigframe.c) returns here with rsp at the frame's siginfo;
 * the ucontext follows it (siginfo_t is 256 bytes).  setcontext(&uc) is
 * made raw (illumos SYS_context, 100, with rdi = &uc): this code lies
 * outside the SUD allowed range, so it traps into the engine
 * (ilm_setcontext), which resumes the possibly edited context. */
        .text
        .globl dz_ilm_sigcode
        .type dz_ilm_sigcode,@function
dz_ilm_sigcode:
        lea 256(%rsp), %rdi
        mov $100, %eax
        syscall
        hlt
        .size dz_ilm_sigcode, .-dz_ilm_sigcode
        .section .note.GNU-stack,"",@progbits
