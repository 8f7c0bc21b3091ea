/* The export rows and the import table, made from exports.def. */
#include "libshim/openbsd/obsd.h"

#define DZ_XP obsd
#define DZ_XDEF "libshim/openbsd/exports.def"
#define DZ_XLIST obsd_exports
#define DZ_XCOUNT OBSD_NEXPORTS
#include "libshim/common/exports_table.h"
