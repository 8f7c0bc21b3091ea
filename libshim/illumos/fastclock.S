/* clock_gettime, the lean way (the twin of libshim/openbsd/fastclock.S).
 * Go's illumos runtime reads CLOCK_MONOTONIC through libc on every
 * scheduling decision (nanotime1); the common entry's FS and stack switch
 * -- two arch_prctl calls each way without FSGSBASE -- would be most of the
 * cost.  The host vDSO touches no TLS and little stack, so for the clocks
 * it serves the call goes straight to it on the guest's stack and FS base,
 * with the thread marked in_host (signals are queued, as during any
 * library call) and the selector at ALLOW (the vDSO may fall back to a
 * real system call).  Anything else -- other clocks, a failure, --trace,
 * no vDSO -- takes the export's ordinary entry (thunks.S), which repeats
 * the call with the full semantics (errno in ___errno).  illumos's
 * timespec is Linux's (two 64-bit words).  Shortcut: a bad timespec
 * pointer faults in the vDSO (fatal, like any fault inside the layer)
 * where illumos answers EFAULT.  Offsets: libshim/common/entry.S. */
#define T_SELECTOR  24
#define T_IN_HOST   25
#define T_NPENDING  28

        .text
        .globl dz_ilm_clock_gettime
        .type dz_ilm_clock_gettime,@function
dz_ilm_clock_gettime:
        cmpl $0, dz_lib_lean(%rip)
        je 9f
        cmp $5, %edi
        ja 9f
        cmp $4096, %rsi                 /* a timespec in the first page: the */
        jb 9f                           /* export's entry answers EFAULT */
        lea vdso_ids(%rip), %rax
        movsbl (%rax,%rdi), %eax
        test %eax, %eax
        js 9f
        push %rdi                       /* the guest's arguments, for the slow path */
        push %rsi
        mov %eax, %edi
        mov %gs:0, %rax
        movb $1, T_IN_HOST(%rax)
        movb $0, T_SELECTOR(%rax)
        sub $8, %rsp                    /* 16-byte alignment for the call */
        call *dz_lib_vdso_clock_gettime(%rip)
        add $8, %rsp
        mov %gs:0, %rcx
        movb $0, T_IN_HOST(%rcx)
        movb $1, T_SELECTOR(%rcx)
        pop %rsi
        pop %rdi
        test %eax, %eax
        jnz 9f                          /* the vDSO's error: redo it with errno */
        cmpl $0, T_NPENDING(%rcx)
        jne dz_lib_deliver_queued       /* rax = 0, the result */
        ret
9:      jmp dz_ilm_t_clock_gettime
        .size dz_ilm_clock_gettime, .-dz_ilm_clock_gettime

        .section .rodata
/* illumos clock id (sys/time_impl.h) -> the Linux clock id the vDSO
 * serves, or -1: CLOCK_REALTIME 3, CLOCK_MONOTONIC = CLOCK_HIGHRES 4
 * (abi/illumos/values.c's table); 0 (the obsolete __CLOCK_REALTIME0),
 * CLOCK_VIRTUAL 1 and the CPU-time clocks 2 and 5 take the slow path. */
vdso_ids:
        .byte -1, -1, -1, 0, 1, -1
        .section .note.GNU-stack,"",@progbits
