/* Unit tests for syscall-xlate/pathmap: the rule parser, lexical helpers,
 * the virtual-file-system walk (on a real temporary tree) and the
 * emulation-root lookup. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "syscall-xlate/pathmap/pathmap.h"
#include "tests/dz_cunit.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static struct dz_pathmap pm;
static char T[PATH_MAX];          /* canonical temporary directory */
static char out[DZ_PM_PATH_MAX], vout[DZ_PM_PATH_MAX];

static const char *tp(const char *rel)
{
    static char b[4][2 * PATH_MAX];
    static int k;
    char *s = b[k++ & 3];
    snprintf(s, 2 * PATH_MAX, "%s%s", T, rel);
    return s;
}

/* ---------------------------------------------------------------- parser */

static int ndiag, last_status;
static void diag(void *ctx, const char *rule, size_t len, int status)
{
    ndiag++;
    last_status = status;
}

static int add(const char *spec)
{
    return dz_pathmap_add_rule(&pm, spec, strlen(spec));
}

static void test_parse_basic(void)
{
    dz_pathmap_init(&pm);
    CU_ASSERT_EQUAL(add("/opt/legacy=/srv/legacy"), 0);
    CU_ASSERT_EQUAL(pm.n, 1);
    CU_ASSERT_STRING_EQUAL(pm.rule[0].old, "/opt/legacy");
    CU_ASSERT_STRING_EQUAL(pm.rule[0].new, "/srv/legacy");
    CU_ASSERT_STRING_EQUAL(pm.rule[0].base, "legacy");
    /* blanks trimmed, trailing slashes and dots normalised */
    CU_ASSERT_EQUAL(add("  /usr/local/x/ =  /home/u//x/./ "), 0);
    CU_ASSERT_STRING_EQUAL(pm.rule[1].old, "/usr/local/x");
    CU_ASSERT_STRING_EQUAL(pm.rule[1].new, "/home/u/x");
    /* the root is the empty string */
    CU_ASSERT_EQUAL(add("/=/srv/root"), 0);
    CU_ASSERT_STRING_EQUAL(pm.rule[2].old, "");
    CU_ASSERT_STRING_EQUAL(pm.rule[2].base, "");
}

static void test_parse_errors(void)
{
    dz_pathmap_init(&pm);
    CU_ASSERT_EQUAL(add("/opt/legacy"), -DZ_PM_ENOSEP);
    CU_ASSERT_EQUAL(add("opt=/x"), -DZ_PM_ENOTABS);
    CU_ASSERT_EQUAL(add("/opt=x"), -DZ_PM_ENOTABS);
    CU_ASSERT_EQUAL(add("=/x"), -DZ_PM_ENOTABS);
    CU_ASSERT_EQUAL(add("/opt=/x\\"), -DZ_PM_ESYNTAX);
    char big[DZ_PM_PATH_MAX + 16];
    memset(big, 'a', sizeof big);
    big[0] = '/';
    memcpy(big + sizeof big - 4, "=/x", 4);
    CU_ASSERT_EQUAL(add(big), -DZ_PM_ETOOLONG);
    CU_ASSERT_EQUAL(pm.n, 0);
    CU_ASSERT_PTR_NOT_NULL(dz_pm_strerror(DZ_PM_ENOSEP));
}

static void test_parse_escapes(void)
{
    dz_pathmap_init(&pm);
    CU_ASSERT_EQUAL(add("/a\\=b\\;c=/d=e"), 0);
    CU_ASSERT_STRING_EQUAL(pm.rule[0].old, "/a=b;c");
    CU_ASSERT_STRING_EQUAL(pm.rule[0].new, "/d=e");
    CU_ASSERT_EQUAL(add("/sp\\ =/t"), 0);        /* escaped blank kept */
    CU_ASSERT_STRING_EQUAL(pm.rule[1].old, "/sp ");
}

