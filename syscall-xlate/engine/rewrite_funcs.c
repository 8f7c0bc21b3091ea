/* Function bounds in the guest executable, for the site analysis.
 *
 * The guest's code regions are the executable segments the loader mapped
 * from the guest file (dz_opts.text): only they are ever patched, never
 * denizen's own code or memory the guest generates.  The
 * bounds come from the Go pclntab (every Go and assembler function has an
 * entry; mapped read-only from the file, see load) or, for other programs,
 * from the ELF symbol table (STT_FUNC with a size).  Read once, lazily. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/rewrite.h"
#include "syscall-xlate/engine/engine.h"
#include <elf.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_REGIONS 16

static struct region {
    uint64_t start, end, off;
} regions[MAX_REGIONS];
static int nregions;
static int64_t bias;

/* Go pclntab, in a read-only mapping of the file's section. */
static const uint8_t *functab;     /* nfunc+1 entries */
static void *pcl_map;
static size_t pcl_map_len;
static uint64_t nfunc, text_start;
static int ftab_wide;              /* entries are (uintptr, uintptr) (Go <= 1.17) */

/* ELF symbols, sorted by address. */
static struct sym {
    uint64_t start, end;
} *syms;
static size_t nsyms;

static int loaded, have_regions;

/* The guest's code segments, as the loader mapped them. */
static int text_regions(void)
{
    if (!have_regions) {
        have_regions = 1;
        for (int i = 0; i < dz_opts.ntext && nregions < MAX_REGIONS; i++)
            regions[nregions++] = (struct region){ dz_opts.text[i].start, dz_opts.text[i].end,
                                                   dz_opts.text[i].off };
    }
    return nregions ? 0 : -1;
}

static int pread_all(int fd, void *buf, size_t n, uint64_t off)
{
    return pread(fd, buf, n, (off_t)off) == (ssize_t)n ? 0 : -1;
}

