/* A hand-made OpenBSD program for the loader tests (tests/loader/obsd_bind.sh):
 * dynamic (NEEDED libc.so, interpreter /usr/libexec/ld.so), branded by its
 * ident note and EI_OSABI 12.  It makes a raw write(2) system call, which
 * the library personality must refuse with ENOSYS (78, carry set) and
 * report by name, writes through libc's write, and with an argument calls
 * `nosuchfunc`, an import no personality provides: under --lazy-missing
 * that fails with -1 and errno ENOSYS.  Exit 0 when all of that holds. */
        .section .note.openbsd.ident,"a",@note
        .p2align 2
        .long 8, 4, 1
        .asciz "OpenBSD"
        .long 0
        .text
        .globl _start
_start:
        mov (%rsp), %r12                # argc
        lea msg(%rip), %rsi
        mov $1, %edi
        mov $4, %edx
        mov $4, %eax                    # OpenBSD write(2), made raw
        syscall
        jnc 9f
        cmp $78, %rax                   # OpenBSD ENOSYS
        jne 9f
        and $-16, %rsp
        mov $1, %edi
        lea msg2(%rip), %rsi
        mov $4, %edx
        call write@PLT                  # the libc path works
        cmp $1, %r12
        je 1f
        call nosuchfunc@PLT             # only with an argument: -1 + ENOSYS
        cmp $-1, %eax
        jne 9f
        call __errno@PLT
        cmpl $78, (%rax)
        jne 9f
1:      xor %edi, %edi
        call _exit@PLT
9:      mov $3, %edi
        call _exit@PLT
        .section .rodata
msg:    .ascii "raw\n"
msg2:   .ascii "libc"
        .section .note.GNU-stack,"",@progbits