static void test_parse_list(void)
{
    const char *text = " /a=/x ;;/b=/y\n# a comment; /c=/z\n\nbad\n/d=/w;/a=/x2";
    dz_pathmap_init(&pm);
    ndiag = 0;
    CU_ASSERT_EQUAL(dz_pathmap_parse(&pm, text, strlen(text), diag, NULL), 1);
    CU_ASSERT_EQUAL(ndiag, 1);
    CU_ASSERT_EQUAL(last_status, DZ_PM_ENOSEP);
    CU_ASSERT_EQUAL(pm.n, 3);                    /* /a replaced, /c commented */
    CU_ASSERT_STRING_EQUAL(pm.rule[0].new, "/x2");
    CU_ASSERT_STRING_EQUAL(pm.rule[1].old, "/b");
    CU_ASSERT_STRING_EQUAL(pm.rule[2].old, "/d");
}

static void test_parse_full(void)
{
    char r[64];
    dz_pathmap_init(&pm);
    for (int i = 0; i < DZ_PM_MAX_RULES; i++) {
        snprintf(r, sizeof r, "/r%d=/t%d", i, i);
        CU_ASSERT_EQUAL(add(r), 0);
    }
    CU_ASSERT_EQUAL(add("/one/more=/x"), -DZ_PM_EFULL);
    CU_ASSERT_EQUAL(add("/r7=/replaced"), 0);    /* replacing still works */
}

/* --------------------------------------------------------------- lexical */

static void check_norm(const char *in, const char *want)
{
    char b[DZ_PM_PATH_MAX];
    long n = dz_path_normalize(in, b, sizeof b);
    CU_ASSERT_EQUAL(n, (long)strlen(want));
    CU_ASSERT_STRING_EQUAL(b, want);
}

static void test_normalize(void)
{
    check_norm("/a//b/./c/../d/", "/a/b/d");
    check_norm("/..", "/");
    check_norm("/../../x", "/x");
    check_norm("//", "/");
    check_norm("a/../../b", "../b");
    check_norm("../../a/..", "../..");
    check_norm("./", ".");
    check_norm("a/b/..", "a");
    char small[4];
    CU_ASSERT_EQUAL(dz_path_normalize("/abcdef", small, sizeof small), -ENAMETOOLONG);
}

static void test_match_edges(void)
{
    size_t rest;
    dz_pathmap_init(&pm);
    add("/opt/legacy=/srv/legacy");
    add("/opt/legacy/sub=/srv/sub");
    CU_ASSERT_PTR_NULL(dz_pathmap_match(&pm, "/opt/legacy2", NULL));
    CU_ASSERT_PTR_NULL(dz_pathmap_match(&pm, "/opt/legac", NULL));
    CU_ASSERT_PTR_NULL(dz_pathmap_match(&pm, "/opt", NULL));
    CU_ASSERT_PTR_NULL(dz_pathmap_match(&pm, "opt/legacy", NULL));
    const struct dz_pm_rule *r = dz_pathmap_match(&pm, "/opt/legacy/", &rest);
    CU_ASSERT_PTR_EQUAL(r, &pm.rule[0]);
    CU_ASSERT_EQUAL(rest, strlen("/opt/legacy"));
    CU_ASSERT_PTR_EQUAL(dz_pathmap_match(&pm, "/opt/legacy", NULL), &pm.rule[0]);
    /* longest prefix wins, whatever the rule order */
    CU_ASSERT_PTR_EQUAL(dz_pathmap_match(&pm, "/opt/legacy/sub/x", NULL), &pm.rule[1]);
    CU_ASSERT_PTR_EQUAL(dz_pathmap_match(&pm, "/opt/legacy/subway", NULL), &pm.rule[0]);

    CU_ASSERT_EQUAL(dz_pathmap_forward(&pm, "/opt/legacy/a", out, sizeof out), 1);
    CU_ASSERT_STRING_EQUAL(out, "/srv/legacy/a");
    CU_ASSERT_EQUAL(dz_pathmap_forward(&pm, "/opt/legacy/", out, sizeof out), 1);
    CU_ASSERT_STRING_EQUAL(out, "/srv/legacy/");
    CU_ASSERT_EQUAL(dz_pathmap_forward(&pm, "/opt/legacy/sub", out, sizeof out), 1);
    CU_ASSERT_STRING_EQUAL(out, "/srv/sub");
    CU_ASSERT_EQUAL(dz_pathmap_forward(&pm, "/opt/legacy2/a", out, sizeof out), 0);
}

