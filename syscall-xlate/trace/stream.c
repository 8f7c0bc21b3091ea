/* The trace stream: which calls are traced (--trace-calls), the lines of
 * every thread and process in one stream as strace -f writes them, times,
 * durations, signals, the exit, and the summary table (--trace-summary).
 *
 * Lines.  A call's text up to its arguments is made before the handler
 * runs; the line is written when the call returns.  While a process has
 * one thread that is the whole story (one write per call, no lock).  Once
 * a second thread has traced (or a child shares the stream), every line
 * starts with [pid TID] and is written under one lock; the calls in flight
 * on other threads sit in slots, and whoever writes a line first ends each
 * of them that has not been shown yet as `name(args <unfinished ...>`; that
 * call's own line is then `<... name resumed>) = result`.
 *
 * Rows.  Each table row (a system call, or an export of a library
 * personality) met while tracing gets an entry in a hash keyed by its
 * address: whether the filters select it, and its summary counters. */
#define _GNU_SOURCE
#include "syscall-xlate/trace/trace.h"
#include "syscall-xlate/trace/classes.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/thread.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- options ---- */
#define MAX_ITEMS 64
#define MAX_SAVED 8
static struct {
    const char *file;        /* NULL: stderr */
    int explicit_lines;      /* --trace or --trace=FILE given */
    int any;                 /* any --trace* option */
    int time, durations, summary, ff;
    int level;               /* 1 library calls, 2 system calls, 3 both */
    int inherit_fd;          /* -1, or the stream of the guest that exec'd us */
    int inherit_multi, inherit_exec;
    struct { char name[64]; unsigned cls; int neg; } item[MAX_ITEMS];
    int nitems, npos;
    const char *saved[MAX_SAVED];   /* options to pass on to an exec'd denizen */
    int nsaved;
} o = { .level = 3, .inherit_fd = -1 };

static const char *const class_names[] = {
#define C(id, spelling) spelling,
#include "syscall-xlate/trace/classes.def"
#undef C
};

static unsigned class_bit(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof class_names / sizeof class_names[0]; i++)
        if (strlen(class_names[i]) == n && memcmp(class_names[i], s, n) == 0)
            return 1u << i;
    return 0;
}

static int parse_calls(const char *list)
{
    o.nitems = o.npos = 0;
    const char *p = list;
    while (*p) {
        const char *q = strchr(p, ',');
        size_t n = q ? (size_t)(q - p) : strlen(p);
        int neg = 0;
        if (n && *p == '!') {
            neg = 1;
            p++, n--;
        }
        int pct = n && *p == '%';
        if (n == 0 || o.nitems == MAX_ITEMS || n - pct >= sizeof o.item[0].name)
            return -1;
        unsigned c = class_bit(p + pct, n - pct);
        if (pct && !c)
            return -1;
        o.item[o.nitems].cls = c;
        o.item[o.nitems].neg = neg;
        memcpy(o.item[o.nitems].name, p + pct, n - pct);
        o.item[o.nitems].name[n - pct] = 0;
        o.npos += !neg;
        o.nitems++;
        p += n + (q != NULL);
    }
    return o.nitems ? 0 : -1;
}

static int select_call(const char *name, unsigned cls)
{
    int sel = o.npos == 0;
    for (int i = 0; i < o.nitems; i++) {
        int m = o.item[i].cls ? (cls & o.item[i].cls) != 0 : (name && strcmp(name, o.item[i].name) == 0);
        if (m && o.item[i].neg)
            return 0;
        if (m)
            sel = 1;
    }
    return sel;
}

int dz_trace_select_test(const char *list, const char *name, unsigned cls)
{
    if (parse_calls(list) != 0)
        return -1;
    int r = select_call(name, cls);
    o.nitems = o.npos = 0;
    return r;
}

static int opt_is(const char *a, const char *name, const char **val)
{
    size_t n = strlen(name);
    if (strncmp(a, name, n) != 0)
        return 0;
    if (a[n] == 0 && !val)
        return 1;
    if (a[n] == '=' && val) {
        *val = a + n + 1;
        return 1;
    }
    return 0;
}

