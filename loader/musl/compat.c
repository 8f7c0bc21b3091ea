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
 * FreeBSD programs' panics run: libshim/freebsd/unwind.c) asks for a
 * frame's object when the .eh_frame sections registered with it do not
 * have the frame.  Every frame it walks is registered (the program's and
 * denizen's own), so there is never another object: -1, "not found".
 * Called on the guest's FS base: it must not touch TLS, and does not. */
struct dl_find_object;
int _dl_find_object(void *pc, struct dl_find_object *result);
int _dl_find_object(void *pc, struct dl_find_object *result)
{
    (void)pc, (void)result;
    return -1;
}
