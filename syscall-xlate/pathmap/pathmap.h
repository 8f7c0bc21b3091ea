/* Path rules, path mapping and emulation-root lookup.
 *
 * One library for two users:
 *   - the LD_PRELOAD shim (libshim/preload/) maps the paths native Linux
 *     programs pass to libc (DENIZEN_PATH_MAP, DENIZEN_ROOT);
 *   - the engine's `denizen run --root DIR` looks foreign programs' paths up
 *     under DIR first (dz_root_lookup), like FreeBSD's /compat/linux.
 *
 * Pure: no interposition, no engine dependency, no malloc, no errno, no TLS.
 * Everything that touches the file system goes through a struct dz_pm_fs
 * the caller supplies; dz_pm_rawfs (rawfs.c) is one made of raw syscalls,
 * safe in a signal handler.  Errors come back as negative Linux errno values.
 *
 * The model: a mapping OLD=NEW behaves like a bind mount of NEW on OLD in a
 * virtual file system that is otherwise the host's.  Symlink targets are
 * virtual paths, `..` leaves a mapping at OLD's parent, and paths the kernel
 * hands back (getcwd, readlink, realpath) are mapped back with
 * dz_pathmap_reverse.  Longest OLD (or NEW, backwards) wins. */
#ifndef DZ_PATHMAP_H
#define DZ_PATHMAP_H
#include <stddef.h>

#define DZ_PM_PATH_MAX 4096   /* Linux PATH_MAX, including the NUL */
#define DZ_PM_MAX_RULES 64
#define DZ_PM_POOL 32768      /* bytes for all rule strings */

/* One rule.  Paths are normalised (no "//", ".", "..", no trailing '/');
 * the root directory is the empty string, so "OLD + rest" never doubles a
 * slash. */
struct dz_pm_rule {
    const char *old, *new, *canon;  /* canon: the kernel's spelling of new */
    const char *base;               /* last component of old ("" for /) */
    unsigned short old_len, new_len, canon_len, base_len;
};

struct dz_pathmap {
    unsigned n;
    size_t used;
    struct dz_pm_rule rule[DZ_PM_MAX_RULES];
    char pool[DZ_PM_POOL];
};

/* Parse results (returned negated by the add/parse functions). */
enum dz_pm_status {
    DZ_PM_OK = 0,
    DZ_PM_ENOSEP,       /* no '=' in the rule */
    DZ_PM_ENOTABS,      /* OLD or NEW is not an absolute path */
    DZ_PM_ETOOLONG,     /* a path is PATH_MAX or longer */
    DZ_PM_EFULL,        /* too many rules, or the string pool is full */
    DZ_PM_ESYNTAX,      /* dangling backslash */
};
const char *dz_pm_strerror(int status);

void dz_pathmap_init(struct dz_pathmap *m);
/* Add OLD=NEW (both absolute; normalised here).  A rule for an OLD that is
 * already there replaces it.  0 or -DZ_PM_*. */
int dz_pathmap_add(struct dz_pathmap *m, const char *old, size_t old_len,
                   const char *new, size_t new_len);
/* One rule "OLD=NEW" of `len` bytes.  Blanks around OLD and NEW are trimmed;
 * a backslash makes the next byte literal ("\;", "\=", "\\", "\ "). */
int dz_pathmap_add_rule(struct dz_pathmap *m, const char *spec, size_t len);
/* A list of rules separated by ';' or newlines.  Empty rules are skipped; a
 * rule starting with '#' is a comment up to the end of its line.  Calls
 * diag (when not NULL) for each bad rule and returns how many were bad. */
typedef void dz_pm_diag_fn(void *ctx, const char *rule, size_t len, int status);
int dz_pathmap_parse(struct dz_pathmap *m, const char *text, size_t len,
                     dz_pm_diag_fn *diag, void *ctx);
/* Record how the kernel spells rule i's NEW (getcwd answers use it). */
int dz_pathmap_set_canon(struct dz_pathmap *m, unsigned i, const char *canon);

/* Lexical normalisation: collapse "//" and ".", resolve ".." against the
 * preceding component (never above "/"), drop a trailing '/'.  An absolute
 * result is "/" or "/a/b"; a relative one keeps leading "..".  Returns the
 * length, or -ENAMETOOLONG. */
long dz_path_normalize(const char *in, char *out, size_t outsz);

/* The longest rule whose OLD is `path` or a component prefix of it (so
 * /opt/legacy matches /opt/legacy, /opt/legacy/ and /opt/legacy/x, never
 * /opt/legacy2).  *rest (may be NULL) gets the offset of what follows OLD.
 * `path` must be absolute and free of "//", "." and ".." components. */
const struct dz_pm_rule *dz_pathmap_match(const struct dz_pathmap *m, const char *path,
                                          size_t *rest);
