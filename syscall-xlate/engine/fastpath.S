/* The rewritten-site path: a guest syscall site that rewrite.c patched
 * jumps (through its per-site stub) here instead of trapping.  No signal is
 * involved, so this does by hand what the kernel and dz_signal_entry do for
 * a SIGSYS: save the guest's registers into a ucontext-shaped frame, switch
 * to the engine's stack, FS base and SUD selector, run the very same
 * dz_dispatch (fastpath.c), then load the result and jump back.
 *
 * On entry (from a stub): every register is the guest's as at its `syscall`
 * instruction, except rcx = the address after that instruction (what
 * `syscall` itself puts there) and r11 (free: `syscall` clobbers it).
 *
 * Signals.  Host signals are NOT blocked on this path.  From the first
 * instruction on, in_host = 1, so a signal goes to the nested handler,
 * which only queues it.  Queued signals (also those a new mask unblocks:
 * fastpath.c installs it), or a handler that moved rip (sigreturn,
 * restart) make dz_fast_syscall return 1: then the
 * exit is "slow": the guest state is put back and a trapping `syscall` at
 * dz_fast_trap raises a real SIGSYS, whose handler (signal.c) copies the
 * frame into the real signal context and finishes there (signal delivery,
 * mask, registers), exactly as for a trapped call.  A signal that lands in
 * [dz_fast_window, dz_fast_window_end], after the last pending check, is
 * queued by the nested handler and rip is moved to dz_fast_slow, so none is
 * ever left queued while guest code runs.  After in_host = 0 the only
 * instruction left is `jmp *%rcx` with every guest register in place, so a
 * signal there is simply delivered to the guest.
 *
 * Vector registers: the C code may use them (compiled code does),
 * so xmm0-15 are saved in the frame and reloaded on the way out.  MXCSR and
 * the x87 control word are not changed by the engine's C code: the frame's
 * copies are set to an impossible value before the call and reloaded only
 * if a handler wrote them (sigreturn).  The upper halves of ymm/zmm registers
 * and zmm16-31/k0-7 are not preserved (no ABI keeps them live across a
 * system call wrapper; Go's ABI0 syscall functions and C's libc wrappers do
 * not).
 *
 * Flags: restored with sahf (SF ZF AF PF CF) when OF, DF, TF and AC were
 * clear at the call (always, in practice), with popfq otherwise.
 *
 * dz_fast_pt_entry is the entry of generic stubs (not with --trace): calls
 * that are one Linux call with the same arguments (getpid, read, write,
 * lseek...; dz_fast_pt, filled by rewrite.c) go straight to the native
 * gate (entry.S) without touching the flags; the rest continue here.
 * Offsets are asserted in fastpath.c. */
#define T_HOST_FS    8
#define T_GUEST_FS   16
#define T_SELECTOR   24
#define T_IN_HOST    25
#define T_NPENDING   28
#define T_FAST_FRAME 32
#define T_IN_CLOCK   26
/* struct dz_thread.clock_save: the vDSO clock path's saved guest state */
#define S_RSP   48
#define S_RAX   56
#define S_RCX   64
#define S_RDI   72
#define S_RSI   80
#define S_RDX   88
#define S_R8    96
#define S_R9    104
#define S_R10   112
#define S_FLAGS 120
#define SEL_ALLOW    0
#define SEL_BLOCK    1
#define FSGS_ENTER   0          /* struct dz_fsgs_ops: see entry.S */
#define FSGS_LEAVE   8

/* struct dz_fast_frame = a ucontext_t: gregs at 40 (REG_* * 8), the 512-byte
 * fxsave-format area (uc.__fpregs_mem) at 424. */
#define G(r) (40 + 8 * (r))
#define F_R8   G(0)
#define F_R9   G(1)
#define F_R10  G(2)
#define F_R11  G(3)
#define F_R12  G(4)
#define F_R13  G(5)
#define F_R14  G(6)
#define F_R15  G(7)
#define F_RDI  G(8)
#define F_RSI  G(9)
#define F_RBP  G(10)
#define F_RBX  G(11)
#define F_RDX  G(12)
#define F_RAX  G(13)
#define F_RCX  G(14)
#define F_RSP  G(15)
#define F_RIP  G(16)
#define F_EFL  G(17)
#define F_FP    424
#define F_CWD   (F_FP + 0)
#define F_MXCSR (F_FP + 24)
#define F_XMM   (F_FP + 160)

        .text
