/* The illumos (and Solaris) brand.  Go never sets OSABI 6 and writes no
 * note: its executables are OSABI 0 with PT_INTERP /lib/amd64/ld.so.1
 * (abi/ABI-NOTES.md §0.1), so the interpreter names them.  A library
 * personality (libshim/illumos): the imports are bound to its exports,
 * ld.so.1 is never run.
 *
 * The auxiliary vector, in illumos's numbering (sys/auxv.h): Go reads
 * AT_PAGESZ and AT_SUN_EXECNAME (2014: os.Executable); ld.so.1 would see
 * the ids at 2000-2003.  No interpreter here, so AT_BASE is 0. */
#include "loader/brand.h"
#include <unistd.h>

/* sys/auxv.h */
#define ILM_AT_NULL 0
#define ILM_AT_PHDR 3
#define ILM_AT_PHENT 4
#define ILM_AT_PHNUM 5
#define ILM_AT_PAGESZ 6
#define ILM_AT_BASE 7
#define ILM_AT_FLAGS 8
#define ILM_AT_ENTRY 9
#define ILM_AT_SUN_UID 2000
#define ILM_AT_SUN_RUID 2001
#define ILM_AT_SUN_GID 2002
#define ILM_AT_SUN_RGID 2003
#define ILM_AT_SUN_EXECNAME 2014

static int ilm_auxv(const struct dz_image *img, const struct dz_stackinfo *si, uint64_t *av, int max)
{
    int n = 0;
#define AUX(t, v) do { if (n < max - 1) { av[2 * n] = (t); av[2 * n + 1] = (uint64_t)(v); n++; } } while (0)
    AUX(ILM_AT_PHDR, img->phdr);
    AUX(ILM_AT_PHENT, img->eh.e_phentsize);
    AUX(ILM_AT_PHNUM, img->phnum);
    AUX(ILM_AT_PAGESZ, 4096);
    AUX(ILM_AT_BASE, 0);
    AUX(ILM_AT_FLAGS, 0);
    AUX(ILM_AT_ENTRY, img->entry);
    AUX(ILM_AT_SUN_UID, geteuid());
    AUX(ILM_AT_SUN_RUID, getuid());
    AUX(ILM_AT_SUN_GID, getegid());
    AUX(ILM_AT_SUN_RGID, getgid());
    AUX(ILM_AT_SUN_EXECNAME, si->execpath);
    AUX(ILM_AT_NULL, 0);
#undef AUX
    return n;
}

extern const struct dz_personality ilm_personality;
extern const struct dz_libpers ilm_lib;
static const char *const ilm_interps[] = { "/lib/amd64/ld.so.1", "/usr/lib/amd64/ld.so.1", NULL };

const struct dz_brand dz_brand_illumos = {
    .os = DZ_OS_ILLUMOS,
    .name = "illumos/Solaris",
    .osabi = ELFOSABI_SOLARIS,
    .interps = ilm_interps,
    .pers = &ilm_personality,
    .auxv = ilm_auxv,
    .lib = &ilm_lib,
};
