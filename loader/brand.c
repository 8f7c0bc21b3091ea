/* Brand detection: EI_OSABI, the OS's ABI note, and the interpreter path
 * (abi/ABI-NOTES.md §0.1), tried against every brand of the list.  The
 * list is generated from DZ_BRANDS (loader/CMakeLists.txt): each entry is
 * a descriptor dz_brand_<os> in loader/<os>/brand.c.  Linux is the one
 * brand kept here: its programs are exec'd, never run by a personality. */
#include "loader/brand.h"
#include <string.h>
#include <unistd.h>

#define DZ_BRAND(os) extern const struct dz_brand dz_brand_##os;
#include "dz_brands.h"
#undef DZ_BRAND

static const char *const linux_interps[] = { "/lib64/ld-linux-x86-64.so.2", NULL };
static const struct dz_brand linux_brand = {
    .os = DZ_OS_LINUX,
    .name = "Linux",
    .note_owner = "GNU",
    .interps = linux_interps,
};

static const struct dz_brand *const brands[] = {
#define DZ_BRAND(os) &dz_brand_##os,
#include "dz_brands.h"
#undef DZ_BRAND
    &linux_brand,
};
#define NBRANDS (sizeof brands / sizeof brands[0])

const struct dz_brand *dz_brand_of(enum dz_os os)
{
    for (size_t i = 0; i < NBRANDS; i++)
        if (brands[i]->os == os)
            return brands[i];
    return NULL;
}

const struct dz_brand *dz_brand_at(size_t i)
{
    return i < NBRANDS ? brands[i] : NULL;
}

const char *dz_os_name(enum dz_os os)
{
    const struct dz_brand *b = dz_brand_of(os);
    return b ? b->name : "unknown-OS";
}

/* The brand whose ABI note (type 1, the ABI tag on all) img carries. */
static const struct dz_brand *from_notes(struct dz_image *img)
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
            for (size_t k = 0; k < NBRANDS; k++) {
                const char *want = brands[k]->note_owner;
                if (!want || nh.n_type != 1 || nh.n_namesz != strlen(want) + 1 ||
                    memcmp(owner, want, nh.n_namesz) != 0)
                    continue;
                if (nh.n_descsz >= 4)
                    memcpy(&img->abi_version, (const char *)d->d_buf + desc_off, 4);
                return brands[k];
            }
        }
    }
    return NULL;
}

static const struct dz_brand *from_osabi(uint8_t osabi)
{
    for (size_t k = 0; osabi && k < NBRANDS; k++)
        if (brands[k]->osabi == osabi)
            return brands[k];
    return NULL;
}

static const struct dz_brand *from_interp(const char *interp)
{
    for (size_t k = 0; interp[0] && k < NBRANDS; k++)
        for (const char *const *p = brands[k]->interps; p && *p; p++)
            if (strcmp(interp, *p) == 0)
                return brands[k];
    return NULL;
}

void dz_brand_detect(struct dz_image *img)
{
    for (size_t i = 0; i < img->phnum; i++) {
        const GElf_Phdr *p = &img->ph[i];
        if (p->p_type == PT_INTERP && p->p_filesz < sizeof img->interp &&
            pread(img->fd, img->interp, p->p_filesz, (off_t)p->p_offset) == (ssize_t)p->p_filesz)
            img->interp[p->p_filesz] = 0;
    }
    const struct dz_brand *b = from_osabi(img->eh.e_ident[EI_OSABI]);
    const struct dz_brand *by_note = from_notes(img);   /* sets abi_version in any case */
    if (!b)
        b = by_note;
    if (!b)
        b = from_interp(img->interp);
    img->os = b ? b->os : DZ_OS_UNKNOWN;
    /* SYSV/GNU OSABI with no foreign mark is what Linux linkers produce. */
    if (img->os == DZ_OS_UNKNOWN && (img->eh.e_ident[EI_OSABI] == ELFOSABI_SYSV ||
                                     img->eh.e_ident[EI_OSABI] == ELFOSABI_GNU))
        img->os = DZ_OS_LINUX;
}
