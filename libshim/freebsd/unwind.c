/* libgcc_s.so.1: unwinding for the program's panics, backtraces and
 * exceptions is the unwinder linked into denizen (libgcc's, libgcc_eh.a,
 * which musl-gcc links into the static launcher), run guest-side: the
 * _Unwind_* exports jump straight to it (thunks.S), as the callbacks it
 * makes (Rust's trace function, personality routines) are the program's.
 *
 * It finds a frame's FDE through glibc's _dl_find_object (Debian's
 * libgcc_eh is built for glibc): the static launcher's own
 * (loader/musl/compat.c) asks dz_find_object here, which knows two
 * images -- the program and denizen itself (the unwinder's frames,
 * start.S's outermost ones, whose CFI ends the walk) -- with their
 * .eh_frame_hdr, whose binary-search table the unwinder reads.  Reading
 * this table needs no TLS: it runs on the guest's FS base.
 *
 * A glibc-linked launcher (-DDENIZEN_STATIC=OFF) has glibc's
 * _dl_find_object, which does not know the program: its .eh_frame is
 * registered with the unwinder instead (__register_frame_info), when it
 * is followed by the zero word the unwinder walks to (lld writes no
 * terminator; what follows the section is usually alignment padding). */
#define _GNU_SOURCE
#include "libshim/freebsd/fbl.h"
#include <elf.h>
#include <link.h>
#include <string.h>

struct image {
    uint64_t start, end, eh_frame_hdr;
};
static struct image images[2];   /* the program, denizen */
static int nimages;

/* The image holding pc: its extent and .eh_frame_hdr.  0 or -1. */
int dz_find_object(uint64_t pc, uint64_t *start, uint64_t *end, uint64_t *eh_frame_hdr)
{
    int n = __atomic_load_n(&nimages, __ATOMIC_ACQUIRE);
    for (int i = 0; i < n; i++)
        if (pc >= images[i].start && pc < images[i].end) {
            *start = images[i].start, *end = images[i].end, *eh_frame_hdr = images[i].eh_frame_hdr;
            return 0;
        }
    return -1;
}

/* An image from its program headers: its loaded extent and hdr. */
static int describe(const Elf64_Phdr *ph, size_t n, uint64_t bias, struct image *im)
{
    *im = (struct image){ UINT64_MAX, 0, 0 };
    for (size_t i = 0; i < n; i++) {
        if (ph[i].p_type == PT_GNU_EH_FRAME)
            im->eh_frame_hdr = bias + ph[i].p_vaddr;
        if (ph[i].p_type == PT_LOAD) {
            if (bias + ph[i].p_vaddr < im->start)
                im->start = bias + ph[i].p_vaddr;
            if (bias + ph[i].p_vaddr + ph[i].p_memsz > im->end)
                im->end = bias + ph[i].p_vaddr + ph[i].p_memsz;
        }
    }
    return im->eh_frame_hdr && im->start < im->end ? 0 : -1;
}

static int self_cb(struct dl_phdr_info *info, size_t size, void *data)
{
    /* The first object is the executable: denizen. */
    return describe(info->dlpi_phdr, info->dlpi_phnum, info->dlpi_addr, data) == 0 ? 1 : -1;
}

#ifdef __GLIBC__
void __register_frame_info(const void *begin, void *object);

/* The .eh_frame an .eh_frame_hdr points at (eh_frame_ptr, pc-relative
 * or absolute, 4 or 8 bytes), or 0. */
static uint64_t eh_frame_of(uint64_t hdr)
{
    const uint8_t *h = (const uint8_t *)hdr, *v = h + 4;
    int64_t x;
    switch (h[0] == 1 ? h[1] & 0x0f : 0xff) {
    case 0x0b: { int32_t i; memcpy(&i, v, 4); x = i; break; }   /* sdata4 */
    case 0x03: { uint32_t u; memcpy(&u, v, 4); x = u; break; }  /* udata4 */
    case 0x0c: case 0x04: memcpy(&x, v, 8); break;             /* sdata8, udata8 */
    default: return 0;
    }
    switch (h[1] & 0x70) {
    case 0x00: return (uint64_t)x;
    case 0x10: return (uint64_t)v + (uint64_t)x;
    default: return 0;
    }
}

/* The program's .eh_frame registered if a zero word follows its entries
 * within the image. */
static void register_program(const struct image *im)
{
    static _Alignas(16) unsigned char object[256];   /* libgcc's struct object: 8 words in GCC 12 */
    uint64_t eh = eh_frame_of(im->eh_frame_hdr), p = eh;
    while (eh && p + 4 <= im->end) {
        uint32_t len;
        memcpy(&len, (const void *)p, 4);
        if (len == 0) {
            __register_frame_info((const void *)eh, object);
            return;
        }
        if (len == 0xffffffff)
            return;
        p += 4 + (uint64_t)len;
    }
}
#endif

void fbl_unwind_register(const struct dz_lib_program *p)
{
    if (nimages)
        return;
    struct image prog_im, self_im;
    int have_prog = describe((const Elf64_Phdr *)p->phdr, p->phnum, p->bias, &prog_im) == 0;
    int have_self = dl_iterate_phdr(self_cb, &self_im) == 1;
    int n = 0;
    if (have_prog)
        images[n++] = prog_im;
    if (have_self)
        images[n++] = self_im;
    __atomic_store_n(&nimages, n, __ATOMIC_RELEASE);
#ifdef __GLIBC__
    if (have_prog)
        register_program(&prog_im);
#endif
}
