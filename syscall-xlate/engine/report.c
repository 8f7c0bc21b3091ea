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

/* Numbers below REPORT_SLOTS (every table's rows) have a bit each.  A guest
 * can put any value in rax, so the numbers above get a small open-addressing
 * set: two of them that agree modulo 4096 are still two calls, each reported
 * once (the storm test, tests/reliability, found the old bitmap-only scheme
 * silencing the second).  Once the set is full, a new far number is reported
 * every time rather than never. */
#define REPORT_SLOTS 4096
#define FAR_SLOTS 256
#define FAR_EMPTY 0UL   /* far numbers are >= REPORT_SLOTS as unsigned: never 0 */
static unsigned char reported[REPORT_SLOTS / 8];
static unsigned long far_reported[FAR_SLOTS];

static int first_far_report(unsigned long nr)
{
    unsigned long h = (nr * 0x9E3779B97F4A7C15UL) >> 56;   /* 8 bits: FAR_SLOTS */
    for (unsigned i = 0; i < FAR_SLOTS; i++) {
        unsigned long *slot = &far_reported[(h + i) % FAR_SLOTS];
        unsigned long cur = __atomic_load_n(slot, __ATOMIC_RELAXED);
        if (cur == FAR_EMPTY &&
            __atomic_compare_exchange_n(slot, &cur, nr, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
            return 1;
        if (cur == nr)
            return 0;
    }
    return 1;
}

void dz_report_unimplemented(const struct dz_personality *p, long nr, const char *name)
{
    unsigned long unr = (unsigned long)nr;
    if (unr < REPORT_SLOTS) {
        unsigned char bit = (unsigned char)(1u << (unr % 8));
        if (__atomic_fetch_or(&reported[unr / 8], bit, __ATOMIC_RELAXED) & bit)
            return;
    } else if (!first_far_report(unr)) {
        return;
    }
    if (name && name[0] != '-')
        dz_warn("%s syscall %ld %s: not implemented", p->name, nr, name);
    else
        dz_warn("%s syscall %ld: unknown", p->name, nr);
}
