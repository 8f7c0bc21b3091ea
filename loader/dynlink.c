/* Reading the dynamic section with libelf and applying the executable's
 * relocations against a library personality's exports (see dynlink.h).
 * x86-64 only: RELA relocations, 24-byte entries. */
#define _GNU_SOURCE
#include "loader/dynlink.h"
#include "libshim/common/libpers.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PAGE 4096UL

/* The file offset of the n bytes at vaddr, from the PT_LOAD segments. */
static int vaddr_to_off(const struct dz_image *img, uint64_t vaddr, uint64_t n, uint64_t *off)
{
    for (size_t i = 0; i < img->phnum; i++) {
        const GElf_Phdr *p = &img->ph[i];
        if (p->p_type == PT_LOAD && vaddr >= p->p_vaddr && vaddr - p->p_vaddr <= p->p_filesz &&
            n <= p->p_filesz - (vaddr - p->p_vaddr)) {
            *off = p->p_offset + (vaddr - p->p_vaddr);
            return 0;
        }
    }
    return -1;
}

static Elf_Data *chunk(struct dz_image *img, uint64_t vaddr, uint64_t n, Elf_Type type)
{
    uint64_t off;
    if (n == 0 || vaddr_to_off(img, vaddr, n, &off) != 0)
        return NULL;
    return elf_getdata_rawchunk(img->elf, (int64_t)off, n, type);
}

/* n bytes at vaddr, read from the file. */
static int read_at(const struct dz_image *img, uint64_t vaddr, void *buf, size_t n)
{
    uint64_t off;
    if (vaddr_to_off(img, vaddr, n, &off) != 0)
        return -1;
    return pread(img->fd, buf, n, (off_t)off) == (ssize_t)n ? 0 : -1;
}

/* DT_SYMTAB has no count: DT_HASH's nchain is one, DT_GNU_HASH gives it
 * as one past the last symbol of the longest-reaching chain. */
static size_t hash_nsyms(const struct dz_image *img, uint64_t hash, uint64_t gnu_hash)
{
    uint32_t h[4];
    if (hash && read_at(img, hash, h, 8) == 0)
        return h[1];
    if (!gnu_hash || read_at(img, gnu_hash, h, 16) != 0 || h[0] > (1u << 20) || h[2] > (1u << 20))
        return 0;
    uint32_t nbuckets = h[0], symoffset = h[1], maxsym = 0;
    uint64_t buckets = gnu_hash + 16 + (uint64_t)h[2] * 8;
    for (uint32_t b = 0; b < nbuckets; b++) {
        uint32_t v;
        if (read_at(img, buckets + 4 * (uint64_t)b, &v, 4) != 0)
            return 0;
        if (v > maxsym)
            maxsym = v;
    }
    if (maxsym < symoffset)
        return symoffset;
    uint64_t chain = buckets + 4 * (uint64_t)nbuckets;
    for (uint32_t i = maxsym;; i++) {
        uint32_t v;
        if (read_at(img, chain + 4 * (uint64_t)(i - symoffset), &v, 4) != 0)
            return 0;
        if (v & 1)
            return (size_t)i + 1;
    }
}

/* Give each symbol of d its needed version (DT_VERSYM indexes the
 * Vernaux entries of DT_VERNEED by vna_other) and its lookup key. */
