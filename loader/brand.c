/* Brand detection: EI_OSABI, the OS's ABI note, and the interpreter path
 * (abi/ABI-NOTES.md §0.1), and the table of brands we know. */
#include "loader/brand.h"
#include <string.h>
#include <unistd.h>

extern const struct dz_personality fbsd_personality;
int dz_fbsd_auxv(const struct dz_image *img, const struct dz_stackinfo *si, uint64_t *av, int max);
void dz_fbsd_entry_regs(struct dz_regs *r, uint64_t argc);
extern const struct dz_personality nbsd_personality;
int dz_nbsd_auxv(const struct dz_image *img, const struct dz_stackinfo *si, uint64_t *av, int max);
void dz_nbsd_entry_regs(struct dz_regs *r, uint64_t argc);
extern const struct dz_personality obsd_personality;
extern const struct dz_libpers obsd_lib;
int dz_obsd_auxv(const struct dz_image *img, const struct dz_stackinfo *si, uint64_t *av, int max);

static const struct dz_brand brands[] = {
    { DZ_OS_FREEBSD, "FreeBSD", &fbsd_personality, dz_fbsd_auxv, NULL, dz_fbsd_entry_regs },
    { DZ_OS_NETBSD, "NetBSD", &nbsd_personality, dz_nbsd_auxv, NULL, dz_nbsd_entry_regs },
    { DZ_OS_OPENBSD, "OpenBSD", &obsd_personality, dz_obsd_auxv, &obsd_lib },
    { DZ_OS_ILLUMOS, "illumos/Solaris", NULL, NULL },
    { DZ_OS_LINUX, "Linux", NULL, NULL },
};

const struct dz_brand *dz_brand_of(enum dz_os os)
{
    for (size_t i = 0; i < sizeof brands / sizeof brands[0]; i++)
        if (brands[i].os == os)
            return &brands[i];
    return NULL;
}

const struct dz_brand *dz_brand_at(size_t i)
{
    return i < sizeof brands / sizeof brands[0] ? &brands[i] : NULL;
}

const char *dz_os_name(enum dz_os os)
{
    const struct dz_brand *b = dz_brand_of(os);
    return b ? b->name : "unknown-OS";
}

/* Notes by owner name: the OS each names (type 1 is the ABI tag on all). */
static const struct { const char *owner; enum dz_os os; } note_owners[] = {
    { "FreeBSD", DZ_OS_FREEBSD }, { "NetBSD", DZ_OS_NETBSD },
    { "OpenBSD", DZ_OS_OPENBSD }, { "GNU", DZ_OS_LINUX },
};

static const struct { const char *interp; enum dz_os os; } interps[] = {
    { "/libexec/ld-elf.so.1", DZ_OS_FREEBSD }, { "/usr/libexec/ld.elf_so", DZ_OS_NETBSD },
    { "/usr/libexec/ld.so", DZ_OS_OPENBSD },   { "/lib/amd64/ld.so.1", DZ_OS_ILLUMOS },
    { "/usr/lib/amd64/ld.so.1", DZ_OS_ILLUMOS }, { "/lib64/ld-linux-x86-64.so.2", DZ_OS_LINUX },
};

static enum dz_os from_notes(struct dz_image *img)
{
    for (size_t i = 0; i < img->phnum; i++) {
        const GElf_Phdr *p = &img->ph[i];
        if (p->p_type != PT_NOTE)
            continue;
        Elf_Data *d = elf_getdata_rawchunk(img->elf, (int64_t)p->p_offset, p->p_filesz, ELF_T_NHDR);
        if (!d)
            continue;
        GElf_Nhdr nh;
        size_t off = 0, name_off, desc_off;
        while ((off = gelf_getnote(d, off, &nh, &name_off, &desc_off)) > 0) {
            const char *owner = (const char *)d->d_buf + name_off;
            for (size_t k = 0; k < sizeof note_owners / sizeof note_owners[0]; k++) {
                if (nh.n_type != 1 || nh.n_namesz != strlen(note_owners[k].owner) + 1 ||
                    memcmp(owner, note_owners[k].owner, nh.n_namesz) != 0)
                    continue;
                if (nh.n_descsz >= 4)
                    memcpy(&img->abi_version, (const char *)d->d_buf + desc_off, 4);
                return note_owners[k].os;
            }
        }
    }
    return DZ_OS_UNKNOWN;
}

void dz_brand_detect(struct dz_image *img)
{
    for (size_t i = 0; i < img->phnum; i++) {
        const GElf_Phdr *p = &img->ph[i];
        if (p->p_type == PT_INTERP && p->p_filesz < sizeof img->interp &&
            pread(img->fd, img->interp, p->p_filesz, (off_t)p->p_offset) == (ssize_t)p->p_filesz)
            img->interp[p->p_filesz] = 0;
    }
    switch (img->eh.e_ident[EI_OSABI]) {
    case ELFOSABI_FREEBSD: img->os = DZ_OS_FREEBSD; break;
    case ELFOSABI_NETBSD: img->os = DZ_OS_NETBSD; break;
    case ELFOSABI_OPENBSD: img->os = DZ_OS_OPENBSD; break;
    case ELFOSABI_SOLARIS: img->os = DZ_OS_ILLUMOS; break;
    default: img->os = DZ_OS_UNKNOWN;
    }
    enum dz_os by_note = from_notes(img);
    if (img->os == DZ_OS_UNKNOWN)
        img->os = by_note;
    for (size_t k = 0; img->os == DZ_OS_UNKNOWN && k < sizeof interps / sizeof interps[0]; k++)
        if (strcmp(img->interp, interps[k].interp) == 0)
            img->os = interps[k].os;
    /* SYSV/GNU OSABI with no foreign mark is what Linux linkers produce. */
    if (img->os == DZ_OS_UNKNOWN && (img->eh.e_ident[EI_OSABI] == ELFOSABI_SYSV ||
                                     img->eh.e_ident[EI_OSABI] == ELFOSABI_GNU))
        img->os = DZ_OS_LINUX;
}
