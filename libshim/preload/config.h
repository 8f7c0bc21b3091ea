/* The shim's settings and their parsers: DENIZEN_UNAME specs and
 * DENIZEN_SHIM_CONFIG files.  Pure (no system calls), so unit-testable;
 * path rules themselves are parsed by syscall-xlate/pathmap. */
#ifndef DZ_PRELOAD_CONFIG_H
#define DZ_PRELOAD_CONFIG_H
#include "syscall-xlate/pathmap/pathmap.h"
#include <stddef.h>

/* struct utsname fields, in <sys/utsname.h> order. */
enum {
    DZ_UTS_SYSNAME,
    DZ_UTS_NODENAME,
    DZ_UTS_RELEASE,
    DZ_UTS_VERSION,
    DZ_UTS_MACHINE,
    DZ_UTS_DOMAINNAME,
    DZ_UTS_NFIELDS
};
#define DZ_UTS_LEN 65   /* _UTSNAME_LENGTH on Linux */

struct dz_uname_spec {
    unsigned mask;                          /* 1u << DZ_UTS_* that are set */
    char f[DZ_UTS_NFIELDS][DZ_UTS_LEN];
};

extern const char *const dz_uts_names[DZ_UTS_NFIELDS];

/* Diagnostics: what went wrong, and the offending text. */
typedef void dz_cfg_diag_fn(void *ctx, const char *what, const char *text, size_t len);

/* "sysname=Linux,release=2.6.32,version=#1 SMP Mon, 1 Jan" -- any subset,
 * in any order; later keys win.  A comma separates fields only when a known
 * key and '=' follow it, so values may contain commas; a backslash makes
 * the next byte literal.  Values longer than 64 bytes are cut (reported).
 * Returns the number of problems reported. */
int dz_uname_parse(struct dz_uname_spec *u, const char *spec, size_t len,
                   dz_cfg_diag_fn *diag, void *ctx);

/* Everything a config file can set. */
struct dz_shim_cfg {
    struct dz_pathmap *map;
    char root[DZ_PM_PATH_MAX];
    char trace[DZ_PM_PATH_MAX];
    struct dz_uname_spec uname;
};

/* DENIZEN_SHIM_CONFIG text: one setting per line, '#' comments.
 *   /old/path = /new/path        a path rule (the line starts with '/')
 *   map = /a=/b; /c=/d           rules, as in DENIZEN_PATH_MAP
 *   root = /srv/linux-root       as DENIZEN_ROOT
 *   uname = release=2.6.32       as DENIZEN_UNAME (fields merge)
 *   trace = /tmp/shim.log        as DENIZEN_SHIM_TRACE
 * Returns the number of problems reported. */
int dz_cfg_parse(struct dz_shim_cfg *c, const char *text, size_t len,
                 dz_cfg_diag_fn *diag, void *ctx);

/* Apply a spec to a struct utsname-shaped array of fields. */
void dz_uname_apply(const struct dz_uname_spec *u, char (*fields)[DZ_UTS_LEN]);

#endif