static int read_versions(const struct dz_image *img, struct dz_dynamic *d, uint64_t versym, uint64_t verneed,
                         uint64_t verneednum)
{
    const char *byidx[256] = { 0 }, *libidx[256] = { 0 };
    uint64_t at = verneed;
    for (uint64_t k = 0; verneed && k < verneednum; k++) {
        Elf64_Verneed vn;
        if (read_at(img, at, &vn, sizeof vn) != 0)
            return -1;
        uint64_t aux = at + vn.vn_aux;
        for (unsigned j = 0; j < vn.vn_cnt; j++) {
            Elf64_Vernaux va;
            if (read_at(img, aux, &va, sizeof va) != 0 || va.vna_name >= d->strsz)
                return -1;
            if (va.vna_other < 256) {
                byidx[va.vna_other] = d->strtab + va.vna_name;
                libidx[va.vna_other] = vn.vn_file < d->strsz ? d->strtab + vn.vn_file : NULL;
            }
            if (va.vna_next == 0)
                break;
            aux += va.vna_next;
        }
        /* vn_next 0 ends the list (a count of 2^64 entries must not be
         * walked over one entry forever). */
        if (vn.vn_next == 0)
            break;
        at += vn.vn_next;
    }
    size_t room = 0;
    uint16_t *vs = calloc(d->nsym ? d->nsym : 1, sizeof *vs);
    if (!vs || (versym && read_at(img, versym, vs, d->nsym * sizeof *vs) != 0)) {
        free(vs);
        return -1;
    }
    for (size_t i = 0; i < d->nsym; i++) {
        uint16_t v = vs[i] & 0x7fff;
        if (v >= 2 && d->sym[i].shndx == SHN_UNDEF && v < 256 && byidx[v]) {
            d->sym[i].version = byidx[v];
            d->sym[i].lib = libidx[v];
        }
        room += strlen(d->sym[i].name) + (d->sym[i].version ? strlen(d->sym[i].version) + 1 : 0) + 1;
    }
    free(vs);
    char *p = d->keys = malloc(room ? room : 1);
    if (!p)
        return -1;
    for (size_t i = 0; i < d->nsym; i++) {
        struct dz_dynsym *s = &d->sym[i];
        s->key = p;
        p += s->version ? sprintf(p, "%s@%s", s->name, s->version) + 1 : sprintf(p, "%s", s->name) + 1;
    }
    return 0;
}

static int read_rela(struct dz_image *img, uint64_t at, uint64_t size, struct dz_dynamic *d)
{
    if (!at || !size)
        return 0;
    Elf_Data *data = chunk(img, at, size, ELF_T_RELA);
    if (!data)
        return -1;
    size_t n = size / sizeof(Elf64_Rela);
    struct dz_reloc *nr = realloc(d->rel, (d->nrel + n) * sizeof *nr);
    if (!nr)
        return -1;
    d->rel = nr;
    for (size_t i = 0; i < n; i++) {
        GElf_Rela r;
        if (!gelf_getrela(data, (int)i, &r))
            return -1;
        d->rel[d->nrel++] = (struct dz_reloc){
            .type = (uint32_t)GELF_R_TYPE(r.r_info),
            .sym = (uint32_t)GELF_R_SYM(r.r_info),
            .offset = r.r_offset,
            .addend = r.r_addend,
        };
    }
    return 0;
}