/* Generic stubs with passthrough: rax = guest number, rcx = return address.
 * dz_fast_pt[nr]: 0 = the common entry, 0xffff = the vDSO clock
 * (dz_fast_clock), else 1 + the Linux number for the native gate.
 * Flag-free: a 16-bit mov and jrcxz, the return address parked on the
 * guest stack (what a `call` would do; the native gate returns through it). */
        .globl dz_fast_pt_entry
        .type dz_fast_pt_entry,@function
dz_fast_pt_entry:
        push %rcx
        mov %rax, %rcx
        movw $0, %cx                   /* rcx = nr without its low 16 bits */
        jrcxz 1f
2:      pop %rcx
        jmp dz_fast_entry
1:      lea dz_fast_pt(%rip), %r11
        movzwl (%r11,%rax,2), %ecx     /* Linux number + 1, 0 = not passthrough, */
        jrcxz 2b                       /* 0xffff = the vDSO clock */
        lea 1(%rcx), %r11d
        movzwl %r11w, %r11d            /* 0 exactly for 0xffff */
        xchg %r11, %rcx
        jrcxz 3f
        lea -1(%r11), %ecx
        push %rcx                      /* the gate takes it from the stack */
        jmp dz_native_gate
3:      pop %rcx                       /* the return address */
        jmp dz_fast_clock
        .size dz_fast_pt_entry, .-dz_fast_pt_entry

        .globl dz_fast_entry, dz_fast_window, dz_fast_window_end, dz_fast_slow, dz_fast_trap
        .type dz_fast_entry,@function
dz_fast_entry:
        movb $1, %gs:T_IN_HOST
        movb $SEL_ALLOW, %gs:T_SELECTOR
        mov %rsp, %r11
        mov %gs:T_FAST_FRAME, %rsp
        mov %r11, F_RSP(%rsp)
        pushfq
        pop %r11
        mov %r11, F_EFL(%rsp)
        mov %r11, F_R11(%rsp)      /* what `syscall` leaves in r11 */
        mov %rcx, F_RIP(%rsp)
        mov %rcx, F_RCX(%rsp)
        mov %rax, F_RAX(%rsp)
        mov %rbx, F_RBX(%rsp)
        mov %rdx, F_RDX(%rsp)
        mov %rsi, F_RSI(%rsp)
        mov %rdi, F_RDI(%rsp)
        mov %rbp, F_RBP(%rsp)
        mov %r8, F_R8(%rsp)
        mov %r9, F_R9(%rsp)
        mov %r10, F_R10(%rsp)
        mov %r12, F_R12(%rsp)
        mov %r13, F_R13(%rsp)
        mov %r14, F_R14(%rsp)
        mov %r15, F_R15(%rsp)
        movups %xmm0, F_XMM+0*16(%rsp)
        movups %xmm1, F_XMM+1*16(%rsp)
        movups %xmm2, F_XMM+2*16(%rsp)
        movups %xmm3, F_XMM+3*16(%rsp)
        movups %xmm4, F_XMM+4*16(%rsp)
        movups %xmm5, F_XMM+5*16(%rsp)
        movups %xmm6, F_XMM+6*16(%rsp)
        movups %xmm7, F_XMM+7*16(%rsp)
        movups %xmm8, F_XMM+8*16(%rsp)
        movups %xmm9, F_XMM+9*16(%rsp)
        movups %xmm10, F_XMM+10*16(%rsp)
        movups %xmm11, F_XMM+11*16(%rsp)
        movups %xmm12, F_XMM+12*16(%rsp)
        movups %xmm13, F_XMM+13*16(%rsp)
        movups %xmm14, F_XMM+14*16(%rsp)
        movups %xmm15, F_XMM+15*16(%rsp)
        mov %gs:0, %rax
        call *dz_fsgs_ops+FSGS_ENTER(%rip)
        cld
        mov %rsp, %rdi
        call dz_fast_syscall
        test %eax, %eax
        jnz dz_fast_slow

        /* Fast exit: nothing left for a signal context to do. */
        call restore_xmm
        mov %gs:0, %rax
        call *dz_fsgs_ops+FSGS_LEAVE(%rip)
        movb $SEL_BLOCK, %gs:T_SELECTOR
