/* The guest's initial stack: argc, argv, envp, auxv and the strings, laid
 * out as every one of our guest kernels does (same layout, own AT_ numbers). */
#ifndef DZ_LOADER_STACK_H
#define DZ_LOADER_STACK_H
#include <stdint.h>
#include <stddef.h>

/* What an auxv builder may point at. */
struct dz_stackinfo {
    int argc, envc;
    uint64_t argv, envv;          /* guest addresses of the vectors */
    uint64_t execpath;            /* the executable's path string */
    uint64_t random;              /* 64 random bytes */
    uint64_t pagesizes;           /* u_long[3]: 4K, 2M, 1G */
    size_t npagesizes;
    uint64_t stack_top, stack_size;
};

#define DZ_MAX_AUXV 48            /* pairs reserved; a builder uses fewer */

struct dz_image;
struct dz_brand;
/* Map a stack, fill it; returns &argc (16-aligned) or 0 with err. */
uint64_t dz_stack_build(const struct dz_image *img, const struct dz_brand *b, int argc,
                        char *const *argv, char *const *envp, struct dz_stackinfo *si,
                        char *err, size_t errlen);
#endif
