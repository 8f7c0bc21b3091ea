/* stdio for dynamically linked FreeBSD programs: FreeBSD FILE objects
 * (abi/freebsd/stdio.h) with our buffers behind them: stdin, stdout and
 * stderr (the program reaches them through __stdinp/__stdoutp/__stderrp)
 * and the streams fopen/fdopen make, FOPEN_MAX... up to NSTREAMS at once.
 *
 * FreeBSD semantics kept: stdout is line buffered on a terminal and fully
 * buffered otherwise, stderr unbuffered; reading a line-buffered stream
 * (stdin on a terminal) flushes stdout first (__srefill's lflush); exit
 * flushes every stream after the atexit handlers (start.c), _exit does
 * not.  The FILE's inline counts _r/_w stay 0, so the getc/putc macros of
 * FreeBSD's headers always call __srget/__swbuf (which put them back to
 * 0) and the bytes are only ever in our buffers.  Reads and writes are
 * the personality's read and write handlers (dz_read/dz_write): one
 * implementation of the system calls.
 *
 * Formatting is the host's vsnprintf on the caller's own va_list (the
 * same SysV x86-64 va_list: the guest-side printf/fprintf entries,
 * guest.c, va_start in their frame and pass it on): the standard
 * conversions print the same.  One lock guards all the streams. */
#define _GNU_SOURCE
#include "libshim/freebsd/fbl.h"
#include "abi/freebsd/stdio.h"
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NSTREAMS 256
#define BUFSZ 4096

/* A FILE is free when its _flags are 0 (FreeBSD's convention too). */
static struct fbsd_file files[NSTREAMS] = {
    { ._flags = FBSD_SRD, ._file = 0 },
    { ._flags = FBSD_SWR, ._file = 1 },
    { ._flags = FBSD_SWR | FBSD_SNBF, ._file = 2 },
};
struct fbsd_file *fbl_stdinp = &files[0];
struct fbsd_file *fbl_stdoutp = &files[1];
struct fbsd_file *fbl_stderrp = &files[2];

/* What stays on our side of a stream. */
struct stream {
    int mode;                       /* FBSD_IO*BF once decided (first use), else -1 */
    size_t wlen;                    /* bytes waiting in wbuf */
    size_t rpos, rlen;              /* rbuf[rpos, rlen) not read yet */
    int ungot;                      /* an ungetc'd byte, or -1 */
    unsigned char *wbuf, *rbuf;     /* BUFSZ each, allocated on first use */
};
static struct stream streams[NSTREAMS] = {
    { .mode = -1, .ungot = -1 }, { .mode = -1, .ungot = -1 }, { .mode = FBSD_IONBF, .ungot = -1 },
};
static uint32_t stdio_lock;

/* The stream of a FILE pointer: one of ours and open; else -1. */
static int index_of(uint64_t fp)
{
    uint64_t base = (uint64_t)files;
    if (fp < base || fp >= base + sizeof files || (fp - base) % sizeof files[0])
        return -1;
    int i = (int)((fp - base) / sizeof files[0]);
    return files[i]._flags ? i : -1;
}

/* The stream of a FILE * argument, or -1 (EBADF: not an open stream of ours). */
static int stream_arg(struct dz_call *c, uint64_t fp)
{
    int i = index_of(fp);
    if (i < 0)
        dz_lib_set_errno(c->t, EBADF);
    return i;
}

static int buffers(struct stream *s)
{
    if (!s->wbuf)
        s->wbuf = malloc(BUFSZ);
    if (!s->rbuf)
        s->rbuf = malloc(BUFSZ);
    return s->wbuf && s->rbuf ? 0 : -1;
}

/* The buffering of stdin/stdout, decided on first use as FreeBSD's
 * __smakebuf does: a terminal is line buffered. */
static int mode_of(struct dz_call *c, int i)
{
    struct stream *s = &streams[i];
    if (s->mode < 0) {
        struct { uint32_t w[15]; } tio;   /* TCGETS: a terminal (errno left alone) */
        s->mode = dz_sys(SYS_ioctl, files[i]._file, 0x5401, &tio) == 0 ? FBSD_IOLBF : FBSD_IOFBF;
        if (s->mode == FBSD_IOLBF)
            files[i]._flags |= FBSD_SLBF;
    }
    return s->mode;
}

