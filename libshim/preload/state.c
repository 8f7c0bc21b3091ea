/* Process-wide settings: read once from DENIZEN_* (and the file named by
 * DENIZEN_SHIM_CONFIG), published through dz_mode_word. */
#include "libshim/preload/shim.h"
#include "syscall-xlate/pathmap/rawsys.h"
#include <dlfcn.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>

struct dz_shim dz_shim;
unsigned dz_mode_word;

static int init_state;                 /* 0 not started, 1 running, 2 done */
static __thread int in_init;
static int quiet, warned;

static const char *const env_names[DZ_ENV_N] = {
    [DZ_ENV_PRELOAD] = "LD_PRELOAD",          [DZ_ENV_MAP] = "DENIZEN_PATH_MAP",
    [DZ_ENV_CONFIG] = "DENIZEN_SHIM_CONFIG",  [DZ_ENV_ROOT] = "DENIZEN_ROOT",
    [DZ_ENV_UNAME] = "DENIZEN_UNAME",         [DZ_ENV_TRACE] = "DENIZEN_SHIM_TRACE",
    [DZ_ENV_QUIET] = "DENIZEN_SHIM_QUIET",
};

static void put(char *b, size_t *n, size_t cap, const char *s, size_t len)
{
    if (*n + len > cap)
        len = cap - *n;
    memcpy(b + *n, s, len);
    *n += len;
}

static void msg(const char *parts[], int k)
{
    char b[1024];
    size_t n = 0;
    put(b, &n, sizeof b - 1, "denizen-shim: ", 14);
    for (int i = 0; i < k; i++)
        if (parts[i])
            put(b, &n, sizeof b - 1, parts[i], strlen(parts[i]));
    b[n++] = '\n';
    dz_rsys(SYS_write, 2, b, n, 0);
}

void dz_msg2(const char *a, const char *b, const char *c)
{
    const char *p[] = { a, b, c };
    msg(p, 3);
}

/* Configuration problems: printed by the first process only (children get
 * DENIZEN_SHIM_QUIET=1), so a bad rule is not repeated by every child. */
static void report(const char *where, const char *what, const char *text, size_t len,
                   const char *tail)
{
    char t[512];
    if (len >= sizeof t)
        len = sizeof t - 1;
    memcpy(t, text ? text : "", len);
    t[len] = '\0';
    warned = 1;
    if (quiet)
        return;
    const char *p[] = { where, ": ", what, text ? ": '" : NULL, text ? t : NULL,
                        text ? "'" : NULL, tail };
    msg(p, 7);
}

/* A setting that is dropped. */
static void warn(const char *where, const char *what, const char *text, size_t len)
{
    report(where, what, text, len, text ? " ignored" : NULL);
}

/* A setting that is kept but will not work as it stands. */
static void note(const char *where, const char *what, const char *text)
{
    report(where, what, text, strlen(text), NULL);
}

static void diag_cfg(void *ctx, const char *what, const char *text, size_t len)
{
    warn(ctx, what, text, len);
}

static void diag_rule(void *ctx, const char *rule, size_t len, int status)
{
    warn(ctx, dz_pm_strerror(status), rule, len);
}

/* An absolute, normalised spelling of p (relative to the cwd). */
static int absolutize(const char *p, char *out)
{
    char tmp[DZ_PM_PATH_MAX * 2];
    size_t n = 0, pl = strlen(p);
    if (p[0] != '/') {
        long k = dz_rsys(SYS_getcwd, tmp, DZ_PM_PATH_MAX, 0, 0);
        if (k <= 1 || tmp[0] != '/')
            return -1;
        n = (size_t)k - 1;
        tmp[n++] = '/';
    }
    if (n + pl + 1 > sizeof tmp)
        return -1;
    memcpy(tmp + n, p, pl + 1);
    return dz_path_normalize(tmp, out, DZ_PM_PATH_MAX) < 0 ? -1 : 0;
}

static void read_config(const char *file, struct dz_shim_cfg *c)
{
    static char text[65536];
    long fd = dz_rsys(SYS_openat, AT_FDCWD, file, O_RDONLY | O_CLOEXEC, 0);
    if (fd < 0) {
        note("DENIZEN_SHIM_CONFIG", "cannot read the file", file);
        return;
    }
    size_t n = 0;
    long k;
    while (n < sizeof text && (k = dz_rsys(SYS_read, fd, text + n, sizeof text - n, 0)) > 0)
        n += (size_t)k;
    dz_rsys(SYS_close, fd, 0, 0, 0);
    if (n == sizeof text)
        warn("DENIZEN_SHIM_CONFIG", "file longer than 64 KiB, rest ignored", NULL, 0);
    dz_cfg_parse(c, text, n, diag_cfg, "DENIZEN_SHIM_CONFIG");
}

