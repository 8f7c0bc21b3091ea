/* Hostile-context code of the engine: everything that runs with the guest's
 * FS base, with the SUD selector at BLOCK, or on the way into/out of guest
 * code.  Offsets into struct dz_thread are asserted in thread.c. */
#define T_HOST_FS   8
#define T_GUEST_FS  16
#define T_SELECTOR  24
#define T_IN_HOST   25
#define SEL_ALLOW   0
#define SEL_BLOCK   1
/* struct dz_fsgs_ops (fsgs.c): the FS switches, FSGSBASE or arch_prctl,
 * chosen once at start; each takes the thread in %rax, clobbers r11. */
#define FSGS_ENTER        0
#define FSGS_LEAVE        8
#define FSGS_NESTED_ENTER 16
#define FSGS_NESTED_LEAVE 24

/* struct dz_regs (enter.h) */
#define R_RAX 0
#define R_RBX 8
#define R_RCX 16
#define R_RDX 24
#define R_RSI 32
#define R_RDI 40
#define R_RBP 48
#define R_RSP 56
#define R_R8  64
#define R_R9  72
#define R_R10 80
#define R_R11 88
#define R_R12 96
#define R_R13 104
#define R_R14 112
#define R_R15 120
#define R_RIP 128

/* ---- The SUD allowed range: syscalls made from here never trap, whatever
 * the selector says: the signal restorer, the raw syscall stubs (a call
 * from here also skips the kernel's selector read) and the native gate. ---- */
        .section .text.dz_sudallow,"ax",@progbits
        .globl dz_sudallow_start, dz_sudallow_end
dz_sudallow_start:

/* rt_sigreturn for every handler the engine installs (SA_RESTORER). */
        .globl dz_restorer
        .type dz_restorer,@function
dz_restorer:
        mov $15, %eax
        syscall
        hlt
        .size dz_restorer, .-dz_restorer

/* long dz_raw_syscall6(long nr, a1..a6): no errno, returns -errno. */
        .globl dz_raw_syscall6
        .type dz_raw_syscall6,@function
dz_raw_syscall6:
        mov %rdi, %rax
        mov %rsi, %rdi
        mov %rdx, %rsi
        mov %rcx, %rdx
        mov %r8, %r10
        mov %r9, %r8
        mov 8(%rsp), %r9
        syscall
        ret
        .size dz_raw_syscall6, .-dz_raw_syscall6

/* long dz_bs_syscall(volatile int32_t *pending, long nr, a1..a6)
 * (In the allowed range: the cheapest place to make a call from.)
 * The one place the engine blocks with guest signals unmasked.  A signal
 * that lands between the pending check and the syscall instruction finds
 * rip in [dz_bs_start, dz_bs_sys] and is sent to dz_bs_eintr by the nested
 * handler, so it can never be lost while the thread sleeps (musl's
 * cancellation-point technique). */
        .globl dz_bs_syscall, dz_bs_start, dz_bs_sys, dz_bs_eintr
        .type dz_bs_syscall,@function
dz_bs_syscall:
        mov %rsi, %rax
        mov %rdi, %r11
        mov %rdx, %rdi
        mov %rcx, %rsi
        mov %r8, %rdx
        mov %r9, %r10
        mov 8(%rsp), %r8
        mov 16(%rsp), %r9
dz_bs_start:
        cmpl $0, (%r11)
        jne dz_bs_eintr
dz_bs_sys:
        syscall
        ret
dz_bs_eintr:
        mov $-512, %rax         /* DZ_EARLY_EINTR: the call never started */
        ret
        .size dz_bs_syscall, .-dz_bs_syscall