int dz_trace_option(const char *a)
{
    const char *v;
    int save = 1;
    if (opt_is(a, "--trace", NULL)) {
        o.file = NULL;
        o.explicit_lines = 1;
    } else if (opt_is(a, "--trace", &v)) {
        if (!v[0])
            return -1;
        o.file = strcmp(v, "-") == 0 ? NULL : v;
        o.explicit_lines = 1;
    } else if (opt_is(a, "--trace-calls", &v)) {
        if (parse_calls(v) != 0)
            return -1;
    } else if (opt_is(a, "--trace-time", NULL)) {
        o.time = 1;
    } else if (opt_is(a, "--trace-durations", NULL)) {
        o.durations = 1;
    } else if (opt_is(a, "--trace-summary", NULL)) {
        o.summary = 1;
    } else if (opt_is(a, "--trace-ff", NULL)) {
        o.ff = 1;
    } else if (opt_is(a, "--trace-level", &v)) {
        if (strcmp(v, "calls") == 0)
            o.level = 1;
        else if (strcmp(v, "sys") == 0)
            o.level = 2;
        else if (strcmp(v, "all") == 0)
            o.level = 3;
        else
            return -1;
    } else if (opt_is(a, "--trace-inherit", &v)) {
        char *end;
        long fd = strtol(v, &end, 10);
        if (end == v || fd < 0 || fd > INT_MAX || (*end && *end != ':'))
            return -1;
        o.inherit_fd = (int)fd;
        o.inherit_multi = *end && strchr(end, 'm') != NULL;
        o.inherit_exec = *end && strchr(end, 'x') != NULL;
        save = 0;
    } else {
        return -1;
    }
    o.any = 1;
    if (save && o.nsaved < MAX_SAVED)
        o.saved[o.nsaved++] = a;
    return 0;
}

/* ---- state ---- */
static int lines;                 /* lines are written (not only the summary) */
static int multi;                 /* [pid TID] prefixes, the lock */
static pid_t first_tid;
static long tz_off;               /* local time - UTC, seconds */
static char ff_base[PATH_MAX];    /* --trace-ff: FILE, absolute */
static unsigned (*lib_cls)(const struct dz_sysent *e);
static volatile int lk;
/* The process is ending (exit, a fatal signal): its summary and last line
 * are written, the other threads' calls are no longer traced. */
static volatile int ended;

static void lock(void)
{
    while (__atomic_exchange_n(&lk, 1, __ATOMIC_ACQUIRE))
        while (__atomic_load_n(&lk, __ATOMIC_RELAXED))
            sched_yield();
}

static void unlock(void)
{
    __atomic_store_n(&lk, 0, __ATOMIC_RELEASE);
}

static uint64_t mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t wall_us(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000;
}

/* ---- rows ---- */
#define NROWS 4096
struct row {
    uintptr_t key;                /* 0: free */
    const struct dz_sysent *e;
    long nr;
    uint8_t sel, sys;             /* selected; a system call (not a library call) */
    uint64_t calls, errors, ns;
};
static struct row rows[NROWS];

static int is_sys(const struct dz_personality *p, const struct dz_sysent *e)
{
    return !e || (e >= p->sysent && e < p->sysent + p->nsysent);
}

static struct row *row_of(const struct dz_personality *p, const struct dz_sysent *e, long nr)
{
    int named = e && e->name && e->name[0] != '-';
    uintptr_t key = named ? (uintptr_t)e : ((uintptr_t)1 << 63) | ((uintptr_t)nr & 0xffffffffu);
    size_t h = (size_t)((key >> 4) * 0x9e3779b97f4a7c15ULL >> 52) & (NROWS - 1);
    for (size_t i = 0; i < NROWS; i++, h = (h + 1) & (NROWS - 1)) {
        uintptr_t k = __atomic_load_n(&rows[h].key, __ATOMIC_ACQUIRE);
        if (k == key)
            return &rows[h];
        if (k)
            continue;
        lock();
        k = rows[h].key;
        if (k == 0) {
            struct row *r = &rows[h];
            r->e = named ? e : NULL;
            r->nr = nr;
            r->sys = (uint8_t)is_sys(p, e);
            unsigned cls = e ? e->cls : 0;
            if (!r->sys && !cls && lib_cls)
                cls = lib_cls(e);
            int lvl = !lib_cls || (r->sys ? (o.level & 2) : (o.level & 1));
            r->sel = (uint8_t)(lvl && select_call(named ? e->name : NULL, cls));
            __atomic_store_n(&r->key, key, __ATOMIC_RELEASE);
            unlock();
            return r;
        }
        unlock();
        if (k == key)
            return &rows[h];
    }
    static struct row none;   /* table full: not traced */
    return &none;
}

