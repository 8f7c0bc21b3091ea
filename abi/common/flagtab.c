/* One walker for every flag table, both directions (see flagtab.h). */
#include "abi/common/flagtab.h"
#include <stdio.h>

static uint64_t walk(const struct dz_flagtab *t, uint64_t in, int to_host, uint64_t *unknown)
{
    uint64_t out = 0, covered = 0;
    for (size_t i = 0; i < t->n; i++) {
        const struct dz_flag *f = &t->v[i];
        uint64_t im = to_host ? f->gmask : f->hmask, iv = to_host ? f->gval : f->hval;
        uint64_t ov = to_host ? f->hval : f->gval;
        if (im == 0 && iv == 0)
            continue;               /* no counterpart on this side */
        if ((in & im) == iv) {
            out |= ov;
            covered |= im;
        }
    }
    if (unknown)
        *unknown = in & ~covered;
    return out;
}

uint64_t dz_flags_to_host(const struct dz_flagtab *t, uint64_t guest, uint64_t *unknown)
{
    return walk(t, guest, 1, unknown);
}

uint64_t dz_flags_to_guest(const struct dz_flagtab *t, uint64_t host, uint64_t *unknown)
{
    return walk(t, host, 0, unknown);
}

int dz_val_to_host(const struct dz_valtab *t, int64_t guest, int64_t *out)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].guest == guest) {
            *out = t->v[i].host;
            return 0;
        }
    return -1;
}

int dz_val_to_guest(const struct dz_valtab *t, int64_t host, int64_t *out)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].host == host) {
            *out = t->v[i].guest;
            return 0;
        }
    return -1;
}

const char *dz_val_name(const struct dz_valtab *t, int64_t guest)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].guest == guest)
            return t->v[i].name;
    return NULL;
}

int dz_flags_format(const struct dz_flagtab *t, uint64_t guest, char *buf, size_t len)
{
    size_t pos = 0;
    uint64_t covered = 0;
#define PUT(...) do { int k_ = snprintf(buf + (pos < len ? pos : len), pos < len ? len - pos : 0, __VA_ARGS__); \
                      if (k_ > 0) pos += (size_t)k_; } while (0)
    for (size_t i = 0; i < t->n; i++) {
        const struct dz_flag *f = &t->v[i];
        if (f->gmask == 0 && f->gval == 0)
            continue;
        if ((guest & f->gmask) != f->gval || (covered & f->gmask) == f->gmask)
            continue;
        PUT("%s%s", pos ? "|" : "", f->name);
        covered |= f->gmask;
    }
    uint64_t rest = guest & ~covered;
    if (rest || pos == 0)
        PUT("%s%#llx", pos ? "|" : "", (unsigned long long)rest);
#undef PUT
    return (int)pos;
}
