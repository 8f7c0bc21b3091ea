/* Reading and mapping an executable.  libelf parses; the checks here turn
 * every malformed input into one clear message instead of a crash. */
#define _GNU_SOURCE
#include "syscall-xlate/common/fence.h"
#include "loader/image.h"
#include "loader/brand.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define PAGE 4096UL
#define PDOWN(x) ((x) & ~(PAGE - 1))
#define PUP(x) (((x) + PAGE - 1) & ~(PAGE - 1))
#define DZ_USER_TOP (1ULL << 47)   /* x86-64 user space, 4-level paging */

static const char *machine_name(unsigned m)
{
    switch (m) {
    case EM_AARCH64: return "aarch64";
    case EM_386: return "i386";
    case EM_ARM: return "arm";
    case EM_RISCV: return "riscv";
    case EM_PPC64: return "powerpc64";
    case EM_MIPS: return "mips";
    default: return NULL;
    }
}

int dz_image_open(struct dz_image *img, const char *path, char *err, size_t errlen, int *status)
{
    memset(img, 0, sizeof *img);
    img->path = path;
    img->fd = -1;
    *status = 126;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            *status = 127;
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    img->fd = fd;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "%s: not a regular file", path);
        goto fail;
    }
    img->file_size = (uint64_t)st.st_size;
    unsigned char ident[EI_NIDENT];
    if (pread(fd, ident, sizeof ident, 0) != (ssize_t)sizeof ident || memcmp(ident, ELFMAG, SELFMAG) != 0) {
        snprintf(err, errlen, "%s: not an ELF executable%s", path, st.st_size == 0 ? " (empty file)" : "");
        goto fail;
    }
    if (elf_version(EV_CURRENT) == EV_NONE) {
        snprintf(err, errlen, "libelf is unusable: %s", elf_errmsg(-1));
        goto fail;
    }
    img->elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
    if (!img->elf || elf_kind(img->elf) != ELF_K_ELF || !gelf_getehdr(img->elf, &img->eh)) {
        snprintf(err, errlen, "%s: malformed ELF file: %s", path, elf_errmsg(-1));
        goto fail;
    }
    if (img->eh.e_ident[EI_CLASS] != ELFCLASS64 || img->eh.e_ident[EI_DATA] != ELFDATA2LSB) {
        snprintf(err, errlen, "%s: a 32-bit or big-endian ELF file: denizen runs x86-64 programs", path);
        goto fail;
    }
    if (img->eh.e_type != ET_EXEC && img->eh.e_type != ET_DYN) {
        snprintf(err, errlen, "%s: an ELF %s, not an executable", path,
                 img->eh.e_type == ET_REL ? "object file" : img->eh.e_type == ET_CORE ? "core dump" : "file");
        goto fail;
    }
    size_t phnum;
    if (elf_getphdrnum(img->elf, &phnum) != 0 || phnum == 0 || phnum > 64) {
        snprintf(err, errlen, "%s: malformed ELF file: bad program header table", path);
        goto fail;
    }
    img->phnum = phnum;
    for (size_t i = 0; i < phnum; i++) {
        GElf_Phdr *p = &img->ph[i];
        if (!gelf_getphdr(img->elf, (int)i, p)) {
            snprintf(err, errlen, "%s: truncated or malformed ELF file: %s", path, elf_errmsg(-1));
            goto fail;
        }
        if ((p->p_type == PT_LOAD || p->p_type == PT_INTERP || p->p_type == PT_NOTE) &&
            (p->p_offset > img->file_size || p->p_filesz > img->file_size - p->p_offset)) {
            snprintf(err, errlen, "%s: truncated ELF file (a segment lies past the end of the file)", path);
            goto fail;
        }
        /* A segment must fit below the top of user space: the mapping adds
         * p_vaddr + p_memsz, and a sum that wrapped put a segment of a PIE
         * outside its reservation, over denizen's own memory. */
        if (p->p_type == PT_LOAD && (p->p_vaddr >= DZ_USER_TOP || p->p_memsz > DZ_USER_TOP - p->p_vaddr)) {
            snprintf(err, errlen, "%s: malformed ELF file (a segment lies outside the address space)", path);
            goto fail;
        }
        if (p->p_type == PT_LOAD && p->p_memsz < p->p_filesz) {
            snprintf(err, errlen, "%s: malformed ELF file (segment smaller in memory than on disk)", path);
            goto fail;
        }
    }
    dz_brand_detect(img);
    if (img->eh.e_machine != EM_X86_64) {
        const char *m = machine_name(img->eh.e_machine);
        char mbuf[32];
        if (!m) {
            snprintf(mbuf, sizeof mbuf, "machine %u", img->eh.e_machine);
            m = mbuf;
        }
        snprintf(err, errlen, "%s: a %s %s program: denizen runs x86-64 programs only", path,
                 dz_os_name(img->os), m);
        goto fail;
    }
    return 0;
fail:
    dz_image_close(img);
    return -1;
}

void dz_image_close(struct dz_image *img)
{
    if (img->elf)
        elf_end(img->elf);
    img->elf = NULL;
    if (img->fd >= 0)
        close(img->fd);
    img->fd = -1;
}

