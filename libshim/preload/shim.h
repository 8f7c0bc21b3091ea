/* libdenizen-preload internals: process-wide settings, the per-call mode
 * word that keeps the no-rule path to one load and one branch, path
 * translation for one call, and the tracer.
 *
 * Invariants:
 *  - Nothing in the shim calls an interposed libc function: its own I/O is
 *    raw system calls (syscall-xlate/pathmap/rawsys.h), so a wrapper never
 *    re-enters a wrapper and errno is only ever set by the real call.
 *  - Settings are written once, by whichever thread first needs them
 *    (dz_init), and read-only after DZ_READY is published. */
#ifndef DZ_PRELOAD_SHIM_H
#define DZ_PRELOAD_SHIM_H
#include "libshim/preload/config.h"
#include "libshim/preload/real.h"
#include "syscall-xlate/pathmap/pathmap.h"
#include <errno.h>
#include <stddef.h>

#define DZ_EXPORT __attribute__((visibility("default")))
#define DZ_SLOW __attribute__((noinline, cold))

enum {
    DZ_READY = 1u << 0,
    DZ_RULES = 1u << 1,     /* DENIZEN_PATH_MAP / config rules */
    DZ_ROOT = 1u << 2,      /* DENIZEN_ROOT */
    DZ_UNAME = 1u << 3,     /* DENIZEN_UNAME */
    DZ_PROCFS = 1u << 4,    /* uname fields that /proc files also show */
    DZ_TRACE = 1u << 5,     /* DENIZEN_SHIM_TRACE */
};
#define DZ_PATHS (DZ_RULES | DZ_ROOT)

/* Variables a child must keep (re-added to exec environments). */
enum { DZ_ENV_PRELOAD, DZ_ENV_MAP, DZ_ENV_CONFIG, DZ_ENV_ROOT, DZ_ENV_UNAME, DZ_ENV_TRACE,
       DZ_ENV_QUIET, DZ_ENV_N };

struct dz_shim {
    struct dz_pathmap map;
    char root[DZ_PM_PATH_MAX];       /* normalised, "" when unset */
    struct dz_uname_spec uname;
    char trace[DZ_PM_PATH_MAX];      /* absolute; may hold %p */
    int trace_per_pid;               /* ... it does: expand per line */
    char self[DZ_PM_PATH_MAX];       /* this library's file */
    const char *self_base;           /* its basename */
    /* "NAME=value" to re-add to a child's environment, or NULL. */
    const char *env[DZ_ENV_N];
    size_t env_name_len[DZ_ENV_N];
    /* The value as this process found it (children whose entry is still
     * this exact string get env[] instead: relative paths made absolute). */
    const char *env_orig[DZ_ENV_N];
};
extern struct dz_shim dz_shim;
extern unsigned dz_mode_word;

unsigned dz_init(void);

/* The mode word; initialises the shim on first use. */
static inline unsigned dz_mode(void)
{
    unsigned m = __atomic_load_n(&dz_mode_word, __ATOMIC_ACQUIRE);
    return __builtin_expect(m & DZ_READY, 1) ? m : dz_init();
}

/* Does an LD_PRELOAD value name this library? */
int dz_names_self(const char *value);

/* "denizen-shim: a b c\n" on stderr, in one write. */
void dz_msg2(const char *a, const char *b, const char *c);

/* ---------------------------------------------------------- translation */

/* One path argument of one call. */
struct dz_xp {
    const char *orig;       /* as the program gave it */
    const char *path;       /* what the kernel gets: orig or buf */
    int dirfd;
    unsigned flags;         /* DZ_PM_* */
    int how;                /* DZ_PM_SAME / MAPPED / ROOTED */
    char buf[DZ_PM_PATH_MAX];
};

/* Translate; 0, or -1 with errno set (ELOOP, ENAMETOOLONG) when the call
 * must fail without reaching the kernel.  Preserves errno otherwise. */
int dz_xp_init(struct dz_xp *x, unsigned mode, int dirfd, const char *path, unsigned flags);
/* After the call failed with `err`: 1 when a full resolution found a
 * different host path (a host symlink into a mapping) -- call again with
 * x->path; errno is restored to err either way. */
int dz_xp_retry(struct dz_xp *x, unsigned mode, int err);
/* Map a host path the kernel returned back to the program's view, in
 * place (buf has room for DZ_PM_PATH_MAX).  1 when rewritten. */
int dz_unmap(unsigned mode, char *buf);

/* DZ_PM_* flags for an open(2) flag word. */
unsigned dz_open_xflags(int oflags);
/* Flags for a *at call's AT_SYMLINK_NOFOLLOW / AT_SYMLINK_FOLLOW. */
#define DZ_AT_XFLAGS(atflags) (((atflags) & AT_SYMLINK_NOFOLLOW) ? DZ_PM_NOFOLLOW : 0u)