static void test_reverse(void)
{
    dz_pathmap_init(&pm);
    add("/opt/legacy=/srv/legacy");
    add("/old=/");
    dz_pathmap_set_canon(&pm, 0, "/data/srv/legacy/");
    CU_ASSERT_EQUAL(dz_pathmap_reverse(&pm, "/srv/legacy/a", out, sizeof out), 1);
    CU_ASSERT_STRING_EQUAL(out, "/opt/legacy/a");
    CU_ASSERT_EQUAL(dz_pathmap_reverse(&pm, "/data/srv/legacy", out, sizeof out), 1);
    CU_ASSERT_STRING_EQUAL(out, "/opt/legacy");
    /* /srv/legacy2 is not under /srv/legacy: only the "/old=/" rule applies */
    CU_ASSERT_EQUAL(dz_pathmap_reverse(&pm, "/srv/legacy2", out, sizeof out), 1);
    CU_ASSERT_STRING_EQUAL(out, "/old/srv/legacy2");
    CU_ASSERT_EQUAL(dz_pathmap_reverse(&pm, "relative", out, sizeof out), 0);
}

/* ------------------------------------------------------- tree and walk */

/* T/map is NEW for /opt/legacy:
 *   map/a.txt  map/sub/  map/in -> /opt/legacy/a.txt  map/rel -> sub
 *   map/out -> T/outside/f (a host path)   map/up -> ../peer
 *   map/loop1 <-> map/loop2   map/dirlink -> /opt/legacy/sub
 * T/outside/f, T/hostlink -> /opt/legacy/a.txt, T/hostdir -> /opt/legacy
 * T/root/etc/only, T/root/tmp/ (an emulation root) */
static int setup_tree(void)
{
    char tmpl[] = "/tmp/dz-pathmap-XXXXXX";
    if (!mkdtemp(tmpl) || !realpath(tmpl, T))
        return -1;
    int e = 0;
    e |= mkdir(tp("/map"), 0755) | mkdir(tp("/map/sub"), 0755) | mkdir(tp("/outside"), 0755);
    e |= mkdir(tp("/root"), 0755) | mkdir(tp("/root/etc"), 0755) | mkdir(tp("/root/tmp"), 0755);
    const char *files[] = { "/map/a.txt", "/outside/f", "/root/etc/only", NULL };
    for (int i = 0; files[i]; i++) {
        int fd = open(tp(files[i]), O_CREAT | O_WRONLY, 0644);
        e |= fd < 0;
        close(fd);
    }
    e |= symlink("/opt/legacy/a.txt", tp("/map/in"));
    e |= symlink("sub", tp("/map/rel"));
    e |= symlink(tp("/outside/f"), tp("/map/out"));
    e |= symlink("../peer", tp("/map/up"));
    e |= symlink("loop2", tp("/map/loop1"));
    e |= symlink("loop1", tp("/map/loop2"));
    e |= symlink("/opt/legacy/sub", tp("/map/dirlink"));
    e |= symlink("/opt/legacy/a.txt", tp("/hostlink"));
    e |= symlink("/opt/legacy", tp("/hostdir"));
    return e ? -1 : 0;
}

static int teardown_tree(void)
{
    char cmd[PATH_MAX + 16];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", T);
    return system(cmd) == 0 ? 0 : -1;
}

static void map_legacy(void)
{
    char r[PATH_MAX + 32];
    dz_pathmap_init(&pm);
    snprintf(r, sizeof r, "/opt/legacy=%s", tp("/map"));
    CU_ASSERT_EQUAL_FATAL(add(r), 0);
}

static int resolve(const char *vdir, const char *path, unsigned flags)
{
    return dz_pathmap_resolve(&pm, vdir, path, flags, &dz_pm_rawfs, out, vout);
}

static void test_walk_plain(void)
{
    map_legacy();
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/a.txt", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt"));
    CU_ASSERT_STRING_EQUAL(vout, "/opt/legacy/a.txt");
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map"));
    /* trailing slashes survive: the kernel must still see "a directory" */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/sub/", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/sub/"));
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy//sub/./", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/sub/"));
    /* a path that touches no rule reports 0 */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy2/a.txt", 0), 0);
    CU_ASSERT_STRING_EQUAL(out, "/opt/legacy2/a.txt");
    CU_ASSERT_EQUAL(resolve(NULL, "/usr/../etc", 0), 0);
}

