/* The OpenBSD brand: OSABI 12 or the "OpenBSD" ident note; a library
 * personality (libshim/openbsd): the program's imports are bound to its
 * exports, ld.so is never run (docs/openbsd.md).
 *
 * OpenBSD's auxiliary vector (sys/sys/exec_elf.h AUX_*), in OpenBSD's
 * numbering.  On OpenBSD the kernel hands it to ld.so; Go itself reads no
 * auxv entry there (the page size comes from sysctl hw.pagesize).  There is
 * no interpreter here, so AT_BASE is 0; the kernel's AUX_openbsd_timekeep
 * (4000) is left out until a timekeep page is emulated. */
#include "abi/openbsd/consts.h"
#include "loader/brand.h"

static int obsd_auxv(const struct dz_image *img, const struct dz_stackinfo *si, uint64_t *av, int max)
{
    int n = 0;
#define AUX(t, v) do { if (n < max - 1) { av[2 * n] = (t); av[2 * n + 1] = (uint64_t)(v); n++; } } while (0)
    AUX(OBSD_AT_PHDR, img->phdr);
    AUX(OBSD_AT_PHENT, img->eh.e_phentsize);
    AUX(OBSD_AT_PHNUM, img->phnum);
    AUX(OBSD_AT_PAGESZ, 4096);
    AUX(OBSD_AT_BASE, 0);
    AUX(OBSD_AT_FLAGS, 0);
    AUX(OBSD_AT_ENTRY, img->entry);
    AUX(OBSD_AT_NULL, 0);
#undef AUX
    (void)si;
    return n;
}

extern const struct dz_personality obsd_personality;
extern const struct dz_libpers obsd_lib;
static const char *const obsd_interps[] = { "/usr/libexec/ld.so", NULL };

const struct dz_brand dz_brand_openbsd = {
    .os = DZ_OS_OPENBSD,
    .name = "OpenBSD",
    .osabi = ELFOSABI_OPENBSD,
    .note_owner = "OpenBSD",
    .interps = obsd_interps,
    .pers = &obsd_personality,
    .auxv = obsd_auxv,
    .lib = &obsd_lib,
};
