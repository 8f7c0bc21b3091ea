/* The common entry of every library-personality export (see libpers.h).
 * Runs first with the guest's FS base, the SUD selector at BLOCK and on the
 * guest's stack (Go calls libc on its g0 or gsignal stack); the handler
 * runs with the host's FS base, selector ALLOW, on the thread's engine
 * altstack, which is free whenever guest code runs (a host signal handler
 * never runs while the guest does, and a signal that arrives during a
 * library call is queued by the nested path, in_host being set).
 * Offsets into struct dz_thread are asserted in call.c. */
#define T_HOST_FS   8
#define T_GUEST_FS  16
#define T_SELECTOR  24
#define T_IN_HOST   25
#define T_NPENDING  28
#define T_LIB_RESTART 27
#define SEL_ALLOW   0
#define SEL_BLOCK   1
#define F_RSP       48          /* struct dz_lib_frame.rsp */
#define FSGS_ENTER  0           /* struct dz_fsgs_ops: see syscall-xlate/engine/entry.S */
#define FSGS_LEAVE  8

        .text
/* %rax = the export row; arguments in rdi rsi rdx rcx r8 r9 (SysV). */
        .globl dz_lib_entry
        .type dz_lib_entry,@function
dz_lib_entry:
        mov %rax, %r10                  /* the export row */
        mov %gs:0, %rax
        /* in_host before the FS switch: a signal landing in between takes
         * the nested path, which only queues (no TLS use).  The switch runs
         * on the guest's stack (the guest's call left us the room below). */
        movb $1, T_IN_HOST(%rax)
        movb $SEL_ALLOW, T_SELECTOR(%rax)
        call *dz_fsgs_ops+FSGS_ENTER(%rip)
        mov %rsp, %r11
        mov %fs:dz_lib_stack_top@tpoff, %rsp
        push %r11                       /* frame.rsp */
        push %r9
        push %r8
        push %rcx
        push %rdx
        push %rsi
        push %rdi                       /* frame at %rsp, 56 bytes */
        mov %r10, %rdi
        mov %rsp, %rsi
        push %r10                       /* the row, kept for a restart; 16-byte alignment */
        call dz_lib_dispatch
        add $8, %rsp
        mov %rsp, %rdi                  /* the frame, for a restart */
        mov F_RSP(%rsp), %rsp           /* back on the guest's stack */
        mov %rax, %r10                  /* the result */
        mov %gs:0, %rax
        call *dz_fsgs_ops+FSGS_LEAVE(%rip)
        movb $0, T_IN_HOST(%rax)
        movb $SEL_BLOCK, T_SELECTOR(%rax)
        cmpb $0, T_LIB_RESTART(%rax)
        jne dz_lib_restart
        cmpl $0, T_NPENDING(%rax)
        mov %r10, %rax
        jne dz_lib_deliver_queued
        ret
        .size dz_lib_entry, .-dz_lib_entry

/* Jumped to on the way back to the guest (guest FS and stack, selector
 * BLOCK, in_host clear) when signals were queued during the call, with the
 * call's result in rax/rdx: trap into the engine (this code lies outside
 * the SUD allowed range), whose SIGSYS path delivers them on the trapped
 * context.  The guest's handlers return here through sigreturn. */
        .globl dz_lib_deliver_queued
        .type dz_lib_deliver_queued,@function
dz_lib_deliver_queued:
        push %rax
        push %rdx
        mov dz_lib_deliver_nr(%rip), %rax
        syscall
        pop %rdx
        pop %rax
        ret
        .size dz_lib_deliver_queued, .-dz_lib_deliver_queued

/* The call was interrupted by a guest signal whose handler asks for
 * SA_RESTART (dz_lib_dispatch): deliver the queued signals, then make the
 * same call again with the same arguments, as the guest's kernel restarts
 * an interrupted system call.  %rdi = the call's frame on the engine
 * stack, which the delivery's signal frames overwrite: its arguments and
 * row go onto the guest's stack first.  (Guest FS and stack, selector
 * BLOCK, in_host clear; %rax = the thread.) */
        .type dz_lib_restart,@function
dz_lib_restart:
        movb $0, T_LIB_RESTART(%rax)
        push -8(%rdi)                   /* the row */
        push 40(%rdi)                   /* r9 */
        push 32(%rdi)                   /* r8 */
        push 24(%rdi)                   /* rcx */
        push 16(%rdi)                   /* rdx */
        push 8(%rdi)                    /* rsi */
        push 0(%rdi)                    /* rdi */
        mov dz_lib_deliver_nr(%rip), %rax
        syscall                         /* traps: the signals are delivered */
        pop %rdi
        pop %rsi
        pop %rdx
        pop %rcx
        pop %r8
        pop %r9
        pop %rax
        jmp dz_lib_entry
        .size dz_lib_restart, .-dz_lib_restart

/* uint64_t dz_lib_invoke(const struct dz_export *row, a0, a1, a2, a3, a4):
 * the same path, entered from guest-side C code (the libffi closures of
 * lazy stubs): the row moves to rax and the arguments down one register. */
        .globl dz_lib_invoke
        .type dz_lib_invoke,@function
dz_lib_invoke:
        mov %rdi, %rax
        mov %rsi, %rdi
        mov %rdx, %rsi
        mov %rcx, %rdx
        mov %r8, %rcx
        mov %r9, %r8
        xor %r9d, %r9d
        jmp dz_lib_entry
        .size dz_lib_invoke, .-dz_lib_invoke

        .section .note.GNU-stack,"",@progbits
