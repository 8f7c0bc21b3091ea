/* A hand-made illumos program for the loader tests (tests/loader/ilm_bind.sh):
 * dynamic (NEEDED libc.so.1, interpreter /lib/amd64/ld.so.1, OSABI 0 and
 * no note, as Go writes them).  It makes a raw write(2) system call (4 on
 * illumos), which the library personality must refuse with ENOSYS (89,
 * carry set) and report by name, writes through libc's write, and with an
 * argument calls `nosuchfunc`, an import no personality provides: under
 * --lazy-missing that fails with -1 and errno ENOSYS, read through
 * ___errno.  Exit 0 when all of that holds. */
        .text
        .globl _start
_start:
        mov (%rsp), %r12                # argc
        lea msg(%rip), %rsi
        mov $1, %edi
        mov $4, %edx
        mov $4, %eax                    # illumos write(2), made raw
        syscall
        jnc 9f
        cmp $89, %rax                   # illumos ENOSYS
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
        call ___errno@PLT
        cmpl $89, (%rax)
        jne 9f
1:      xor %edi, %edi
        call _exit@PLT
9:      mov $3, %edi
        call _exit@PLT
        .section .rodata
msg:    .ascii "raw\n"
msg2:   .ascii "libc"
        .section .note.GNU-stack,"",@progbits
