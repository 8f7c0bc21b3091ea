/* Guest-side code: what FreeBSD's libc and rtld do by calling into the
 * program (init and fini functions, main, atexit handlers, the
 * dl_iterate_phdr callback).  It runs on the guest's stack and FS base;
 * what it needs from the host it asks through LOCAL rows of exports.c
 * (their thunks take the ordinary library-call path), one value each. */
        .text

/* void __libc_start1(int argc, char **argv, char **env,
 *     void (*cleanup)(void), int (*main)(int, char **, char **))
 * (lib/csu/common/libc_start1.c): environ, __progname and the cleanup
 * (rtld's fini, here dz_fbl_rtld_cleanup) registered with atexit; the
 * program's init functions, as rtld runs them; then exit(main(...)). */
        .globl dz_fbl_libc_start1
        .type dz_fbl_libc_start1,@function
dz_fbl_libc_start1:
        .cfi_startproc
        .cfi_undefined %rip             /* the outermost frame: an unwinder's walk ends here */
        and $-16, %rsp                  /* never returns: no frame to keep */
        mov %edi, %r12d
        mov %rsi, %r13
        mov %rdx, %r14
        mov %r8, %r15
        mov %rcx, %rdi                  /* _denizen_start(cleanup, argv, env) */
        mov %r13, %rsi
        mov %r14, %rdx
        call dz_fbl_t__denizen_start
1:      call dz_fbl_t__denizen_next_init
        test %rax, %rax
        jz 2f
        mov %r12d, %edi
        mov %r13, %rsi
        mov %r14, %rdx
        call *%rax
        jmp 1b
2:      mov %r12d, %edi
        mov %r13, %rsi
        mov %r14, %rdx
        call *%r15
        mov %eax, %edi
        call dz_fbl_exit
        ud2
        .cfi_endproc
        .size dz_fbl_libc_start1, .-dz_fbl_libc_start1

/* void exit(int status): the atexit handlers, last first (each entry
 * is {fn, arg}: fn(arg)), stdio flushed by the last next_atexit, then
 * _exit. */
        .globl dz_fbl_exit
        .type dz_fbl_exit,@function
dz_fbl_exit:
        .cfi_startproc
        .cfi_undefined %rip             /* its stack is realigned: a walk from a handler ends here */
        and $-16, %rsp
        mov %edi, %ebx
1:      call dz_fbl_t__denizen_next_atexit
        test %rax, %rax
        jz 2f
        mov 8(%rax), %rdi
        call *(%rax)
        jmp 1b
2:      mov %ebx, %edi
        call dz_fbl_t__exit
        ud2
        .cfi_endproc
        .size dz_fbl_exit, .-dz_fbl_exit

/* The cleanup function rtld hands _start (rsi): the program's fini
 * functions (DT_FINI_ARRAY backwards, DT_FINI), run by exit through the
 * atexit entry __libc_start1 made of it (rtld_exit). */
        .globl dz_fbl_rtld_cleanup
        .type dz_fbl_rtld_cleanup,@function
dz_fbl_rtld_cleanup:
        .cfi_startproc
        push %rbx
        .cfi_adjust_cfa_offset 8
        .cfi_rel_offset %rbx, 0
1:      call dz_fbl_t__denizen_next_fini
        test %rax, %rax
        jz 2f
        call *%rax
        jmp 1b
2:      pop %rbx
        .cfi_adjust_cfa_offset -8
        .cfi_restore %rbx
        ret
        .cfi_endproc
        .size dz_fbl_rtld_cleanup, .-dz_fbl_rtld_cleanup

/* Where a thread's start routine returns to: its value goes to
 * pthread_exit.  rsp is 16-aligned here (thread.c). */
        .globl dz_fbl_thread_start_return
        .type dz_fbl_thread_start_return,@function
dz_fbl_thread_start_return:
        .cfi_startproc
        .cfi_undefined %rip             /* a thread's outermost frame */
        mov %rax, %rdi
        jmp dz_fbl_pthread_exit
        .cfi_endproc
        .size dz_fbl_thread_start_return, .-dz_fbl_thread_start_return

/* void pthread_exit(void *value): the key destructors (each {fn, arg}
 * that _denizen_next_dtor hands out, until none is left), then the
 * thread ends (thread.c). */
        .globl dz_fbl_pthread_exit
        .type dz_fbl_pthread_exit,@function
dz_fbl_pthread_exit:
        .cfi_startproc
        .cfi_undefined %rip             /* never returns: a walk from a destructor ends here */
        and $-16, %rsp
        mov %rdi, %rbx
1:      call dz_fbl_t__denizen_next_dtor
        test %rax, %rax
        jz 2f
        mov 8(%rax), %rdi
        call *(%rax)
        jmp 1b
2:      mov %rbx, %rdi
        call dz_fbl_t__denizen_thread_return
        ud2
        .cfi_endproc
        .size dz_fbl_pthread_exit, .-dz_fbl_pthread_exit

/* int dl_iterate_phdr(int (*cb)(struct dl_phdr_info *, size_t, void *),
 *     void *data): one object, the program (no libraries are loaded). */
        .globl dz_fbl_dl_iterate_phdr
        .type dz_fbl_dl_iterate_phdr,@function
dz_fbl_dl_iterate_phdr:
        .cfi_startproc
        push %rbx
        .cfi_adjust_cfa_offset 8
        .cfi_rel_offset %rbx, 0
        push %r12
        .cfi_adjust_cfa_offset 8
        .cfi_rel_offset %r12, 0
        push %r13
        .cfi_adjust_cfa_offset 8
        .cfi_rel_offset %r13, 0
        mov %rdi, %rbx
        mov %rsi, %r12
        call dz_fbl_t__denizen_phdr_info
        mov %rax, %rdi
        mov $64, %esi                   /* sizeof(struct dl_phdr_info) */
        mov %r12, %rdx
        call *%rbx
        pop %r13
        .cfi_adjust_cfa_offset -8
        pop %r12
        .cfi_adjust_cfa_offset -8
        pop %rbx
        .cfi_adjust_cfa_offset -8
        ret
        .cfi_endproc
        .size dz_fbl_dl_iterate_phdr, .-dz_fbl_dl_iterate_phdr

        .section .note.GNU-stack,"",@progbits
