/* ELF reading and brand detection (loader/image.c, loader/brand.c and the
 * brand descriptors loader/<os>/brand.c), then mapping: any file gives a
 * one-line error or a well-formed image, never a crash. */
#include "tests/fuzz/fuzz.h"
#include "loader/brand.h"
#include "loader/image.h"
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    const char *path = fz_file(data, n);
    struct dz_image img;
    char err[512] = "";
    int status = 0;
    if (dz_image_open(&img, path, err, sizeof err, &status) != 0) {
        fz_check_err(err);
        FZ_CHECK(status == 126 || status == 127);
        FZ_CHECK(img.elf == NULL && img.fd < 0);
        return 0;
    }
    FZ_CHECK(img.phnum >= 1 && img.phnum <= 64);
    FZ_CHECK(memchr(img.interp, 0, sizeof img.interp) != NULL);
    FZ_CHECK(dz_os_name(img.os) != NULL);
    const struct dz_brand *b = dz_brand_of(img.os);
    FZ_CHECK(img.os == DZ_OS_UNKNOWN || (b && b->os == img.os));
    if (fz_map(&img) == 0) {
        FZ_CHECK(img.ntext >= 0 && img.ntext <= DZ_MAX_TEXT);
        for (int i = 0; i < img.ntext; i++)
            FZ_CHECK(img.text[i].start < img.text[i].end);
        fz_unmap(&img);
    }
    dz_image_close(&img);
    return 0;
}