/* ---- calls in flight ---- */
#define NSLOTS 128
#define TEXT_MAX 1024
struct slot {
    int used, announced;
    pid_t tid;
    uint64_t wall;
    size_t len, namelen;
    char text[TEXT_MAX];
};
static struct slot slots[NSLOTS];

static __thread struct {
    int active, slot, announced;
    struct row *row;
    pid_t tid;
    uint64_t t0, wall;
    size_t len, namelen;
    char text[TEXT_MAX];
} cur;

/* The output being built under the lock (or by the one thread). */
static char out[256 * 1024];
static size_t outn;

static void out_flush(void)
{
    size_t done = 0;
    while (done < outn) {
        ssize_t w = write(dz_opts.trace_fd, out + done, outn - done);
        if (w <= 0) {
            if (w < 0 && errno == EINTR)
                continue;
            break;
        }
        done += (size_t)w;
    }
    outn = 0;
}

static void out_add(const char *s, size_t n)
{
    if (outn + n > sizeof out)
        out_flush();
    if (n > sizeof out)
        n = sizeof out;
    memcpy(out + outn, s, n);
    outn += n;
}

/* "[pid TID] HH:MM:SS.uuuuuu " as the options ask, into b. */
static size_t prefix(char *b, size_t len, pid_t tid, uint64_t wall)
{
    size_t n = 0;
    if (multi)
        n += (size_t)snprintf(b, len, "[pid %d] ", (int)tid);
    if (o.time && n < len) {
        uint64_t s = wall / 1000000 + (uint64_t)tz_off;
        n += (size_t)snprintf(b + n, len - n, "%02u:%02u:%02u.%06u ", (unsigned)(s / 3600 % 24),
                              (unsigned)(s / 60 % 60), (unsigned)(s % 60), (unsigned)(wall % 1000000));
    }
    return n < len ? n : len - 1;
}

static void add_line(pid_t tid, uint64_t wall, const char *a, size_t an, const char *b, size_t bn)
{
    char pre[64];
    size_t pn = prefix(pre, sizeof pre, tid, wall);
    out_add(pre, pn);
    out_add(a, an);
    out_add(b, bn);
    out_add("\n", 1);
}

/* Under the lock: end the unshown calls of other threads as unfinished. */
static void announce_others(pid_t me)
{
    static const char unf[] = " <unfinished ...>";
    for (int i = 0; i < NSLOTS; i++) {
        struct slot *s = &slots[i];
        if (!s->used || s->announced || s->tid == me)
            continue;
        add_line(s->tid, s->wall, s->text, s->len, unf, sizeof unf - 1);
        s->announced = 1;
    }
}

/* One line that is not a call's (signals, exits), or a finished call. */
static void emit(pid_t tid, uint64_t wall, const char *a, size_t an, const char *b, size_t bn)
{
    if (!multi) {
        add_line(tid, wall, a, an, b, bn);
        out_flush();
        return;
    }
    lock();
    if (!ended) {
        announce_others(tid);
        add_line(tid, wall, a, an, b, bn);
        out_flush();
    }
    unlock();
}

static void note_tid(pid_t tid)
{
    if (!multi && tid != first_tid && tid)
        multi = 1;
}

static pid_t self_tid(void)
{
    struct dz_thread *t = dz_self();
    return t ? t->tid : (pid_t)getpid();
}