int dz_dyn_read(struct dz_image *img, struct dz_dynamic *d, char *err, size_t errlen)
{
    memset(d, 0, sizeof *d);
    const GElf_Phdr *dyn = NULL;
    for (size_t i = 0; i < img->phnum; i++)
        if (img->ph[i].p_type == PT_DYNAMIC)
            dyn = &img->ph[i];
    if (!dyn)
        return 0;
    Elf_Data *dd = elf_getdata_rawchunk(img->elf, (int64_t)dyn->p_offset, dyn->p_filesz, ELF_T_DYN);
    if (!dd)
        goto bad;
    uint64_t strtab = 0, strsz = 0, symtab = 0, syment = sizeof(Elf64_Sym);
    uint64_t rela = 0, relasz = 0, jmprel = 0, pltrelsz = 0, pltrel = DT_RELA;
    uint64_t hash = 0, gnu_hash = 0, versym = 0, verneed = 0, verneednum = 0;
    uint64_t preinitsz = 0, initsz = 0, finisz = 0;
    uint64_t needed[32];
    int nneeded = 0;
    size_t nd = dyn->p_filesz / sizeof(Elf64_Dyn);
    for (size_t i = 0; i < nd; i++) {
        GElf_Dyn e;
        if (!gelf_getdyn(dd, (int)i, &e))
            goto bad;
        if (e.d_tag == DT_NULL)
            break;
        switch (e.d_tag) {
        case DT_NEEDED: if (nneeded < 32) needed[nneeded++] = e.d_un.d_val; break;
        case DT_STRTAB: strtab = e.d_un.d_ptr; break;
        case DT_STRSZ: strsz = e.d_un.d_val; break;
        case DT_SYMTAB: symtab = e.d_un.d_ptr; break;
        case DT_SYMENT: syment = e.d_un.d_val; break;
        case DT_RELA: rela = e.d_un.d_ptr; break;
        case DT_RELASZ: relasz = e.d_un.d_val; break;
        case DT_JMPREL: jmprel = e.d_un.d_ptr; break;
        case DT_PLTRELSZ: pltrelsz = e.d_un.d_val; break;
        case DT_PLTREL: pltrel = e.d_un.d_val; break;
        case DT_HASH: hash = e.d_un.d_ptr; break;
        case DT_GNU_HASH: gnu_hash = e.d_un.d_ptr; break;
        case DT_VERSYM: versym = e.d_un.d_ptr; break;
        case DT_VERNEED: verneed = e.d_un.d_ptr; break;
        case DT_VERNEEDNUM: verneednum = e.d_un.d_val; break;
        case DT_INIT: d->init = e.d_un.d_ptr; break;
        case DT_FINI: d->fini = e.d_un.d_ptr; break;
        case DT_PREINIT_ARRAY: d->preinit_array = e.d_un.d_ptr; break;
        case DT_PREINIT_ARRAYSZ: preinitsz = e.d_un.d_val; break;
        case DT_INIT_ARRAY: d->init_array = e.d_un.d_ptr; break;
        case DT_INIT_ARRAYSZ: initsz = e.d_un.d_val; break;
        case DT_FINI_ARRAY: d->fini_array = e.d_un.d_ptr; break;
        case DT_FINI_ARRAYSZ: finisz = e.d_un.d_val; break;
        case DT_REL: case DT_RELSZ:
            if (e.d_un.d_val) {
                snprintf(err, errlen, "%s: REL relocations (not RELA): not an x86-64 executable we can bind",
                         img->path);
                return -1;
            }
            break;
        }
    }
    if (pltrel != DT_RELA || syment != sizeof(Elf64_Sym))
        goto bad;
    d->npreinit = d->preinit_array ? preinitsz / 8 : 0;
    d->ninit = d->init_array ? initsz / 8 : 0;
    d->nfini = d->fini_array ? finisz / 8 : 0;
    if (strsz) {
        Elf_Data *sd = chunk(img, strtab, strsz, ELF_T_BYTE);
        if (!sd || !(d->strtab = malloc(strsz + 1)))
            goto bad;
        memcpy(d->strtab, sd->d_buf, strsz);
        d->strtab[strsz] = 0;
        d->strsz = strsz;
    }
    for (int i = 0; i < nneeded; i++)
        if (needed[i] < d->strsz)
            d->needed[d->nneeded++] = d->strtab + needed[i];
    if (read_rela(img, rela, relasz, d) != 0 || read_rela(img, jmprel, pltrelsz, d) != 0)
        goto bad;
    /* DT_SYMTAB has no count: the hash table's, or up to the highest
     * index referenced. */
    size_t nsym = hash_nsyms(img, hash, gnu_hash);
    if (nsym > (1u << 20))
        goto bad;
    for (size_t i = 0; i < d->nrel; i++)
        if (d->rel[i].sym + 1 > nsym)
            nsym = d->rel[i].sym + 1;
    if (nsym) {
        Elf_Data *sy = chunk(img, symtab, nsym * sizeof(Elf64_Sym), ELF_T_SYM);
        if (!sy || !(d->sym = calloc(nsym, sizeof *d->sym)))
            goto bad;
        for (size_t i = 0; i < nsym; i++) {
            GElf_Sym s;
            if (!gelf_getsym(sy, (int)i, &s) || (d->strsz ? s.st_name >= d->strsz : s.st_name != 0))
                goto bad;
            d->sym[i] = (struct dz_dynsym){
                .name = d->strtab ? d->strtab + s.st_name : "",
                .value = s.st_value,
                .shndx = s.st_shndx,
                .bind = (uint8_t)GELF_ST_BIND(s.st_info),
                .type = (uint8_t)GELF_ST_TYPE(s.st_info),
            };
        }
        d->nsym = nsym;
    }
    if (read_versions(img, d, versym, verneed, verneednum) != 0)
        goto bad;
    return 0;
bad:
    snprintf(err, errlen, "%s: malformed dynamic section", img->path);
    dz_dyn_free(d);
    return -1;
}

