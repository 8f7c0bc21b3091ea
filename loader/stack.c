/* The guest's initial stack (the layout all our guest kernels share):
 *   argc | argv[] NULL | envp[] NULL | auxv pairs AT_NULL | ... strings
 * with argc 16-aligned. */
#define _GNU_SOURCE
#include "syscall-xlate/common/fence.h"
#include "loader/stack.h"
#include "loader/brand.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>

#define STACK_DEFAULT (8UL << 20)
#define STACK_MAX (64UL << 20)

static uint64_t push(uint64_t *sp, const void *data, size_t n)
{
    *sp -= n;
    memcpy((void *)*sp, data, n);
    return *sp;
}

uint64_t dz_stack_build(const struct dz_image *img, const struct dz_brand *b, int argc,
                        char *const *argv, char *const *envp, struct dz_stackinfo *si,
                        char *err, size_t errlen)
{
    struct rlimit rl;
    size_t size = STACK_DEFAULT;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > size)
        size = rl.rlim_cur > STACK_MAX ? STACK_MAX : rl.rlim_cur;
    void *base = dz_guest_mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (base == MAP_FAILED) {
        snprintf(err, errlen, "cannot map the guest stack: %s", strerror(errno));
        return 0;
    }
    memset(si, 0, sizeof *si);
    si->stack_top = (uint64_t)base + size;
    si->stack_size = size;
    uint64_t sp = si->stack_top;
    int envc = 0;
    while (envp[envc])
        envc++;

    si->execpath = push(&sp, img->path, strlen(img->path) + 1);
    uint64_t av_str[argc + 1], ev_str[envc + 1];
    for (int i = argc - 1; i >= 0; i--)
        av_str[i] = push(&sp, argv[i], strlen(argv[i]) + 1);
    for (int i = envc - 1; i >= 0; i--)
        ev_str[i] = push(&sp, envp[i], strlen(envp[i]) + 1);
    sp &= ~15UL;
    unsigned char rnd[64];
    if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
        memset(rnd, 0x5a, sizeof rnd);
    si->random = push(&sp, rnd, sizeof rnd);
    static const uint64_t pagesizes[3] = { 4096, 2UL << 20, 1UL << 30 };
    si->pagesizes = push(&sp, pagesizes, sizeof pagesizes);
    si->npagesizes = 3;

    size_t words = 1 + (size_t)argc + 1 + (size_t)envc + 1 + 2 * DZ_MAX_AUXV;
    sp = (sp - words * 8) & ~15UL;
    uint64_t *w = (uint64_t *)sp;
    size_t k = 0;
    w[k++] = (uint64_t)argc;
    si->argc = argc;
    si->argv = sp + k * 8;
    for (int i = 0; i < argc; i++)
        w[k++] = av_str[i];
    w[k++] = 0;
    si->envc = envc;
    si->envv = sp + k * 8;
    for (int i = 0; i < envc; i++)
        w[k++] = ev_str[i];
    w[k++] = 0;
    uint64_t *av = &w[k];
    memset(av, 0, 2 * DZ_MAX_AUXV * 8);
    if (b->auxv)
        b->auxv(img, si, av, DZ_MAX_AUXV);
    return sp;
}
