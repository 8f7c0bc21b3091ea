/* Static TLS and the Thread Information Block, laid out as OpenBSD's ld.so
 * and librthread do on amd64 (include/tib.h, TLS variant II): the thread
 * pointer is the TIB, whose first word points at itself; the executable's
 * PT_TLS block ends right below it, so a local-exec access like Go's
 * %fs:-8 lands in the block.  Memory, low to high:
 *     [pad][TLS block, rounded up to its alignment][TIB][extra]
 *                                                  ^ thread pointer */
#include "abi/openbsd/convert.h"
#include <string.h>

static size_t round_up(size_t v, size_t a)
{
    return a > 1 ? (v + a - 1) / a * a : v;
}

size_t obsd_tls_area_size(const struct obsd_tls_image *img, size_t extra, size_t *tib_off)
{
    size_t align = img->align > 8 ? img->align : 8;
    size_t block = round_up(img->memsz, align);
    *tib_off = block;
    return block + sizeof(struct obsd_tib) + round_up(extra, 8);
}

uint64_t obsd_tls_area_init(void *area, const struct obsd_tls_image *img, size_t tib_off, int32_t tid)
{
    char *tp = (char *)area + tib_off;
    size_t align = img->align > 8 ? img->align : 8;
    /* The block starts round_up(memsz, align) below the thread pointer
     * (ELF TLS variant II: tlsoffset = round(memsz, align)). */
    char *block = tp - round_up(img->memsz, align);
    if (img->filesz && img->init)
        memcpy(block, (const void *)(uintptr_t)img->init, img->filesz);
    struct obsd_tib tib = {
        .tib_self = (uint64_t)(uintptr_t)tp,
        .tib_tid = tid,
    };
    memcpy(tp, &tib, sizeof tib);
    return (uint64_t)(uintptr_t)tp;
}