/* Synthesized /proc files for DENIZEN_UNAME: a readable fd, -1 with errno,
 * or -2 when `path` is not one of them. */
int dz_procfs_open(unsigned mode, int dirfd, const char *path, int oflags);

/* --------------------------------------------------------------- trace */

#define DZ_TL_MAX 8192

struct dz_tl {
    size_t n;
    int args, cut;
    char b[DZ_TL_MAX];
};

struct dz_flagtab;
extern const struct dz_flagtab dz_tab_open, dz_tab_at, dz_tab_access, dz_tab_faccessat,
    dz_tab_unlinkat, dz_tab_rename, dz_tab_dlopen, dz_tab_statx, dz_tab_xattr;

/* The trace file of this process: "%p" -> pid (so a fork without exec
 * gets its own file too), "%%" -> "%". */
void dz_trace_file(char out[DZ_PM_PATH_MAX]);

void dz_tl_begin(struct dz_tl *t, const char *name);
void dz_tl_str(struct dz_tl *t, const char *s);            /* "..." or NULL */
void dz_tl_path(struct dz_tl *t, const struct dz_xp *x);   /* "prog"->"host" */
void dz_tl_fd(struct dz_tl *t, int fd);                    /* AT_FDCWD or n */
void dz_tl_int(struct dz_tl *t, long v);
void dz_tl_hex(struct dz_tl *t, unsigned long v);
void dz_tl_oct(struct dz_tl *t, unsigned v);
void dz_tl_ptr(struct dz_tl *t, const void *p);
void dz_tl_flags(struct dz_tl *t, const struct dz_flagtab *tab, unsigned long v);
void dz_tl_argv(struct dz_tl *t, char *const argv[]);
void dz_tl_envp(struct dz_tl *t, char *const envp[]);
void dz_tl_raw(struct dz_tl *t, const char *s);            /* an argument as is */
/* Finish with " = r" / " = -1 ENAME" and write the line. */
void dz_tl_end_int(struct dz_tl *t, long r, int err);
void dz_tl_end_ptr(struct dz_tl *t, const void *p, int err);
void dz_tl_end_errnum(struct dz_tl *t, int r);             /* posix_spawn style */
void dz_tl_end_unknown(struct dz_tl *t);                   /* " = ?" */
void dz_tl_end_raw(struct dz_tl *t, const char *result);

/* ------------------------------------------------- one-path call helper */

/* Run `call` (an expression using P, the path to pass) for path argument
 * `path`, retrying once when a symlink into a mapping explains a failure,
 * then trace it.  Expands to the call's result.  `targs` is a statement
 * list that adds the trace arguments to t_ (x_ is the translated path). */
#define DZ_PATHCALL(T, m, fname, dirfd, path, xflags, call, targs)                 \
    __extension__({                                                              \
        struct dz_xp x_;                                                         \
        T r_ = (T)-1;                                                            \
        if (dz_xp_init(&x_, (m), (dirfd), (path), (xflags)) == 0) {               \
            const char *P = x_.path;                                             \
            r_ = (call);                                                         \
            if (r_ == (T)-1 && dz_xp_retry(&x_, (m), errno)) {                   \
                P = x_.path;                                                     \
                r_ = (call);                                                     \
            }                                                                    \
        }                                                                        \
        if ((m) & DZ_TRACE) {                                                    \
            int e_ = errno;                                                      \
            struct dz_tl t_;                                                     \
            dz_tl_begin(&t_, (fname));                                           \
            targs;                                                               \
            dz_tl_end_int(&t_, (long)r_, e_);                                    \
            errno = e_;                                                          \
        }                                                                        \
        r_;                                                                      \
    })

/* Is the mode such that path calls need the slow path? */
#define DZ_FAST(m, extra) (__builtin_expect(!((m) & (DZ_PATHS | DZ_TRACE | (extra))), 1))

#define DZ_ID(...) __VA_ARGS__

/* Define the exported entry point `name` (parameters `params`, forwarded
 * as `args`) whose one path argument `path` is translated: a fast path that
 * is one load, one branch and the real call when no rule, root or trace is
 * set (or `extra` mode bit), and a separate cold function for the rest,
 * so the fast path has no large frame. */
#define DZ_PATHFN(T, name, params, args, extra, tname, dirfd, path, xflags, call, targs) \
    static DZ_SLOW T name##_slow(unsigned m, DZ_ID params)                               \
    {                                                                                   \
        return DZ_PATHCALL(T, m, tname, dirfd, path, xflags, call, targs);             \
    }                                                                                   \
    DZ_EXPORT T name params                                                             \
    {                                                                                   \
        unsigned m = dz_mode();                                                         \
        if (DZ_FAST(m, extra))                                                          \
            return DZ_REAL(name) args;                                                  \
        return name##_slow(m, DZ_ID args);                                              \
    }

#endif
