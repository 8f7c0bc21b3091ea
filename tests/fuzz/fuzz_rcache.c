/* The site-cache reader (syscall-xlate/engine/rewrite_cache.c): a cache
 * file under $XDG_CACHE_HOME/denizen is hostile input.  Every record it
 * hands on must describe an instruction of the guest's code followed by
 * `syscall`, as the bytes in memory are; anything else is ignored.
 * Input: 2 bytes (little-endian) of code length, the code (placed at the
 * start of a 64 KiB guest text region at a fixed address), the cache file. */
#define _GNU_SOURCE
#include "tests/fuzz/fuzz.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/rewrite.h"
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define TEXT_AT 0x5a0000000000UL   /* application memory under ASan too */
#define TEXT_LEN 0x10000UL

static char cache_file[4096];
static uint8_t *text;
static char dir[] = "/dev/shm/dz-fuzz-rcache-XXXXXX";

/* The cache directory goes when the fuzzer exits. */
static void cleanup(void)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "fuzz: %s not removed\n", dir);
}

static void init(void)
{
    static char exe[4200];
    FZ_CHECK(mkdtemp(dir) != NULL);
    atexit(cleanup);
    setenv("XDG_CACHE_HOME", dir, 1);
    unsetenv("DENIZEN_REWRITE_CACHE");
    snprintf(exe, sizeof exe, "%s/exe", dir);
    int fd = open(exe, O_WRONLY | O_CREAT, 0600);
    FZ_CHECK(fd >= 0);
    close(fd);
    dz_opts.exe_path = exe;
    text = mmap((void *)TEXT_AT, TEXT_LEN, PROT_READ | PROT_WRITE | PROT_EXEC,
                MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    FZ_CHECK(text == (uint8_t *)TEXT_AT);
    dz_opts.text[0] = (struct dz_text_region){ TEXT_AT, TEXT_AT + TEXT_LEN, 0 };
    dz_opts.ntext = 1;
    /* One record written through the cache itself names its file. */
    struct dz_site_plan p = { .insn = TEXT_AT, .len = 5, .bytes = { 0xb8, 1, 0, 0, 0 } };
    dz_rcache_add(&p, TEXT_AT + 5);
    char sub[4200];
    snprintf(sub, sizeof sub, "%s/denizen/sites-1", dir);
    DIR *d = opendir(sub);
    FZ_CHECK(d != NULL);
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.')
            snprintf(cache_file, sizeof cache_file, "%s/%s", sub, e->d_name);
    closedir(d);
    FZ_CHECK(cache_file[0] != 0);
}

static int used;

static void take(const struct dz_site_plan *p, uint64_t site, void *arg)
{
    FZ_CHECK(p->len >= 5 && p->len <= 15);
    FZ_CHECK(p->insn + p->len == site);
    FZ_CHECK(p->insn >= TEXT_AT && site + 2 <= TEXT_AT + TEXT_LEN);
    FZ_CHECK(memcmp((const void *)p->insn, p->bytes, p->len) == 0);
    FZ_CHECK(((const uint8_t *)site)[0] == 0x0f && ((const uint8_t *)site)[1] == 0x05);
    used++;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    if (!text)
        init();
    if (n < 2)
        return 0;
    size_t code = (size_t)(data[0] | data[1] << 8);
    if (code > n - 2)
        code = n - 2;
    memset(text, 0xcc, TEXT_LEN);
    memcpy(text, data + 2, code);
    int fd = open(cache_file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    FZ_CHECK(fd >= 0);
    size_t rest = n - 2 - code;
    FZ_CHECK(write(fd, data + 2 + code, rest) == (ssize_t)rest);
    close(fd);
    used = 0;
    int r = dz_rcache_load(take, NULL);
    FZ_CHECK(r == used);
    FZ_CHECK(r <= (int)(rest / 56));
    return 0;
}
