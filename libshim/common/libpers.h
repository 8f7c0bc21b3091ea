/* Library personalities: foreign programs that reach their OS through its
 * libc (OpenBSD, illumos) rather than raw system calls.  The loader binds
 * every import of the executable to an export of the personality; each
 * export is one row (struct dz_export) with the same shape as a syscall
 * table row, so one handler signature, one tracer and the shared BSD
 * handlers serve both kinds of personality.
 *
 * The path of one guest libc call:
 *   guest `call read@plt` -> GOT -> the export's thunk (thunk.h) ->
 *   dz_lib_entry (entry.S): save the guest FS base, load the host's, mark
 *   the thread in_host, SUD selector ALLOW, switch to the engine's per-thread
 *   stack -> dz_lib_dispatch (call.c): build a struct dz_call from the
 *   argument registers, run the row's handler, trace, turn the result into
 *   the libc convention (-1 + errno in the guest's __errno(), NULL, a direct
 *   errno ...) -> back in entry.S: guest FS, selector BLOCK, and if signals
 *   were queued while the handler ran, one trap into the engine delivers
 *   them on a real context before the call returns.
 *
 * Handlers run on the guest's thread with the C library usable and guest signals
 * queued (not masked); blocking host calls go through dz_bsys, which the
 * queued signals interrupt (EINTR). */
#ifndef DZ_LIBSHIM_LIBPERS_H
#define DZ_LIBSHIM_LIBPERS_H
#include <stddef.h>
#include <stdint.h>
#include "syscall-xlate/engine/call.h"
#include "syscall-xlate/engine/personality.h"
#include "syscall-xlate/engine/sysent.h"

/* How a handler's result (value or -LINUX_ERRNO) becomes the C result. */
enum dz_lib_conv {
    DZ_LIB_INT,       /* libc: -1 and errno on failure (also 64-bit results) */
    DZ_LIB_PTR,       /* NULL and errno on failure */
    DZ_LIB_ERRNO,     /* 0, or the guest errno itself (pthread_*, __thrsleep) */
    DZ_LIB_VOID,      /* nothing */
    DZ_LIB_NORETURN,  /* never returns (exit): traced before the call */
    DZ_LIB_RAW,       /* entry is hand-written code, no handler (__errno) */
    DZ_LIB_VAL,       /* the value as is; errno set by the handler (stdio's EOF) */
    DZ_LIB_TLS,       /* a _Thread_local of libc: entry is the int64_t giving its
                       * offset from the thread pointer (R_X86_64_TPOFF64 binds to it) */
};

/* The class column of an exports.def row (--trace-calls): the classes of
 * syscall-xlate/trace/classes.def joined by _, or NONE.  A row that leaves
 * .cls 0 takes, when tracing, the classes of its personality's system
 * call of the same name (dz_lib_class). */
#define DZ_LC_NONE 0
#define DZ_LC_FILE DZ_C_FILE
#define DZ_LC_DESC DZ_C_DESC
#define DZ_LC_NETWORK DZ_C_NETWORK
#define DZ_LC_PROCESS DZ_C_PROCESS
#define DZ_LC_SIGNAL DZ_C_SIGNAL
#define DZ_LC_MEMORY DZ_C_MEMORY
#define DZ_LC_IPC DZ_C_IPC
#define DZ_LC_FILE_DESC (DZ_C_FILE | DZ_C_DESC)
#define DZ_LC_FILE_PROCESS (DZ_C_FILE | DZ_C_PROCESS)
#define DZ_LC_DESC_MEMORY (DZ_C_DESC | DZ_C_MEMORY)
#define DZ_LC_DESC_PROCESS (DZ_C_DESC | DZ_C_PROCESS)
#define DZ_LC_FILE_DESC_PROCESS (DZ_C_FILE | DZ_C_DESC | DZ_C_PROCESS)

struct dz_export {
    struct dz_sysent ent;     /* name, handler, level, trace kinds, note */
    uint8_t conv;             /* enum dz_lib_conv */
    const void *entry;        /* the code an import is bound to */
    /* The symbol version it is (FreeBSD's "FBSD_1.5"): an import that
     * names another version does not bind to it.  NULL: any version. */
    const char *version;
};

/* The executable's PT_TLS segment as mapped (all 0 if it has none). */
struct dz_tls_image {
    uint64_t init, filesz, memsz, align;
};

/* What the loader tells a personality about the program it bound (the
 * part of ld.so's work that is the personality's: init and fini
 * functions, the objects the executable shares with libc, its headers for
 * dl_iterate_phdr).  Addresses are absolute (bias applied). */
struct dz_lib_program {
    const char *path;
    uint64_t bias, phdr;
    uint16_t phnum;
    uint64_t environ, progname;    /* its exported `environ`, `__progname`; 0: none */
    const uint64_t *init;          /* DT_PREINIT_ARRAY, DT_INIT, DT_INIT_ARRAY, in order */
    size_t ninit;
    const uint64_t *fini;          /* DT_FINI_ARRAY backwards, then DT_FINI */
    size_t nfini;
};

struct dz_regs;

