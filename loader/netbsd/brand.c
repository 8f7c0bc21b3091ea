/* The NetBSD brand: OSABI 2 or the "NetBSD" ident note (sys/kern/exec_elf.c);
 * the syscall personality of syscall-xlate/netbsd.
 *
 * NetBSD's auxiliary vector (sys/sys/exec_elf.h AT_*, in NetBSD's
 * numbering: 10-13 are cache sizes and the stack base, the ids sit at
 * 2000+), and its entry registers.  Go reads only AT_PAGESZ. */
#include "abi/netbsd/consts.h"
#include "loader/brand.h"
#include "syscall-xlate/engine/enter.h"
#include <unistd.h>

/* setregs (sys/arch/amd64/amd64/machdep.c): rsp = &argc, rbx = the
 * ps_strings address (none here: 0), every other register 0.  Go's
 * _rt0_amd64_netbsd reads argc at 0(%rsp). */
static void nbsd_entry_regs(struct dz_regs *r, uint64_t argc)
{
    r->rsp = argc;
    r->rdi = 0;
    r->rbx = 0;
}

static int nbsd_auxv(const struct dz_image *img, const struct dz_stackinfo *si, uint64_t *av, int max)
{
    int n = 0;
#define AUX(t, v) do { if (n < max - 1) { av[2 * n] = (t); av[2 * n + 1] = (uint64_t)(v); n++; } } while (0)
    AUX(NBSD_AT_PHDR, img->phdr);
    AUX(NBSD_AT_PHENT, img->eh.e_phentsize);
    AUX(NBSD_AT_PHNUM, img->phnum);
    AUX(NBSD_AT_PAGESZ, 4096);
    AUX(NBSD_AT_BASE, 0);
    AUX(NBSD_AT_FLAGS, 0);
    AUX(NBSD_AT_ENTRY, img->entry);
    AUX(NBSD_AT_STACKBASE, si->stack_top);
    AUX(NBSD_AT_EUID, geteuid());
    AUX(NBSD_AT_RUID, getuid());
    AUX(NBSD_AT_EGID, getegid());
    AUX(NBSD_AT_RGID, getgid());
    AUX(NBSD_AT_SUN_EXECNAME, si->execpath);
    AUX(NBSD_AT_NULL, 0);
#undef AUX
    return n;
}

extern const struct dz_personality nbsd_personality;
static const char *const nbsd_interps[] = { "/usr/libexec/ld.elf_so", NULL };

const struct dz_brand dz_brand_netbsd = {
    .os = DZ_OS_NETBSD,
    .name = "NetBSD",
    .osabi = ELFOSABI_NETBSD,
    .note_owner = "NetBSD",
    .interps = nbsd_interps,
    .pers = &nbsd_personality,
    .auxv = nbsd_auxv,
    .entry_regs = nbsd_entry_regs,
};