/* The kernel's spelling of each NEW, so getcwd() answers map back. */
static void canonicalize_rules(void)
{
    for (unsigned i = 0; i < dz_shim.map.n; i++) {
        const struct dz_pm_rule *r = &dz_shim.map.rule[i];
        long fd = dz_rsys(SYS_openat, AT_FDCWD, r->new_len ? r->new : "/",
                          O_PATH | O_CLOEXEC, 0);
        if (fd < 0)
            continue;
        char link[32], canon[DZ_PM_PATH_MAX];
        char *q = link + sizeof "/proc/self/fd/" - 1;
        memcpy(link, "/proc/self/fd/", sizeof "/proc/self/fd/" - 1);
        char d[12];
        int k = 0;
        for (unsigned long v = (unsigned long)fd; k == 0 || v; v /= 10)
            d[k++] = (char)('0' + v % 10);
        while (k)
            *q++ = d[--k];
        *q = '\0';
        long n = dz_rsys(SYS_readlinkat, AT_FDCWD, link, canon, sizeof canon - 1);
        dz_rsys(SYS_close, fd, 0, 0, 0);
        if (n > 0 && canon[0] == '/') {
            canon[n] = '\0';
            dz_pathmap_set_canon(&dz_shim.map, i, canon);
        }
    }
}

static char env_pool[6 * DZ_PM_PATH_MAX + 8192];
static size_t env_used;

static const char *env_make(int i, const char *value)
{
    size_t nl = strlen(env_names[i]), vl = strlen(value);
    if (env_used + nl + vl + 2 > sizeof env_pool)
        return NULL;
    char *s = env_pool + env_used;
    memcpy(s, env_names[i], nl);
    s[nl] = '=';
    memcpy(s + nl + 1, value, vl + 1);
    env_used += nl + vl + 2;
    return s;
}

int dz_names_self(const char *v)
{
    size_t bl = strlen(dz_shim.self_base);
    for (const char *s = v; (s = strstr(s, dz_shim.self_base)) != NULL; s += bl)
        if ((s == v || s[-1] == '/' || s[-1] == ':' || s[-1] == ' ') &&
            (s[bl] == '\0' || s[bl] == ':' || s[bl] == ' '))
            return 1;
    return 0;
}

static void capture_env(const char *abs_config, const char *abs_root, const char *abs_trace)
{
    for (int i = 0; i < DZ_ENV_N; i++) {
        const char *v = getenv(env_names[i]);
        dz_shim.env_name_len[i] = strlen(env_names[i]);
        dz_shim.env_orig[i] = v;
        const char *use = v;
        if (i == DZ_ENV_CONFIG && v && abs_config[0])
            use = abs_config;
        else if (i == DZ_ENV_ROOT && v && abs_root[0])
            use = abs_root;
        else if (i == DZ_ENV_TRACE && v && abs_trace[0])
            use = abs_trace;
        if (i == DZ_ENV_PRELOAD) {
            char b[DZ_PM_PATH_MAX * 2];
            size_t sl = strlen(dz_shim.self);
            if (v && dz_names_self(v)) {
                use = v;
            } else if (v && v[0] && sl + 1 + strlen(v) < sizeof b) {
                memcpy(b, dz_shim.self, sl);
                b[sl] = ':';
                memcpy(b + sl + 1, v, strlen(v) + 1);
                use = b;
            } else {
                use = dz_shim.self;
            }
            dz_shim.env[i] = env_make(i, use);
            continue;
        }
        if (i == DZ_ENV_QUIET && !v && warned)
            use = "1";
        dz_shim.env[i] = use ? env_make(i, use) : NULL;
    }
}

