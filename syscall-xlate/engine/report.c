/* Messages of the layer itself: fatal errors, warnings and the one-per-call
 * report of what the guest asked for and did not get. */
#define _GNU_SOURCE
#include "syscall-xlate/engine/engine.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct dz_options dz_opts = { .trace_fd = -1 };

static void vline(const char *fmt, va_list ap)
{
    char buf[512];
    int n = snprintf(buf, sizeof buf, "denizen: ");
    n += vsnprintf(buf + n, sizeof buf - (size_t)n, fmt, ap);
    if (n > (int)sizeof buf - 2)
        n = (int)sizeof buf - 2;
    buf[n++] = '\n';
    write(2, buf, (size_t)n);   /* one write: lines from threads never interleave */
}

void dz_fatal(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vline(fmt, ap);
    va_end(ap);
    _exit(70);
}

void dz_warn(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vline(fmt, ap);
    va_end(ap);
}

#define REPORT_SLOTS 4096
static unsigned char reported[REPORT_SLOTS / 8];

void dz_report_unimplemented(const struct dz_personality *p, long nr, const char *name)
{
    unsigned long slot = (unsigned long)nr % REPORT_SLOTS;
    unsigned char bit = (unsigned char)(1u << (slot % 8));
    if (__atomic_fetch_or(&reported[slot / 8], bit, __ATOMIC_RELAXED) & bit)
        return;
    if (name && name[0] != '-')
        dz_warn("%s syscall %ld %s: not implemented", p->name, nr, name);
    else
        dz_warn("%s syscall %ld: unknown", p->name, nr);
}