/* Map one PT_LOAD segment at bias: file-backed pages (offset and address
 * agree modulo the page size in every binary we met), the tail of the last
 * file page zeroed, anonymous pages for the rest of the bss. */
static int map_segment(struct dz_image *img, const GElf_Phdr *p, int fixed_flag, char *err, size_t errlen)
{
    int prot = ((p->p_flags & PF_R) ? PROT_READ : 0) | ((p->p_flags & PF_W) ? PROT_WRITE : 0) |
               ((p->p_flags & PF_X) ? PROT_EXEC : 0);
    uint64_t va = p->p_vaddr + img->bias;
    uint64_t start = PDOWN(va), fend = va + p->p_filesz, mend = va + p->p_memsz;
    if (p->p_filesz) {
        void *m;
        if ((p->p_vaddr % PAGE) == (p->p_offset % PAGE)) {
            m = dz_guest_mmap((void *)start, fend - start, prot | PROT_WRITE, MAP_PRIVATE | fixed_flag, img->fd,
                     (off_t)PDOWN(p->p_offset));
        } else {
            /* Misaligned offset: copy instead of mapping. */
            m = dz_guest_mmap((void *)start, PUP(fend) - start, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | fixed_flag, -1, 0);
            if (m != MAP_FAILED &&
                pread(img->fd, (void *)va, p->p_filesz, (off_t)p->p_offset) != (ssize_t)p->p_filesz)
                m = MAP_FAILED;
        }
        if (m == MAP_FAILED || (uint64_t)m != start) {
            snprintf(err, errlen, "%s: cannot map segment at %#lx: %s", img->path, (unsigned long)start,
                     m == MAP_FAILED ? strerror(errno) : "address taken");
            return -1;
        }
        if (PUP(fend) > fend && mend > fend)
            memset((void *)fend, 0, PUP(fend) - fend);
    }
    uint64_t anon = p->p_filesz ? PUP(fend) : start;
    if (PUP(mend) > anon) {
        void *m = dz_guest_mmap((void *)anon, PUP(mend) - anon, prot, MAP_PRIVATE | MAP_ANONYMOUS | fixed_flag, -1, 0);
        if (m == MAP_FAILED || (uint64_t)m != anon) {
            snprintf(err, errlen, "%s: cannot map bss at %#lx: %s", img->path, (unsigned long)anon,
                     m == MAP_FAILED ? strerror(errno) : "address taken");
            return -1;
        }
    }
    if (p->p_filesz)
        mprotect((void *)start, PUP(fend) - start, prot);
    if ((p->p_flags & PF_X) && p->p_filesz && img->ntext < DZ_MAX_TEXT)
        img->text[img->ntext++] = (struct dz_text_region){ start, PUP(fend), PDOWN(p->p_offset) };
    if (PUP(mend) > img->brk)
        img->brk = PUP(mend);
    return 0;
}

int dz_image_map(struct dz_image *img, char *err, size_t errlen)
{
    uint64_t lo = UINT64_MAX, hi = 0;
    for (size_t i = 0; i < img->phnum; i++) {
        const GElf_Phdr *p = &img->ph[i];
        if (p->p_type != PT_LOAD)
            continue;
        if (PDOWN(p->p_vaddr) < lo)
            lo = PDOWN(p->p_vaddr);
        if (PUP(p->p_vaddr + p->p_memsz) > hi)
            hi = PUP(p->p_vaddr + p->p_memsz);
    }
    if (hi <= lo) {
        snprintf(err, errlen, "%s: no loadable segment", img->path);
        return -1;
    }
    int fixed = MAP_FIXED_NOREPLACE;
    img->bias = 0;
    if (img->eh.e_type == ET_DYN) {
        /* A static PIE: reserve the whole span where the kernel likes, then
         * place the segments inside the reservation. */
        void *r = dz_guest_mmap(NULL, hi - lo, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (r == MAP_FAILED) {
            snprintf(err, errlen, "%s: cannot reserve %lu bytes: %s", img->path, (unsigned long)(hi - lo),
                     strerror(errno));
            return -1;
        }
        img->bias = (uint64_t)r - lo;
        fixed = MAP_FIXED;
    }
    for (size_t i = 0; i < img->phnum; i++)
        if (img->ph[i].p_type == PT_LOAD && map_segment(img, &img->ph[i], fixed, err, errlen) != 0)
            return -1;
    img->entry = img->eh.e_entry + img->bias;
    img->phdr = 0;
    for (size_t i = 0; i < img->phnum; i++) {
        const GElf_Phdr *p = &img->ph[i];
        if (p->p_type == PT_PHDR)
            img->phdr = p->p_vaddr + img->bias;
    }
    if (!img->phdr)   /* no PT_PHDR: the headers are in the first segment at e_phoff */
        for (size_t i = 0; i < img->phnum; i++) {
            const GElf_Phdr *p = &img->ph[i];
            if (p->p_type == PT_LOAD && p->p_offset <= img->eh.e_phoff &&
                img->eh.e_phoff < p->p_offset + p->p_filesz) {
                img->phdr = p->p_vaddr + (img->eh.e_phoff - p->p_offset) + img->bias;
                break;
            }
        }
    return 0;
}