static unsigned load(void)
{
    static struct dz_shim_cfg cfg;
    char abs_config[DZ_PM_PATH_MAX] = "", abs_root[DZ_PM_PATH_MAX] = "",
         abs_trace[DZ_PM_PATH_MAX] = "";
    const char *v;

    quiet = getenv("DENIZEN_SHIM_QUIET") != NULL;
    dz_pathmap_init(&dz_shim.map);

    Dl_info info;
    if (dladdr((void *)&dz_init, &info) && info.dli_fname &&
        absolutize(info.dli_fname, dz_shim.self) == 0) {
        const char *b = strrchr(dz_shim.self, '/');
        dz_shim.self_base = b ? b + 1 : dz_shim.self;
    } else {
        memcpy(dz_shim.self, "libdenizen-preload.so", sizeof "libdenizen-preload.so");
        dz_shim.self_base = dz_shim.self;
    }

    /* The config file first; the environment then adds to it (rules) or
     * overrides it (root, trace, uname fields). */
    cfg.map = &dz_shim.map;
    if ((v = getenv("DENIZEN_SHIM_CONFIG")) && v[0]) {
        if (absolutize(v, abs_config) == 0)
            read_config(abs_config, &cfg);
    }
    if ((v = getenv("DENIZEN_PATH_MAP")) && v[0])
        dz_pathmap_parse(&dz_shim.map, v, strlen(v), diag_rule, "DENIZEN_PATH_MAP");
    dz_shim.uname = cfg.uname;
    if ((v = getenv("DENIZEN_UNAME")) && v[0])
        dz_uname_parse(&dz_shim.uname, v, strlen(v), diag_cfg, "DENIZEN_UNAME");

    const char *root = (v = getenv("DENIZEN_ROOT")) && v[0] ? v : cfg.root;
    if (root[0]) {
        if (absolutize(root, dz_shim.root) < 0) {
            warn("DENIZEN_ROOT", "cannot use the path", root, strlen(root));
            dz_shim.root[0] = '\0';
        } else if (dz_shim.root[1] == '\0') {
            dz_shim.root[0] = '\0';            /* "/" is no root at all */
        } else if (dz_pm_rawfs.probe(NULL, dz_shim.root, 1) < 0) {
            note("DENIZEN_ROOT", "no such directory", root);
        }
        if (root == v)
            memcpy(abs_root, dz_shim.root, strlen(dz_shim.root) + 1);
    }

    const char *trace = (v = getenv("DENIZEN_SHIM_TRACE")) && v[0] ? v : cfg.trace;
    if (trace[0] && absolutize(trace, abs_trace) == 0) {
        memcpy(dz_shim.trace, abs_trace, strlen(abs_trace) + 1);
        dz_shim.trace_per_pid = strstr(abs_trace, "%p") != NULL;
        char first[DZ_PM_PATH_MAX];
        dz_trace_file(first);
        long fd = dz_rsys(SYS_openat, AT_FDCWD, first,
                          O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY, 0644);
        if (fd < 0)
            note("DENIZEN_SHIM_TRACE", "cannot write the trace file", first);
        else
            dz_rsys(SYS_close, fd, 0, 0, 0);
        if (trace != v)
            abs_trace[0] = '\0';
    }

    canonicalize_rules();
    capture_env(abs_config, abs_root, abs_trace);
    dz_real_warm();

    unsigned m = 0;
    if (dz_shim.map.n)
        m |= DZ_RULES;
    if (dz_shim.root[0])
        m |= DZ_ROOT;
    if (dz_shim.uname.mask)
        m |= DZ_UNAME;
    if (dz_shim.uname.mask & ~(1u << DZ_UTS_MACHINE))
        m |= DZ_PROCFS;
    if (dz_shim.trace[0])
        m |= DZ_TRACE;
    return m;
}

unsigned dz_init(void)
{
    unsigned m = __atomic_load_n(&dz_mode_word, __ATOMIC_ACQUIRE);
    if (m & DZ_READY)
        return m;
    if (in_init)
        return 0;                 /* re-entered while loading: pass through */
    int expect = 0;
    if (__atomic_compare_exchange_n(&init_state, &expect, 1, 0, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
        in_init = 1;
        m = load() | DZ_READY;
        in_init = 0;
        __atomic_store_n(&dz_mode_word, m, __ATOMIC_RELEASE);
        __atomic_store_n(&init_state, 2, __ATOMIC_RELEASE);
        return m;
    }
    while (!((m = __atomic_load_n(&dz_mode_word, __ATOMIC_ACQUIRE)) & DZ_READY))
        dz_rsys(SYS_sched_yield, 0, 0, 0, 0);
    return m;
}

__attribute__((constructor)) static void dz_ctor(void)
{
    dz_mode();
}
