/* Import binding (loader/dynlink.c): the dynamic section, relocations,
 * symbols, versions and hash tables of any file are read into bounded
 * tables or refused with one line; binding writes only inside the image. */
#include "tests/fuzz/fuzz.h"
#include "loader/dynlink.h"
#include "loader/image.h"
#include "libshim/common/libpers.h"
#include <string.h>

static char target[64];

/* Half the names resolve (to a harmless address), half do not. */
static const void *resolve(void *ctx, const char *name)
{
    FZ_CHECK(name != NULL);
    size_t h = 0;
    for (const char *p = name; *p; p++)
        h = h * 31 + (unsigned char)*p;
    return (h & 1) ? target : NULL;
}

static const void *fallback(void *ctx, const char *name)
{
    return target + 8;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    const char *path = fz_file(data, n);
    struct dz_image img;
    char err[512] = "";
    int status;
    if (dz_image_open(&img, path, err, sizeof err, &status) != 0)
        return 0;
    struct dz_dynamic d;
    if (dz_dyn_read(&img, &d, err, sizeof err) != 0) {
        fz_check_err(err);
        dz_image_close(&img);
        return 0;
    }
    FZ_CHECK(d.nneeded >= 0 && d.nneeded <= 32);
    for (int i = 0; i < d.nneeded; i++)
        FZ_CHECK(d.needed[i] >= d.strtab && d.needed[i] < d.strtab + d.strsz);
    for (size_t i = 0; i < d.nsym; i++)
        FZ_CHECK(d.sym[i].name && d.sym[i].key);
    dz_dyn_defined(&d, "environ");
    const char *names[16];
    size_t nmiss = dz_dyn_missing(&d, resolve, NULL, names, 16);
    for (size_t i = 0; i < nmiss && i < 16; i++)
        FZ_CHECK(names[i] != NULL);
    if (fz_map(&img) == 0) {
        err[0] = 0;
        if (dz_dyn_bind(&img, &d, resolve, (data[0] & 1) ? fallback : NULL, NULL, err, sizeof err) != 0)
            fz_check_err(err);
        struct dz_tls_image tls;
        dz_dyn_tls(&img, &tls);
        fz_unmap(&img);
    }
    dz_dyn_free(&d);
    dz_image_close(&img);
    return 0;
}
