/* The fence (fence.h): a sorted table of disjoint ranges, read under a
 * shared lock by guest memory calls and replaced under an exclusive one.
 *
 * The table is never edited in place: a change builds the next table in a
 * spare buffer and publishes it with one pointer store.  A fork taken while
 * another thread is changing it (the child has only the forking thread)
 * thus finds the old table or the new one, never half of each; the child
 * resets the lock (pthread_atfork).  Buffers beyond the two static ones are
 * mapped with raw system calls (the wrappers must not recurse) and are
 * registered themselves. */
#define _GNU_SOURCE
#include "syscall-xlate/common/fence.h"
#include "syscall-xlate/engine/sys.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/futex.h>
#include <pthread.h>
#include <sys/mman.h>

struct range {
    uint64_t start, end;
};
struct table {
    size_t n, cap;
    int mapped;   /* 1: a buffer of ours from mmap, 0: static */
    struct range r[];
};

#define STATIC_CAP 1024
static union {
    struct table t;
    char room[sizeof(struct table) + STATIC_CAP * sizeof(struct range)];
} buf_a = { .t = { 0, STATIC_CAP, 0 } }, buf_b = { .t = { 0, STATIC_CAP, 0 } };
static struct table *cur = &buf_a.t, *spare = &buf_b.t;

/* ---- the lock: readers count in the low bits; W a writer holds or wants
 * it (new readers wait); WAITING a reader sleeps on the word. */
#define W 0x40000000
#define WAITING 0x20000000
#define COUNT 0x1fffffff
static int state, wmutex;

static void futex_wait(int *w, int v) { dz_sys(SYS_futex, w, FUTEX_WAIT_PRIVATE, v, 0); }
static void futex_wake(int *w, int n) { dz_sys(SYS_futex, w, FUTEX_WAKE_PRIVATE, n); }

