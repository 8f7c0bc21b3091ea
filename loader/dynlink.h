/* Import binding for library personalities (OpenBSD now, illumos next):
 * denizen plays the guest's ld.so for the executable alone.  The dynamic
 * section is read with libelf (DT_NEEDED, DT_JMPREL/DT_RELA, DT_SYMTAB);
 * every JUMP_SLOT, GLOB_DAT and 64-bit relocation names a symbol that the
 * personality's export table (or the executable itself) provides.  The
 * guest's PT_INTERP is never run. */
#ifndef DZ_LOADER_DYNLINK_H
#define DZ_LOADER_DYNLINK_H
#include <stddef.h>
#include <stdint.h>
#include "loader/image.h"

struct dz_reloc {
    uint32_t type;            /* R_X86_64_* */
    uint32_t sym;             /* symbol index, 0 for none */
    uint64_t offset;          /* r_offset: the vaddr to patch (before bias) */
    int64_t addend;
};

struct dz_dynsym {
    const char *name;         /* into the string table copy */
    uint64_t value;           /* st_value */
    uint16_t shndx;           /* SHN_UNDEF for an import */
    uint8_t bind;             /* STB_* */
    uint8_t type;             /* STT_* */
};

struct dz_dynamic {
    const char *needed[32];   /* DT_NEEDED sonames */
    int nneeded;
    struct dz_reloc *rel;     /* DT_RELA then DT_JMPREL entries */
    size_t nrel;
    struct dz_dynsym *sym;    /* indices 0..nsym-1 (up to the highest referenced) */
    size_t nsym;
    char *strtab;             /* copy of DT_STRTAB */
    size_t strsz;
};

/* Read the dynamic section of img (opened, not necessarily mapped).  An
 * executable without PT_DYNAMIC gives an empty result.  0, or -1 with a
 * one-line message in err. */
int dz_dyn_read(struct dz_image *img, struct dz_dynamic *d, char *err, size_t errlen);
void dz_dyn_free(struct dz_dynamic *d);

/* The address an imported symbol binds to, or NULL if there is none. */
typedef const void *(*dz_dyn_resolver)(void *ctx, const char *name);

/* Names of undefined symbols that relocations need and resolve() cannot
 * provide (weak ones excepted), without duplicates.  Returns the count;
 * names[] (up to max) point into d. */
size_t dz_dyn_missing(const struct dz_dynamic *d, dz_dyn_resolver resolve, void *ctx,
                      const char **names, size_t max);

/* Apply every relocation to the mapped image.  A symbol resolve() cannot
 * provide makes it fail unless fallback (called with the name) gives an
 * address.  0, or -1 with err. */
int dz_dyn_bind(const struct dz_image *img, const struct dz_dynamic *d, dz_dyn_resolver resolve,
                dz_dyn_resolver fallback, void *ctx, char *err, size_t errlen);

/* The PT_TLS segment as mapped (all zero when there is none). */
struct dz_tls_image;
void dz_dyn_tls(const struct dz_image *img, struct dz_tls_image *out);

#endif