/* ---- formatting a call ---- */
static size_t fmt_entry(const struct dz_personality *p, const struct dz_sysent *e, const struct dz_call *c,
                        int sys, char *line, size_t len, size_t *namelen)
{
    size_t pos = 0;
#define OUT(...) do { if (pos < len) { int k_ = snprintf(line + pos, len - pos, __VA_ARGS__); \
                      if (k_ > 0) pos += (size_t)k_; } } while (0)
    const char *mark = sys && lib_cls ? "SYS_" : "";
    if (e && e->name && e->name[0] != '-')
        OUT("%s%s", mark, e->name);
    else
        OUT("%ssyscall_%ld", mark, c->nr);
    *namelen = pos < len ? pos : len - 1;
    OUT("(");
    int nargs = e && e->fn ? e->nargs : 6;
    for (int i = 0; i < nargs && pos < len; i++) {
        int k = (e && e->fn) ? e->arg[i] : DZ_K_HEX;
        OUT("%s", i ? ", " : "");
        if (pos < len)
            pos += (size_t)dz_trace_arg(p, k, c->a[i], i + 1 < 8 ? c->a[i + 1] : 0, line + pos, len - pos);
    }
#undef OUT
    return pos < len ? pos : len - 1;
}

static int is_error(long r)
{
    return (r < 0 && r >= -4095) || DZ_IS_GUEST_ERR(r);
}

static size_t fmt_result(const struct dz_personality *p, const struct dz_sysent *e, long r, uint64_t ns,
                         char *line, size_t len)
{
    size_t pos = 0;
#define OUT(...) do { if (pos < len) { int k_ = snprintf(line + pos, len - pos, __VA_ARGS__); \
                      if (k_ > 0) pos += (size_t)k_; } } while (0)
    OUT(")");
    if (r == DZ_JUSTRETURN)
        OUT(" = ?");
    else if (r == DZ_RESTART)
        OUT(" = ? ERESTART");
    else if (r == DZ_LIB_SEGV)
        OUT(" = ? (faults: SIGSEGV)");
    else if (is_error(r)) {
        int ge = DZ_IS_GUEST_ERR(r) ? (int)(-0x10000L - r) : p->errno_from_linux((int)-r);
        const char *nm = p->errno_name(ge);
        if (nm)
            OUT(" = -1 %s", nm);
        else
            OUT(" = -1 E%d", ge);
    } else if (e && (e->ret == DZ_K_HEX || e->ret == DZ_K_PTR))
        OUT(" = %#lx", (unsigned long)r);
    else if (e && e->ret == DZ_K_NONE && e->fn)
        OUT(" = ?");
    else
        OUT(" = %ld", r);
    if (o.durations && r != DZ_JUSTRETURN)
        OUT(" <%lu.%06lu>", (unsigned long)(ns / 1000000000u), (unsigned long)(ns / 1000 % 1000000));
#undef OUT
    return pos < len ? pos : len - 1;
}

/* ---- the engine's hooks ---- */
void dz_trace_enter(const struct dz_personality *p, const struct dz_sysent *e, const struct dz_call *c,
                    int noreturn)
{
    struct row *rw = row_of(p, e, c->nr);
    cur.active = 0;
    if (!rw->sel || ended)
        return;
    pid_t tid = c->t ? c->t->tid : self_tid();
    note_tid(tid);
    cur.row = rw;
    cur.tid = tid;
    cur.slot = -1;
    cur.announced = 0;
    cur.wall = o.time ? wall_us() : 0;
    /* A call is counted when its first line is certain to be written (in
     * one stream with other threads: under the lock, with its slot), so
     * that the summary's counts are the lines before it. */
    if (!lines || !multi)
        __atomic_fetch_add(&rw->calls, 1, __ATOMIC_RELAXED);
    if (noreturn) {
        if (lines) {
            cur.len = fmt_entry(p, e, c, rw->sys, cur.text, sizeof cur.text, &cur.namelen);
            if (multi) {
                lock();
                rw->calls++;
                announce_others(tid);
                add_line(tid, cur.wall, cur.text, cur.len, ") = ?", 5);
                out_flush();
                unlock();
            } else {
                emit(tid, cur.wall, cur.text, cur.len, ") = ?", 5);
            }
        }
        return;
    }
    cur.active = 1;
    if (lines) {
        cur.len = fmt_entry(p, e, c, rw->sys, cur.text, sizeof cur.text, &cur.namelen);
        if (multi) {
            lock();
            rw->calls++;
            for (int i = 0; i < NSLOTS; i++) {
                struct slot *s = &slots[i];
                if (s->used)
                    continue;
                s->used = 1;
                s->announced = 0;
                s->tid = tid;
                s->wall = cur.wall;
                s->len = cur.len;
                s->namelen = cur.namelen;
                memcpy(s->text, cur.text, cur.len);
                cur.slot = i;
                break;
            }
            unlock();
        }
    }
    if (o.durations || o.summary)
        cur.t0 = mono_ns();
}

