/* The prologues of _init and _fini (lib/csu/amd64/crti.S's role): the
 * .init and .fini sections of every object are concatenated between this
 * file's part and crtn.S's, which returns. */
        .section .init,"ax",@progbits
        .globl _init
        .type _init,@function
_init:
        sub $8, %rsp

        .section .fini,"ax",@progbits
        .globl _fini
        .type _fini,@function
_fini:
        sub $8, %rsp

        .section .note.GNU-stack,"",@progbits
