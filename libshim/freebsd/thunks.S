/* One entry thunk per export of exports.def (libshim/common/thunk.h), and
 * the exports that are code of their own: errno and pthread_self read
 * through the guest's FS base, and the host's pure functions. */
#include "libshim/common/thunk.h"

        .text
#define X(name, ...) DZ_LIB_THUNK(dz_fbl_x_##name, dz_fbl_t_##name)
#define LOCAL X
#define RAW(name, ...)
#include "libshim/freebsd/exports.def"

/* int *__error(void): &record->error of the calling thread.  The TCB is
 * the guest's FS base; its first word points at itself (%fs:0 needs no
 * FSGSBASE), the record follows it (abi/freebsd/tcb.h). */
        .globl dz_fbl_error
        .type dz_fbl_error,@function
dz_fbl_error:
        mov %fs:0, %rax
        mov 16(%rax), %rax              /* tcb_thread: the record, errno first */
        ret
        .size dz_fbl_error, .-dz_fbl_error

/* pthread_t pthread_self(void): tcb_thread. */
        .globl dz_fbl_pthread_self
        .type dz_fbl_pthread_self,@function
dz_fbl_pthread_self:
        mov %fs:16, %rax
        ret
        .size dz_fbl_pthread_self, .-dz_fbl_pthread_self

/* Host functions with no system call, no TLS and no errno (the launcher's
 * libc is musl, whose string and math functions touch neither): the
 * program calls them directly, on its own stack and FS base. */
#define PURE(ours, host)                \
        .globl ours;                    \
        .type ours,@function;           \
ours:   jmp host;                       \
        .size ours, .-ours
PURE(dz_fbl_memcpy, memcpy)
PURE(dz_fbl_memmove, memmove)
PURE(dz_fbl_memset, memset)
PURE(dz_fbl_memcmp, memcmp)
PURE(dz_fbl_strlen, strlen)
PURE(dz_fbl_strcmp, strcmp)
PURE(dz_fbl_strncmp, strncmp)
PURE(dz_fbl_strchr, strchr)
PURE(dz_fbl_strrchr, strrchr)
PURE(dz_fbl_strcpy, strcpy)
PURE(dz_fbl_strncpy, strncpy)
PURE(dz_fbl_memchr, memchr)
/* The unwinder (unwind.c): walks the guest's stack and calls its code. */
PURE(dz_fbl_Unwind_Backtrace, _Unwind_Backtrace)
PURE(dz_fbl_Unwind_RaiseException, _Unwind_RaiseException)
PURE(dz_fbl_Unwind_Resume, _Unwind_Resume)
PURE(dz_fbl_Unwind_Resume_or_Rethrow, _Unwind_Resume_or_Rethrow)
PURE(dz_fbl_Unwind_ForcedUnwind, _Unwind_ForcedUnwind)
PURE(dz_fbl_Unwind_DeleteException, _Unwind_DeleteException)
PURE(dz_fbl_Unwind_GetIP, _Unwind_GetIP)
PURE(dz_fbl_Unwind_GetIPInfo, _Unwind_GetIPInfo)
PURE(dz_fbl_Unwind_GetCFA, _Unwind_GetCFA)
PURE(dz_fbl_Unwind_GetGR, _Unwind_GetGR)
PURE(dz_fbl_Unwind_GetLanguageSpecificData, _Unwind_GetLanguageSpecificData)
PURE(dz_fbl_Unwind_GetRegionStart, _Unwind_GetRegionStart)
PURE(dz_fbl_Unwind_GetTextRelBase, _Unwind_GetTextRelBase)
PURE(dz_fbl_Unwind_GetDataRelBase, _Unwind_GetDataRelBase)
PURE(dz_fbl_Unwind_SetGR, _Unwind_SetGR)
PURE(dz_fbl_Unwind_SetIP, _Unwind_SetIP)
PURE(dz_fbl_Unwind_FindEnclosingFunction, _Unwind_FindEnclosingFunction)
PURE(dz_fbl_gcc_personality_v0, __gcc_personality_v0)   /* C's cleanups (-fexceptions) */
PURE(dz_fbl_pow, pow)
PURE(dz_fbl_powf, powf)
PURE(dz_fbl_cosf, cosf)
PURE(dz_fbl_sinf, sinf)
PURE(dz_fbl_tanf, tanf)
PURE(dz_fbl_acosf, acosf)
PURE(dz_fbl_asinf, asinf)
PURE(dz_fbl_atanf, atanf)
PURE(dz_fbl_atan2f, atan2f)
PURE(dz_fbl_expf, expf)
PURE(dz_fbl_logf, logf)
PURE(dz_fbl_hypotf, hypotf)

        .section .note.GNU-stack,"",@progbits
