/* The illumos thread pointer and static TLS (TLS variant II, as libc and
 * ld.so.1 lay them out on amd64): the executable's PT_TLS block ends right
 * below the thread pointer, whose first word points at itself (ulwp_t's
 * ul_self; Go reads %fs:0 and keeps g at %fs:-8). */
#include "abi/illumos/convert.h"
#include <string.h>

static uint64_t align_up(uint64_t v, uint64_t a)
{
    return a > 1 ? (v + a - 1) & ~(a - 1) : v;
}

size_t ilm_tls_area_size(const struct ilm_tls_image *img, size_t *tcb_off)
{
    uint64_t align = img->align > 16 ? img->align : 16;
    *tcb_off = (size_t)align_up(img->memsz, align);
    return *tcb_off + sizeof(struct ilm_tcb);
}

uint64_t ilm_tls_area_init(void *area, const struct ilm_tls_image *img, size_t tcb_off)
{
    char *tp = (char *)area + tcb_off;
    /* The linker's tpoff of the block: -align_up(memsz, p_align). */
    if (img->filesz)
        memcpy(tp - align_up(img->memsz, img->align), (const void *)img->init, img->filesz);
    struct ilm_tcb *tcb = (struct ilm_tcb *)tp;
    tcb->self = (uint64_t)tp;
    return (uint64_t)tp;
}