static void set_err(struct dz_call *c, int i, long e)
{
    files[i]._flags |= FBSD_SERR;
    dz_lib_set_errno(c->t, (int)-e);
}

/* One read or write of the stream's descriptor.  Interrupted mid-way, it
 * is made again; a guest signal already queued (DZ_EARLY_EINTR) can only
 * be delivered when the library call returns, so it ends the operation
 * with EINTR (as FreeBSD's stdio does on an EINTR) instead of retrying
 * forever. */
static long io_call(struct dz_call *c, long (*h)(struct dz_call *), uint64_t fd, const void *p, size_t n)
{
    long r;
    do
        r = fbl_call(c, h, fd, (uint64_t)p, n, 0, 0, 0);
    while (r == -EINTR);
    return r == DZ_EARLY_EINTR ? -EINTR : r;
}

/* Write n bytes to the descriptor; 0 or -1 (error flag and errno set). */
static int write_all(struct dz_call *c, int i, const unsigned char *p, size_t n)
{
    while (n > 0) {
        long r = io_call(c, dz_write, (uint64_t)files[i]._file, p, n);
        if (r <= 0) {
            set_err(c, i, r < 0 ? r : -EIO);
            return -1;
        }
        p += r, n -= (size_t)r;
    }
    return 0;
}

static int flush(struct dz_call *c, int i)
{
    struct stream *s = &streams[i];
    if (!s->wlen)
        return 0;
    int r = write_all(c, i, s->wbuf, s->wlen);
    s->wlen = 0;   /* FreeBSD drops what failed to go out, too (__sflush) */
    return r;
}

/* Before writing or seeking: bytes read ahead but not consumed are given
 * back to the descriptor (a stream open for both). */
static int drop_readahead(struct dz_call *c, int i)
{
    struct stream *s = &streams[i];
    int64_t back = (int64_t)(s->rlen - s->rpos) + (s->ungot >= 0);
    s->rpos = s->rlen = 0;
    s->ungot = -1;
    if (back > 0) {
        long r = fbl_call(c, dz_lseek, (uint64_t)files[i]._file, (uint64_t)-back, FBSD_SEEK_CUR, 0, 0, 0);
        if (r < 0 && r != -ESPIPE) {
            set_err(c, i, r);
            return -1;
        }
    }
    return 0;
}

static int put(struct dz_call *c, int i, const void *data, size_t n)
{
    struct stream *s = &streams[i];
    const unsigned char *p = data;
    files[i]._w = 0;
    if (!(files[i]._flags & FBSD_SWR)) {
        set_err(c, i, -EBADF);
        return -1;
    }
    if (buffers(s)) {
        set_err(c, i, -ENOMEM);
        return -1;
    }
    if (drop_readahead(c, i))
        return -1;
    int mode = mode_of(c, i);
    if (mode == FBSD_IONBF)
        return flush(c, i) || write_all(c, i, p, n) ? -1 : 0;
    while (n > 0) {
        size_t k = BUFSZ - s->wlen < n ? BUFSZ - s->wlen : n;
        memcpy(s->wbuf + s->wlen, p, k);
        s->wlen += k, p += k, n -= k;
        if (s->wlen == BUFSZ && flush(c, i))
            return -1;
    }
    if (mode == FBSD_IOLBF && memchr(data, '\n', (size_t)(p - (const unsigned char *)data)))
        return flush(c, i);
    return 0;
}