dz_fast_window:
        cmpl $0, %gs:T_NPENDING
        jne dz_fast_slow
        testl $0x40d00, F_EFL(%rsp)    /* AC OF DF TF; clears OF */
        jnz 1f
        mov F_EFL(%rsp), %ah
        sahf
        jmp 2f
1:      pushq F_EFL(%rsp)
        popfq
2:      mov F_RAX(%rsp), %rax
        mov F_RBX(%rsp), %rbx
        mov F_RDX(%rsp), %rdx
        mov F_RSI(%rsp), %rsi
        mov F_RDI(%rsp), %rdi
        mov F_RBP(%rsp), %rbp
        mov F_R8(%rsp), %r8
        mov F_R9(%rsp), %r9
        mov F_R10(%rsp), %r10
        mov F_R11(%rsp), %r11
        mov F_R12(%rsp), %r12
        mov F_R13(%rsp), %r13
        mov F_R14(%rsp), %r14
        mov F_R15(%rsp), %r15
        mov F_RCX(%rsp), %rcx       /* = F_RIP on this exit */
        mov F_RSP(%rsp), %rsp
dz_fast_window_end:
        movb $0, %gs:T_IN_HOST
        jmp *%rcx

/* Slow exit: guest FS, vector state and selector back, then a real trap;
 * the SIGSYS handler recognises rip == dz_fast_trap + 2 and completes the
 * call from the frame (dz_fast_complete).  Also the target of the nested
 * handler's redirect, so rsp may be anything here. */
dz_fast_slow:
        mov %gs:T_FAST_FRAME, %rsp
        call restore_xmm
        cmpl $-1, F_MXCSR(%rsp)        /* unchanged by the handler: live value is right */
        je 1f
        ldmxcsr F_MXCSR(%rsp)
1:      cmpw $-1, F_CWD(%rsp)
        je 2f
        fldcw F_CWD(%rsp)
2:
        mov %gs:0, %rax
        call *dz_fsgs_ops+FSGS_LEAVE(%rip)
        movb $SEL_BLOCK, %gs:T_SELECTOR
        movb $0, %gs:T_IN_HOST
dz_fast_trap:
        syscall
        ud2
        .size dz_fast_entry, .-dz_fast_entry

/* clock_gettime at a rewritten site (the @clock rows of syscalls.master):
 * the host vDSO reads the clock, without a system call, FS switch or C
 * code of the engine.  That matters most where the guest's clock page is
 * off (a host whose kernel does not keep time with the TSC: kvm-clock) and
 * on hosts without FSGSBASE, where every trip through the engine's C code
 * costs two arch_prctl calls.  Entered from a clock stub with the guest's
 * registers (rax = the call's number, rdi = the guest's clock id, rsi =
 * the timespec; the same layout on every BSD and Linux) and rcx = the
 * return address.  The guest's state is saved in the thread's clock_save
 * (through %gs: no register needed), the vDSO runs on the engine's stack
 * with the guest's FS base (it uses no TLS), the thread in_host (signals
 * are queued) and the selector at ALLOW (the vDSO may make a real call).
 * What it cannot do -- a clock the vDSO does not serve (dz_fast_clock_ids
 * -1), a failure, a bad pointer (the fault is fixed up to
 * dz_fast_clock_back, fastpath.c), a signal queued meanwhile -- goes the
 * full way (dz_fast_entry) with the guest's registers as they were, which
 * repeats the call with all its semantics.  The result: rax = 0 and CF
 * clear, rcx and r11 as `syscall` leaves them, every other register and
 * flag the guest's. */
        .globl dz_fast_clock, dz_fast_clock_back, dz_fast_clock_window, dz_fast_clock_window_end
        .globl dz_fast_clock_redo
        .type dz_fast_clock,@function
dz_fast_clock:
        mov %rsp, %gs:S_RSP
        mov %rax, %gs:S_RAX
        mov %rcx, %gs:S_RCX
        mov %rdi, %gs:S_RDI
        mov %rsi, %gs:S_RSI
        mov %rdx, %gs:S_RDX
        mov %r8, %gs:S_R8
        mov %r9, %gs:S_R9
        mov %r10, %gs:S_R10
        pushfq                          /* on the guest's stack and off again */
        popq %gs:S_FLAGS
        cmp $31, %rdi
        ja 8f
        lea dz_fast_clock_ids(%rip), %rax
        movsbl (%rax,%rdi), %edi        /* the Linux clock id, or -1 */
        test %edi, %edi
        js 8f
        movb $1, %gs:T_IN_HOST
        movb $SEL_ALLOW, %gs:T_SELECTOR
        movb $1, %gs:T_IN_CLOCK
        mov %gs:T_FAST_FRAME, %rsp      /* the engine's stack, 64-aligned */
        call *dz_fast_vdso_clock(%rip)
