/* --trace: one line per guest call, decoded in the guest's own terms. */
#ifndef DZ_TRACE_TRACE_H
#define DZ_TRACE_TRACE_H
#include <stddef.h>
#include <stdint.h>
#include "syscall-xlate/engine/personality.h"

void dz_trace_call(const struct dz_personality *p, const struct dz_sysent *e,
                   const struct dz_call *c, long result);

/* Format one argument of kind k into buf (used by the tracer and its tests).
 * next is the following argument (the length of INBUF and MIB). */
int dz_trace_arg(const struct dz_personality *p, int k, uint64_t v, uint64_t next,
                 char *buf, size_t len);
/* Quote bytes as a C string literal, at most max bytes shown. */
int dz_trace_quote(const unsigned char *s, size_t n, size_t max, int truncated, char *buf, size_t len);
#endif