void dz_trace_leave(const struct dz_personality *p, const struct dz_sysent *e, const struct dz_call *c,
                    long r)
{
    if (!cur.active)
        return;
    cur.active = 0;
    struct row *rw = cur.row;
    uint64_t ns = (o.durations || o.summary) ? mono_ns() - cur.t0 : 0;
    if (ended)
        return;
    if (o.summary) {
        __atomic_fetch_add(&rw->ns, ns, __ATOMIC_RELAXED);
        if (is_error(r))
            __atomic_fetch_add(&rw->errors, 1, __ATOMIC_RELAXED);
    }
    if (!lines)
        return;
    char res[192];
    size_t rn = fmt_result(p, e, r, ns, res, sizeof res);
    pid_t tid = cur.tid;
    if (!multi && cur.slot < 0) {
        if (cur.announced)
            goto resumed_nolock;
        add_line(tid, cur.wall, cur.text, cur.len, res, rn);
        out_flush();
        return;
    }
    lock();
    if (ended) {
        unlock();
        return;
    }
    announce_others(tid);
    int announced = cur.slot >= 0 ? slots[cur.slot].announced : cur.announced;
    if (cur.slot >= 0)
        slots[cur.slot].used = 0;
    if (announced) {
        char b[128];
        int n = snprintf(b, sizeof b, "<... %.*s resumed>", (int)cur.namelen, cur.text);
        add_line(tid, o.time ? wall_us() : 0, b, (size_t)n, res, rn);
    } else {
        add_line(tid, cur.wall, cur.text, cur.len, res, rn);
    }
    out_flush();
    unlock();
    return;
resumed_nolock: {
        char b[128];
        int n = snprintf(b, sizeof b, "<... %.*s resumed>", (int)cur.namelen, cur.text);
        add_line(tid, o.time ? wall_us() : 0, b, (size_t)n, res, rn);
        out_flush();
    }
}

/* ---- signals, exit, the summary ---- */
static const char *code_name(int lsig, int code, char *buf, size_t len)
{
    switch (code) {
    case SI_USER: return "SI_USER";
    case SI_KERNEL: return "SI_KERNEL";
    case SI_QUEUE: return "SI_QUEUE";
    case SI_TIMER: return "SI_TIMER";
    case SI_MESGQ: return "SI_MESGQ";
    case SI_ASYNCIO: return "SI_ASYNCIO";
    case SI_TKILL: return "SI_LWP";    /* thr_kill, _lwp_kill, thrkill: the guests' name */
    }
    static const char *const segv[] = { "SEGV_MAPERR", "SEGV_ACCERR" };
    static const char *const bus[] = { "BUS_ADRALN", "BUS_ADRERR", "BUS_OBJERR" };
    static const char *const fpe[] = { "FPE_INTDIV", "FPE_INTOVF", "FPE_FLTDIV", "FPE_FLTOVF",
                                       "FPE_FLTUND", "FPE_FLTRES", "FPE_FLTINV", "FPE_FLTSUB" };
    static const char *const ill[] = { "ILL_ILLOPC", "ILL_ILLOPN", "ILL_ILLADR", "ILL_ILLTRP",
                                       "ILL_PRVOPC", "ILL_PRVREG", "ILL_COPROC", "ILL_BADSTK" };
    static const char *const cld[] = { "CLD_EXITED", "CLD_KILLED", "CLD_DUMPED", "CLD_TRAPPED",
                                       "CLD_STOPPED", "CLD_CONTINUED" };
    static const char *const trap[] = { "TRAP_BRKPT", "TRAP_TRACE" };
#define PICK(sig, tab) if (lsig == sig && code >= 1 && code <= (int)(sizeof tab / sizeof tab[0])) return tab[code - 1]
    PICK(SIGSEGV, segv);
    PICK(SIGBUS, bus);
    PICK(SIGFPE, fpe);
    PICK(SIGILL, ill);
    PICK(SIGCHLD, cld);
    PICK(SIGTRAP, trap);
#undef PICK
    snprintf(buf, len, "%d", code);
    return buf;
}

