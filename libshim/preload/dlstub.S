/* dlopen and dlmopen entry points: call the C hook, then either return its
 * result or tail-jump to the real function so that it sees the program's
 * return address, not ours (glibc resolves the caller's RUNPATH, $ORIGIN
 * and namespace from it).  See dz_dl_hook in w_misc.c. */
        .text

        .globl  dlopen
        .type   dlopen, @function
dlopen:
        .cfi_startproc
        pushq   %rdi                    /* file */
        .cfi_adjust_cfa_offset 8
        pushq   %rsi                    /* mode */
        .cfi_adjust_cfa_offset 8
        subq    $24, %rsp               /* slot at 0(%rsp); 16-byte aligned */
        .cfi_adjust_cfa_offset 24
        movq    %rsp, %rdx
        call    dz_dlopen_hook
        movq    0(%rsp), %r11
        movq    24(%rsp), %rsi
        movq    32(%rsp), %rdi
        addq    $40, %rsp
        .cfi_adjust_cfa_offset -40
        testl   %eax, %eax
        jnz     1f
        jmp     *%r11
1:      movq    %r11, %rax
        ret
        .cfi_endproc
        .size   dlopen, .-dlopen

        .globl  dlmopen
        .type   dlmopen, @function
dlmopen:
        .cfi_startproc
        pushq   %rdi                    /* lmid */
        .cfi_adjust_cfa_offset 8
        pushq   %rsi                    /* file */
        .cfi_adjust_cfa_offset 8
        pushq   %rdx                    /* mode */
        .cfi_adjust_cfa_offset 8
        subq    $16, %rsp               /* slot at 0(%rsp); 16-byte aligned */
        .cfi_adjust_cfa_offset 16
        movq    %rsp, %rcx
        call    dz_dlmopen_hook
        movq    0(%rsp), %r11
        movq    16(%rsp), %rdx
        movq    24(%rsp), %rsi
        movq    32(%rsp), %rdi
        addq    $40, %rsp
        .cfi_adjust_cfa_offset -40
        testl   %eax, %eax
        jnz     1f
        jmp     *%r11
1:      movq    %r11, %rax
        ret
        .cfi_endproc
        .size   dlmopen, .-dlmopen

        .section .note.GNU-stack,"",@progbits