static int sym_cmp(const void *a, const void *b)
{
    const struct sym *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

static void load_symtab(int fd, const Elf64_Shdr *sh, int shnum)
{
    for (int i = 0; i < shnum; i++) {
        if (sh[i].sh_type != SHT_SYMTAB || sh[i].sh_entsize != sizeof(Elf64_Sym))
            continue;
        size_t n = sh[i].sh_size / sizeof(Elf64_Sym);
        if (n == 0 || n > (1u << 22))
            return;
        Elf64_Sym *st = malloc(n * sizeof *st);
        syms = malloc(n * sizeof *syms);
        if (!st || !syms || pread_all(fd, st, n * sizeof *st, sh[i].sh_offset) != 0) {
            free(st);
            free(syms);
            syms = NULL;
            return;
        }
        for (size_t k = 0; k < n; k++)
            if (ELF64_ST_TYPE(st[k].st_info) == STT_FUNC && st[k].st_size && st[k].st_shndx != SHN_UNDEF)
                syms[nsyms++] = (struct sym){ st[k].st_value + (uint64_t)bias,
                                              st[k].st_value + st[k].st_size + (uint64_t)bias };
        free(st);
        qsort(syms, nsyms, sizeof *syms, sym_cmp);
        return;
    }
}

static uint64_t rd(const uint8_t *p, int size)
{
    uint64_t v = 0;
    memcpy(&v, p, (size_t)size);
    return v;
}

/* [a, a + n) inside one region; a + n is never formed (it can wrap: a
 * cache record or a symbol may hold any address). */
static int in_regions(uint64_t a, uint64_t n)
{
    for (int i = 0; i < nregions; i++)
        if (a >= regions[i].start && a <= regions[i].end && n <= regions[i].end - a)
            return 1;
    return 0;
}

/* The pclntab header (runtime/symtab.go, "pcHeader"), Go 1.2 to 1.26. */
static void load_pclntab(const uint8_t *p, uint64_t size, uint64_t text_sec)
{
    if (size < 72)
        return;
    uint32_t magic = (uint32_t)rd(p, 4);
    int ps = p[7];
    if (p[4] || p[5] || ps != 8)
        return;
    uint64_t n = rd(p + 8, 8);
    const uint8_t *ft;
    if (n >= size / 8)     /* so that the (n + 1) * width below cannot wrap */
        return;
    if (magic == 0xfffffff0 || magic == 0xfffffff1) {          /* Go 1.18+ */
        uint64_t ts = rd(p + 24, 8), pcln = rd(p + 64, 8);
        text_start = ts ? ts + (uint64_t)bias : text_sec;
        ftab_wide = 0;
        /* Checked before p + pcln is formed: a pointer past the table is
         * undefined even unread (fuzz_funcs, UBSan). */
        if (pcln > size || (n + 1) * 8 > size - pcln)
            return;
        ft = p + pcln;
    } else if (magic == 0xfffffffa) {                          /* Go 1.16, 1.17 */
        uint64_t pcln = rd(p + 56, 8);
        ftab_wide = 1;
        if (pcln > size || (n + 1) * 16 > size - pcln)
            return;
        ft = p + pcln;
    } else if (magic == 0xfffffffb) {                          /* Go 1.2 to 1.15 */
        ft = p + 16;
        ftab_wide = 1;
        if ((n + 1) * 16 > size - 16)
            return;
    } else {
        return;
    }
    functab = ft;
    nfunc = n;
}

static uint64_t ft_entry(uint64_t i)
{
    if (ftab_wide)
        return rd(functab + i * 16, 8) + (uint64_t)bias;
    return text_start + (uint32_t)rd(functab + i * 8, 4);
}

static void load(void)
{
    loaded = 1;
    if (text_regions() != 0)
        return;
    int fd = open(dz_opts.exe_path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    Elf64_Ehdr eh;
    Elf64_Phdr ph[64];
    Elf64_Shdr *sh = NULL;
    if (pread_all(fd, &eh, sizeof eh, 0) != 0 || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
        eh.e_phentsize != sizeof(Elf64_Phdr) || eh.e_phnum > 64 ||
        pread_all(fd, ph, eh.e_phnum * sizeof(Elf64_Phdr), eh.e_phoff) != 0)
        goto done;
    /* The load bias: a mapped region and the segment at its file offset. */
    int have_bias = 0;
    for (int i = 0; i < eh.e_phnum && !have_bias; i++)
        for (int r = 0; r < nregions && !have_bias; r++)
            if (ph[i].p_type == PT_LOAD && (ph[i].p_offset & ~0xfffUL) == regions[r].off) {
                bias = (int64_t)(regions[r].start - (ph[i].p_vaddr & ~0xfffUL));
                have_bias = 1;
            }
    if (!have_bias || eh.e_shentsize != sizeof(Elf64_Shdr) || eh.e_shnum == 0 || eh.e_shnum > 4096 ||
        eh.e_shstrndx >= eh.e_shnum)
        goto done;
    sh = malloc(eh.e_shnum * sizeof *sh);
    if (!sh || pread_all(fd, sh, eh.e_shnum * sizeof *sh, eh.e_shoff) != 0)
        goto done;
    const Elf64_Shdr *strs = &sh[eh.e_shstrndx];
    char names[8192];
    size_t nlen = strs->sh_size < sizeof names - 1 ? strs->sh_size : sizeof names - 1;
    if (pread_all(fd, names, nlen, strs->sh_offset) != 0)
        goto done;
    names[nlen] = 0;
    uint64_t text_sec = 0;
    for (int i = 0; i < eh.e_shnum; i++)
        if (sh[i].sh_name < nlen && strcmp(names + sh[i].sh_name, ".text") == 0)
            text_sec = sh[i].sh_addr + (uint64_t)bias;
    for (int i = 0; i < eh.e_shnum; i++) {
        if (sh[i].sh_name >= nlen || strcmp(names + sh[i].sh_name, ".gopclntab") != 0)
            continue;
        /* Mapped from the file, not read where the headers say the guest's
         * copy is: the headers are the guest's, and a crafted file (two
         * PT_LOADs at one file offset, so the bias above is another
         * segment's) pointed that read at memory nobody mapped (fuzz_funcs).
         * A private read-only mapping shares the page cache: no copy. */
        struct stat st;
        uint64_t off = sh[i].sh_offset, len = sh[i].sh_size, pg = off & ~0xfffUL;
        if (pcl_map || fstat(fd, &st) != 0 || off > (uint64_t)st.st_size ||
            len > (uint64_t)st.st_size - off || len == 0)
            continue;
        void *m = mmap(NULL, (size_t)(off - pg + len), PROT_READ, MAP_PRIVATE, fd, (off_t)pg);
        if (m == MAP_FAILED)
            continue;
        pcl_map = m;
        pcl_map_len = (size_t)(off - pg + len);
        load_pclntab((const uint8_t *)m + (off - pg), len, text_sec);
        if (!functab) {
            munmap(m, pcl_map_len);
            pcl_map = NULL;
        }
    }
    if (!functab)
        load_symtab(fd, sh, eh.e_shnum);
done:
    free(sh);
    close(fd);
}

int dz_func_bounds(uint64_t addr, uint64_t *start, uint64_t *end)
{
    if (!loaded)
        load();
    if (!in_regions(addr, 2))
        return -1;
    if (functab && nfunc > 0) {
        if (addr < ft_entry(0) || addr >= ft_entry(nfunc))
            return -1;
        uint64_t lo = 0, hi = nfunc;     /* entry(lo) <= addr < entry(hi) */
        while (hi - lo > 1) {
            uint64_t mid = lo + (hi - lo) / 2;
            if (ft_entry(mid) <= addr)
                lo = mid;
            else
                hi = mid;
        }
        *start = ft_entry(lo);
        *end = ft_entry(lo + 1);
    } else if (syms) {
        size_t lo = 0, hi = nsyms;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (syms[mid].start <= addr)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == 0 || addr >= syms[lo - 1].end)
            return -1;
        *start = syms[lo - 1].start;
        *end = syms[lo - 1].end;
    } else {
        return -1;
    }
    return *end > *start && in_regions(*start, *end - *start) ? 0 : -1;
}

void dz_func_bounds_reset(void)
{
    free(syms);
    syms = NULL;
    nsyms = 0;
    if (pcl_map)
        munmap(pcl_map, pcl_map_len);
    pcl_map = NULL;
    functab = NULL;
    nfunc = text_start = 0;
    ftab_wide = 0;
    nregions = 0;
    bias = 0;
    loaded = have_regions = 0;
}

int dz_guest_code_has(uint64_t addr, uint64_t n)
{
    return text_regions() == 0 && in_regions(addr, n);
}

int dz_guest_code_writable(int on)
{
    text_regions();
    int r = 0;
    for (int i = 0; i < nregions; i++)
        if (mprotect((void *)regions[i].start, regions[i].end - regions[i].start,
                     PROT_READ | PROT_EXEC | (on ? PROT_WRITE : 0)) != 0)
            r = -1;
    return nregions ? r : -1;
}
