/* The --trace decoder (syscall-xlate/trace/): argument formatting of every
 * kind from any value and any guest bytes (a pointer outside the guest's
 * memory faults, as the engine's copy reports), string quoting, and the
 * --trace option and --trace-calls list parsers.
 * Input: a mode byte, then per mode (see below). */
#include "tests/fuzz/fuzz.h"
#include "abi/common/flagtab.h"
#include "syscall-xlate/engine/personality.h"
#include "syscall-xlate/trace/classes.h"
#include "syscall-xlate/trace/kinds.h"
#include "syscall-xlate/trace/trace.h"
#include <string.h>

static const struct dz_flag oflags[] = {
    DZ_FIELD(3, 0, 3, 0, "O_RDONLY"), DZ_FIELD(3, 1, 3, 1, "O_WRONLY"), DZ_FIELD(3, 2, 3, 2, "O_RDWR"),
    DZ_FLAG(0x200, 0x40, "O_CREAT"), DZ_FLAG(0x100000, 0x80000, "O_CLOEXEC"),
};
static const struct dz_flagtab oflag_tab = DZ_FLAGTAB(oflags);
static const struct dz_val clocks[] = { { 4, 1, "CLOCK_MONOTONIC" }, { 0, 0, "CLOCK_REALTIME" } };
static const struct dz_valtab clock_tab = DZ_VALTAB(clocks);
static struct dz_kindtab kinds[DZ_K_COUNT];
static struct dz_personality pers = { .name = "fuzz", .kinds = kinds };

static uint64_t u64(const uint8_t *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

/* A NUL-terminated copy that outlives the call: dz_trace_option keeps
 * pointers to the options it saves (to pass them on at exec). */
static const char *str(const uint8_t *p, size_t n)
{
    static char keep[8][1024];
    static int next;
    char *s = keep[next++ % 8];
    if (n > sizeof keep[0] - 1)
        n = sizeof keep[0] - 1;
    memcpy(s, p, n);
    s[n] = 0;
    return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    kinds[DZ_K_OFLAGS].flags = &oflag_tab;
    kinds[DZ_K_CLOCK].vals = &clock_tab;
    if (n < 1)
        return 0;
    uint8_t mode = data[0] % 4;
    data++, n--;
    if (mode == 0) {
        /* kind, flags (1: v points into the guest bytes; 2: no tables),
         * out length, v, next, then the guest bytes */
        if (n < 19)
            return 0;
        int k = data[0] % DZ_K_COUNT;
        size_t len = (size_t)data[2] + 1;
        uint64_t v = u64(data + 3), next = u64(data + 11);
        const uint8_t *g = data + 19;
        size_t gn = n - 19;
        uint8_t *guest = malloc(gn ? gn : 1);
        memcpy(guest, g, gn);
        fz_guest_lo = (uintptr_t)guest;
        fz_guest_hi = (uintptr_t)guest + gn;
        if ((data[1] & 1) && gn)
            v = (uint64_t)(uintptr_t)guest + v % gn;
        char *buf = malloc(len);
        int r = dz_trace_arg((data[1] & 2) ? NULL : &pers, k, v, next, buf, len);
        FZ_CHECK(r >= 0);
        FZ_CHECK(memchr(buf, 0, len) != NULL);
        free(buf);
        free(guest);
        fz_guest_lo = fz_guest_hi = 0;
    } else if (mode == 1) {
        dz_trace_option(str(data, n));
    } else if (mode == 2) {
        /* list NUL name NUL, the classes in the last 4 bytes */
        const uint8_t *z = memchr(data, 0, n);
        size_t ln = z ? (size_t)(z - data) : n;
        const char *list = str(data, ln);
        const char *name = z ? str(z + 1, n - ln - 1) : "read";
        uint32_t cls = 0;
        if (n >= 4)
            memcpy(&cls, data + n - 4, 4);
        int r = dz_trace_select_test(list, name, cls);
        FZ_CHECK(r >= -1 && r <= 1);
    } else {
        if (n < 3)
            return 0;
        size_t len = (size_t)data[0] + 1, max = data[1];
        char *buf = malloc(len);
        int r = dz_trace_quote(data + 3, n - 3, max, data[2] & 1, buf, len);
        FZ_CHECK(r >= 0 && (size_t)r < len);
        FZ_CHECK(memchr(buf, 0, len) != NULL);
        free(buf);
    }
    return 0;
}