/* Passthrough stubs of rewritten sites (rewrite.c, fastpath.S) push the
 * guest's return address, then a Linux number, and jump here: a call that
 * is that Linux call with the same arguments, made natively from guest
 * context (no trap; guest signals arrive as for guest code).  The result
 * is in the guest's convention: CF and the guest's errno (dz_fast_errno)
 * on failure; rcx = the return address and r11 = rflags, the rest of the
 * flags as they were, as the guest's kernel leaves them (the gate touches
 * no flag but CF: popfq and a mispredicted ret cost ~10 ns a call).  A guest signal
 * whose handler asks for SA_RESTART restarts an interrupted call: the
 * signal path moves rip from dz_native_gate_ret back to dz_native_gate
 * (dz_fast_gate_fixup), which reloads the number. */
        .globl dz_native_gate, dz_native_gate_ret
        .type dz_native_gate,@function
dz_native_gate:
        mov (%rsp), %eax
        syscall
dz_native_gate_ret:
        /* sysret put the flags back from r11: keep them, change only CF.
         * Hence no cmp: a failure (-4095..-1) is exactly a result whose
         * top byte is 0xff (every passthrough call returns >= 0 on
         * success), tested with flag-free instructions and jrcxz (no
         * BMI2, no CPUID to ask for it); the errno table is read backwards
         * from its end, index rax = -errno, without a neg. */
        lea 8(%rsp), %rsp              /* the number */
        mov %rax, %rcx
        bswap %rcx
        movsbq %cl, %rcx               /* the top byte, sign-extended */
        not %rcx                       /* 0 exactly when it was 0xff */
        jrcxz 1f
        clc
        pop %rcx
        jmp *%rcx
1:      lea dz_fast_errno+8192(%rip), %rcx
        movzwl (%rcx,%rax,2), %eax     /* dz_fast_errno[4096 - errno] */
        stc
        pop %rcx
        jmp *%rcx
        .size dz_native_gate, .-dz_native_gate
dz_sudallow_end:

        .text
/* void dz_enter_guest(const struct dz_regs *r, uint64_t guest_fs)
 * Never returns: loads the guest's registers and jumps.  The selector goes
 * to BLOCK last, after the final host instruction that could make a call. */
        .globl dz_enter_guest
        .type dz_enter_guest,@function
dz_enter_guest:
        mov %gs:0, %rax
        mov %rsi, T_GUEST_FS(%rax)
        call *dz_fsgs_ops+FSGS_LEAVE(%rip)
        movb $0, T_IN_HOST(%rax)
        movb $SEL_BLOCK, T_SELECTOR(%rax)
        mov %rdi, %r11
        mov R_RAX(%r11), %rax
        mov R_RBX(%r11), %rbx
        mov R_RCX(%r11), %rcx
        mov R_RDX(%r11), %rdx
        mov R_RSI(%r11), %rsi
        mov R_RBP(%r11), %rbp
        mov R_R8(%r11), %r8
        mov R_R9(%r11), %r9
        mov R_R10(%r11), %r10
        mov R_R12(%r11), %r12
        mov R_R13(%r11), %r13
        mov R_R14(%r11), %r14
        mov R_R15(%r11), %r15
        mov R_RSP(%r11), %rsp
        mov R_RDI(%r11), %rdi
        jmp *R_RIP(%r11)
        .size dz_enter_guest, .-dz_enter_guest

/* Entry of every signal handler the engine installs (SIGSYS included).
 * Kernel calls it as handler(sig, info, uc) on the engine's altstack.
 * Interrupting guest code: mark in_host, selector ALLOW, swap the guest FS
 * base for the host one (C-library TLS, errno), call C, swap back (the C code
 * may have changed the guest's FS: sysarch, sigreturn), selector BLOCK.
 * A thread without engine state (GS base = fsgs.c's sentinel, self NULL)
 * only ever takes the nested path.
 * Interrupting engine code (a signal inside the blocking window, or a fault
 * in a guest-memory copy): FS is already the host's; call the nested
 * handler, which only queues or fixes up. */
        .globl dz_signal_entry
        .type dz_signal_entry,@function