static void test_walk_dotdot(void)
{
    map_legacy();
    /* ".." leaves the mapping at OLD's parent, like a bind mount */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/..", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, "/opt");
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/./legacy/../..", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, "/");
    /* an ancestor of OLD alone is not a mapping */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/.", 0), 0);
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/sub/../a.txt", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt"));
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/../legacy/a.txt", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt"));
    /* like the kernel, a missing component stops the walk before ".." */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/no-such-dir/../legacy/a.txt", 0), 0);
    CU_ASSERT_STRING_EQUAL(out, "/opt/no-such-dir/../legacy/a.txt");
}

static void test_walk_symlinks(void)
{
    map_legacy();
    /* into the mapping, from inside it: the target is a virtual path */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/in", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt"));
    CU_ASSERT_STRING_EQUAL(vout, "/opt/legacy/a.txt");
    /* NOFOLLOW keeps the link itself */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/in", DZ_PM_NOFOLLOW), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/in"));
    /* ... but a trailing slash follows anyway */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/dirlink/", DZ_PM_NOFOLLOW), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/sub/"));
    /* relative link inside */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/rel/x", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/sub/x"));
    /* out of the mapping: absolute host target */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/out", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/outside/f"));
    /* out of the mapping through "..": /opt/legacy/../peer = /opt/peer */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/up", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, "/opt/peer");
    /* into the mapping from a host symlink (not lexically under a rule) */
    CU_ASSERT_EQUAL(resolve(NULL, tp("/hostlink"), 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt"));
    CU_ASSERT_EQUAL(resolve(NULL, tp("/hostdir/sub/new"), 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/sub/new"));
    /* loops */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/loop1", 0), -ELOOP);
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/loop1", DZ_PM_NOFOLLOW), 1);
}

static void test_walk_missing(void)
{
    map_legacy();
    /* a file to be created */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/b.txt", DZ_PM_CREATE), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/b.txt"));
    /* the rest after a missing component is kept verbatim */
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/nodir/../a.txt", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/nodir/../a.txt"));
    CU_ASSERT_EQUAL(resolve(NULL, "/opt/legacy/a.txt/x", 0), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt/x"));
}

/* A dirpath callback that answers a fixed host directory for any dirfd. */
static const char *fake_cwd;
static long fixed_dirpath(void *ctx, int dirfd, char *buf, size_t size)
{
    size_t n = strlen(fake_cwd);
    memcpy(buf, fake_cwd, n + 1);
    return (long)n;
}

static int translate(const char *cwd, const char *path, unsigned flags)
{
    struct dz_pm_fs fs = dz_pm_rawfs;
    fs.dirpath = fixed_dirpath;
    fake_cwd = cwd;
    return dz_pathmap_translate(&pm, NULL, AT_FDCWD, path, flags, &fs, out);
}

static void test_translate_relative(void)
{
    map_legacy();
    /* cwd is the mapping (the kernel's cwd is NEW, the program's is OLD) */
    CU_ASSERT_EQUAL(translate(tp("/map"), "a.txt", 0), DZ_PM_SAME);
    CU_ASSERT_EQUAL(translate(tp("/map"), "sub/../a.txt", 0), DZ_PM_MAPPED);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt"));
    CU_ASSERT_EQUAL(translate(tp("/map"), "../x", 0), DZ_PM_MAPPED);
    CU_ASSERT_STRING_EQUAL(out, "/opt/x");
    CU_ASSERT_EQUAL(translate(tp("/map/sub"), "../../legacy/in", 0), DZ_PM_MAPPED);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt"));
    /* walking into a mapping from its parent */
    CU_ASSERT_EQUAL(translate("/opt", "legacy/a.txt", 0), DZ_PM_MAPPED);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt"));
    CU_ASSERT_EQUAL(translate("/", "opt/legacy", 0), DZ_PM_MAPPED);
    CU_ASSERT_STRING_EQUAL(out, tp("/map"));
    /* legacy2 names no OLD: left to the kernel */
    CU_ASSERT_EQUAL(translate("/opt", "legacy2/a.txt", 0), DZ_PM_SAME);
    /* ".." somewhere unrelated: resolved, no rule involved, unchanged */
    CU_ASSERT_EQUAL(translate("/usr/share", "../lib", 0), DZ_PM_SAME);
    /* a symlink inside the mapped cwd, found on retry (DZ_PM_FULL) */
    CU_ASSERT_EQUAL(translate(tp("/map"), "in", 0), DZ_PM_SAME);
    CU_ASSERT_EQUAL(translate(tp("/map"), "in", DZ_PM_FULL), DZ_PM_MAPPED);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt"));
    /* ... but a plain name there resolves where the kernel would anyway */
    CU_ASSERT_EQUAL(translate(tp("/map"), "nonexistent", DZ_PM_FULL), DZ_PM_SAME);
    CU_ASSERT_EQUAL(translate(tp("/map"), "./sub//", DZ_PM_FULL), DZ_PM_SAME);
}

