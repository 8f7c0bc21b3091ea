/* Which OS an executable was built for, and which personality runs it. */
#ifndef DZ_LOADER_BRAND_H
#define DZ_LOADER_BRAND_H
#include "loader/image.h"
#include "loader/stack.h"

struct dz_personality;

struct dz_brand {
    enum dz_os os;
    const char *name;          /* "FreeBSD" */
    const struct dz_personality *pers;   /* NULL: not built yet */
    /* The guest's auxiliary vector, in its own numbering. */
    int (*auxv)(const struct dz_image *img, const struct dz_stackinfo *si, uint64_t *av, int max);
};

/* Sets img->os (and abi_version) from OSABI, notes and interpreter. */
void dz_brand_detect(struct dz_image *img);
const struct dz_brand *dz_brand_of(enum dz_os os);
#endif
