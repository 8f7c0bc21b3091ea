/* Flag and value translation tables: one table per flag word and OS, one
 * walker for both directions.  Pure data and pure functions (abi/ rule).
 *
 * A flag entry describes one guest field and its host counterpart as
 * (mask, value) pairs, so plain bits (mask == value), multi-bit fields
 * (O_ACCMODE, MAP_ALIGNED) and zero values (O_RDONLY) share one walker.
 * An entry with hmask == 0 is a guest flag that is known and dropped
 * (e.g. FreeBSD MAP_NOSYNC); an entry with gmask == 0 is a host flag the
 * guest cannot see. Bits no entry covers come back as `unknown`, so a
 * caller can refuse or report them instead of silently losing them. */
#ifndef DZ_ABI_FLAGTAB_H
#define DZ_ABI_FLAGTAB_H
#include <stddef.h>
#include <stdint.h>

struct dz_flag {
    uint64_t gmask, gval;   /* guest: field mask and value */
    uint64_t hmask, hval;   /* host (Linux): field mask and value */
    const char *name;       /* guest name, for the tracer */
};

struct dz_flagtab {
    const struct dz_flag *v;
    size_t n;
};

/* A single bit (or same-valued field) on both sides. */
#define DZ_FLAG(g, h, nm) { (g), (g), (h), (h), nm }
/* A multi-bit field: guest (mask, value) <-> host (mask, value). */
#define DZ_FIELD(gm, gv, hm, hv, nm) { (gm), (gv), (hm), (hv), nm }
/* A guest flag we know and deliberately do not pass on. */
#define DZ_DROP(g, nm) DZ_FIELD((g), (g), 0, 0, nm)
/* A host flag the kernel reports that the guest has no word for; consumed
 * silently on the way back to the guest. */
#define DZ_HOST_ONLY(h) DZ_FIELD(0, 0, (h), (h), NULL)
#define DZ_FLAGTAB(arr) { (arr), sizeof(arr) / sizeof((arr)[0]) }

uint64_t dz_flags_to_host(const struct dz_flagtab *t, uint64_t guest, uint64_t *unknown);
uint64_t dz_flags_to_guest(const struct dz_flagtab *t, uint64_t host, uint64_t *unknown);

/* Enumerated values (commands, ids, resource numbers). */
struct dz_val {
    int64_t guest, host;
    const char *name;       /* guest name, for the tracer */
};

struct dz_valtab {
    const struct dz_val *v;
    size_t n;
};

#define DZ_VALTAB(arr) { (arr), sizeof(arr) / sizeof((arr)[0]) }

/* 0 and *out set when the value is in the table, -1 otherwise. */
int dz_val_to_host(const struct dz_valtab *t, int64_t guest, int64_t *out);
int dz_val_to_guest(const struct dz_valtab *t, int64_t host, int64_t *out);
/* Guest name of a guest value, or NULL. */
const char *dz_val_name(const struct dz_valtab *t, int64_t guest);

/* Writes "A|B|0x40" (guest names, leftover bits in hex; "0" for nothing) into
 * buf; returns the length it would have written, like snprintf. */
int dz_flags_format(const struct dz_flagtab *t, uint64_t guest, char *buf, size_t len);

#endif
