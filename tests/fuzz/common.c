/* Helpers shared by the harnesses (fuzz.h). */
#define _GNU_SOURCE
#include "tests/fuzz/fuzz.h"
#include "loader/image.h"
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

void fz_fail(const char *what, const char *file, int line)
{
    fprintf(stderr, "fuzz: %s:%d: invariant broken: %s\n", file, line, what);
    abort();
}

void fz_check_err(const char *err)
{
    FZ_CHECK(err[0] != 0);
    FZ_CHECK(strchr(err, '\n') == NULL);
}

const char *fz_file(const uint8_t *data, size_t n)
{
    static int fd = -1;
    static char path[64];
    if (fd < 0) {
        fd = memfd_create("fuzz-input", MFD_CLOEXEC);
        FZ_CHECK(fd >= 0);
        snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    }
    FZ_CHECK(ftruncate(fd, 0) == 0);
    FZ_CHECK(pwrite(fd, data, n, 0) == (ssize_t)n);
    return path;
}

#define PAGE 4096UL
static uint64_t span_lo, span_len;
static void *guard[2];

int fz_map(struct dz_image *img)
{
    uint64_t lo = UINT64_MAX, hi = 0;
    for (size_t i = 0; i < img->phnum; i++) {
        const GElf_Phdr *p = &img->ph[i];
        if (p->p_type != PT_LOAD)
            continue;
        if ((p->p_vaddr & ~(PAGE - 1)) < lo)
            lo = p->p_vaddr & ~(PAGE - 1);
        uint64_t e = (p->p_vaddr + p->p_memsz + PAGE - 1) & ~(PAGE - 1);
        if (e > hi)
            hi = e;
    }
    if (hi <= lo || hi - lo > (1UL << 30))
        return -1;
    GElf_Half type = img->eh.e_type;
    img->eh.e_type = ET_DYN;
    char err[512];
    int r = dz_image_map(img, err, sizeof err);
    img->eh.e_type = type;
    span_lo = lo + img->bias;
    span_len = hi - lo;
    /* What dz_image_open promises: every segment inside the span, so
     * inside the reservation (a sum that wrapped put one outside). */
    for (size_t i = 0; r == 0 && i < img->phnum; i++) {
        const GElf_Phdr *p = &img->ph[i];
        if (p->p_type == PT_LOAD)
            FZ_CHECK(p->p_vaddr >= lo && p->p_vaddr <= hi && p->p_memsz <= hi - p->p_vaddr);
    }
    /* Inaccessible pages on both sides, where free: a write just outside
     * the image (a relocation) faults instead of landing unseen. */
    guard[0] = guard[1] = MAP_FAILED;
    if (r == 0) {
        guard[0] = mmap((void *)(span_lo - PAGE), PAGE, PROT_NONE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        guard[1] = mmap((void *)(span_lo + span_len), PAGE, PROT_NONE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    }
    if (r != 0) {
        fz_check_err(err);
        if (img->bias)
            munmap((void *)span_lo, span_len);
        img->bias = 0;
        return -1;
    }
    return 0;
}

void fz_unmap(struct dz_image *img)
{
    munmap((void *)span_lo, span_len);
    for (int i = 0; i < 2; i++)
        if (guard[i] != MAP_FAILED)
            munmap(guard[i], PAGE);
}
