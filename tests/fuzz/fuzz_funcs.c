/* The function-bounds readers used by site rewriting
 * (syscall-xlate/engine/rewrite_funcs.c): Go's pclntab, read in place in
 * the mapped image, and the ELF symbol table.  Any executable gives bounds
 * inside its own code, or none; never a read outside what was mapped. */
#include "tests/fuzz/fuzz.h"
#include "loader/image.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/rewrite.h"
#include <string.h>

static void probe(uint64_t addr)
{
    uint64_t s = 0, e = 0;
    if (dz_func_bounds(addr, &s, &e) == 0) {
        FZ_CHECK(s <= addr && addr < e);
        FZ_CHECK(dz_guest_code_has(s, e - s));
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    const char *path = fz_file(data, n);
    struct dz_image img;
    char err[512];
    int status;
    if (dz_image_open(&img, path, err, sizeof err, &status) != 0)
        return 0;
    if (fz_map(&img) != 0) {
        dz_image_close(&img);
        return 0;
    }
    /* What the loader hands the engine (loader/run.c). */
    dz_func_bounds_reset();
    dz_opts.exe_path = path;
    dz_opts.ntext = img.ntext;
    memcpy(dz_opts.text, img.text, sizeof img.text);
    probe(img.entry);
    probe(img.entry + 1);
    for (int i = 0; i < img.ntext; i++) {
        uint64_t a = img.text[i].start, z = img.text[i].end;
        probe(a);
        probe(a + 1);
        probe(a + (z - a) / 2);
        probe(z - 2);
        probe(z - 1);
        probe(z);
        /* and a few the input chooses */
        for (size_t k = 0; k + 4 <= n && k < 64; k += 16) {
            uint32_t off;
            memcpy(&off, data + n - 4 - k, 4);
            probe(a + off % (z - a));
        }
    }
    dz_func_bounds_reset();
    dz_opts.ntext = 0;
    fz_unmap(&img);
    dz_image_close(&img);
    return 0;
}
