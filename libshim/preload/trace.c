/* DENIZEN_SHIM_TRACE: one line per intercepted call, in the format of
 * `denizen run --trace` with Linux names:
 *     openat(AT_FDCWD, "/opt/legacy/a.txt"->"/srv/a.txt", O_RDONLY) = 3
 * Strings are quoted with C escapes, flags named and joined with '|'
 * (unknown bits in hex), errors "-1 ENAME".  A path the shim rewrote shows
 * as "program's"->"host's".  Each line is one write(2) to a file opened
 * O_APPEND for that line, so processes sharing the file never interleave
 * inside a line and a program that closes every fd cannot break it. */
#include "libshim/preload/shim.h"
#include "abi/common/flagtab.h"
#include "syscall-xlate/pathmap/rawsys.h"
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

/* Linux names on both sides of the table: the walker only formats here. */
#define L(x) DZ_FLAG((x), (x), #x)
#define F(mask, v) DZ_FIELD((mask), (v), (mask), (v), #v)

/* <bits/fcntl-linux.h>: multi-bit values first, so O_SYNC hides O_DSYNC. */
static const struct dz_flag open_flags[] = {
    F(O_ACCMODE, O_RDONLY), F(O_ACCMODE, O_WRONLY), F(O_ACCMODE, O_RDWR),
    L(O_CREAT), L(O_EXCL), L(O_NOCTTY), L(O_TRUNC), L(O_APPEND), L(O_NONBLOCK),
    L(O_SYNC), L(O_DSYNC), L(O_ASYNC), L(O_DIRECT), L(O_TMPFILE), L(O_DIRECTORY),
    L(O_NOFOLLOW), L(O_NOATIME), L(O_CLOEXEC), L(O_PATH),
};
const struct dz_flagtab dz_tab_open = DZ_FLAGTAB(open_flags);

static const struct dz_flag at_flags[] = {
    L(AT_SYMLINK_NOFOLLOW), L(AT_SYMLINK_FOLLOW), L(AT_NO_AUTOMOUNT), L(AT_EMPTY_PATH),
    L(AT_STATX_FORCE_SYNC), L(AT_STATX_DONT_SYNC),
};
const struct dz_flagtab dz_tab_at = DZ_FLAGTAB(at_flags);

static const struct dz_flag unlinkat_flags[] = { L(AT_REMOVEDIR) };
const struct dz_flagtab dz_tab_unlinkat = DZ_FLAGTAB(unlinkat_flags);

static const struct dz_flag access_flags[] = {
    DZ_FIELD(R_OK | W_OK | X_OK, F_OK, R_OK | W_OK | X_OK, F_OK, "F_OK"),
    L(R_OK), L(W_OK), L(X_OK),
};
const struct dz_flagtab dz_tab_access = DZ_FLAGTAB(access_flags);

static const struct dz_flag faccessat_flags[] = {
    L(AT_EACCESS), L(AT_SYMLINK_NOFOLLOW), L(AT_EMPTY_PATH),
};
const struct dz_flagtab dz_tab_faccessat = DZ_FLAGTAB(faccessat_flags);

static const struct dz_flag rename_flags[] = {
    L(RENAME_NOREPLACE), L(RENAME_EXCHANGE), L(RENAME_WHITEOUT),
};
const struct dz_flagtab dz_tab_rename = DZ_FLAGTAB(rename_flags);

static const struct dz_flag dlopen_flags[] = {
    F(RTLD_BINDING_MASK, RTLD_LAZY), F(RTLD_BINDING_MASK, RTLD_NOW), L(RTLD_NOLOAD),
    L(RTLD_DEEPBIND), L(RTLD_GLOBAL), L(RTLD_NODELETE),
};
const struct dz_flagtab dz_tab_dlopen = DZ_FLAGTAB(dlopen_flags);

