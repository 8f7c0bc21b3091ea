/* FreeBSD's auxiliary vector, in FreeBSD's AT_ numbering (never Linux's:
 * 15, 16, 22, 25, 31 and 33 mean other things; abi/ABI-NOTES.md §0.2).
 * AT_TIMEKEEP is left out until the timehands page is emulated, so Go
 * falls back to clock_gettime. */
#include "abi/freebsd/consts.h"
#include "loader/brand.h"
#include <unistd.h>

#define OSRELDATE 1302001

int dz_fbsd_auxv(const struct dz_image *img, const struct dz_stackinfo *si, uint64_t *av, int max)
{
    int n = 0;
#define AUX(t, v) do { if (n < max - 1) { av[2 * n] = (t); av[2 * n + 1] = (uint64_t)(v); n++; } } while (0)
    AUX(FBSD_AT_PHDR, img->phdr);
    AUX(FBSD_AT_PHENT, img->eh.e_phentsize);
    AUX(FBSD_AT_PHNUM, img->phnum);
    AUX(FBSD_AT_PAGESZ, 4096);
    AUX(FBSD_AT_BASE, 0);
    AUX(FBSD_AT_FLAGS, 0);
    AUX(FBSD_AT_ENTRY, img->entry);
    AUX(FBSD_AT_UID, getuid());
    AUX(FBSD_AT_EUID, geteuid());
    AUX(FBSD_AT_GID, getgid());
    AUX(FBSD_AT_EGID, getegid());
    AUX(FBSD_AT_EXECPATH, si->execpath);
    AUX(FBSD_AT_CANARY, si->random);
    AUX(FBSD_AT_CANARYLEN, 64);
    AUX(FBSD_AT_OSRELDATE, OSRELDATE);
    AUX(FBSD_AT_NCPUS, sysconf(_SC_NPROCESSORS_ONLN));
    AUX(FBSD_AT_PAGESIZES, si->pagesizes);
    AUX(FBSD_AT_PAGESIZESLEN, si->npagesizes * 8);
    AUX(FBSD_AT_STACKPROT, 3 /* PROT_READ|PROT_WRITE */);
    AUX(FBSD_AT_ARGC, si->argc);
    AUX(FBSD_AT_ARGV, si->argv);
    AUX(FBSD_AT_ENVC, si->envc);
    AUX(FBSD_AT_ENVV, si->envv);
    AUX(FBSD_AT_USRSTACKBASE, si->stack_top);
    AUX(FBSD_AT_USRSTACKLIM, si->stack_size);
    AUX(FBSD_AT_NULL, 0);
#undef AUX
    return n;
}