/* Fill the read buffer: 1, 0 at end of file (EOF flag), -1 on error. */
static int refill(struct dz_call *c, int i)
{
    struct stream *s = &streams[i];
    files[i]._r = 0;
    if (!(files[i]._flags & FBSD_SRD)) {
        set_err(c, i, -EBADF);
        return -1;
    }
    if (files[i]._flags & FBSD_SEOF)
        return 0;
    if (buffers(s)) {
        set_err(c, i, -ENOMEM);
        return -1;
    }
    if ((files[i]._flags & FBSD_SWR) && flush(c, i))   /* a stream open for both */
        return -1;
    if (mode_of(c, i) != FBSD_IOFBF)   /* __srefill: flush line-buffered output first */
        for (int j = 0; j < NSTREAMS; j++)
            if (j != i && (files[j]._flags & FBSD_SWR) && mode_of(c, j) == FBSD_IOLBF)
                flush(c, j);
    long r;
    r = io_call(c, dz_read, (uint64_t)files[i]._file, s->rbuf, BUFSZ);
    if (r < 0) {
        set_err(c, i, r);
        return -1;
    }
    if (r == 0) {
        files[i]._flags |= FBSD_SEOF;
        return 0;
    }
    s->rpos = 0, s->rlen = (size_t)r;
    return 1;
}

static int get(struct dz_call *c, int i)
{
    struct stream *s = &streams[i];
    if (s->ungot >= 0) {
        int b = s->ungot;
        s->ungot = -1;
        return b;
    }
    if (s->rpos == s->rlen && refill(c, i) <= 0)
        return FBSD_EOF;
    return s->rbuf[s->rpos++];
}

static void lock(void) { fbl_lock(&stdio_lock); }
static void unlock(void) { fbl_unlock(&stdio_lock); }

/* Every stream flushed: exit's cleanup (start.c) and fflush(NULL). */
int fbl_stdio_flush_all(struct dz_call *c)
{
    int r = 0;
    lock();
    for (int i = 0; i < NSTREAMS; i++)
        if (files[i]._flags & FBSD_SWR)
            r |= flush(c, i);
    unlock();
    return r ? FBSD_EOF : 0;
}

/* ---- opening and closing ---- */

/* fopen's mode string as open(2) flags (FreeBSD's) and FILE flags; -1 if bad. */
static int parse_mode(const char *m, int *oflags, int *fflags)
{
    switch (*m++) {
    case 'r': *oflags = 0, *fflags = FBSD_SRD; break;
    case 'w': *oflags = FBSD_O_WRONLY | FBSD_O_CREAT | FBSD_O_TRUNC, *fflags = FBSD_SWR; break;
    case 'a': *oflags = FBSD_O_WRONLY | FBSD_O_CREAT | FBSD_O_APPEND, *fflags = FBSD_SWR; break;
    default: return -1;
    }
    for (; *m; m++) {
        if (*m == '+') {
            *oflags = (*oflags & ~FBSD_O_WRONLY) | FBSD_O_RDWR;
            *fflags = FBSD_SRD | FBSD_SWR | FBSD_SRW;
        } else if (*m == 'x') {
            *oflags |= FBSD_O_EXCL;
        } else if (*m == 'e') {
            *oflags |= FBSD_O_CLOEXEC;
        } /* 'b' and the rest: ignored, as FreeBSD does */
    }
    return 0;
}

/* A free FILE for descriptor fd, or 0 (errno set: EMFILE). */
static uint64_t new_file(struct dz_call *c, int fd, int fflags)
{
    lock();
    for (int i = 3; i < NSTREAMS; i++)
        if (!files[i]._flags) {
            files[i] = (struct fbsd_file){ ._flags = (int16_t)fflags, ._file = (int16_t)fd };
            unsigned char *w = streams[i].wbuf, *r = streams[i].rbuf;
            streams[i] = (struct stream){ .mode = -1, .ungot = -1, .wbuf = w, .rbuf = r };
            unlock();
            return (uint64_t)&files[i];
        }
    unlock();
    dz_lib_set_errno(c->t, EMFILE);
    return 0;
}

/* fopen(path, mode) */
long fbl_fopen(struct dz_call *c)
{
    int oflags, fflags;
    if (parse_mode((const char *)A(1), &oflags, &fflags))
        return -EINVAL;
    long fd = fbl_call(c, dz_open, A(0), (uint64_t)oflags, 0666, 0, 0, 0);
    if (fd < 0)
        return fd;
    if (fd > INT16_MAX) {   /* _file is a short */
        fbl_call(c, dz_close, (uint64_t)fd, 0, 0, 0, 0, 0);
        return -EMFILE;
    }
    uint64_t fp = new_file(c, (int)fd, fflags);
    if (!fp) {
        fbl_call(c, dz_close, (uint64_t)fd, 0, 0, 0, 0, 0);
        return -EMFILE;
    }
    return (long)fp;
}

