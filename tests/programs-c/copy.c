/* copy: stdin to stdout through stdio (getc for the first line, then
 * fread/fwrite), the byte count on stderr. */
#include "fbsd_libc.h"

int main(void)
{
    unsigned long n = 0;
    int c;
    while ((c = getc(stdin)) != EOF) {
        putchar(c);
        n++;
        if (c == '\n')
            break;
    }
    char buf[1000];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, stdin)) > 0) {
        if (fwrite(buf, 1, k, stdout) != k)
            return 2;
        n += k;
    }
    fprintf(stderr, "%lu bytes, eof %d, error %d\n", n, feof(stdin) != 0, ferror(stdin) != 0);
    return 0;
}
