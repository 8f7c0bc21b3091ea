/* The exports Go's scheduler calls on every hand-off, the lean way: no FS
 * switch, no stack switch, no C (two arch_prctl calls each way on a host
 * without FSGSBASE; an illumos net/http server made ~20 of them per
 * request, a FreeBSD one 0.6).
 *
 * read, write, nanosleep, usleep: one Linux system call each through the
 * native gate (libshim/common/passthru.inc); errno is the TCB's (%fs:0 + 8,
 * struct ilm_tcb, as ___errno answers it, thunks.S).
 *
 * sem_post, sem_wait: Go parks its Ms on POSIX semaphores (semasleep /
 * semawakeup).  The count is sem_t's first word, as in sync.c (whose
 * functions are the ordinary entries: --trace, sem_reltimedwait_np), and
 * the number of threads blocked on it is the first pad word (sync.c,
 * SEM_WAITERS): a post with no waiter makes no system call.  A waiter
 * counts itself in before it looks at the count a last time and sleeps on
 * the futex with the expected value 0; a poster bumps the count before it
 * reads the waiters (both locked instructions: full barriers), so either
 * the poster sees the waiter or the waiter sees the count.  Futexes are
 * shared ones, as sync.c's: a pshared semaphore may live in shared memory.
 * A bad sem_t faults on the first access, in guest code: the guest gets its
 * SIGSEGV, as from illumos's libc. */
#include "libshim/common/passthru.inc"

#define TCB_ERRNO    8
#define SEM_WAITERS  8      /* sync.c asserts it */
#define NR_futex     202
#define FUTEX_WAIT   0
#define FUTEX_WAKE   1
#define EINTR        4      /* the same number on illumos */

        .text
        DZ_LEAN_PASSTHRU dz_ilm_lean_read, dz_ilm_t_read, 0, TCB_ERRNO
        DZ_LEAN_PASSTHRU dz_ilm_lean_write, dz_ilm_t_write, 1, TCB_ERRNO
        DZ_LEAN_PASSTHRU dz_ilm_lean_nanosleep, dz_ilm_t_nanosleep, 35, TCB_ERRNO
        DZ_LEAN_USLEEP dz_ilm_lean_usleep, dz_ilm_t_usleep, TCB_ERRNO

/* int sem_post(sem_t *sem) */
        .globl dz_ilm_lean_sem_post
        .type dz_ilm_lean_sem_post,@function
dz_ilm_lean_sem_post:
        cmpl $0, dz_lib_gate(%rip)
        je 9f
        lock incl (%rdi)
        cmpl $0, SEM_WAITERS(%rdi)
        jne 1f
        xor %eax, %eax
        ret
1:      mov $FUTEX_WAKE, %esi
        mov $1, %edx
        lea 8f(%rip), %rax
        push %rax
        push $NR_futex
        jmp dz_native_gate
8:      xor %eax, %eax                  /* the count is up: done, whoever woke */
        ret
9:      jmp dz_ilm_t_sem_post
        .size dz_ilm_lean_sem_post, .-dz_ilm_lean_sem_post

/* int sem_wait(sem_t *sem): 0, or -1 and EINTR when a guest handler without
 * SA_RESTART interrupted the sleep (illumos's answer too). */
        .globl dz_ilm_lean_sem_wait
        .type dz_ilm_lean_sem_wait,@function
dz_ilm_lean_sem_wait:
        cmpl $0, dz_lib_gate(%rip)
        je 9f
        mov (%rdi), %eax
1:      test %eax, %eax                 /* eax: the count last seen */
        jz 2f
        lea -1(%rax), %ecx
        lock cmpxchg %ecx, (%rdi)       /* taken, or eax = the count now */
        jne 1b
        xor %eax, %eax
        ret
2:      lock incl SEM_WAITERS(%rdi)
3:      mov (%rdi), %eax
        test %eax, %eax
        jnz 5f
        push %rdi
        mov $FUTEX_WAIT, %esi
        xor %edx, %edx                  /* sleep while the count is 0 */
        xor %r10d, %r10d                /* no timeout */
        lea 8f(%rip), %rax
        push %rax
        push $NR_futex
        jmp dz_native_gate
8:      pop %rdi
        jnc 3b                          /* woken: look again */
        cmp $EINTR, %eax
        jne 3b                          /* EAGAIN: the count moved */
        lock decl SEM_WAITERS(%rdi)
        DZ_LEAN_ERRNO TCB_ERRNO
5:      lock decl SEM_WAITERS(%rdi)
        jmp 1b
9:      jmp dz_ilm_t_sem_wait
        .size dz_ilm_lean_sem_wait, .-dz_ilm_lean_sem_wait

        .section .note.GNU-stack,"",@progbits