dz_fast_clock_back:                     /* eax: 0, or not (vDSO error, fault) */
        movb $0, %gs:T_IN_CLOCK
        movb $SEL_BLOCK, %gs:T_SELECTOR
        mov %gs:S_RSP, %rsp
        mov %gs:S_RDI, %rdi
        mov %gs:S_RSI, %rsi
        mov %gs:S_RDX, %rdx
        mov %gs:S_R8, %r8
        mov %gs:S_R9, %r9
        mov %gs:S_R10, %r10
        mov %gs:S_FLAGS, %r11           /* what `syscall` leaves in r11 */
        test %eax, %eax
        jnz 7f
        /* The guest's flags, CF clear (success), then a window without
         * flag or stack changes: a signal in it is queued by the nested
         * handler, which moves rip to dz_fast_clock_redo (fastpath.c). */
        push %r11
        popfq
        clc
dz_fast_clock_window:
        movl %gs:T_NPENDING, %ecx
        jrcxz 1f
        jmp dz_fast_clock_redo
1:      mov $0, %eax
        mov %gs:S_RCX, %rcx
        movb $0, %gs:T_IN_HOST
dz_fast_clock_window_end:
        jmp *%rcx
/* Not for this path: the guest's flags back, and the full way. */
7:      push %r11
        popfq
        jmp dz_fast_clock_redo
8:      pushq %gs:S_FLAGS
        popfq
        mov %gs:S_RDI, %rdi
/* The full way (also from the window and the fault fixup): rsp and every
 * register but rax/rcx are the guest's here. */
dz_fast_clock_redo:
        mov %gs:S_RAX, %rax
        mov %gs:S_RCX, %rcx
        jmp dz_fast_entry
        .size dz_fast_clock, .-dz_fast_clock

/* Reload xmm0-15 from the frame (a handler such as sigreturn may have
 * rewritten them).  Called with rsp = frame - 8. */
        .type restore_xmm,@function
restore_xmm:
        movups F_XMM+0*16+8(%rsp), %xmm0
        movups F_XMM+1*16+8(%rsp), %xmm1
        movups F_XMM+2*16+8(%rsp), %xmm2
        movups F_XMM+3*16+8(%rsp), %xmm3
        movups F_XMM+4*16+8(%rsp), %xmm4
        movups F_XMM+5*16+8(%rsp), %xmm5
        movups F_XMM+6*16+8(%rsp), %xmm6
        movups F_XMM+7*16+8(%rsp), %xmm7
        movups F_XMM+8*16+8(%rsp), %xmm8
        movups F_XMM+9*16+8(%rsp), %xmm9
        movups F_XMM+10*16+8(%rsp), %xmm10
        movups F_XMM+11*16+8(%rsp), %xmm11
        movups F_XMM+12*16+8(%rsp), %xmm12
        movups F_XMM+13*16+8(%rsp), %xmm13
        movups F_XMM+14*16+8(%rsp), %xmm14
        movups F_XMM+15*16+8(%rsp), %xmm15
        ret
        .size restore_xmm, .-restore_xmm


/* A fault inside the vDSO during a library personality's lean clock
 * (libshim/common/leanclock.inc, in_clock 2): dz_fast_clock_fault resumes
 * here on the guest stack that path saved in S_RSP, holding what it
 * pushed: the ordinary entry, the timespec, the clock id.  The ordinary
 * entry repeats the call and answers EFAULT from its fault-safe copy. */
        .globl dz_lean_clock_fault
        .type dz_lean_clock_fault,@function
dz_lean_clock_fault:
        movb $0, %gs:T_IN_CLOCK
        movb $0, %gs:T_IN_HOST
        movb $SEL_BLOCK, %gs:T_SELECTOR
        pop %rcx
        pop %rsi
        pop %rdi
        jmp *%rcx
        .size dz_lean_clock_fault, .-dz_lean_clock_fault

        .section .note.GNU-stack,"",@progbits
