/* The export rows and the import table, made from exports.def. */
#include "libshim/illumos/ilm.h"

#define DZ_XP ilm
#define DZ_XDEF "libshim/illumos/exports.def"
#define DZ_XLIST ilm_exports
#define DZ_XCOUNT ILM_NEXPORTS
#include "libshim/common/exports_table.h"
