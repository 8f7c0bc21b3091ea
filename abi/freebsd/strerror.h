/* FreeBSD's error messages (lib/libc/gen/errlst.c): strerror(3) in the
 * guest's words, whatever the host's libc says. */
#ifndef DZ_ABI_FREEBSD_STRERROR_H
#define DZ_ABI_FREEBSD_STRERROR_H
#include <stddef.h>

/* The message of FreeBSD errno e, or NULL for a number with none
 * (strerror then says "Unknown error: e"). */
const char *fbsd_strerror(int e);
#endif