static void rd_lock(void)
{
    for (;;) {
        int s = __atomic_load_n(&state, __ATOMIC_ACQUIRE);
        if (s & W) {
            if (!(s & WAITING) &&
                !__atomic_compare_exchange_n(&state, &s, s | WAITING, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
                continue;
            futex_wait(&state, s | WAITING);
            continue;
        }
        if (__atomic_compare_exchange_n(&state, &s, s + 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
            return;
    }
}

static void rd_unlock(void)
{
    int s = __atomic_sub_fetch(&state, 1, __ATOMIC_RELEASE);
    if ((s & W) && (s & COUNT) == 0)
        futex_wake(&state, INT_MAX);   /* the writer waiting for the last reader */
}

void dz_fence_wrlock(void)
{
    /* wmutex: 0 free, 1 held, 2 held with sleepers. */
    int m = 0;
    if (!__atomic_compare_exchange_n(&wmutex, &m, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED)) {
        if (m != 2)
            m = __atomic_exchange_n(&wmutex, 2, __ATOMIC_ACQUIRE);
        while (m != 0) {
            futex_wait(&wmutex, 2);
            m = __atomic_exchange_n(&wmutex, 2, __ATOMIC_ACQUIRE);
        }
    }
    int s = __atomic_or_fetch(&state, W, __ATOMIC_ACQ_REL);
    while (s & COUNT) {
        futex_wait(&state, s);
        s = __atomic_load_n(&state, __ATOMIC_ACQUIRE);
    }
}

void dz_fence_wrunlock(void)
{
    int s = __atomic_exchange_n(&state, 0, __ATOMIC_RELEASE);
    if (s & WAITING)
        futex_wake(&state, INT_MAX);
    if (__atomic_exchange_n(&wmutex, 0, __ATOMIC_RELEASE) == 2)
        futex_wake(&wmutex, 1);
}

/* In a forked child only the forking thread runs: nobody holds the lock. */
static void after_fork_child(void)
{
    state = 0;
    wmutex = 0;
}

/* ---- the table */

/* The first range that ends after a. */
static size_t first_after(const struct table *t, uint64_t a)
{
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t->r[mid].end > a)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static int touches(const struct table *t, uint64_t a, uint64_t e)
{
    if (e <= a)
        return 0;
    size_t i = first_after(t, a);
    return i < t->n && t->r[i].start < e;
}

/* A buffer for at least want ranges, by raw mmap (no wrapper, no malloc). */
static struct table *new_table(size_t want)
{
    size_t bytes = (sizeof(struct table) + want * sizeof(struct range) + 4095) & ~4095UL;
    long m = dz_sys(SYS_mmap, 0, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m < 0)
        return NULL;
    struct table *t = (struct table *)m;
    t->n = 0;
    t->cap = (bytes - sizeof(struct table)) / sizeof(struct range);
    t->mapped = 1;
    return t;
}

static uint64_t table_bytes(const struct table *t)
{
    return (sizeof(struct table) + t->cap * sizeof(struct range) + 4095) & ~4095UL;
}

static void edit(uint64_t a, uint64_t e, int add);

static void drop_table(struct table *t)
{
    if (t->mapped) {
        uint64_t a = (uint64_t)t, b = table_bytes(t);
        edit(a, a + b, 0);
        dz_sys(SYS_munmap, a, b);
    }
}

/* Before an edit: room in the spare buffer for the current table plus the
 * one range an edit can add.  Growing replaces both buffers by bigger ones
 * (the spare becomes the current table at each edit), registered as
 * denizen's memory, the old ones unregistered and unmapped. */
static void reserve(void)
{
    if (spare->cap >= cur->n + 2)
        return;
    size_t want = 2 * cur->n + 64;
    struct table *ta = new_table(want), *tb = ta ? new_table(want) : NULL;
    if (!tb) {
        if (ta)
            dz_sys(SYS_munmap, ta, table_bytes(ta));
        return;   /* no memory: edit() keeps what fits */
    }
    struct table *oa = cur, *ob = spare;
    ta->n = oa->n;
    for (size_t i = 0; i < oa->n; i++)
        ta->r[i] = oa->r[i];
    __atomic_store_n(&cur, ta, __ATOMIC_RELEASE);
    spare = tb;
    edit((uint64_t)ta, (uint64_t)ta + table_bytes(ta), 1);
    edit((uint64_t)tb, (uint64_t)tb + table_bytes(tb), 1);
    drop_table(oa);
    drop_table(ob);
}

/* Build the next table (cur with [a, e) added or removed) in spare and
 * publish it.  Out of room (no memory for a bigger buffer) the change is
 * lost: an addition leaves that mapping unfenced, a removal leaves the
 * range fenced (refused to the guest, never unsafe for denizen). */
static void edit(uint64_t a, uint64_t e, int add)
{
    if (e <= a)
        return;
    const struct table *c = cur;
    struct table *t = spare;
    size_t n = 0, i = 0;
    if (t->cap < c->n + 1)
        return;
    /* The ranges wholly before [a, e) (an added range merges with one that
     * ends at a). */
    while (i < c->n && (add ? c->r[i].end < a : c->r[i].end <= a))
        t->r[n++] = c->r[i++];
    if (add) {
        uint64_t s = a, f = e;
        while (i < c->n && c->r[i].start <= e) {
            if (c->r[i].start < s)
                s = c->r[i].start;
            if (c->r[i].end > f)
                f = c->r[i].end;
            i++;
        }
        t->r[n++] = (struct range){ s, f };
    } else {
        for (; i < c->n && c->r[i].start < e; i++) {
            if (c->r[i].start < a)
                t->r[n++] = (struct range){ c->r[i].start, a };
            if (c->r[i].end > e)
                t->r[n++] = (struct range){ e, c->r[i].end };
        }
    }
    while (i < c->n)
        t->r[n++] = c->r[i++];
    t->n = n;
    __atomic_store_n(&cur, t, __ATOMIC_RELEASE);
    spare = (struct table *)c;
}

void dz_fence_add_locked(uint64_t a, uint64_t len)
{
    reserve();
    edit(a & ~4095UL, dz_fence_end(a, len), 1);
}

void dz_fence_remove_locked(uint64_t a, uint64_t len)
{
    reserve();
    edit(a & ~4095UL, dz_fence_end(a, len), 0);
}

void dz_fence_add(uint64_t a, uint64_t len)
{
    dz_fence_wrlock();
    dz_fence_add_locked(a, len);
    dz_fence_wrunlock();
}

void dz_fence_remove(uint64_t a, uint64_t len)
{
    dz_fence_wrlock();
    dz_fence_remove_locked(a, len);
    dz_fence_wrunlock();
}

int dz_fence_touches(uint64_t a, uint64_t len)
{
    rd_lock();
    int r = touches(cur, a & ~4095UL, dz_fence_end(a, len));
    rd_unlock();
    return r;
}

size_t dz_fence_count(void)
{
    rd_lock();
    size_t n = cur->n;
    rd_unlock();
    return n;
}

/* ---- guest memory calls */

long dz_fence_enter(uint64_t a, uint64_t len)
{
    rd_lock();
    if (touches(cur, a & ~4095UL, dz_fence_end(a, len))) {
        rd_unlock();
        return -ENOMEM;
    }
    return 0;
}

void dz_fence_leave(void) { rd_unlock(); }

/* The top of Linux's user address space (x86-64, 4-level paging). */
#define USER_TOP 0x7ffffffff000UL

long dz_fence_munmap(uint64_t a, uint64_t len)
{
    rd_lock();
    uint64_t e = dz_fence_end(a, len);
    const struct table *t = cur;
    long r;
    if (!touches(t, a, e)) {
        r = dz_sys(SYS_munmap, a, len);
    } else if ((a & 4095) || e > USER_TOP) {
        r = -EINVAL;   /* what Linux says before unmapping anything */
    } else {
        /* The gaps between denizen's ranges, each one host call. */
        r = 0;
        uint64_t p = a;
        for (size_t i = first_after(t, a); p < e && r == 0; i++) {
            uint64_t stop = i < t->n && t->r[i].start < e ? t->r[i].start : e;
            if (stop > p)
                r = dz_sys(SYS_munmap, p, stop - p);
            p = i < t->n ? t->r[i].end : e;
        }
    }
    rd_unlock();
    return r;
}

void dz_fence_fresh(uint64_t a, uint64_t len)
{
    if (!dz_fence_touches(a, len))
        return;
    /* Between the guest's mmap and here nothing of denizen's can have been
     * mapped inside [a, a + len): the guest's mapping is still there unless
     * another guest thread unmapped it meanwhile, a race of the guest's own. */
    dz_fence_remove(a, len);
}

/* ---- start-up */

static uint64_t hex(const char **p)
{
    uint64_t v = 0;
    for (;; (*p)++) {
        char ch = **p;
        int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
        if (d < 0)
            return v;
        v = v * 16 + (uint64_t)d;
    }
}

/* One line of /proc/self/maps: "start-end perms offset dev inode [name]". */
static void add_line(const char *l, const char *end)
{
    const char *p = l;
    uint64_t s = hex(&p);
    if (*p++ != '-')
        return;
    uint64_t e = hex(&p);
    /* The initial stack grows down on demand: keep the room below it (the
     * kernel's own stack guard gap, 1 MB) too. */
    for (const char *q = p; q + 7 <= end; q++)
        if (q[0] == '[' && q[1] == 's' && q[2] == 't' && q[3] == 'a' && q[4] == 'c' && q[5] == 'k' && q[6] == ']')
            s = s > (1UL << 20) ? s - (1UL << 20) : 0;
    if (e > s)
        dz_fence_add_locked(s, e - s);
}

void dz_fence_init(void)
{
    static int done;
    if (done++)
        return;
    pthread_atfork(NULL, NULL, after_fork_child);
    dz_fence_wrlock();
    /* Close the program break first, so the read below sees the guard. */
    long brk = dz_sys(SYS_brk, 0);
    if (brk > 0) {
        uint64_t g = ((uint64_t)brk + 4095) & ~4095UL;
        dz_sys(SYS_mmap, g, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    }
    long fd = dz_sys(SYS_open, "/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        char buf[4096];
        size_t have = 0;
        int skip = 0;   /* in the rest of a line longer than buf (a long path) */
        for (;;) {
            long n = dz_sys(SYS_read, fd, buf + have, sizeof buf - have);
            if (n <= 0)
                break;
            have += (size_t)n;
            size_t used = 0;
            for (size_t i = 0; i < have; i++)
                if (buf[i] == '\n') {
                    if (!skip)
                        add_line(buf + used, buf + i);
                    skip = 0;
                    used = i + 1;
                }
            if (used == 0 && have == sizeof buf) {
                if (!skip)
                    add_line(buf, buf + have);   /* its range is at its start */
                skip = 1;
                used = have;
            }
            for (size_t i = used; i < have; i++)
                buf[i - used] = buf[i];
            have -= used;
        }
        dz_sys(SYS_close, fd);
    }
    dz_fence_wrunlock();
}
