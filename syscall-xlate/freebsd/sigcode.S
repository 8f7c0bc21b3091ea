/* FreeBSD's signal trampoline ("sigcode", sys/amd64/amd64/sigtramp.S):
 * the guest enters it with rsp = &sigframe; it calls the handler stored at
 * the frame's start and then sigreturn(&frame->sf_uc).  It lives OUTSIDE
 * the SUD allowed range, so that sigreturn (417) traps into the engine. */
        .text
        .globl fbsd_sigcode
        .type fbsd_sigcode,@function
fbsd_sigcode:
        call *0(%rsp)
        lea 16(%rsp), %rdi
        pushq $0
        mov $417, %eax
        syscall
        hlt
        .size fbsd_sigcode, .-fbsd_sigcode
        .section .note.GNU-stack,"",@progbits
