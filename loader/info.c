/* `denizen info PROG`: what the executable is and whether we can run it. */
#include "loader/cli.h"
#include "loader/brand.h"
#include "loader/image.h"
#include <stdio.h>

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
    printf("interpreter: %s\n", img.interp[0] ? img.interp : "none");
    printf("entry:       %#lx\n", (unsigned long)img.eh.e_entry);
    if (img.os == DZ_OS_LINUX)
        printf("runnable:    yes (a Linux program: run natively)\n");
    else if (!b || !b->pers)
        printf("runnable:    no (the %s personality is not built yet)\n", dz_os_name(img.os));
    else if (img.interp[0])
        printf("runnable:    no (dynamically linked %s programs are not supported yet)\n", b->name);
    else
        printf("runnable:    yes (%s personality)\n", b->name);
    dz_image_close(&img);
    return 0;
}
