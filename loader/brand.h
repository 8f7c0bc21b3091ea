/* Which OS an executable was built for, and which personality runs it. */
#ifndef DZ_LOADER_BRAND_H
#define DZ_LOADER_BRAND_H
#include "loader/image.h"
#include "loader/stack.h"

struct dz_personality;
struct dz_libpers;
struct dz_regs;

struct dz_brand {
    enum dz_os os;
    const char *name;          /* "FreeBSD" */
    const struct dz_personality *pers;   /* NULL: not built yet */
    /* The guest's auxiliary vector, in its own numbering. */
    int (*auxv)(const struct dz_image *img, const struct dz_stackinfo *si, uint64_t *av, int max);
    /* A library personality (libshim/): its exports take the imports of a
     * dynamically linked program, whose interpreter is never run.  NULL
     * for personalities reached through raw system calls. */
    const struct dz_libpers *lib;
    /* The registers the guest's entry point expects besides rip, given
     * argc's address (16-aligned) on the new stack: the OS's exec_setregs.
     * NULL: rsp = rdi = &argc, as a SysV ld.so enters a program. */
    void (*entry_regs)(struct dz_regs *r, uint64_t argc);
};

/* Sets img->os (and abi_version) from OSABI, notes and interpreter. */
void dz_brand_detect(struct dz_image *img);
const struct dz_brand *dz_brand_of(enum dz_os os);
/* The table, walked: its i-th brand, NULL past the end (denizen doctor). */
const struct dz_brand *dz_brand_at(size_t i);
#endif