/* Lexical mapping of one normalised absolute path: 1 and *out written when
 * a rule applies, 0 when none does, -ENAMETOOLONG. */
int dz_pathmap_forward(const struct dz_pathmap *m, const char *path, char *out, size_t outsz);
/* Host path back to the program's view (NEW or its canonical spelling ->
 * OLD): 1 and *out written, 0 when no rule applies, -ENAMETOOLONG. */
int dz_pathmap_reverse(const struct dz_pathmap *m, const char *host, char *out, size_t outsz);

/* File-system access for the resolver and the root lookup.  Each returns a
 * length or 0, or a negative errno. */
struct dz_pm_fs {
    void *ctx;
    /* readlink(2) of a host path; the target is not NUL-terminated. */
    long (*readlink)(void *ctx, const char *path, char *buf, size_t size);
    /* The host path of directory fd `dirfd` (AT_FDCWD: the cwd), NUL-terminated. */
    long (*dirpath)(void *ctx, int dirfd, char *buf, size_t size);
    /* 0 when `path` exists (stat, or lstat when !follow), else -errno. */
    long (*probe)(void *ctx, const char *path, int follow);
};
/* Raw-syscall implementation: no libc, no errno, async-signal-safe.  Its
 * syscalls are made from this library's text (mind SUD selectors). */
extern const struct dz_pm_fs dz_pm_rawfs;

enum {
    DZ_PM_NOFOLLOW = 1u << 0,  /* the call does not follow a final symlink */
    DZ_PM_CREATE = 1u << 1,    /* the call may create the final component */
    DZ_PM_FULL = 1u << 2,      /* resolve even when no rule is visible (retry) */
};

/* Results of dz_pathmap_translate. */
enum { DZ_PM_SAME = 0, DZ_PM_MAPPED = 1, DZ_PM_ROOTED = 2 };

/* Walk `path` (relative to the virtual directory `vdir`, an absolute path,
 * when it is relative) component by component in the virtual file system:
 * symlinks are read (fs->readlink on the mapped host path) and their targets
 * taken as virtual paths, ".." is applied after symlinks, at most 40 links.
 * Components that are OLD or an ancestor of one are never read as links.  A
 * final symlink is followed unless DZ_PM_NOFOLLOW (a trailing '/' always
 * follows).  The walk stops at the first component that does not exist; the
 * rest is kept verbatim so the kernel reports the same error.
 * Writes the host path to `out` and, if `vout` is not NULL, the virtual
 * canonical path to `vout` (both DZ_PM_PATH_MAX).  Returns 1 when a rule
 * took part (the host path differs from what the kernel would find on its
 * own), 0 when none did, or -ENAMETOOLONG / -ELOOP. */
int dz_pathmap_resolve(const struct dz_pathmap *m, const char *vdir, const char *path,
                       unsigned flags, const struct dz_pm_fs *fs, char *out, char *vout);

/* What a libc entry point should pass to the kernel for `path` (relative to
 * `dirfd` when relative).  Cheap when no rule can apply: the resolver runs
 * only for absolute paths under a rule or with "//", "." or ".."
 * components, and for relative paths with ".." or naming the last
 * component of some OLD (or always with DZ_PM_FULL).  When no rule applies
 * and `root` is set, dz_root_lookup decides.  Returns DZ_PM_SAME (use path),
 * DZ_PM_MAPPED / DZ_PM_ROOTED (use out, DZ_PM_PATH_MAX bytes) or -errno. */
int dz_pathmap_translate(const struct dz_pathmap *m, const char *root, int dirfd,
                         const char *path, unsigned flags, const struct dz_pm_fs *fs,
                         char *out);

/* Emulation-root lookup (FreeBSD kern_alternate_path): an absolute path is
 * tried under `root` first.  If root+path exists (lstat with
 * DZ_PM_NOFOLLOW, else stat), *out = root+path and 1 is returned.  With
 * DZ_PM_CREATE, a path that exists on neither side goes under root when
 * its parent directory exists there (FreeBSD looks only at the parent and
 * so shadows a host-only file with a new empty one; we keep the host file).
 * Otherwise, and for relative paths and paths that name the root itself
 * ("/", "/.."), 0: use the host path.  `out` is DZ_PM_PATH_MAX bytes.
 * This is the one implementation of `denizen run --root DIR` and of
 * DENIZEN_ROOT; `fs` may be dz_pm_rawfs or the engine's own. */
int dz_root_lookup(const char *root, const char *path, unsigned flags,
                   const struct dz_pm_fs *fs, char *out);
/* A host path under `root` back to the program's view: 1 and *out written
 * ("DIR/usr/lib" -> "/usr/lib", "DIR" -> "/"), 0 when not under root. */
int dz_root_reverse(const char *root, const char *host, char *out, size_t outsz);

#endif
