/* The link-time stand-in for OpenBSD's libc.so: gives rawprog.S its
 * imports (DT_NEEDED libc.so, JUMP_SLOT relocations); never loaded. */
        .text
        .globl write, _exit, nosuchfunc, __errno
write: _exit: nosuchfunc: __errno:
        ret
        .section .note.GNU-stack,"",@progbits