void dz_dyn_free(struct dz_dynamic *d)
{
    free(d->rel);
    free(d->sym);
    free(d->strtab);
    free(d->keys);
    memset(d, 0, sizeof *d);
}

uint64_t dz_dyn_defined(const struct dz_dynamic *d, const char *name)
{
    for (size_t i = 1; i < d->nsym; i++)
        if (d->sym[i].shndx != SHN_UNDEF && strcmp(d->sym[i].name, name) == 0)
            return d->sym[i].value;
    return 0;
}

/* Relocations that name a symbol to look up. */
static int takes_symbol(uint32_t type)
{
    return type == R_X86_64_JUMP_SLOT || type == R_X86_64_GLOB_DAT || type == R_X86_64_64 ||
           type == R_X86_64_TPOFF64;
}

static uint64_t round_to(uint64_t v, uint64_t a)
{
    return a > 1 ? (v + a - 1) / a * a : v;
}

size_t dz_dyn_missing(const struct dz_dynamic *d, dz_dyn_resolver resolve, void *ctx,
                      const char **names, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < d->nrel; i++) {
        const struct dz_reloc *r = &d->rel[i];
        if (!takes_symbol(r->type) || !r->sym || r->sym >= d->nsym)
            continue;
        const struct dz_dynsym *s = &d->sym[r->sym];
        if (s->shndx != SHN_UNDEF || s->bind == STB_WEAK || resolve(ctx, s->key))
            continue;
        int dup = 0;
        for (size_t k = 0; k < n && k < max && !dup; k++)
            dup = strcmp(names[k], s->key) == 0;
        if (dup)
            continue;
        if (n < max)
            names[n] = s->key;
        n++;
    }
    return n;
}

/* The protection the image's page at vaddr pg has: that of the last PT_LOAD,
 * in program-header order, whose pages cover it -- dz_image_map maps them in
 * that order, whole pages each, so a later segment's flags win on a page two
 * segments share.  -1: no segment's. */
static int page_prot(const struct dz_image *img, uint64_t pg)
{
    int prot = -1;
    for (size_t i = 0; i < img->phnum; i++) {
        const GElf_Phdr *p = &img->ph[i];
        uint64_t len = p->p_memsz > p->p_filesz ? p->p_memsz : p->p_filesz;
        if (p->p_type != PT_LOAD || !len)
            continue;
        uint64_t lo = p->p_vaddr & ~(PAGE - 1);
        /* dz_image_open refused segments whose end wraps. */
        if (pg >= lo && pg - lo < (p->p_vaddr - lo) + len)
            prot = ((p->p_flags & PF_R) ? PROT_READ : 0) | ((p->p_flags & PF_W) ? PROT_WRITE : 0) |
                   ((p->p_flags & PF_X) ? PROT_EXEC : 0);
    }
    return prot;
}

/* Write one 64-bit value into the mapped image, through read-only pages
 * too (a GOT may sit in a segment mapped without PF_W).  Each of the (one
 * or two) pages the value touches is made writable and given back the
 * protection it has, page by page: a segment's flags are not its pages'
 * when another segment shares one (a restore with the wrong segment's
 * flags once left a writable page read-only: the next relocation there
 * faulted -- fuzz_dynlink). */
static int patch(const struct dz_image *img, uint64_t vaddr, uint64_t value)
{
    int inside = 0;
    for (size_t i = 0; i < img->phnum && !inside; i++) {
        const GElf_Phdr *p = &img->ph[i];
        inside = p->p_type == PT_LOAD && vaddr >= p->p_vaddr && p->p_memsz >= 8 &&
                 vaddr - p->p_vaddr <= p->p_memsz - 8;   /* no vaddr + 8: it can wrap */
    }
    if (!inside)
        return -1;
    uint64_t first = vaddr & ~(PAGE - 1), last = (vaddr + 7) & ~(PAGE - 1);
    int prot[2] = { page_prot(img, first), page_prot(img, last) };
    int npages = last == first ? 1 : 2;
    int opened = 0, ok = 1;
    for (; opened < npages && ok; opened++)
        ok = prot[opened] >= 0 && ((prot[opened] & PROT_WRITE) ||
                                   mprotect((void *)(first + opened * PAGE + img->bias), PAGE,
                                            prot[opened] | PROT_WRITE) == 0);
    if (ok)
        memcpy((void *)(vaddr + img->bias), &value, sizeof value);
    else
        opened--;   /* the page that failed was not changed */
    for (int k = 0; k < opened; k++)
        if (!(prot[k] & PROT_WRITE))
            mprotect((void *)(first + k * PAGE + img->bias), PAGE, prot[k]);
    return ok ? 0 : -1;
}