static void summary_locked(void)
{
    struct row *r[NROWS];
    size_t n = 0;
    uint64_t tcalls = 0, terr = 0, tns = 0;
    for (size_t i = 0; i < NROWS; i++)
        if (rows[i].key && rows[i].calls) {
            r[n++] = &rows[i];
            tcalls += rows[i].calls;
            terr += rows[i].errors;
            tns += rows[i].ns;
        }
    for (size_t i = 1; i < n; i++)   /* by time, most first; then by count */
        for (size_t j = i; j > 0 && (r[j]->ns > r[j - 1]->ns ||
                                     (r[j]->ns == r[j - 1]->ns && r[j]->calls > r[j - 1]->calls)); j--) {
            struct row *x = r[j];
            r[j] = r[j - 1];
            r[j - 1] = x;
        }
    char b[256];
    int k = snprintf(b, sizeof b, "%% time     seconds  usecs/call     calls    errors call\n"
                                  "------ ----------- ----------- --------- --------- ----------------\n");
    out_add(b, (size_t)k);
    for (size_t i = 0; i < n; i++) {
        char nm[80];
        const char *mark = r[i]->sys && lib_cls ? "SYS_" : "";
        if (r[i]->e)
            snprintf(nm, sizeof nm, "%s%s", mark, r[i]->e->name);
        else
            snprintf(nm, sizeof nm, "%ssyscall_%ld", mark, r[i]->nr);
        double pct = tns ? 100.0 * (double)r[i]->ns / (double)tns : 0;
        char errs[24] = "";
        if (r[i]->errors)   /* strace leaves the column blank for none */
            snprintf(errs, sizeof errs, "%lu", (unsigned long)r[i]->errors);
        k = snprintf(b, sizeof b, "%6.2f %11.6f %11lu %9lu %9s %s\n", pct, (double)r[i]->ns / 1e9,
                     (unsigned long)(r[i]->ns / 1000 / r[i]->calls), (unsigned long)r[i]->calls, errs, nm);
        out_add(b, (size_t)k);
    }
    k = snprintf(b, sizeof b, "------ ----------- ----------- --------- --------- ----------------\n"
                              "100.00 %11.6f %11s %9lu %9lu total\n",
                 (double)tns / 1e9, "", (unsigned long)tcalls, (unsigned long)terr);
    out_add(b, (size_t)k);
}

/* The end of the process: the calls in flight shown unfinished, the
 * summary, the last line; nothing after it. */
static void finish(pid_t tid, const char *last, size_t n)
{
    lock();
    if (!ended) {
        if (lines)
            announce_others(tid);
        if (o.summary)
            summary_locked();
        if (lines)
            add_line(tid, o.time ? wall_us() : 0, last, n, "", 0);
        out_flush();
        ended = 1;
    }
    unlock();
}

void dz_trace_exited(int status)
{
    char b[64];
    int n = snprintf(b, sizeof b, "+++ exited with %d +++", status & 0xff);
    finish(self_tid(), b, (size_t)n);
}

int dz_trace_fatal_default(int lsig)
{
    switch (lsig) {
    case SIGKILL: case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU:
    case SIGCHLD: case SIGURG: case SIGWINCH: case SIGCONT:
        return 0;
    }
    return lsig > 0 && lsig < 32;
}

