/* Static TLS and the thread control block of FreeBSD amd64 (TLS variant
 * II: sys/x86/include/tls.h struct tcb; rtld's allocate_tls): the thread
 * pointer (%fs base) is the TCB, whose first word points at itself; the
 * executable's PT_TLS block ends right below it (local-exec: %fs:0 then
 * negative offsets, tlsoffset = round(memsz, align)).  tcb_thread is
 * libthr's struct pthread, pthread_self()'s answer; ours is the record
 * after the TCB, errno first (__error() is %fs:0 + 24).  Memory, low to high:
 *     [pad][TLS block, rounded up to its alignment][TCB][record]
 *                                                  ^ thread pointer */
#ifndef DZ_ABI_FREEBSD_TCB_H
#define DZ_ABI_FREEBSD_TCB_H
#include <stddef.h>
#include <stdint.h>

struct fbsd_tcb {
    uint64_t tcb_self;      /* the TCB's own address */
    uint64_t tcb_dtv;       /* the record's dtv: rtld's layout, the executable the one module */
    uint64_t tcb_thread;    /* struct fbsd_thread_rec * */
};
_Static_assert(sizeof(struct fbsd_tcb) == 24, "fbsd_tcb size");

#define FBSD_KEYS_MAX 256   /* PTHREAD_KEYS_MAX */

/* What libthr's struct pthread holds that we need: errno first. */
struct fbsd_thread_rec {
    int32_t error;                       /* __error() */
    int32_t tid;
    uint64_t stack_base, stack_size;     /* the guest stack (main: the process stack) */
    uint64_t guard_size;
    uint64_t map_base, map_size;         /* what we mapped for it; 0 for the main thread's stack */
    uint64_t area_base, area_size;       /* TLS block + TCB + this record */
    uint64_t specific[FBSD_KEYS_MAX];    /* pthread_setspecific */
    /* rtld's DTV: generation, number of modules, each module's block (the
     * executable's, module 1).  Code that reads the DTV through the TCB
     * (a host unwinder's dl_iterate_phdr, __tls_get_addr) finds a valid one. */
    uint64_t dtv[3];
    uint32_t join_state;                 /* FBSD_JOIN_*: who frees the area */
    uint64_t retval;                     /* the start routine's value, for pthread_join */
    uint64_t dtor_call[2];               /* the key destructor being run: fn, value */
    uint32_t dtor_calls;                 /* how many so far (bounded) */
    /* libc.so.7's own _Thread_local variables: FreeBSD's rtld gives
     * libc a static TLS block of its own; a program reaches these through
     * an initial-exec R_X86_64_TPOFF64 import whose value is this field's
     * offset from the thread pointer (positive here, past the TCB: where
     * the block lies is rtld's choice, the program only adds the offset). */
    uint64_t thread_rune_locale;         /* _ThreadRuneLocale: uselocale's, NULL (none) */
};
#define FBSD_JOIN_RUNNING 0     /* joinable, running */
#define FBSD_JOIN_DETACHED 1    /* its end frees the area */
#define FBSD_JOIN_EXITED 2      /* ended; pthread_join or pthread_detach frees the area */
_Static_assert(offsetof(struct fbsd_thread_rec, error) == 0, "__error() is the record");

struct fbsd_tls_image {
    uint64_t init, filesz, memsz, align;
};

/* Bytes of one area (a page multiple is the caller's business) and the
 * TCB's offset in it. */
size_t fbsd_tls_area_size(const struct fbsd_tls_image *img, size_t *tcb_off);
/* Lay out an area: the TLS block initialised from the image, the TCB and
 * an empty record.  Returns the thread pointer. */
uint64_t fbsd_tls_area_init(void *area, const struct fbsd_tls_image *img, size_t tcb_off);
#endif
