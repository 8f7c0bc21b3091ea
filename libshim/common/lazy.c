/* --lazy-missing: an import the personality does not provide is bound to a
 * stub that reports the symbol on its first call and fails with ENOSYS.
 *
 * Each stub needs its own entry address that knows which symbol it stands
 * for, and the set is only known once the executable is read: this is
 * where libffi earns its place.  A closure per symbol gives that entry
 * without a code generator of our own; its handler forwards the argument
 * registers to the common library path (dz_lib_invoke) with a row made for
 * the symbol, so the call is traced and fails like any other export.
 * libffi's closure code runs before the switch to the host context, on the
 * guest's stack and FS base: it touches no TLS (checked for libffi 3.4). */
#define _GNU_SOURCE
#include "libshim/common/libpers.h"
#include "syscall-xlate/engine/engine.h"
#include <errno.h>
#include <ffi.h>
#include <stdlib.h>
#include <string.h>

uint64_t dz_lib_invoke(const struct dz_export *row, uint64_t a0, uint64_t a1, uint64_t a2,
                       uint64_t a3, uint64_t a4);

struct lazy {
    struct dz_export row;
    int reported;
};

static long missing(struct dz_call *c)
{
    struct lazy *z = (struct lazy *)((char *)c->ent - offsetof(struct lazy, row.ent));
    if (!__atomic_exchange_n(&z->reported, 1, __ATOMIC_RELAXED))
        dz_warn("%s: %s() is not provided (bound by --lazy-missing): it fails with ENOSYS",
                dz_lib_active ? dz_lib_active->name : "library", c->ent->name);
    return -ENOSYS;
}

static ffi_cif stub_cif;
static ffi_type *stub_args[6];
static int stub_cif_ready;

/* Runs on the guest side: hand the integer argument registers on. */
static void stub_handler(ffi_cif *cif, void *ret, void **args, void *user)
{
    const struct lazy *z = user;
    uint64_t a[5];
    for (int i = 0; i < 5; i++)
        memcpy(&a[i], args[i], sizeof a[i]);
    *(ffi_arg *)ret = (ffi_arg)dz_lib_invoke(&z->row, a[0], a[1], a[2], a[3], a[4]);
}

const void *dz_lib_lazy_stub(const struct dz_libpers *lp, const char *name)
{
    if (!stub_cif_ready) {
        for (int i = 0; i < 6; i++)
            stub_args[i] = &ffi_type_uint64;
        if (ffi_prep_cif(&stub_cif, FFI_DEFAULT_ABI, 6, &ffi_type_uint64, stub_args) != FFI_OK)
            return NULL;
        stub_cif_ready = 1;
    }
    struct lazy *z = calloc(1, sizeof *z);
    char *nm = strdup(name);
    void *code = NULL;
    ffi_closure *cl = ffi_closure_alloc(sizeof(ffi_closure), &code);
    if (!z || !nm || !cl) {
        free(z);
        free(nm);
        if (cl)
            ffi_closure_free(cl);
        return NULL;
    }
    z->row = (struct dz_export){
        .ent = { .name = nm, .fn = missing, .level = DZ_UNIMPL, .nargs = 5, .ret = DZ_K_INT,
                 .arg = { DZ_K_HEX, DZ_K_HEX, DZ_K_HEX, DZ_K_HEX, DZ_K_HEX },
                 .note = "not provided; bound by --lazy-missing" },
        .conv = DZ_LIB_INT,
        .entry = code,
    };
    if (ffi_prep_closure_loc(cl, &stub_cif, stub_handler, z, code) != FFI_OK) {
        ffi_closure_free(cl);
        free(nm);
        free(z);
        return NULL;
    }
    (void)lp;
    return code;
}

const void *dz_lib_resolve_lazy(void *ctx, const char *name)
{
    return dz_lib_lazy_stub(ctx, name);
}