/* <bits/statx-generic.h> */
static const struct dz_flag statx_mask[] = {
    DZ_FIELD(STATX_BASIC_STATS, STATX_BASIC_STATS, STATX_BASIC_STATS, STATX_BASIC_STATS,
             "STATX_BASIC_STATS"),
    L(STATX_TYPE), L(STATX_MODE), L(STATX_NLINK), L(STATX_UID), L(STATX_GID),
    L(STATX_ATIME), L(STATX_MTIME), L(STATX_CTIME), L(STATX_INO), L(STATX_SIZE),
    L(STATX_BLOCKS), L(STATX_BTIME),
};
const struct dz_flagtab dz_tab_statx = DZ_FLAGTAB(statx_mask);

static const struct dz_flag xattr_flags[] = { L(XATTR_CREATE), L(XATTR_REPLACE) };
const struct dz_flagtab dz_tab_xattr = DZ_FLAGTAB(xattr_flags);

/* ------------------------------------------------------------ builder */

#define STR_MAX 1024     /* longest string shown in full */
#define ARGV_MAX 64      /* most argv elements shown */

static void add(struct dz_tl *t, const char *s, size_t n)
{
    /* Keep room for "..." + ") = -1 ENAMETOOLONG\n". */
    size_t cap = DZ_TL_MAX - 64;
    if (t->n + n > cap) {
        n = t->n < cap ? cap - t->n : 0;
        t->cut = 1;
    }
    memcpy(t->b + t->n, s, n);
    t->n += n;
}

static void adds(struct dz_tl *t, const char *s)
{
    add(t, s, strlen(s));
}

static void sep(struct dz_tl *t)
{
    if (t->args++)
        add(t, ", ", 2);
}

void dz_tl_begin(struct dz_tl *t, const char *name)
{
    t->n = 0;
    t->args = 0;
    t->cut = 0;
    adds(t, name);
    add(t, "(", 1);
}

static void quote(struct dz_tl *t, const char *s)
{
    char e[8];
    size_t i;
    add(t, "\"", 1);
    for (i = 0; s[i] && i < STR_MAX; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': add(t, "\\\"", 2); break;
        case '\\': add(t, "\\\\", 2); break;
        case '\n': add(t, "\\n", 2); break;
        case '\t': add(t, "\\t", 2); break;
        case '\r': add(t, "\\r", 2); break;
        default:
            if (c >= 0x20 && c < 0x7f) {
                add(t, (const char *)&c, 1);
            } else {
                snprintf(e, sizeof e, "\\%03o", c);
                adds(t, e);
            }
        }
    }
    add(t, "\"", 1);
    if (s[i])
        add(t, "...", 3);
}

void dz_tl_str(struct dz_tl *t, const char *s)
{
    sep(t);
    if (s)
        quote(t, s);
    else
        adds(t, "NULL");
}

void dz_tl_path(struct dz_tl *t, const struct dz_xp *x)
{
    dz_tl_str(t, x->orig);
    if (x->orig && x->path != x->orig) {
        add(t, "->", 2);
        quote(t, x->path);
    }
}

void dz_tl_fd(struct dz_tl *t, int fd)
{
    if (fd == AT_FDCWD) {
        sep(t);
        adds(t, "AT_FDCWD");
    } else {
        dz_tl_int(t, fd);
    }
}

void dz_tl_int(struct dz_tl *t, long v)
{
    char b[24];
    sep(t);
    snprintf(b, sizeof b, "%ld", v);
    adds(t, b);
}

void dz_tl_hex(struct dz_tl *t, unsigned long v)
{
    char b[24];
    sep(t);
    snprintf(b, sizeof b, "%#lx", v);
    adds(t, b);
}

void dz_tl_oct(struct dz_tl *t, unsigned v)
{
    char b[16];
    sep(t);
    snprintf(b, sizeof b, "%#04o", v);
    adds(t, b);
}

void dz_tl_ptr(struct dz_tl *t, const void *p)
{
    char b[24];
    sep(t);
    if (!p) {
        adds(t, "NULL");
        return;
    }
    snprintf(b, sizeof b, "%p", p);
    adds(t, b);
}