int dz_dyn_bind(const struct dz_image *img, const struct dz_dynamic *d, dz_dyn_resolver resolve,
                dz_dyn_resolver fallback, void *ctx, char *err, size_t errlen)
{
    for (size_t i = 0; i < d->nrel; i++) {
        const struct dz_reloc *r = &d->rel[i];
        uint64_t value;
        if (r->type == R_X86_64_NONE)
            continue;
        if (r->type == R_X86_64_RELATIVE) {
            value = img->bias + (uint64_t)r->addend;
        } else if (takes_symbol(r->type)) {
            const struct dz_dynsym *s = r->sym < d->nsym ? &d->sym[r->sym] : NULL;
            if (!s && !(r->type == R_X86_64_TPOFF64 && !r->sym)) {   /* TPOFF64 may name none */
                snprintf(err, errlen, "%s: relocation names symbol %u, past the symbol table", img->path, r->sym);
                return -1;
            }
            uint64_t a;
            if (r->type == R_X86_64_TPOFF64) {
                /* Initial-exec TLS: the GOT slot gets the variable's offset
                 * from the thread pointer.  The executable's own block ends
                 * at the thread pointer (variant II); a library's variable
                 * is where its personality put it (a TLS export's entry
                 * holds that offset).  --lazy-missing has no stand-in. */
                if (r->sym && s->type != STT_TLS) {
                    snprintf(err, errlen, "%s: TLS relocation against %s, not a TLS symbol", img->path, s->key);
                    return -1;
                }
                if (!r->sym || s->shndx != SHN_UNDEF) {
                    struct dz_tls_image tls;
                    dz_dyn_tls(img, &tls);
                    value = (r->sym ? s->value : 0) + (uint64_t)r->addend - round_to(tls.memsz, tls.align);
                } else {
                    const int64_t *off = resolve(ctx, s->key);
                    if (!off) {
                        snprintf(err, errlen, "%s: cannot bind TLS import %s", img->path, s->key);
                        return -1;
                    }
                    value = (uint64_t)*off + (uint64_t)r->addend;
                }
                goto write;
            }
            if (s->type == STT_TLS) {
                snprintf(err, errlen, "%s: relocation type %u against the TLS symbol %s", img->path, r->type, s->key);
                return -1;
            }
            if (s->shndx != SHN_UNDEF) {
                a = img->bias + s->value;               /* defined in the executable itself */
            } else {
                const void *p = resolve(ctx, s->key);
                if (!p && fallback && s->bind != STB_WEAK)
                    p = fallback(ctx, s->key);
                if (!p && s->bind != STB_WEAK) {
                    snprintf(err, errlen, "%s: cannot bind import %s", img->path, s->key);
                    return -1;
                }
                a = (uint64_t)p;                         /* an unresolved weak symbol is 0 */
            }
            value = r->type == R_X86_64_64 ? a + (uint64_t)r->addend : a;
        } else {
            snprintf(err, errlen, "%s: relocation type %u is not supported", img->path, r->type);
            return -1;
        }
    write:
        if (patch(img, r->offset, value) != 0) {
            snprintf(err, errlen, "%s: relocation at %#lx lies outside the image", img->path,
                     (unsigned long)r->offset);
            return -1;
        }
    }
    return 0;
}

void dz_dyn_tls(const struct dz_image *img, struct dz_tls_image *out)
{
    *out = (struct dz_tls_image){ 0 };
    for (size_t i = 0; i < img->phnum; i++) {
        const GElf_Phdr *p = &img->ph[i];
        if (p->p_type == PT_TLS) {
            *out = (struct dz_tls_image){
                .init = p->p_filesz ? p->p_vaddr + img->bias : 0,
                .filesz = p->p_filesz,
                .memsz = p->p_memsz,
                .align = p->p_align,
            };
        }
    }
}