dz_signal_entry:
        mov %gs:0, %rax
        test %rax, %rax
        jz 2f
        cmpb $0, T_IN_HOST(%rax)
        jne 3f
        movb $SEL_ALLOW, T_SELECTOR(%rax)
        movb $1, T_IN_HOST(%rax)
        call *dz_fsgs_ops+FSGS_ENTER(%rip)
        sub $8, %rsp
        call dz_on_signal
        add $8, %rsp
        mov %gs:0, %rax
        call *dz_fsgs_ops+FSGS_LEAVE(%rip)
        movb $0, T_IN_HOST(%rax)
        movb $SEL_BLOCK, T_SELECTOR(%rax)
        ret
2:      sub $8, %rsp
        call dz_on_nested_signal
        add $8, %rsp
        ret
/* Nested on a guest thread.  The rewritten-site path (fastpath.S) runs
 * with signals open and can be interrupted on its way in or out, before the
 * FS base and the selector are the host's: set them for the C code and put
 * back what was there. */
3:      push %rbx
        push %r12
        push %r13
        mov %rax, %rbx
        movzbl T_SELECTOR(%rbx), %r13d
        movb $SEL_ALLOW, T_SELECTOR(%rbx)
        call *dz_fsgs_ops+FSGS_NESTED_ENTER(%rip)
        mov %r11, %r12                  /* the FS base to put back */
        call dz_on_nested_signal
        mov %rbx, %rax
        mov %r12, %r11
        call *dz_fsgs_ops+FSGS_NESTED_LEAVE(%rip)
        movb %r13b, T_SELECTOR(%rbx)
        pop %r13
        pop %r12
        pop %rbx
        ret
        .size dz_signal_entry, .-dz_signal_entry


/* Guest-memory access that turns a fault into -EFAULT: a fault with rip in
 * [dz_ua_start, dz_ua_end) is redirected to dz_ua_fault (exception table of
 * one entry).
 * long dz_ua_copy(void *dst, const void *src, size_t n) -> 0 / -EFAULT
 * long dz_ua_strncpy(char *dst, const char *src, size_t max)
 *      -> length without NUL / -EFAULT / -ENAMETOOLONG (no NUL in max bytes)
 * long dz_ua_writable(void *p) -> 0 / -EFAULT: whether the byte at p can be
 *      written, asked by a write that changes nothing (a locked or of 0)
 * long dz_ua_add32(uint32_t *p, uint32_t v) -> 0 / -EFAULT: *p += v, atomically
 * long dz_ua_cas32(uint32_t *p, uint32_t old, uint32_t new)
 *      -> 0 (swapped) / 1 (*p was not old) / -EFAULT, atomically */
        .globl dz_ua_copy, dz_ua_strncpy, dz_ua_writable, dz_ua_add32, dz_ua_cas32
        .globl dz_ua_start, dz_ua_end, dz_ua_fault
        .type dz_ua_copy,@function
dz_ua_copy:
        mov %rdx, %rcx
dz_ua_start:
        rep movsb
        xor %eax, %eax
        ret
        .size dz_ua_copy, .-dz_ua_copy
        .type dz_ua_writable,@function
dz_ua_writable:
        lock orb $0, (%rdi)
        xor %eax, %eax
        ret
        .size dz_ua_writable, .-dz_ua_writable
        .type dz_ua_add32,@function
dz_ua_add32:
        lock addl %esi, (%rdi)
        xor %eax, %eax
        ret
        .size dz_ua_add32, .-dz_ua_add32
        .type dz_ua_cas32,@function
dz_ua_cas32:
        mov %esi, %eax
        lock cmpxchgl %edx, (%rdi)
        setne %al
        movzbl %al, %eax
        ret
        .size dz_ua_cas32, .-dz_ua_cas32
        .type dz_ua_strncpy,@function
dz_ua_strncpy:
        xor %eax, %eax
1:      cmp %rdx, %rax
        jae 3f
        movzbl (%rsi,%rax), %ecx
        movb %cl, (%rdi,%rax)
        test %cl, %cl
        jz 4f
        inc %rax
        jmp 1b
dz_ua_end:
3:      mov $-36, %rax
4:      ret
        .size dz_ua_strncpy, .-dz_ua_strncpy
dz_ua_fault:
        mov $-14, %rax
        ret

        .section .note.GNU-stack,"",@progbits
