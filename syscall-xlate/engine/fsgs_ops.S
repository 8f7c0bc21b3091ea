/* The two implementations of the engine's FS/GS switches (fsgs.h): with the
 * FSGSBASE instructions, and with arch_prctl.  The hot paths call them
 * through dz_fsgs_ops (fsgs.c), which holds one set or the other.
 *
 * Convention (both sets): %rax = the thread's struct dz_thread, preserved;
 * only %r11 and the flags are clobbered (the library entry still holds the
 * guest's arguments in rdi..r9, the signal entry the handler's in rdi..rdx);
 * at most 40 bytes of stack below %rsp; called with the SUD selector at
 * ALLOW (the arch_prctl set makes a system call).
 *   enter:        save the guest's FS base in T_GUEST_FS, load the host's
 *   leave:        load T_GUEST_FS
 *   nested_enter: %r11 = the live FS base (guest's or host's), load the host's
 *   nested_leave: load %r11 (what nested_enter returned)
 * In the arch_prctl set, T_CUR_FS shadows the live base.  It is written
 * before the system call, so a signal that lands between the two sees the
 * value the interrupted code is about to install, and installs it again on
 * its way out (nested_leave): the base is right either way.  A switch to the
 * base already live makes no call (gVisor's rule: restore only if changed). */
#define T_HOST_FS   8
#define T_GUEST_FS  16
#define T_CUR_FS    40

#define ARCH_SET_GS 0x1001
#define ARCH_SET_FS 0x1002
#define NR_arch_prctl 158

/* ---- FSGSBASE instructions: the only ones in denizen.  The section is
 * whole pages, which dz_fsgs_install makes inaccessible when the
 * instructions must not be used (tests/syscall-xlate/fsgs_instr_only.sh
 * checks that no such instruction lies outside it). ---- */
        .section .text.dz_fsgsbase,"ax",@progbits
        .balign 4096
        .globl dz_fsgsbase_start, dz_fsgsbase_end
dz_fsgsbase_start:

        .globl dz_fsgs_instr_enter, dz_fsgs_instr_leave
        .globl dz_fsgs_instr_nested_enter, dz_fsgs_instr_nested_leave
        .type dz_fsgs_instr_enter,@function
dz_fsgs_instr_enter:
        rdfsbase %r11
        mov %r11, T_GUEST_FS(%rax)
        mov T_HOST_FS(%rax), %r11
        wrfsbase %r11
        ret
        .size dz_fsgs_instr_enter, .-dz_fsgs_instr_enter

        .type dz_fsgs_instr_leave,@function
dz_fsgs_instr_leave:
        mov T_GUEST_FS(%rax), %r11
        wrfsbase %r11
        ret
        .size dz_fsgs_instr_leave, .-dz_fsgs_instr_leave

        .type dz_fsgs_instr_nested_enter,@function
dz_fsgs_instr_nested_enter:
        push %rcx
        rdfsbase %r11
        mov T_HOST_FS(%rax), %rcx
        wrfsbase %rcx
        pop %rcx
        ret
        .size dz_fsgs_instr_nested_enter, .-dz_fsgs_instr_nested_enter

        .type dz_fsgs_instr_nested_leave,@function
dz_fsgs_instr_nested_leave:
        wrfsbase %r11
        ret
        .size dz_fsgs_instr_nested_leave, .-dz_fsgs_instr_nested_leave

/* void dz_fsgs_instr_set_gs(void *base): C convention. */
        .globl dz_fsgs_instr_set_gs
        .type dz_fsgs_instr_set_gs,@function
dz_fsgs_instr_set_gs:
        wrgsbase %rdi
        ret
        .size dz_fsgs_instr_set_gs, .-dz_fsgs_instr_set_gs

        .balign 4096
dz_fsgsbase_end:

/* ---- arch_prctl: works on every x86-64 kernel. ---- */
        .text
/* Set the FS base to %r11 (and T_CUR_FS), unless it is already live.
 * Saves what the system call clobbers besides r11. */
        .type set_fs,@function
set_fs:
        cmp T_CUR_FS(%rax), %r11
        je 1f
        mov %r11, T_CUR_FS(%rax)
        push %rax
        push %rcx
        push %rdi
        push %rsi
        mov %r11, %rsi
        mov $ARCH_SET_FS, %edi
        mov $NR_arch_prctl, %eax
        syscall
        pop %rsi
        pop %rdi
        pop %rcx
        pop %rax
1:      ret
        .size set_fs, .-set_fs

        .globl dz_fsgs_prctl_enter, dz_fsgs_prctl_leave
        .globl dz_fsgs_prctl_nested_enter, dz_fsgs_prctl_nested_leave
        .type dz_fsgs_prctl_enter,@function
dz_fsgs_prctl_enter:
        /* T_GUEST_FS is already the live guest base: only the engine sets it. */
        mov T_HOST_FS(%rax), %r11
        jmp set_fs
        .size dz_fsgs_prctl_enter, .-dz_fsgs_prctl_enter

        .type dz_fsgs_prctl_leave,@function
dz_fsgs_prctl_leave:
        mov T_GUEST_FS(%rax), %r11
        jmp set_fs
        .size dz_fsgs_prctl_leave, .-dz_fsgs_prctl_leave

        .type dz_fsgs_prctl_nested_enter,@function
dz_fsgs_prctl_nested_enter:
        push T_CUR_FS(%rax)
        mov T_HOST_FS(%rax), %r11
        call set_fs
        pop %r11
        ret
        .size dz_fsgs_prctl_nested_enter, .-dz_fsgs_prctl_nested_enter

        .type dz_fsgs_prctl_nested_leave,@function
dz_fsgs_prctl_nested_leave:
        jmp set_fs
        .size dz_fsgs_prctl_nested_leave, .-dz_fsgs_prctl_nested_leave

        .section .note.GNU-stack,"",@progbits
