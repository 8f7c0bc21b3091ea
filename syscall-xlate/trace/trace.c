/* The call tracer: `name(arg, ...) = result`, arguments decoded by the
 * kinds in the personality's master table, errors by the guest's errno
 * names, e.g. openat(AT_FDCWD, "/etc/passwd", O_RDONLY|O_CLOEXEC) = 3.
 * The argument formatting is here; the stream (threads, processes,
 * filters, timings, the summary) is in stream.c. */
#define _GNU_SOURCE
#include "syscall-xlate/trace/trace.h"
#include "abi/common/flagtab.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/uaccess.h"
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define STR_MAX 96     /* bytes of a string or buffer shown before "..." */

int dz_trace_quote(const unsigned char *s, size_t n, size_t max, int truncated, char *buf, size_t len)
{
    size_t pos = 0;
#define OUT(...) do { int k_ = snprintf(buf + pos, pos < len ? len - pos : 0, __VA_ARGS__); \
                      if (k_ > 0) pos = pos + (size_t)k_ < len ? pos + (size_t)k_ : len - 1; } while (0)
    OUT("\"");
    for (size_t i = 0; i < n && i < max; i++) {
        unsigned char ch = s[i];
        switch (ch) {
        case '\n': OUT("\\n"); break;
        case '\t': OUT("\\t"); break;
        case '\r': OUT("\\r"); break;
        case '"':  OUT("\\\""); break;
        case '\\': OUT("\\\\"); break;
        default:
            if (ch >= 32 && ch < 127)
                OUT("%c", ch);
            else
                OUT("\\x%02x", ch);
        }
    }
    OUT("\"%s", (n > max || truncated) ? "..." : "");
#undef OUT
    return (int)pos;
}

int dz_trace_arg(const struct dz_personality *p, int k, uint64_t v, uint64_t next,
                 char *buf, size_t len)
{
    const struct dz_kindtab *kt = (p && p->kinds) ? &p->kinds[k] : NULL;
    if (kt && kt->flags)
        return dz_flags_format(kt->flags, v, buf, len);
    if (kt && kt->vals) {
        const char *nm = dz_val_name(kt->vals, (int32_t)v);
        return nm ? snprintf(buf, len, "%s", nm) : snprintf(buf, len, "%d", (int32_t)v);
    }
    switch (k) {
    case DZ_K_INT: case DZ_K_FD: case DZ_K_PID: case DZ_K_SIG:
        return snprintf(buf, len, "%d", (int32_t)v);
    case DZ_K_UINT:
        return snprintf(buf, len, "%u", (uint32_t)v);
    case DZ_K_LONG: case DZ_K_SSIZE: case DZ_K_OFF:
        return snprintf(buf, len, "%ld", (long)v);
    case DZ_K_SIZE:
        return snprintf(buf, len, "%lu", (unsigned long)v);
    case DZ_K_MODE:
        return snprintf(buf, len, "0%o", (unsigned)v);
    case DZ_K_ATFD:
        return (int32_t)v == -100 ? snprintf(buf, len, "AT_FDCWD") : snprintf(buf, len, "%d", (int32_t)v);
    case DZ_K_PATH: case DZ_K_STR: {
        char s[STR_MAX + 1];
        long n = v ? dz_ua_strncpy(s, (const char *)v, sizeof s) : -14;
        if (n == -14)
            return snprintf(buf, len, "%#lx", (unsigned long)v);
        return dz_trace_quote((unsigned char *)s, n < 0 ? STR_MAX : (size_t)n, STR_MAX, n < 0, buf, len);
    }
    case DZ_K_INBUF: {
        unsigned char s[STR_MAX];
        size_t n = next < STR_MAX ? next : STR_MAX;
        if (!v || dz_copy_in(s, v, n) != 0)
            return snprintf(buf, len, "%#lx", (unsigned long)v);
        return dz_trace_quote(s, next, STR_MAX, 0, buf, len);
    }
    case DZ_K_MIB: {
        int32_t mib[24];
        size_t n = next < 24 ? next : 24, pos = 0;
        if (!v || dz_copy_in(mib, v, n * 4) != 0)
            return snprintf(buf, len, "%#lx", (unsigned long)v);
        pos += (size_t)snprintf(buf, len, "{");
        for (size_t i = 0; i < n && pos < len; i++)
            pos += (size_t)snprintf(buf + pos, len - pos, "%s%d", i ? "," : "", mib[i]);
        if (pos < len)
            pos += (size_t)snprintf(buf + pos, len - pos, "}");
        return (int)pos;
    }
    case DZ_K_PTR: case DZ_K_OUTBUF:
        return v ? snprintf(buf, len, "%#lx", (unsigned long)v) : snprintf(buf, len, "NULL");
    default:
        return snprintf(buf, len, "%#lx", (unsigned long)v);
    }
}

