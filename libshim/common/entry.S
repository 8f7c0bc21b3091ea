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
#define X_ENTRY     56          /* struct dz_export.entry */
#define SEGV_WRITE  2           /* dz_lib_segv_kind: a write faults */
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
        cmpb $0, %fs:dz_lib_segv_kind@tpoff
        jne dz_lib_segv_raise
        mov %rax, %r10                  /* the result */
        mov %gs:0, %rax
        cmpb $0, T_LIB_RESTART(%rax)
        jne dz_lib_restart
        mov F_RSP(%rsp), %rsp           /* back on the guest's stack */
        call *dz_fsgs_ops+FSGS_LEAVE(%rip)
        movb $0, T_IN_HOST(%rax)
        movb $SEL_BLOCK, T_SELECTOR(%rax)
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

/* The call is to be made again (dz_lib_dispatch: a guest handler with
 * SA_RESTART interrupted it, or a signal came before its host call began):
 * deliver the queued signals, then make the same call with the same
 * arguments, as the guest's kernel restarts an interrupted system call.
 * Entered on the engine altstack (frame at 0(%rsp), the row below it) with
 * the host's FS, in_host set, %rax = the thread.  The arguments and row are
 * copied onto the guest's stack before leaving the altstack: from the
 * moment %rsp leaves it, a host signal's frame lands at its top, over the
 * frame (reading them afterwards crashed denizen under a signal storm on
 * hosts without FSGSBASE, whose FS switch is a slow system call). */
        .type dz_lib_restart,@function
dz_lib_restart:
        movb $0, T_LIB_RESTART(%rax)
        mov F_RSP(%rsp), %r11           /* the guest's stack pointer at the call */
        mov -8(%rsp), %rcx
        mov %rcx, -8(%r11)              /* the row */
        mov 40(%rsp), %rcx
        mov %rcx, -16(%r11)             /* r9 */
        mov 32(%rsp), %rcx
        mov %rcx, -24(%r11)             /* r8 */
        mov 24(%rsp), %rcx
        mov %rcx, -32(%r11)             /* rcx */
        mov 16(%rsp), %rcx
        mov %rcx, -40(%r11)             /* rdx */
        mov 8(%rsp), %rcx
        mov %rcx, -48(%r11)             /* rsi */
        mov 0(%rsp), %rcx
        mov %rcx, -56(%r11)             /* rdi */
        lea -56(%r11), %rsp             /* the guest's stack */
        call *dz_fsgs_ops+FSGS_LEAVE(%rip)
        movb $0, T_IN_HOST(%rax)
        movb $SEL_BLOCK, T_SELECTOR(%rax)
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

/* The handler returned DZ_LIB_SEGV (dz_lib_segv, libpers.h): the guest's
 * libc would have faulted on [dz_lib_segv_addr, dz_lib_segv_end).  Back to
 * the guest's state at the call (its stack pointer at the return address,
 * its arguments in their registers; rax, r10 and r11 are the callee's to
 * clobber), then the same access in guest mode (dz_lib_segv_read/_write),
 * so the kernel itself reports the fault and the engine delivers it as any
 * fault of guest code.  Entered on the engine stack (frame at 0(%rsp), the
 * row below it) with the host's FS and in_host set; the four words the
 * switch needs go onto the guest's stack first, read before in_host is
 * cleared (a signal then may reuse the engine stack) and popped after it:
 * the last is the stub, which ret jumps to. */
        .type dz_lib_segv_raise,@function
dz_lib_segv_raise:
        mov F_RSP(%rsp), %r10           /* the guest's stack pointer at the call */
        lea dz_lib_segv_read(%rip), %rax
        cmpb $SEGV_WRITE, %fs:dz_lib_segv_kind@tpoff
        jne 1f
        lea dz_lib_segv_write(%rip), %rax
1:      mov %rax, -8(%r10)              /* the stub (ret) */
        mov %fs:dz_lib_segv_addr@tpoff, %rax
        mov %rax, -16(%r10)             /* -> r11 */
        mov %fs:dz_lib_segv_end@tpoff, %rax
        mov %rax, -24(%r10)             /* -> r10 */
        mov -8(%rsp), %rax              /* the row */
        mov X_ENTRY(%rax), %rax
        mov %rax, -32(%r10)             /* -> rax: the call again, if no fault */
        movb $0, %fs:dz_lib_segv_kind@tpoff
        mov 0(%rsp), %rdi
        mov 8(%rsp), %rsi
        mov 16(%rsp), %rdx
        mov 24(%rsp), %rcx
        mov 32(%rsp), %r8
        mov 40(%rsp), %r9
        lea -32(%r10), %rsp             /* the guest's stack */
        mov %gs:0, %rax
        call *dz_fsgs_ops+FSGS_LEAVE(%rip)
        movb $0, T_IN_HOST(%rax)
        movb $SEL_BLOCK, T_SELECTOR(%rax)
        pop %rax
        pop %r10
        pop %r11
        ret
        .size dz_lib_segv_raise, .-dz_lib_segv_raise

/* Guest mode, the guest's state at the call but for r11 = the first byte
 * of the access, r10 = its end, rax = the export's entry: touch the first
 * byte and the first byte of each later page (a page is there or not as a
 * whole), reading or writing nothing (cmp; a locked or of 0).  The first
 * byte that is not there faults: SIGSEGV, si_addr that byte, si_code as
 * the kernel finds it (SEGV_MAPERR, SEGV_ACCERR).  A guest handler that
 * returns runs the access again; when it no longer faults (the memory is
 * there now), the call is made again, as the faulting instruction of a
 * real libc would go on. */
        .globl dz_lib_segv_read, dz_lib_segv_write
        .type dz_lib_segv_read,@function
dz_lib_segv_read:
        cmpb $0, (%r11)
        or $0xfff, %r11
        inc %r11
        cmp %r10, %r11
        jb dz_lib_segv_read
        jmp *%rax
        .size dz_lib_segv_read, .-dz_lib_segv_read
        .type dz_lib_segv_write,@function
dz_lib_segv_write:
        lock orb $0, (%r11)
        or $0xfff, %r11
        inc %r11
        cmp %r10, %r11
        jb dz_lib_segv_write
        jmp *%rax
        .size dz_lib_segv_write, .-dz_lib_segv_write

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
