/* FreeBSD amd64 static TLS and TCB layout (tcb.h). */
#include "abi/freebsd/tcb.h"
#include <string.h>

static size_t round_up(size_t v, size_t a)
{
    return a > 1 ? (v + a - 1) / a * a : v;
}

static size_t block_align(const struct fbsd_tls_image *img)
{
    return img->align > 16 ? img->align : 16;
}

size_t fbsd_tls_area_size(const struct fbsd_tls_image *img, size_t *tcb_off)
{
    /* The TCB is placed on the block's alignment (the area is page
     * aligned), so the block below it starts aligned too. */
    size_t block = round_up(img->memsz, block_align(img));
    *tcb_off = block;
    return block + sizeof(struct fbsd_tcb) + sizeof(struct fbsd_thread_rec);
}

uint64_t fbsd_tls_area_init(void *area, const struct fbsd_tls_image *img, size_t tcb_off)
{
    char *tp = (char *)area + tcb_off;
    /* Local-exec offsets are -round(memsz, p_align): the block starts there. */
    char *block = tp - round_up(img->memsz, img->align > 1 ? img->align : 1);
    if (img->filesz && img->init)
        memcpy(block, (const void *)(uintptr_t)img->init, img->filesz);
    struct fbsd_thread_rec *rec = (struct fbsd_thread_rec *)(tp + sizeof(struct fbsd_tcb));
    struct fbsd_tcb tcb = {
        .tcb_self = (uint64_t)(uintptr_t)tp,
        .tcb_dtv = (uint64_t)(uintptr_t)rec->dtv,
        .tcb_thread = (uint64_t)(uintptr_t)rec,
    };
    memcpy(tp, &tcb, sizeof tcb);
    uint64_t dtv[3] = { 1, 1, (uint64_t)(uintptr_t)block };
    memcpy(rec->dtv, dtv, sizeof dtv);
    return (uint64_t)(uintptr_t)tp;
}
