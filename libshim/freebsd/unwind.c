/* libgcc_s.so.1: unwinding for the program's panics, backtraces and
 * exceptions is the unwinder linked into denizen (libgcc's, libgcc_eh.a,
 * which musl-gcc links into the static launcher), run guest-side: the
 * _Unwind_* exports jump straight to it (thunks.S), as the callbacks it
 * makes (Rust's trace function, personality routines) are the program's.
 *
 * It finds a frame's FDE among the .eh_frame sections registered with it
 * (__register_frame_info): the program's, through its PT_GNU_EH_FRAME,
 * and denizen's own (the unwinder's frames, start.S's outermost ones,
 * whose CFI ends the walk).  So the walk never needs the host's
 * dl_iterate_phdr, which would read the host's TLS.  Registering happens
 * on the host side before the program runs, with one lookup that makes
 * the unwinder sort both tables then (its allocation is the host's).
 *
 * A section is registered only if it ends with the zero terminator the
 * unwinder walks to, within its segment; a program without one has no
 * unwinding (as before: a backtrace is empty). */
#define _GNU_SOURCE
#include "libshim/freebsd/fbl.h"
#include <elf.h>
#include <link.h>
#include <string.h>

void __register_frame_info(const void *begin, void *object);
const void *_Unwind_Find_FDE(void *pc, void *bases);

/* libgcc's struct object: 8 words in GCC 12; room kept. */
static _Alignas(16) unsigned char guest_object[256], self_object[256];

/* The .eh_frame that an .eh_frame_hdr points at (its eh_frame_ptr,
 * pc-relative or absolute 4/8 bytes), or 0. */
static uint64_t eh_frame_of(uint64_t hdr)
{
    const uint8_t *h = (const uint8_t *)hdr;
    if (h[0] != 1)
        return 0;
    const uint8_t *v = h + 4;
    uint8_t enc = h[1];
    int64_t x;
    switch (enc & 0x0f) {
    case 0x0b: { int32_t i; memcpy(&i, v, 4); x = i; break; }   /* sdata4 */
    case 0x03: { uint32_t u; memcpy(&u, v, 4); x = u; break; }  /* udata4 */
    case 0x0c: case 0x04: memcpy(&x, v, 8); break;             /* sdata8, udata8 */
    default: return 0;
    }
    switch (enc & 0x70) {
    case 0x00: return (uint64_t)x;
    case 0x10: return (uint64_t)v + (uint64_t)x;    /* pcrel */
    default: return 0;
    }
}

/* 1 if the section at eh ends with a zero terminator before end. */
static int terminated(uint64_t eh, uint64_t end)
{
    while (eh + 4 <= end) {
        uint32_t len;
        memcpy(&len, (const void *)eh, 4);
        if (len == 0)
            return 1;
        if (len == 0xffffffff)   /* 64-bit DWARF: not in .eh_frame */
            return 0;
        eh += 4 + (uint64_t)len;
    }
    return 0;
}

/* Register the .eh_frame of an image given its program headers. */
static int register_image(const Elf64_Phdr *ph, size_t n, uint64_t bias, void *object)
{
    uint64_t hdr = 0;
    for (size_t i = 0; i < n; i++)
        if (ph[i].p_type == PT_GNU_EH_FRAME)
            hdr = bias + ph[i].p_vaddr;
    uint64_t eh = hdr ? eh_frame_of(hdr) : 0;
    if (!eh)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (ph[i].p_type == PT_LOAD && eh >= bias + ph[i].p_vaddr &&
            eh < bias + ph[i].p_vaddr + ph[i].p_filesz) {
            if (!terminated(eh, bias + ph[i].p_vaddr + ph[i].p_filesz))
                return 0;
            __register_frame_info((const void *)eh, object);
            return 1;
        }
    return 0;
}

static int self_cb(struct dl_phdr_info *info, size_t size, void *data)
{
    /* The first object is the executable: denizen (static: the only one). */
    *(int *)data = register_image(info->dlpi_phdr, info->dlpi_phnum, info->dlpi_addr, self_object);
    return 1;
}

void fbl_unwind_register(const struct dz_lib_program *p)
{
    static int done;
    if (done++)
        return;
    int self = 0;
    dl_iterate_phdr(self_cb, &self);
    int guest = register_image((const Elf64_Phdr *)p->phdr, p->phnum, p->bias, guest_object);
    if (self || guest) {
        void *bases[3];
        _Unwind_Find_FDE((void *)(uintptr_t)fbl_unwind_register, bases);   /* sort them now */
    }
}
