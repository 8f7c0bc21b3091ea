/* The link-time stand-in for illumos's libc.so.1: gives rawprog.S its
 * imports (DT_NEEDED libc.so.1, JUMP_SLOT relocations); never loaded. */
        .text
        .globl write, _exit, nosuchfunc, ___errno
write: _exit: nosuchfunc: ___errno:
        ret
        .section .note.GNU-stack,"",@progbits
