/* What Debian's glibc-built static libraries call that musl does not
 * provide (the launcher links libelf.a, libz.a and libcapstone.a against
 * musl: top CMakeLists.txt).  They are built with _FORTIFY_SOURCE, whose
 * checked variants take the destination's size and must stop the program
 * when it would overflow, as glibc's do. */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *fmt, va_list ap);
int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *fmt, ...);
int __sprintf_chk(char *s, int flag, size_t slen, const char *fmt, ...);
char *__strcpy_chk(char *dst, const char *src, size_t dstlen);
void *rawmemchr(const void *s, int c);

static _Noreturn void overflow(void)
{
    static const char msg[] = "denizen: buffer overflow detected in a library\n";
    (void)!write(2, msg, sizeof msg - 1);
    abort();
}

int __vsnprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *fmt, va_list ap)
{
    if (maxlen > slen)
        overflow();
    return vsnprintf(s, maxlen, fmt, ap);
}

int __snprintf_chk(char *s, size_t maxlen, int flag, size_t slen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = __vsnprintf_chk(s, maxlen, flag, slen, fmt, ap);
    va_end(ap);
    return r;
}

int __sprintf_chk(char *s, int flag, size_t slen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = vsnprintf(s, slen, fmt, ap);
    va_end(ap);
    if (r < 0 || (size_t)r >= slen)
        overflow();
    return r;
}

char *__strcpy_chk(char *dst, const char *src, size_t dstlen)
{
    size_t n = strlen(src);
    if (n >= dstlen)
        overflow();
    return memcpy(dst, src, n + 1);
}

void *rawmemchr(const void *s, int c)
{
    const unsigned char *p = s;
    while (*p != (unsigned char)c)
        p++;
    return (void *)p;
}

/* glibc 2.35's _dl_find_object, which Debian's libgcc_eh.a (the unwinder
 * FreeBSD programs' panics run: libshim/freebsd/unwind.c) asks for the
 * object holding a frame, to read its .eh_frame_hdr: the program or
 * denizen itself, as dz_find_object knows them (x86-64 layout of glibc's
 * struct dl_find_object).  Called on the guest's FS base: no TLS. */
#include <stdint.h>
struct dl_find_object {
    unsigned long long dlfo_flags;
    void *dlfo_map_start, *dlfo_map_end;
    void *dlfo_link_map;
    void *dlfo_eh_frame;
    unsigned long long reserved[7];
};
int _dl_find_object(void *pc, struct dl_find_object *result);
__attribute__((weak)) int dz_find_object(uint64_t pc, uint64_t *start, uint64_t *end, uint64_t *hdr);

int _dl_find_object(void *pc, struct dl_find_object *result)
{
    uint64_t start, end, hdr;
    if (!dz_find_object || dz_find_object((uint64_t)pc, &start, &end, &hdr) != 0)
        return -1;
    *result = (struct dl_find_object){
        .dlfo_map_start = (void *)start, .dlfo_map_end = (void *)end, .dlfo_eh_frame = (void *)hdr,
    };
    return 0;
}