/* fdopen(fd, mode): the descriptor as it is (no truncation, no creation). */
long fbl_fdopen(struct dz_call *c)
{
    int oflags, fflags;
    if (parse_mode((const char *)A(1), &oflags, &fflags))
        return -EINVAL;
    if (AI(0) < 0 || AI(0) > INT16_MAX)
        return -EBADF;
    long fl = fbl_call(c, dz_fcntl, A(0), 3 /* F_GETFL */, 0, 0, 0, 0);
    if (fl < 0)
        return fl;
    uint64_t fp = new_file(c, AI(0), fflags);
    return fp ? (long)fp : -EMFILE;
}

/* fclose(fp): flushed, the descriptor closed, the FILE free again. */
long fbl_fclose(struct dz_call *c)
{
    int i = stream_arg(c, A(0));
    if (i < 0)
        return FBSD_EOF;
    lock();
    int r = files[i]._flags & FBSD_SWR ? flush(c, i) : 0;
    long e = fbl_call(c, dz_close, (uint64_t)files[i]._file, 0, 0, 0, 0, 0);
    if (e < 0 && !r) {
        dz_lib_set_errno(c->t, (int)-e);
        r = -1;
    }
    files[i]._flags = 0;
    files[i]._file = -1;
    streams[i].wlen = streams[i].rpos = streams[i].rlen = 0;
    unlock();
    return r ? FBSD_EOF : 0;
}

/* fseek(fp, offset, whence): written bytes out, read-ahead given back. */
long fbl_fseek(struct dz_call *c)
{
    int i = stream_arg(c, A(0));
    if (i < 0)
        return -1;
    lock();
    int r = (files[i]._flags & FBSD_SWR) ? flush(c, i) : 0;
    if (!r)
        r = drop_readahead(c, i);
    long off = r ? 0 : fbl_call(c, dz_lseek, (uint64_t)files[i]._file, A(1), A(2), 0, 0, 0);
    if (!r && off < 0) {
        dz_lib_set_errno(c->t, (int)-off);
        r = -1;
    }
    if (!r)
        files[i]._flags &= ~FBSD_SEOF;
    unlock();
    return r ? -1 : 0;
}

/* ftell(fp): the descriptor's offset, less what is read ahead, plus what
 * waits to be written. */
long fbl_ftell(struct dz_call *c)
{
    int i = stream_arg(c, A(0));
    if (i < 0)
        return -1;
    lock();
    struct stream *s = &streams[i];
    long off = fbl_call(c, dz_lseek, (uint64_t)files[i]._file, 0, FBSD_SEEK_CUR, 0, 0, 0);
    if (off >= 0)
        off = off - (long)(s->rlen - s->rpos) - (s->ungot >= 0) + (long)s->wlen;
    unlock();
    if (off < 0) {
        dz_lib_set_errno(c->t, (int)-off);
        return -1;
    }
    return off;
}

long fbl_rewind(struct dz_call *c)
{
    if (fbl_call(c, fbl_fseek, A(0), 0, FBSD_SEEK_SET, 0, 0, 0) == 0) {
        int i = index_of(A(0));
        if (i >= 0)
            files[i]._flags &= ~FBSD_SERR;
    }
    return 0;
}


/* ---- output ---- */
long fbl_fwrite(struct dz_call *c)
{
    int i = stream_arg(c, A(3));
    if (i < 0 || !A(1) || !A(2))
        return 0;
    if (A(2) > SIZE_MAX / A(1)) {
        dz_lib_set_errno(c->t, EINVAL);
        return 0;
    }
    lock();
    int r = put(c, i, (const void *)A(0), A(1) * A(2));
    unlock();
    return r ? 0 : (long)A(2);
}

long fbl_fputs(struct dz_call *c)
{
    int i = stream_arg(c, A(1));
    if (i < 0)
        return FBSD_EOF;
    lock();
    int r = put(c, i, (const char *)A(0), strlen((const char *)A(0)));
    unlock();
    return r ? FBSD_EOF : 0;
}

