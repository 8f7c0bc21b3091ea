/* A foreign executable as the loader sees it: headers read with libelf,
 * the brand, and (once mapped) where it lives. */
#ifndef DZ_LOADER_IMAGE_H
#define DZ_LOADER_IMAGE_H
#include <gelf.h>
#include "syscall-xlate/engine/engine.h"
#include <stddef.h>
#include <stdint.h>

enum dz_os { DZ_OS_UNKNOWN, DZ_OS_LINUX, DZ_OS_FREEBSD, DZ_OS_NETBSD, DZ_OS_OPENBSD, DZ_OS_ILLUMOS };

struct dz_image {
    const char *path;
    int fd;
    Elf *elf;
    GElf_Ehdr eh;
    GElf_Phdr ph[64];
    size_t phnum;
    uint64_t file_size;
    enum dz_os os;
    uint32_t abi_version;      /* desc of the OS's ABI note, 0 if none */
    char interp[256];          /* PT_INTERP, "" if none */
    /* after mapping */
    uint64_t bias, entry, phdr, brk;
    struct dz_text_region text[DZ_MAX_TEXT];   /* the code segments mapped */
    int ntext;
};

/* Open and check path; on error returns -1 with a one-line message in err
 * and *status the exit status to use (127 not found, 126 not runnable). */
int dz_image_open(struct dz_image *img, const char *path, char *err, size_t errlen, int *status);
void dz_image_close(struct dz_image *img);
/* Map the PT_LOAD segments; 0 or -1 with err. */
int dz_image_map(struct dz_image *img, char *err, size_t errlen);
const char *dz_os_name(enum dz_os os);
#endif
