/* Import binding for library personalities (OpenBSD, illumos, FreeBSD):
 * denizen plays the guest's ld.so for the executable alone.  The dynamic
 * section is read with libelf (DT_NEEDED, DT_JMPREL/DT_RELA, DT_SYMTAB,
 * DT_VERSYM/DT_VERNEED, DT_HASH/DT_GNU_HASH for the symbol count, the
 * init/fini functions); every JUMP_SLOT, GLOB_DAT and 64-bit relocation
 * names a symbol that the personality's export table (or the executable
 * itself) provides.  A versioned import is looked up as "name@VERSION"
 * (the version picks the export: stat@FBSD_1.0 and stat@FBSD_1.5 are two
 * layouts).  The guest's PT_INTERP is never run. */
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
    const char *version;      /* the needed version (DT_VERNEED), NULL for none */
    const char *key;          /* what the resolver is asked: "name@version" or name */
    const char *lib;          /* the DT_NEEDED library of its version, NULL if unversioned */
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
    char *keys;               /* storage of the versioned keys */
    /* Run before main, in this order (vaddrs before bias; 0: none):
     * DT_PREINIT_ARRAY, DT_INIT, DT_INIT_ARRAY; at exit DT_FINI_ARRAY
     * (backwards), then DT_FINI. */
    uint64_t preinit_array, npreinit, init, init_array, ninit, fini_array, nfini, fini;
};

/* Read the dynamic section of img (opened, not necessarily mapped).  An
 * executable without PT_DYNAMIC gives an empty result.  0, or -1 with a
 * one-line message in err. */
int dz_dyn_read(struct dz_image *img, struct dz_dynamic *d, char *err, size_t errlen);
void dz_dyn_free(struct dz_dynamic *d);

/* The address an imported symbol binds to, or NULL if there is none. */
typedef const void *(*dz_dyn_resolver)(void *ctx, const char *name);

/* The st_value of the symbol name the executable defines (exports), or 0:
 * the objects libc must share with it (environ, __progname). */
uint64_t dz_dyn_defined(const struct dz_dynamic *d, const char *name);

/* Names of undefined symbols that relocations need and resolve() cannot
 * provide (weak ones excepted), without duplicates.  Returns the count;
 * names[] (up to max) point into d ("name@version" for versioned ones). */
size_t dz_dyn_missing(const struct dz_dynamic *d, dz_dyn_resolver resolve, void *ctx,
                      const char **names, size_t max);

/* Apply every relocation to the mapped image.  A symbol resolve() cannot
 * provide makes it fail unless fallback (called with the name) gives an
 * address.  An initial-exec TLS import (R_X86_64_TPOFF64 naming an
 * STT_TLS symbol) is asked of resolve() too, which then answers the
 * address of an int64_t: the variable's offset from the thread pointer
 * (a DZ_LIB_TLS export); it has no fallback.  0, or -1 with err. */
int dz_dyn_bind(const struct dz_image *img, const struct dz_dynamic *d, dz_dyn_resolver resolve,
                dz_dyn_resolver fallback, void *ctx, char *err, size_t errlen);

/* The PT_TLS segment as mapped (all zero when there is none). */
struct dz_tls_image;
void dz_dyn_tls(const struct dz_image *img, struct dz_tls_image *out);

#endif
