/* Finding a function of the Linux vDSO by name.  A dlopen of
 * "linux-vdso.so.1" works only in a dynamically linked program; denizen is
 * linked statically (loader/CMakeLists.txt), so the vDSO image the kernel
 * maps (AT_SYSINFO_EHDR) is read with libelf instead. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/vdso.h"
#include <elf.h>
#include <gelf.h>
#include <libelf.h>
#include <string.h>
#include <sys/auxv.h>

void *dz_vdso_sym(const char *name)
{
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)getauxval(AT_SYSINFO_EHDR);
    if (!eh || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || elf_version(EV_CURRENT) == EV_NONE)
        return NULL;
    /* The image ends with its section headers. */
    size_t size = eh->e_shoff + (size_t)eh->e_shnum * eh->e_shentsize;
    Elf *e = elf_memory((char *)eh, size);
    if (!e)
        return NULL;
    /* Symbol values are link-time addresses: relative to the first PT_LOAD. */
    uint64_t vbase = 0;
    size_t nph = 0;
    elf_getphdrnum(e, &nph);
    for (size_t i = 0; i < nph; i++) {
        GElf_Phdr ph;
        if (gelf_getphdr(e, (int)i, &ph) && ph.p_type == PT_LOAD) {
            vbase = ph.p_vaddr - ph.p_offset;
            break;
        }
    }
    void *found = NULL;
    for (Elf_Scn *s = NULL; !found && (s = elf_nextscn(e, s));) {
        GElf_Shdr sh;
        if (!gelf_getshdr(s, &sh) || sh.sh_type != SHT_DYNSYM || !sh.sh_entsize)
            continue;
        Elf_Data *d = elf_getdata(s, NULL);
        for (size_t k = 0; d && k < sh.sh_size / sh.sh_entsize; k++) {
            GElf_Sym sym;
            const char *n;
            if (gelf_getsym(d, (int)k, &sym) && sym.st_value && GELF_ST_TYPE(sym.st_info) == STT_FUNC &&
                (n = elf_strptr(e, sh.sh_link, sym.st_name)) && strcmp(n, name) == 0) {
                found = (char *)eh + (sym.st_value - vbase);
                break;
            }
        }
    }
    elf_end(e);
    return found;
}