void dz_trace_signal(const struct dz_thread *t, int lsig, const siginfo_t *si, uint64_t handler)
{
    const struct dz_personality *p = t->pers;
    int gsig = p->sig_from_linux(lsig);
    int fault = dz_sig_is_sync(lsig) && si->si_code > 0;
    int dfl = handler == DZ_SIG_DFL || handler == DZ_SIG_IGN;
    int killed = dfl && (fault || dz_trace_fatal_default(lsig));
    char nm[32], cb[16], b[256];
    dz_trace_arg(p, DZ_K_SIG, (uint64_t)gsig, 0, nm, sizeof nm);
    if (lines) {
        note_tid(t->tid);
        size_t n = (size_t)snprintf(b, sizeof b, "--- %s {si_signo=%s, si_code=%s", nm, nm,
                                    code_name(lsig, si->si_code, cb, sizeof cb));
        if (si->si_code <= 0 || lsig == SIGCHLD)
            n += (size_t)snprintf(b + n, sizeof b - n, ", si_pid=%d, si_uid=%u", (int)si->si_pid,
                                  (unsigned)si->si_uid);
        if (lsig == SIGCHLD && si->si_code > 0 && n < sizeof b)
            n += (size_t)snprintf(b + n, sizeof b - n, ", si_status=%d", si->si_status);
        else if (fault && n < sizeof b)
            n += (size_t)snprintf(b + n, sizeof b - n, ", si_addr=%p", si->si_addr);
        if (n < sizeof b)
            n += (size_t)snprintf(b + n, sizeof b - n, "} ---");
        if (n >= sizeof b)
            n = sizeof b - 1;
        emit(t->tid, o.time ? wall_us() : 0, b, n, "", 0);
    }
    if (!killed)
        return;
    int n = snprintf(b, sizeof b, "+++ killed by %s +++", nm);
    finish(t->tid, b, (size_t)n);
}

/* ---- processes ---- */
static int open_ff(pid_t pid, char *err, size_t errlen)
{
    char path[PATH_MAX + 24];
    snprintf(path, sizeof path, "%s.%d", ff_base, (int)pid);
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_APPEND, 0644);
    if (fd < 0 && err)
        snprintf(err, errlen, "cannot open the trace file %s: %s", path, strerror(errno));
    return fd;
}

void dz_trace_forked(pid_t pid)
{
    if (pid > 0) {
        if (!o.ff && lines)
            multi = 1;   /* the child writes into the same stream */
        return;
    }
    /* The child: one thread, the others' state is a copy of nothing. */
    pid_t me = self_tid();
    __atomic_store_n(&lk, 0, __ATOMIC_RELAXED);
    outn = 0;
    ended = 0;
    for (int i = 0; i < NSLOTS; i++)
        if (i != cur.slot)
            slots[i].used = 0;
    if (cur.slot >= 0)
        slots[cur.slot].tid = me;
    cur.tid = me;
    for (size_t i = 0; i < NROWS; i++)
        rows[i].calls = rows[i].errors = rows[i].ns = 0;
    if (o.ff && ff_base[0]) {
        int fd = open_ff(me, NULL, 0);
        if (fd >= 0) {
            dup3(fd, dz_opts.trace_fd, O_CLOEXEC);
            close(fd);
        }
        multi = 0;
        first_tid = me;
        if (cur.slot >= 0)
            slots[cur.slot].used = 0;
        cur.slot = -1;
        cur.announced = 0;
    } else if (lines) {
        multi = 1;
    }
}

size_t dz_trace_exec_args(char **argv, size_t k)
{
    static char inherit[48];
    for (int i = 0; i < o.nsaved && i < DZ_TRACE_EXEC_ARGS - 1; i++)
        argv[k++] = (char *)o.saved[i];
    snprintf(inherit, sizeof inherit, "--trace-inherit=%d:%s%s", dz_opts.trace_fd, multi ? "m" : "",
             lines ? "x" : "");
    argv[k++] = inherit;
    return k;
}

void dz_trace_exec(int through_denizen)
{
    if (lines && cur.active) {
        static const char unf[] = " <unfinished ...>";
        if (multi)
            lock();
        announce_others(cur.tid);
        if (cur.slot >= 0 && !slots[cur.slot].announced)
            slots[cur.slot].announced = 1;
        else if (cur.slot >= 0 || cur.announced)
            goto done;
        add_line(cur.tid, cur.wall, cur.text, cur.len, unf, sizeof unf - 1);
        cur.announced = 1;
done:
        out_flush();
        if (multi)
            unlock();
    }
    if (through_denizen)
        fcntl(dz_opts.trace_fd, F_SETFD, 0);
}

