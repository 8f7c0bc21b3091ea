/* The rewrite cache: the sites rewritten in earlier runs of the same
 * executable, so that the next run patches them before the guest starts --
 * no trap, no Capstone (whose start alone costs more than a short
 * program's traps).  A JIT's code cache, in the spirit of Rosetta's.
 *
 * One file per executable, named by a hash of its path, device, inode, size
 * and modification time: ${XDG_CACHE_HOME:-~/.cache}/denizen/sites-1/<hash>.
 * It holds fixed-size records of what rewrite_site.c decided (the displaced
 * instruction, its bytes and the syscall after it), appended with O_APPEND
 * as sites are rewritten.  Nothing in it is trusted blindly: a record is
 * used only if the bytes in memory are exactly the recorded instruction
 * followed by `syscall`, inside a known function of the executable.
 * DENIZEN_REWRITE_CACHE=0 turns it off. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/rewrite.h"
#include "syscall-xlate/engine/engine.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct rec {
    uint64_t magic;
    uint64_t site, insn;
    int64_t nr;
    uint8_t len, nr_known, pad[6];
    uint8_t bytes[16];
};
_Static_assert(sizeof(struct rec) == 56, "cache record");
#define REC_MAGIC 0x3174697365447a64ULL   /* "dzDesit1" */
#define MAX_RECS 65536

static char path[4096];
static int state;   /* 0 unknown, 1 usable, -1 off */

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const uint8_t *b = p;
    for (size_t i = 0; i < n; i++) {
        h ^= b[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

int dz_rcache_dir(char *buf, size_t len)
{
    const char *off = getenv("DENIZEN_REWRITE_CACHE");
    if (off && strcmp(off, "0") == 0)
        return -2;
    const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
    int n;
    if (xdg && xdg[0] == '/')
        n = snprintf(buf, len, "%s/denizen/sites-1", xdg);
    else if (home && home[0] == '/')
        n = snprintf(buf, len, "%s/.cache/denizen/sites-1", home);
    else
        return -1;
    return n > 0 && (size_t)n < len ? 0 : -1;
}

static int init(void)
{
    if (state)
        return state > 0 ? 0 : -1;
    state = -1;
    char dir[sizeof path - 32];
    if (dz_rcache_dir(dir, sizeof dir) != 0 || !dz_opts.exe_path)
        return -1;
    struct stat st;
    if (stat(dz_opts.exe_path, &st) != 0)
        return -1;
    uint64_t h = 0xcbf29ce484222325ULL;
    h = fnv(h, dz_opts.exe_path, strlen(dz_opts.exe_path));
    uint64_t id[5] = { st.st_dev, st.st_ino, (uint64_t)st.st_size, (uint64_t)st.st_mtim.tv_sec,
                       (uint64_t)st.st_mtim.tv_nsec };
    h = fnv(h, id, sizeof id);
    int n = snprintf(path, sizeof path, "%s/%016llx", dir, (unsigned long long)h);
    if (n <= 0 || (size_t)n >= sizeof path)
        return -1;
    state = 1;
    return 0;
}

int dz_rcache_load(void (*fn)(const struct dz_site_plan *plan, uint64_t site, void *arg), void *arg)
{
    if (init() != 0)
        return 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size <= 0 || st.st_size > (off_t)(MAX_RECS * sizeof(struct rec))) {
        close(fd);
        return 0;
    }
    size_t n = (size_t)st.st_size / sizeof(struct rec);
    struct rec *r = malloc(n * sizeof *r);
    if (!r || pread(fd, r, n * sizeof *r, 0) != (ssize_t)(n * sizeof *r)) {
        free(r);
        close(fd);
        return 0;
    }
    close(fd);
    int used = 0;
    for (size_t i = 0; i < n; i++) {
        const struct rec *x = &r[i];
        if (x->magic != REC_MAGIC || x->len < 5 || x->len > 15 || x->insn + x->len != x->site)
            continue;
        /* The file is the one the records were decided for (its identity
         * names the cache); the bytes are checked again, and nothing
         * outside the guest's code is ever patched.  No function bounds:
         * finding them reads the executable, a cost this path avoids. */
        if (!dz_guest_code_has(x->insn, (uint64_t)x->len + 2))
            continue;
        const uint8_t *code = (const uint8_t *)x->insn;
        if (memcmp(code, x->bytes, x->len) != 0 || code[x->len] != 0x0f || code[x->len + 1] != 0x05)
            continue;
        struct dz_site_plan p = { .insn = x->insn, .len = x->len, .nr_known = x->nr_known, .nr = x->nr };
        memcpy(p.bytes, x->bytes, x->len);
        fn(&p, x->site, arg);
        used++;
    }
    free(r);
    return used;
}

static void mkdirs(char *p)
{
    for (char *s = strchr(p + 1, '/'); s; s = strchr(s + 1, '/')) {
        *s = 0;
        mkdir(p, 0700);
        *s = '/';
    }
}

void dz_rcache_add(const struct dz_site_plan *plan, uint64_t site)
{
    if (init() != 0)
        return;
    struct rec x = { .magic = REC_MAGIC, .site = site, .insn = plan->insn, .nr = plan->nr,
                     .len = plan->len, .nr_known = plan->nr_known };
    memcpy(x.bytes, plan->bytes, plan->len);
    /* Opened for each record: a descriptor kept open could be closed or
     * replaced by the guest (closefrom, dup2) under our feet. */
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 && errno == ENOENT) {
        char dir[sizeof path];
        memcpy(dir, path, sizeof path);
        mkdirs(dir);
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    }
    if (fd < 0) {
        state = -1;
        return;
    }
    if (write(fd, &x, sizeof x) != (ssize_t)sizeof x)
        state = -1;
    close(fd);
}