void dz_tl_flags(struct dz_tl *t, const struct dz_flagtab *tab, unsigned long v)
{
    char b[256];
    sep(t);
    dz_flags_format(tab, v, b, sizeof b);
    adds(t, b);
}

void dz_tl_raw(struct dz_tl *t, const char *s)
{
    sep(t);
    adds(t, s);
}

void dz_tl_argv(struct dz_tl *t, char *const argv[])
{
    sep(t);
    if (!argv) {
        adds(t, "NULL");
        return;
    }
    add(t, "[", 1);
    int i;
    for (i = 0; argv[i] && i < ARGV_MAX; i++) {
        if (i)
            add(t, ", ", 2);
        quote(t, argv[i]);
    }
    if (argv[i])
        add(t, ", ...", 5);
    add(t, "]", 1);
}

void dz_tl_envp(struct dz_tl *t, char *const envp[])
{
    char b[48];
    size_t n = 0;
    dz_tl_ptr(t, envp);
    if (!envp)
        return;
    while (envp[n])
        n++;
    snprintf(b, sizeof b, " /* %zu var%s */", n, n == 1 ? "" : "s");
    adds(t, b);
}

void dz_trace_file(char out[DZ_PM_PATH_MAX])
{
    size_t n = 0;
    const char *in = dz_shim.trace;
    if (!dz_shim.trace_per_pid) {
        memcpy(out, in, strlen(in) + 1);
        return;
    }
    for (const char *s = in; *s && n + 24 < DZ_PM_PATH_MAX; s++) {
        if (s[0] == '%' && s[1] == 'p') {
            char d[12];
            int k = 0;
            for (unsigned long v = (unsigned long)dz_rsys(SYS_getpid, 0, 0, 0, 0); k == 0 || v;
                 v /= 10)
                d[k++] = (char)('0' + v % 10);
            while (k)
                out[n++] = d[--k];
            s++;
        } else if (s[0] == '%' && s[1] == '%') {
            out[n++] = '%';
            s++;
        } else {
            out[n++] = *s;
        }
    }
    out[n] = '\0';
}

static void emit(struct dz_tl *t, const char *result)
{
    if (t->cut) {
        t->cut = 0;
        add(t, "...", 3);
    }
    add(t, ") = ", 4);
    adds(t, result);
    t->b[t->n++] = '\n';
    int saved = errno;
    char file[DZ_PM_PATH_MAX];
    dz_trace_file(file);
    long fd = dz_rsys(SYS_openat, AT_FDCWD, file,
                      O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY, 0644);
    if (fd >= 0) {
        dz_rsys(SYS_write, fd, t->b, t->n, 0);
        dz_rsys(SYS_close, fd, 0, 0, 0);
    }
    errno = saved;
}

static const char *ename(int err, char *b, size_t n)
{
    const char *s = strerrorname_np(err);
    if (s)
        return s;
    snprintf(b, n, "%d", err);
    return b;
}

void dz_tl_end_int(struct dz_tl *t, long r, int err)
{
    char b[64], e[16];
    if (r == -1)
        snprintf(b, sizeof b, "-1 %s", ename(err, e, sizeof e));
    else
        snprintf(b, sizeof b, "%ld", r);
    emit(t, b);
}

void dz_tl_end_ptr(struct dz_tl *t, const void *p, int err)
{
    char b[64], e[16];
    if (!p)
        snprintf(b, sizeof b, "NULL %s", ename(err, e, sizeof e));
    else
        snprintf(b, sizeof b, "%p", p);
    emit(t, b);
}

void dz_tl_end_errnum(struct dz_tl *t, int r)
{
    char b[64], e[16];
    if (r)
        snprintf(b, sizeof b, "%d %s", r, ename(r, e, sizeof e));
    else
        snprintf(b, sizeof b, "0");
    emit(t, b);
}

void dz_tl_end_unknown(struct dz_tl *t)
{
    emit(t, "?");
}

void dz_tl_end_raw(struct dz_tl *t, const char *result)
{
    emit(t, result);
}