long fbl_puts(struct dz_call *c)
{
    lock();
    int r = put(c, 1, (const char *)A(0), strlen((const char *)A(0)));
    if (!r)
        r = put(c, 1, "\n", 1);
    unlock();
    return r ? FBSD_EOF : '\n';
}

/* fputc, putc and __swbuf (the putc macro's slow path). */
long fbl_fputc(struct dz_call *c)
{
    int i = stream_arg(c, A(1));
    if (i < 0)
        return FBSD_EOF;
    unsigned char b = (unsigned char)A(0);
    lock();
    int r = put(c, i, &b, 1);
    unlock();
    return r ? FBSD_EOF : b;
}

long fbl_putchar(struct dz_call *c)
{
    return fbl_call(c, fbl_fputc, A(0), (uint64_t)&files[1], 0, 0, 0, 0);
}

long fbl_fflush(struct dz_call *c)
{
    if (!A(0))
        return fbl_stdio_flush_all(c);
    int i = stream_arg(c, A(0));
    if (i < 0)
        return FBSD_EOF;
    lock();
    int r = files[i]._flags & FBSD_SWR ? flush(c, i) : 0;
    unlock();
    return r ? FBSD_EOF : 0;
}

long fbl_setvbuf(struct dz_call *c)
{
    int i = index_of(A(0));
    if (i < 0)
        return -EBADF;
    if (AI(2) != FBSD_IOFBF && AI(2) != FBSD_IOLBF && AI(2) != FBSD_IONBF)
        return -EINVAL;
    lock();
    if (files[i]._flags & FBSD_SWR)
        flush(c, i);
    streams[i].mode = AI(2);
    files[i]._flags &= ~(FBSD_SLBF | FBSD_SNBF);
    files[i]._flags |= AI(2) == FBSD_IOLBF ? FBSD_SLBF : AI(2) == FBSD_IONBF ? FBSD_SNBF : 0;
    unlock();
    return 0;
}

/* ---- formatting: the caller's va_list (A(n) points at it) ---- */

/* The formatted text in a malloc'ed buffer; its length or -errno. */
static long format(const char *fmt, uint64_t guest_ap, char **out)
{
    va_list ap, ap2;
    memcpy(ap, (const void *)guest_ap, sizeof(va_list));
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        va_end(ap2);
        return -EINVAL;
    }
    *out = malloc((size_t)n + 1);
    if (!*out) {
        va_end(ap2);
        return -ENOMEM;
    }
    vsnprintf(*out, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return n;
}

static long print_to(struct dz_call *c, int i, uint64_t fmt, uint64_t ap)
{
    char *text;
    long n = format((const char *)fmt, ap, &text);
    if (n < 0) {
        dz_lib_set_errno(c->t, (int)-n);
        return -1;
    }
    lock();
    int r = put(c, i, text, (size_t)n);
    unlock();
    free(text);
    return r ? -1 : n;
}

long fbl_vfprintf(struct dz_call *c)
{
    int i = stream_arg(c, A(0));
    return i < 0 ? -1 : print_to(c, i, A(1), A(2));
}

long fbl_vprintf(struct dz_call *c)
{
    return print_to(c, 1, A(0), A(1));
}

/* vsnprintf(buf, size, fmt, ap): at most size-1 bytes and a NUL; the
 * length the whole text has. */
long fbl_vsnprintf(struct dz_call *c)
{
    char *text;
    long n = format((const char *)A(2), A(3), &text);
    if (n < 0) {
        dz_lib_set_errno(c->t, (int)-n);
        return -1;
    }
    if (A(1) > 0) {
        size_t k = (size_t)n < A(1) - 1 ? (size_t)n : A(1) - 1;
        text[k] = 0;
        if (dz_copy_out(A(0), text, k + 1) != 0) {
            free(text);
            dz_lib_set_errno(c->t, EFAULT);
            return -1;
        }
    }
    free(text);
    return n;
}