static void test_translate_absolute(void)
{
    map_legacy();
    CU_ASSERT_EQUAL(translate("/", "/opt/legacy/a.txt", 0), DZ_PM_MAPPED);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt"));
    CU_ASSERT_EQUAL(translate("/", "/opt/legacy2/a.txt", 0), DZ_PM_SAME);
    CU_ASSERT_EQUAL(translate("/", "/etc/passwd", 0), DZ_PM_SAME);
    CU_ASSERT_EQUAL(translate("/", "", 0), DZ_PM_SAME);
    CU_ASSERT_EQUAL(translate("/", tp("/hostlink"), 0), DZ_PM_SAME);
    CU_ASSERT_EQUAL(translate("/", tp("/hostlink"), DZ_PM_FULL), DZ_PM_MAPPED);
    CU_ASSERT_STRING_EQUAL(out, tp("/map/a.txt"));
    CU_ASSERT_EQUAL(translate("/", "/opt/legacy/loop1", 0), -ELOOP);
    /* no rules at all: nothing is ever resolved */
    dz_pathmap_init(&pm);
    CU_ASSERT_EQUAL(translate("/", "/opt/legacy/a.txt", DZ_PM_FULL), DZ_PM_SAME);
    CU_ASSERT_EQUAL(translate("/", "../x", DZ_PM_FULL), DZ_PM_SAME);
}

/* ---------------------------------------------------------------- root */

