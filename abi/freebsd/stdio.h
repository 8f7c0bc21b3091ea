/* FreeBSD amd64's FILE (include/stdio.h struct __sFILE, FreeBSD 13):
 * what a program compiled against FreeBSD's headers reaches inline.  Its
 * getc/putc macros read and decrement _r/_w and call __srget/__swbuf
 * when they go negative; fileno/feof/ferror read _file and _flags when
 * __isthreaded is 0.  Sizes and offsets are the amd64 ones. */
#ifndef DZ_ABI_FREEBSD_STDIO_H
#define DZ_ABI_FREEBSD_STDIO_H
#include <stddef.h>
#include <stdint.h>

struct fbsd_sbuf {
    uint64_t _base;
    int32_t _size;
};

struct fbsd_file {
    uint64_t _p;            /* current position in the buffer */
    int32_t _r;             /* read space left for getc() */
    int32_t _w;             /* write space left for putc() */
    int16_t _flags;         /* FBSD_S*; 0: a free FILE */
    int16_t _file;          /* the descriptor, or -1 */
    struct fbsd_sbuf _bf;
    int32_t _lbfsize;       /* 0 or -_bf._size, for inline putc */
    uint64_t _cookie, _close, _read, _seek, _write;
    struct fbsd_sbuf _ub;
    uint64_t _up;
    int32_t _ur;
    uint8_t _ubuf[3], _nbuf[1];
    struct fbsd_sbuf _lb;
    int32_t _blksize;
    int64_t _offset;
    uint64_t _fl_mutex, _fl_owner;
    int32_t _fl_count, _orientation;
    uint8_t _mbstate[128];
    int32_t _flags2;
};
_Static_assert(offsetof(struct fbsd_file, _flags) == 16, "FILE _flags");
_Static_assert(offsetof(struct fbsd_file, _file) == 18, "FILE _file");
_Static_assert(offsetof(struct fbsd_file, _lbfsize) == 40, "FILE _lbfsize");
_Static_assert(offsetof(struct fbsd_file, _offset) == 144, "FILE _offset");
_Static_assert(offsetof(struct fbsd_file, _mbstate) == 176, "FILE _mbstate");
_Static_assert(sizeof(struct fbsd_file) == 312, "FILE size");

/* _flags */
#define FBSD_SLBF 0x0001    /* line buffered */
#define FBSD_SNBF 0x0002    /* unbuffered */
#define FBSD_SRD 0x0004     /* OK to read */
#define FBSD_SWR 0x0008     /* OK to write */
#define FBSD_SRW 0x0010     /* open for reading & writing */
#define FBSD_SEOF 0x0020    /* found EOF */
#define FBSD_SERR 0x0040    /* found error */

/* setvbuf modes */
#define FBSD_IOFBF 0
#define FBSD_IOLBF 1
#define FBSD_IONBF 2

#define FBSD_BUFSIZ 1024
#define FBSD_EOF (-1)
#endif
