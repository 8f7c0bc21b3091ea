/* Which OS an executable was built for, and which personality runs it. */
#ifndef DZ_LOADER_BRAND_H
#define DZ_LOADER_BRAND_H
#include "loader/image.h"
#include "loader/stack.h"

struct dz_personality;
struct dz_libpers;
struct dz_regs;

/* One OS, as the loader knows it: how its executables are recognised
 * (abi/ABI-NOTES.md §0.1), what runs them, and how a process starts.  Each
 * is defined in loader/<os>/brand.c; the list of them is DZ_BRANDS in
 * loader/CMakeLists.txt (one line per OS), and the loader walks it. */
struct dz_brand {
    enum dz_os os;
    const char *name;          /* "FreeBSD" */
    /* ---- ELF identification, tried in this order over all brands ---- */
    uint8_t osabi;             /* e_ident[EI_OSABI] naming the OS; 0: none */
    const char *note_owner;    /* owner of its type-1 ABI note; NULL: none */
    const char *const *interps;   /* PT_INTERP paths, NULL-terminated; NULL: none */
    /* ---- what runs it ---- */
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

/* Sets img->os (and abi_version) from OSABI, notes and interpreter: the
 * first brand whose OSABI matches, else whose ABI note is present, else
 * whose interpreter it names; a SYSV/GNU executable with none is Linux. */
void dz_brand_detect(struct dz_image *img);
const struct dz_brand *dz_brand_of(enum dz_os os);
/* The table, walked: its i-th brand, NULL past the end (denizen doctor). */
const struct dz_brand *dz_brand_at(size_t i);
#endif
