/* `denizen info PROG`: what the executable is and whether we can run it. */
#include "loader/cli.h"
#include "loader/brand.h"
#include "loader/dynlink.h"
#include "loader/image.h"
#include "libshim/common/libpers.h"
#include <stdio.h>
#include <string.h>

/* Versioned imports (FreeBSD's), one line per library that defines their
 * versions, each "name@version", marked "!" when not provided. */
static void show_versioned(const struct dz_dynamic *d, const struct dz_libpers *lp)
{
    int any = 0;
    for (size_t i = 1; i < d->nsym; i++)
        any |= d->sym[i].lib != NULL;
    if (!any)
        return;   /* an unversioned program: the missing line says it all */
    for (int k = 0; k < d->nneeded; k++) {
        size_t n = 0;
        for (size_t i = 1; i < d->nsym; i++)
            n += d->sym[i].lib && strcmp(d->sym[i].lib, d->needed[k]) == 0;
        if (!n)
            continue;
        printf("  %s (%zu):", d->needed[k], n);
        for (size_t i = 1; i < d->nsym; i++)
            if (d->sym[i].lib && strcmp(d->sym[i].lib, d->needed[k]) == 0)
                printf(" %s%s", d->sym[i].key, dz_lib_resolve((void *)lp, d->sym[i].key) ? "" : "!");
        printf("\n");
    }
    size_t n = 0;
    for (size_t i = 1; i < d->nsym; i++)
        n += d->sym[i].shndx == SHN_UNDEF && d->sym[i].name[0] && !d->sym[i].lib;
    if (!n)
        return;
    printf("  unversioned (%zu):", n);
    for (size_t i = 1; i < d->nsym; i++)
        if (d->sym[i].shndx == SHN_UNDEF && d->sym[i].name[0] && !d->sym[i].lib)
            printf(" %s%s%s", d->sym[i].key, d->sym[i].bind == STB_WEAK ? " (weak)" : "",
                   dz_lib_resolve((void *)lp, d->sym[i].key) ? "" : "!");
    printf("\n");
}

/* A dynamic program under a library personality: what it needs, which
 * imports the personality provides, and the ones it does not. */
static int show_imports(struct dz_image *img, const struct dz_libpers *lp)
{
    struct dz_dynamic d;
    char err[512];
    if (dz_dyn_read(img, &d, err, sizeof err) != 0) {
        printf("imports:     unreadable (%s)\n", err);
        return -1;
    }
    printf("needed:     ");
    for (int i = 0; i < d.nneeded; i++)
        printf(" %s", d.needed[i]);
    printf("%s\n", d.nneeded ? "" : " none");
    size_t nimp = 0;
    for (size_t i = 1; i < d.nsym; i++)
        nimp += d.sym[i].shndx == SHN_UNDEF && d.sym[i].name[0];
    const char *missing[256];
    size_t nm = dz_dyn_missing(&d, dz_lib_resolve, (void *)lp, missing, 256);
    printf("imports:     %zu, bound to the %s library personality (%zu provided)\n", nimp, lp->name, nimp - nm);
    show_versioned(&d, lp);
    if (nm) {
        printf("missing:    ");
        for (size_t k = 0; k < nm && k < 256; k++)
            printf(" %s", missing[k]);
        printf("\n");
    }
    dz_dyn_free(&d);
    return (int)nm;
}

int dz_cmd_info(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "denizen: usage: denizen info PROG\n");
        return 2;
    }
    struct dz_image img;
    char err[512];
    int status;
    if (dz_image_open(&img, argv[1], err, sizeof err, &status) != 0) {
        /* Still name the OS when only the architecture is wrong. */
        fprintf(stderr, "denizen: %s\n", err);
        return status;
    }
    const struct dz_brand *b = dz_brand_of(img.os);
    printf("file:        %s\n", argv[1]);
    printf("os:          %s\n", dz_os_name(img.os));
    if (img.abi_version)
        printf("abi note:    %u\n", img.abi_version);
    printf("type:        %s, %s, x86-64\n", img.eh.e_type == ET_EXEC ? "ET_EXEC" : "ET_DYN",
           img.interp[0] ? "dynamically linked" : "statically linked");
    const struct dz_libpers *lib = b && img.interp[0] ? b->lib : NULL;   /* static: raw syscalls */
    if (lib)
        printf("interpreter: %s (not run: denizen binds the imports itself)\n", img.interp);
    else
        printf("interpreter: %s\n", img.interp[0] ? img.interp : "none");
    printf("entry:       %#lx\n", (unsigned long)img.eh.e_entry);
    if (img.os == DZ_OS_LINUX)
        printf("runnable:    yes (a Linux program: run natively)\n");
    else if (!b || !b->pers)
        printf("runnable:    no (the %s personality is not built yet)\n", dz_os_name(img.os));
    else if (lib) {
        int nm = show_imports(&img, lib);
        if (nm < 0)
            printf("runnable:    no (the dynamic section cannot be read)\n");
        else if (nm)
            printf("runnable:    no (%d import%s missing; `denizen run --lazy-missing` stubs them)\n", nm,
                   nm == 1 ? "" : "s");
        else
            printf("runnable:    yes (%s personality, libc bound by denizen)\n", b->name);
    } else if (img.interp[0])
        printf("runnable:    no (dynamically linked %s programs are not supported yet)\n", b->name);
    else
        printf("runnable:    yes (%s personality)\n", b->name);
    dz_image_close(&img);
    return 0;
}
