/* files: fopen/fprintf/fclose of a file named by -o (getopt), read back
 * with fgets (and sscanf), ungetc, fseek/ftell/rewind, an "r+" stream switching from
 * reading to writing, fdopen of stdout's descriptor, fopen of a missing
 * file (NULL, errno ENOENT). */
#include "fbsd_libc.h"

int main(int argc, char **argv)
{
    const char *path = 0;
    int verbose = 0, c;
    while ((c = getopt(argc, argv, "vo:")) != -1) {
        if (c == 'o')
            path = optarg;
        else if (c == 'v')
            verbose++;
        else
            return 64;
    }
    printf("verbose %d, path given %d, %d operand(s) from optind %d\n", verbose, path != 0,
           argc - optind, optind);
    if (!path)
        return 65;
    FILE *f = fopen(path, "w");
    if (!f)
        return 1;
    for (int i = 1; i <= 5; i++)
        fprintf(f, "line %d: %s\n", i, i % 2 ? "odd" : "even");
    printf("ftell after writing: %ld\n", ftell(f));
    if (fclose(f) != 0)
        return 2;

    f = fopen(path, "r");
    char buf[64];
    while (fgets(buf, sizeof buf, f))
        printf("read: %s", buf);
    printf("feof %d ferror %d\n", feof(f) != 0, ferror(f) != 0);
    fseek(f, 7, SEEK_SET);
    int ch = getc(f);
    ungetc('X', f);
    long pos = ftell(f);   /* one call per statement: argument order is the compiler's */
    int again = getc(f);
    printf("at 7: '%c', after ungetc ftell %ld, getc '%c'\n", ch, pos, again);
    rewind(f);
    pos = ftell(f);
    printf("after rewind: ftell %ld, first '%c'\n", pos, getc(f));
    fclose(f);

    f = fopen(path, "r+");
    fgets(buf, sizeof buf, f);
    fseek(f, 0, SEEK_CUR);
    fputs("LINE 2", f);
    fseek(f, 0, SEEK_END);
    printf("size %ld\n", ftell(f));
    rewind(f);
    fgets(buf, sizeof buf, f);
    fgets(buf, sizeof buf, f);
    printf("second line now: %s", buf);
    int num = 0;
    char word[16] = "";
    double d = 0;
    int got = sscanf(buf, "%15s %d: %lf", word, &num, &d);
    printf("sscanf: %d fields, [%s] %d %g\n", got, word, num, d);
    fclose(f);

    FILE *o = fdopen(fileno(stdout), "w");
    fflush(stdout);
    fprintf(o, "through fdopen of fd %d\n", fileno(o));
    fflush(o);

    errno = 0;
    FILE *m = fopen("/nonexistent/x", "r");
    printf("missing: %s, errno ENOENT %d\n", m ? "opened" : "NULL", errno == ENOENT);
    return 0;
}
