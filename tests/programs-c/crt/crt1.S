/* FreeBSD amd64 program start-up (the role of lib/csu/amd64/crt1_s.S and
 * crt1_c.c), written from the ABI facts: the kernel or rtld enters _start
 * with %rdi = the initial stack pointer (argc, then argv, NULL, envp) and
 * %rsi = rtld's cleanup function (0 for a static program); FreeBSD 13's
 * libc takes it from there in __libc_start1(argc, argv, env, cleanup,
 * main), which runs the init functions, main and exit. */
        .text
        .globl _start
        .type _start,@function
_start:
        xor %ebp, %ebp
        and $-16, %rsp
        mov %rsi, %rcx                  /* cleanup */
        mov (%rdi), %rax                /* argc */
        lea 8(%rdi), %rsi               /* argv */
        lea 16(%rdi,%rax,8), %rdx       /* env: after argv's NULL */
        mov %eax, %edi
        mov main@GOTPCREL(%rip), %r8
        call __libc_start1@PLT
        hlt
        .size _start, .-_start

/* The executable's own objects libc uses (rtld finds them here): the
 * environment and the program's name. */
        .data
        .globl environ
        .type environ,@object
        .size environ, 8
        .p2align 3
environ:
        .quad 0
        .globl __progname
        .type __progname,@object
        .size __progname, 8
__progname:
        .quad empty
        .section .rodata
empty:  .byte 0

/* The ABI tag (crtbrand.S): name "FreeBSD", type NT_FREEBSD_ABI_TAG (1),
 * the __FreeBSD_version it was built for: the kernel's and denizen's
 * brand detection (loader/freebsd/brand.c) see a FreeBSD 13 program. */
        .section .note.tag,"a",@note
        .p2align 2
        .long 8                         /* namesz */
        .long 4                         /* descsz */
        .long 1                         /* NT_FREEBSD_ABI_TAG */
        .asciz "FreeBSD"
        .long 1300139

        .section .note.GNU-stack,"",@progbits