static void test_root_lookup(void)
{
    const char *R = tp("/root");
    char host_new[PATH_MAX], host_old[PATH_MAX];
    CU_ASSERT_EQUAL(dz_root_lookup(R, "/etc/only", 0, &dz_pm_rawfs, out), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/root/etc/only"));
    /* trailing slashes on the root are ignored */
    char R2[PATH_MAX];
    snprintf(R2, sizeof R2, "%s//", R);
    CU_ASSERT_EQUAL(dz_root_lookup(R2, "/etc/only", 0, &dz_pm_rawfs, out), 1);
    CU_ASSERT_STRING_EQUAL(out, tp("/root/etc/only"));
    /* missing under root: host path */
    CU_ASSERT_EQUAL(dz_root_lookup(R, "/etc/passwd", 0, &dz_pm_rawfs, out), 0);
    /* the root itself is never the answer */
    CU_ASSERT_EQUAL(dz_root_lookup(R, "/", 0, &dz_pm_rawfs, out), 0);
    CU_ASSERT_EQUAL(dz_root_lookup(R, "/..", 0, &dz_pm_rawfs, out), 0);
    CU_ASSERT_EQUAL(dz_root_lookup(R, "//.", 0, &dz_pm_rawfs, out), 0);
    /* relative paths are the kernel's business */
    CU_ASSERT_EQUAL(dz_root_lookup(R, "etc/only", 0, &dz_pm_rawfs, out), 0);
    CU_ASSERT_EQUAL(dz_root_lookup("/", "/etc/only", 0, &dz_pm_rawfs, out), 0);
    /* creating: a new file goes where its parent is under root ... */
    snprintf(host_new, sizeof host_new, "/tmp/%s-new", strrchr(T, '/') + 1);
    CU_ASSERT_EQUAL(dz_root_lookup(R, host_new, DZ_PM_CREATE, &dz_pm_rawfs, out), 1);
    CU_ASSERT_EQUAL(dz_root_lookup(R, "/nodir/x", DZ_PM_CREATE, &dz_pm_rawfs, out), 0);
    CU_ASSERT_EQUAL(dz_root_lookup(R, "/newtop", DZ_PM_CREATE, &dz_pm_rawfs, out), 1);
    /* ... but an existing host file is kept (FreeBSD would shadow it) */
    snprintf(host_old, sizeof host_old, "/tmp/%s", strrchr(T, '/') + 1);
    CU_ASSERT_EQUAL(dz_root_lookup(R, host_old, DZ_PM_CREATE, &dz_pm_rawfs, out), 0);
    /* the translate entry point falls back to the root when no rule applies */
    map_legacy();
    CU_ASSERT_EQUAL(dz_pathmap_translate(&pm, R, AT_FDCWD, "/etc/only", 0, &dz_pm_rawfs, out),
                    DZ_PM_ROOTED);
    CU_ASSERT_EQUAL(dz_pathmap_translate(&pm, R, AT_FDCWD, "/opt/legacy/a.txt", 0,
                                         &dz_pm_rawfs, out), DZ_PM_MAPPED);
    CU_ASSERT_EQUAL(dz_pathmap_translate(&pm, R, AT_FDCWD, "etc/only", 0, &dz_pm_rawfs, out),
                    DZ_PM_SAME);
}

static void test_root_reverse(void)
{
    CU_ASSERT_EQUAL(dz_root_reverse("/r/", "/r/usr/lib", out, sizeof out), 1);
    CU_ASSERT_STRING_EQUAL(out, "/usr/lib");
    CU_ASSERT_EQUAL(dz_root_reverse("/r", "/r", out, sizeof out), 1);
    CU_ASSERT_STRING_EQUAL(out, "/");
    CU_ASSERT_EQUAL(dz_root_reverse("/r", "/root", out, sizeof out), 0);
}

static void test_rawfs(void)
{
    char b[DZ_PM_PATH_MAX];
    int fd = open(tp("/map/sub"), O_RDONLY | O_DIRECTORY);
    CU_ASSERT_FATAL(fd >= 0);
    CU_ASSERT_EQUAL(dz_pm_rawfs.dirpath(NULL, fd, b, sizeof b), (long)strlen(tp("/map/sub")));
    CU_ASSERT_STRING_EQUAL(b, tp("/map/sub"));
    close(fd);
    CU_ASSERT_EQUAL(dz_pm_rawfs.dirpath(NULL, 9999, b, sizeof b), -ENOENT);
    CU_ASSERT(dz_pm_rawfs.dirpath(NULL, AT_FDCWD, b, sizeof b) > 0);
    CU_ASSERT_EQUAL(b[0], '/');
    CU_ASSERT_EQUAL(dz_pm_rawfs.probe(NULL, tp("/map/in"), 0), 0);
    CU_ASSERT_EQUAL(dz_pm_rawfs.probe(NULL, tp("/map/in"), 1), -ENOENT);
    CU_ASSERT_EQUAL(dz_pm_rawfs.readlink(NULL, tp("/map/a.txt"), b, sizeof b), -EINVAL);
}

static CU_TestInfo parser_tests[] = {
    { "basic", test_parse_basic },
    { "errors", test_parse_errors },
    { "escapes", test_parse_escapes },
    { "list", test_parse_list },
    { "full", test_parse_full },
    CU_TEST_INFO_NULL,
};

static CU_TestInfo lexical_tests[] = {
    { "normalize", test_normalize },
    { "match edges (/opt/legacy2, trailing /)", test_match_edges },
    { "reverse", test_reverse },
    CU_TEST_INFO_NULL,
};

static CU_TestInfo walk_tests[] = {
    { "plain", test_walk_plain },
    { "dotdot", test_walk_dotdot },
    { "symlinks into and out of a mapping", test_walk_symlinks },
    { "missing components", test_walk_missing },
    { "relative under a mapped cwd", test_translate_relative },
    { "absolute", test_translate_absolute },
    { "root lookup", test_root_lookup },
    { "root reverse", test_root_reverse },
    { "rawfs", test_rawfs },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN(
    { "pathmap-parser", NULL, NULL, NULL, NULL, parser_tests },
    { "pathmap-lexical", NULL, NULL, NULL, NULL, lexical_tests },
    { "pathmap-walk", setup_tree, teardown_tree, NULL, NULL, walk_tests })
