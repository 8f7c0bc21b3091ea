/* Entering guest code: the full register set a new guest thread starts with. */
#ifndef DZ_ENGINE_ENTER_H
#define DZ_ENGINE_ENTER_H
#include <stdint.h>
#include <sys/types.h>

struct dz_regs {
    uint64_t rax, rbx, rcx, rdx, rsi, rdi, rbp, rsp;
    uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
    uint64_t rip;
};

struct dz_personality;

/* Load r and jump; never returns.  The calling thread must be attached. */
__attribute__((noreturn)) void dz_enter_guest(const struct dz_regs *r, uint64_t guest_fs);

/* Run the guest on the calling (main) thread: attach, install signal
 * handlers, arm SUD, enter with FS base guest_fs (0 for a guest that sets
 * its own TLS; a library personality's TIB otherwise).  Returns only if the
 * guest calls thr_exit on the main thread, in which case the caller should
 * pthread_exit. */
void dz_run_main(const struct dz_personality *p, const struct dz_regs *r, uint64_t guest_fs);

/* Start a new guest thread (thr_new, _lwp_create): it begins at r with FS
 * base fs and Linux signal mask lmask.  The new thread's id is stored in
 * *tid before this returns; with tid NULL this returns without waiting for
 * the thread to start.  Returns 0 or -errno. */
int dz_spawn_thread(const struct dz_regs *r, uint64_t fs, uint64_t lmask, pid_t *tid);

/* End the calling guest thread (from inside a handler). */
__attribute__((noreturn)) void dz_exit_thread(void);

#endif