void dz_trace_exec_failed(void)
{
    fcntl(dz_opts.trace_fd, F_SETFD, FD_CLOEXEC);
}

void dz_trace_set_lib(unsigned (*cls)(const struct dz_sysent *e))
{
    lib_cls = cls;
}

/* ---- setting up ---- */
static int from_env(char *err, size_t errlen)
{
    const char *v = getenv("DENIZEN_TRACE");
    if (v && v[0]) {
        static char opt[PATH_MAX + 16];
        snprintf(opt, sizeof opt, "--trace=%s", v);
        if (dz_trace_option(opt) != 0)
            goto bad;
    }
    v = getenv("DENIZEN_TRACE_OPTS");
    if (v && v[0]) {
        char *copy = strdup(v), *save = NULL;
        if (!copy)
            return -1;
        for (char *w = strtok_r(copy, " \t", &save); w; w = strtok_r(NULL, " \t", &save))
            if (strncmp(w, "--trace", 7) != 0 || strncmp(w, "--trace-inherit", 15) == 0 ||
                dz_trace_option(w) != 0) {
                snprintf(err, errlen, "DENIZEN_TRACE_OPTS: not a trace option: %s", w);
                return -1;
            }
    }
    return 0;
bad:
    snprintf(err, errlen, "DENIZEN_TRACE: bad value %s", v);
    return -1;
}

int dz_trace_open(char *err, size_t errlen)
{
    if (!o.any && from_env(err, errlen) != 0)
        return -1;
    if (!o.any)
        return 0;
    lines = o.explicit_lines || !o.summary;
    int fd;
    if (o.file && o.ff) {
        if (o.file[0] == '/')
            snprintf(ff_base, sizeof ff_base, "%s", o.file);
        else {
            char cwd[PATH_MAX];
            if (!getcwd(cwd, sizeof cwd))
                cwd[0] = 0;
            snprintf(ff_base, sizeof ff_base, "%s/%s", cwd, o.file);
        }
    }
    if (o.inherit_fd >= 0) {
        fd = o.inherit_fd;
        fcntl(fd, F_SETFD, FD_CLOEXEC);
    } else if (!o.file) {
        fd = dup(2);
    } else if (o.ff) {
        if ((fd = open_ff(getpid(), err, errlen)) < 0)
            return -1;
    } else {
        fd = open(o.file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_APPEND, 0644);
    }
    if (fd < 0) {
        snprintf(err, errlen, "cannot open the trace file: %s", strerror(errno));
        return -1;
    }
    /* Far above what the guest will use, so its dup2s cannot hit it. */
    if (fd < 1000) {
        int high = fcntl(fd, F_DUPFD_CLOEXEC, 1000);
        if (high >= 0) {
            close(fd);
            fd = high;
        }
    }
    dz_opts.trace_fd = fd;
    time_t now = time(NULL);
    struct tm tm;
    tz_off = localtime_r(&now, &tm) ? tm.tm_gmtoff : 0;
    first_tid = getpid();
    multi = o.inherit_multi;
    if (o.inherit_exec && lines) {
        static const char res[] = "<... execve resumed>) = 0";
        emit(first_tid, o.time ? wall_us() : 0, res, sizeof res - 1, "", 0);
    }
    return 0;
}

void dz_trace_native(const char *path)
{
    if (o.inherit_fd < 0)
        return;
    if (o.inherit_exec && o.explicit_lines + !o.summary) {
        char b[PATH_MAX + 64];
        int n = snprintf(b, sizeof b, "<... execve resumed>) = 0 (%s: a Linux program, not traced)", path);
        if (n >= (int)sizeof b)
            n = sizeof b - 1;
        char pre[64];
        size_t pn = 0;
        if (o.inherit_multi)
            pn = (size_t)snprintf(pre, sizeof pre, "[pid %d] ", (int)getpid());
        if (pn)
            (void)!write(o.inherit_fd, pre, pn);
        b[n++] = '\n';
        (void)!write(o.inherit_fd, b, (size_t)n);
    }
    close(o.inherit_fd);
}