struct dz_libpers {
    const char *name;                       /* "openbsd" */
    const struct dz_personality *pers;      /* signals, errno names, safety-net syscalls */
    const struct dz_export *const *exports;
    size_t nexports;
    const char *const *sonames;             /* libraries it stands for, NULL-terminated */
    /* The calling thread's guest errno variable. */
    int *(*errno_loc)(struct dz_thread *t);
    /* Private syscall number (a row of pers->sysent) that delivers the
     * signals queued during a library call; its handler is dz_lib_deliver. */
    long deliver_nr;
    /* Before the guest runs: keep the TLS image for new threads and build
     * the main thread's TLS; *fs is the main thread's FS base.  0 or -1
     * with a message in err. */
    int (*start)(const struct dz_tls_image *tls, uint64_t *fs, char *err, size_t errlen);
    /* Optional (NULL: none), called before start: the program bound, for
     * a personality whose libc runs the init/fini functions itself. */
    void (*program)(const struct dz_lib_program *p);
    /* Optional: the registers the program's entry gets from its ld.so
     * besides the brand's (FreeBSD's rtld: rsi = the cleanup function). */
    void (*entry_regs)(struct dz_regs *r);
};

/* The export named name, or NULL.  name may carry a version,
 * "stat@FBSD_1.5": it then binds only to a row of that version or of
 * none; a name without one binds to the first row of that name. */
const struct dz_export *dz_lib_find(const struct dz_libpers *lp, const char *name);
/* The loader's resolvers (ctx is the struct dz_libpers): the entry of the
 * export named name or NULL; a lazy stub for any name (--lazy-missing). */
const void *dz_lib_resolve(void *ctx, const char *name);
const void *dz_lib_resolve_lazy(void *ctx, const char *name);
/* Make lp the personality every library call of this process goes to
 * (after --trace is set up: a traced process takes no lean paths). */
void dz_lib_activate(const struct dz_libpers *lp);
extern const struct dz_libpers *dz_lib_active;

/* The classes of row e of lp (--trace-calls): its own, or those of the
 * system call of the same name in lp->pers's table. */
unsigned dz_lib_class(const struct dz_libpers *lp, const struct dz_sysent *e);

/* Lean exports (hand-written entries that skip the FS and stack switch
 * for a few hot calls) may use these; both are 0 when they must not:
 * the host's vDSO clock_gettime, and whether the calls are untraced. */
extern int (*dz_lib_vdso_clock_gettime)(long clock, void *ts);
extern int dz_lib_lean;
/* Whether lean exports may make their call through the engine's native
 * gate (engine/entry.S: untraced; its errno table and no-restart set are
 * filled for lp->pers by dz_lib_activate). */
extern int dz_lib_gate;

/* A stand-in for an import lp does not provide (--lazy-missing): code that
 * reports the symbol on its first call and fails with ENOSYS.  NULL if it
 * cannot be made. */
const void *dz_lib_lazy_stub(const struct dz_libpers *lp, const char *name);

/* The calling thread's guest errno, from a Linux errno (a DZ_LIB_VAL
 * handler's failure). */
void dz_lib_set_errno(struct dz_thread *t, int linux_errno);

/* thread_init of a library personality's descriptor calls this: the new
 * thread's library calls run on its engine altstack. */
struct dz_thread;
void dz_lib_thread_init(struct dz_thread *t);

/* The handler of deliver_nr: nothing to do, the engine delivers the queued
 * signals on the way out of the trap. */
long dz_lib_deliver(struct dz_call *c);

/* During a library call: the guest's stack pointer at the call (pointing
 * at the return address) and argument registers. */
struct dz_lib_frame {
    uint64_t rdi, rsi, rdx, rcx, r8, r9, rsp;
};
const struct dz_lib_frame *dz_lib_frame(void);

/* Where the guest's own libc would fault.  A library function with no
 * system call behind it dereferences the caller's pointers itself
 * (pthread_attr_init stores through its argument): given a bad one, the
 * real libc faults and the process gets SIGSEGV, no errno.  Its handler
 * reads and writes guest memory with dz_lib_load / dz_lib_store (or asks
 * dz_lib_writable before it changes anything of its own) and, when they
 * fail, returns what they returned, DZ_LIB_SEGV, holding no lock and
 * having changed nothing it would have to undo.  The call then does not
 * return: entry.S restores the guest's state at the call (stack pointer
 * at the return address, arguments in their registers) and makes the
 * access again in guest mode, so the kernel reports the fault (si_addr:
 * the first byte not there; si_code SEGV_MAPERR or SEGV_ACCERR as it
 * finds them) and the engine delivers it as a fault of guest code: to the
 * guest's handler, or the default action kills the process by SIGSEGV.
 * If the access no longer faults (a handler mapped the memory), the call
 * is made again.  dz_lib_segv(addr, len, write) asks for that directly;
 * the others answer 0 when the access worked.  NULL is an address like
 * any other here: the real function faults on it too. */
long dz_lib_segv(uint64_t addr, size_t len, int write);
long dz_lib_load(void *dst, uint64_t gaddr, size_t n);
long dz_lib_store(uint64_t gaddr, const void *src, size_t n);
long dz_lib_writable(uint64_t gaddr, size_t n);

/* Blocking host call from a library handler: a queued guest signal makes it
 * return -EINTR instead of sleeping (the engine's blocking window). */
long dz_lib_bsys(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

#endif
