/* Guest-side C: exports that must run on the program's own stack and FS
 * base, compiled without the stack protector (its canary is read through
 * %fs, which is the guest's here) and touching no host TLS.
 *
 * The variadic printf family and sscanf: va_start in this frame, then the va_list
 * (the SysV x86-64 one, the same for guest and host) goes to the v*
 * export through its thunk, an ordinary library call (stdio.c formats).
 *
 * qsort: the comparator is the program's code, so the sort runs here,
 * not on the host side; FreeBSD's is not stable either, so elements that
 * compare equal may come out in another order than there. */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* The thunks of stdio.c's rows (thunks.S), called as the functions they stand for. */
struct fbsd_file;
int dz_fbl_t_vfprintf(struct fbsd_file *fp, const char *fmt, va_list ap);
int dz_fbl_t_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int dz_fbl_t_vdprintf(int fd, const char *fmt, va_list ap);
int dz_fbl_t_vsscanf(const char *str, const char *fmt, va_list ap);
extern struct fbsd_file *fbl_stdoutp;   /* __stdoutp's value now: the program may have changed it */

int dz_fbl_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = dz_fbl_t_vfprintf(fbl_stdoutp, fmt, ap);
    va_end(ap);
    return r;
}

int dz_fbl_fprintf(struct fbsd_file *fp, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = dz_fbl_t_vfprintf(fp, fmt, ap);
    va_end(ap);
    return r;
}

int dz_fbl_snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = dz_fbl_t_vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return r;
}

/* sprintf: FreeBSD's bounds it by INT_MAX as well. */
int dz_fbl_sprintf(char *buf, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = dz_fbl_t_vsnprintf(buf, INT_MAX, fmt, ap);
    va_end(ap);
    return r;
}

int dz_fbl_dprintf(int fd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = dz_fbl_t_vdprintf(fd, fmt, ap);
    va_end(ap);
    return r;
}

int dz_fbl_sscanf(const char *str, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = dz_fbl_t_vsscanf(str, fmt, ap);
    va_end(ap);
    return r;
}

/* ---- qsort: quicksort (median of three, the smaller side recursed)
 * with insertion sort below 8 elements ---- */
typedef int (*cmp_fn)(const void *, const void *);

static void swap(char *a, char *b, size_t size)
{
    while (size--) {
        char t = *a;
        *a++ = *b;
        *b++ = t;
    }
}

static void sort(char *base, size_t n, size_t size, cmp_fn cmp)
{
    while (n >= 8) {
        char *lo = base, *mid = base + (n / 2) * size, *hi = base + (n - 1) * size;
        if (cmp(mid, lo) < 0)
            swap(mid, lo, size);
        if (cmp(hi, mid) < 0) {
            swap(hi, mid, size);
            if (cmp(mid, lo) < 0)
                swap(mid, lo, size);
        }
        swap(mid, base, size);           /* the pivot at base */
        size_t i = 1, j = n - 1;
        for (;;) {
            while (i <= j && cmp(base + i * size, base) < 0)
                i++;
            while (j >= i && cmp(base + j * size, base) > 0)
                j--;
            if (i >= j)
                break;
            swap(base + i * size, base + j * size, size);
            i++, j--;
        }
        swap(base, base + j * size, size);   /* the pivot in place: [0,j) <= p <= (j,n) */
        size_t left = j, right = n - j - 1;
        if (left < right) {
            sort(base, left, size, cmp);
            base += (j + 1) * size, n = right;
        } else {
            sort(base + (j + 1) * size, right, size, cmp);
            n = left;
        }
    }
    for (size_t i = 1; i < n; i++)
        for (size_t k = i; k > 0 && cmp(base + (k - 1) * size, base + k * size) > 0; k--)
            swap(base + (k - 1) * size, base + k * size, size);
}

void dz_fbl_qsort(void *base, size_t n, size_t size, cmp_fn cmp)
{
    if (n > 1 && size > 0)
        sort(base, n, size, cmp);
}