long fbl_vdprintf(struct dz_call *c)
{
    char *text;
    long n = format((const char *)A(1), A(2), &text);
    if (n < 0) {
        dz_lib_set_errno(c->t, (int)-n);
        return -1;
    }
    long left = n, r = 0;
    for (const char *p = text; left > 0 && r >= 0; p += r, left -= r)
        r = io_call(c, dz_write, A(0), p, (size_t)left);
    free(text);
    if (r < 0) {
        dz_lib_set_errno(c->t, (int)-r);
        return -1;
    }
    return n;
}

/* vsscanf(str, fmt, ap): the host's, storing through the caller's
 * pointers (the same address space). */
long fbl_vsscanf(struct dz_call *c)
{
    va_list ap;
    memcpy(ap, (const void *)A(2), sizeof(va_list));
    int n = vsscanf((const char *)A(0), (const char *)A(1), ap);
    va_end(ap);
    return n;
}

/* ---- input ---- */

/* fgetc, getc and __srget (the getc macro's slow path). */
long fbl_fgetc(struct dz_call *c)
{
    int i = stream_arg(c, A(0));
    if (i < 0)
        return FBSD_EOF;
    lock();
    int b = get(c, i);
    unlock();
    return b;
}

long fbl_getchar(struct dz_call *c)
{
    return fbl_call(c, fbl_fgetc, (uint64_t)&files[0], 0, 0, 0, 0, 0);
}

long fbl_ungetc(struct dz_call *c)
{
    int i = stream_arg(c, A(1));
    if (i < 0 || AI(0) == FBSD_EOF)
        return FBSD_EOF;
    lock();
    int r = streams[i].ungot >= 0 ? FBSD_EOF : (streams[i].ungot = (unsigned char)AI(0));
    if (r != FBSD_EOF)
        files[i]._flags &= ~FBSD_SEOF;
    unlock();
    return r;
}

/* fgets(buf, n, fp): up to n-1 bytes, through the first newline. */
long fbl_fgets(struct dz_call *c)
{
    int i = index_of(A(2));
    if (i < 0)
        return -EBADF;
    if (AI(1) <= 0)
        return -EINVAL;
    char *buf = (char *)A(0);
    int k = 0;
    lock();
    while (k < AI(1) - 1) {
        int b = get(c, i);
        if (b == FBSD_EOF)
            break;
        buf[k++] = (char)b;
        if (b == '\n')
            break;
    }
    unlock();
    if (k == 0)
        return 0;
    buf[k] = 0;
    return (long)buf;
}

long fbl_fread(struct dz_call *c)
{
    int i = stream_arg(c, A(3));
    if (i < 0 || !A(1) || !A(2))
        return 0;
    if (A(2) > SIZE_MAX / A(1)) {
        dz_lib_set_errno(c->t, EINVAL);
        return 0;
    }
    struct stream *s = &streams[i];
    unsigned char *p = (unsigned char *)A(0);
    size_t want = A(1) * A(2), got = 0;
    lock();
    if (s->ungot >= 0 && want > 0) {
        p[got++] = (unsigned char)s->ungot;
        s->ungot = -1;
    }
    while (got < want) {
        if (s->rpos == s->rlen && refill(c, i) <= 0)
            break;
        size_t k = s->rlen - s->rpos < want - got ? s->rlen - s->rpos : want - got;
        memcpy(p + got, s->rbuf + s->rpos, k);
        s->rpos += k, got += k;
    }
    unlock();
    return (long)(got / A(1));
}

long fbl_feof(struct dz_call *c)
{
    int i = index_of(A(0));
    return i < 0 ? 0 : !!(files[i]._flags & FBSD_SEOF);
}

long fbl_ferror(struct dz_call *c)
{
    int i = index_of(A(0));
    return i < 0 ? 0 : !!(files[i]._flags & FBSD_SERR);
}

long fbl_clearerr(struct dz_call *c)
{
    int i = index_of(A(0));
    if (i >= 0)
        files[i]._flags &= ~(FBSD_SEOF | FBSD_SERR);
    return 0;
}

long fbl_fileno(struct dz_call *c)
{
    int i = index_of(A(0));
    return i < 0 ? -EBADF : files[i]._file;
}
