/* stdio: formatting, streams on files, the standard streams.  Run in an
 * empty private directory (the first argument). */
#include "probe.h"

static int vf(char *buf, size_t n, const char *fmt, ...)
{
    __builtin_va_list ap;
    __builtin_va_start(ap, fmt);
    int r = vsnprintf(buf, n, fmt, ap);
    __builtin_va_end(ap);
    return r;
}

/* The v* forms through a va_list of our own. */
static int via(int which, ...)
{
    __builtin_va_list ap;
    __builtin_va_start(ap, which);
    int r = -2;
    if (which == 0)
        r = vfprintf(stdout, "CASE vfprintf stdout: %s %d\n", ap);
    else if (which == 1)
        r = vprintf("CASE vprintf stdout: %s %d\n", ap);
    else if (which == 2) {
        fflush(stdout);
        r = vdprintf(1, "CASE vdprintf stdout: %s %d\n", ap);
    } else if (which == 3) {
        const char *in = __builtin_va_arg(ap, const char *);
        r = vsscanf(in, "%d %d", ap);
    }
    __builtin_va_end(ap);
    return r;
}

int main(int argc, char **argv)
{
    if (argc < 2 || chdir(argv[1]) != 0)
        return 2;
    char b[128];
    CASE("snprintf", "ints", "%d %s", snprintf(b, sizeof b, "%d|%5d|%-5d|%05d|%x|%#o|%+d", -42, 7, 7, 7, 255, 8, 3), b);
    CASE("snprintf", "long", "%d %s", snprintf(b, sizeof b, "%ld %lu %lld %zu", -1L, 18446744073709551615UL, -9LL, (size_t)3), b);
    CASE("snprintf", "floats", "%d %s", snprintf(b, sizeof b, "%.3f %e %g %a", 3.14159, 1e10, 0.0001, 1.0), b);
    CASE("snprintf", "strings", "%d %s", snprintf(b, sizeof b, "[%s][%.2s][%6s][%c][%%]", "abc", "xyz", "r", 'q'), b);
    volatile size_t five = 5;
    CASE("snprintf", "truncated", "%d %s", snprintf(b, five, "%s", "truncate me"), b);
    CASE("snprintf", "size-0", "%d", snprintf(0, 0, "%d", 12345));
    CASE("sprintf", "basic", "%d %s", sprintf(b, "%s=%d", "k", 9), b);
    CASE("vsnprintf", "va", "%d %s", vf(b, sizeof b, "%s-%d-%.1f", "v", 2, 2.5), b);
    int i = 0;
    char w[16] = "";
    double d = 0;
    int n0 = sscanf("12 word 2.5", "%d %15s %lf", &i, w, &d);
    CASE("sscanf", "mixed", "%d %d %s %.2f", n0, i, w, d);
    CASE("sscanf", "partial", "%d", sscanf("x12", "%d", &i));
    CASE("sscanf", "empty", "%d", sscanf("", "%d", &i));
    FILE *f = fopen("out.txt", "w");
    CASE("fopen", "write", "%d", f != 0);
    CASE("fprintf", "file", "%d", fprintf(f, "line %d\n", 1));
    CASE("fputs", "file", "%d", fputs("two\n", f) >= 0);
    CASE("fputc", "file", "%d", fputc('3', f));
    CASE("fwrite", "file", "%zu", fwrite("\nend\n", 1, 5, f));
    CASE("fflush", "file", "%d", fflush(f));
    CASE("ftell", "after-writes", "%ld", ftell(f));
    CASE("fclose", "file", "%d", fclose(f));
    CASE("fopen", "missing", "%s", fopen("nope/x", "r") ? "ok" : ename(errno));
    CASE("fopen", "bad-mode", "%s", fopen("out.txt", "q") ? "ok" : ename(errno));
    f = fopen("out.txt", "r");
    CASE("fgets", "line", "%s", fgets(b, sizeof b, f) ? b : "(null)\n");
    CASE("fgetc", "char", "%c", fgetc(f));
    CASE("ungetc", "char", "%c", ungetc('T', f));
    CASE("getc", "ungot", "%c", getc(f));
    size_t n = fread(b, 1, sizeof b, f);
    b[n] = 0;
    CASE("fread", "rest", "%zu", n);
    CASE("feof", "at-end", "%d", feof(f) != 0);
    CASE("fgetc", "eof", "%d", fgetc(f));
    clearerr(f);
    CASE("clearerr", "eof-cleared", "%d", feof(f));
    n0 = fseek(f, 5, SEEK_SET);
    CASE("fseek", "set-5", "%d %ld", n0, ftell(f));
    n0 = fseek(f, 0, 9);
    CASE("fseek", "bad-whence", "%d %s", n0, ename(errno));
    rewind(f);
    long at = ftell(f);
    CASE("rewind", "start", "%ld %c", at, fgetc(f));
    CASE("ferror", "reading", "%d", ferror(f));
    n0 = fputc('x', f);
    CASE("fputc", "read-only-stream", "%d %d", n0, ferror(f) != 0);
    CASE("fileno", "file", "%d", fileno(f) > 2);
    fclose(f);
    f = fdopen(dup(1), "w");
    CASE("fdopen", "stdout-dup", "%d", f != 0);
    CASE("setvbuf", "unbuffered", "%d", setvbuf(f, 0, _IONBF, 0));
    fclose(f);
    CASE("fdopen", "bad-fd", "%s", fdopen(99, "r") ? "ok" : ename(errno));
    CASE("fileno", "stdin-stdout-stderr", "%d %d %d", fileno(stdin), fileno(stdout), fileno(stderr));
    fflush(stdout);
    CASE("dprintf", "stdout", "%d", dprintf(1, "%s", ""));
    printf("CASE printf stdout: ");
    printf("%s %d\n", "ok", 1);
    puts("CASE puts stdout: ok");
    fputs("CASE fputs stdout: ok\n", stdout);
    putchar('C'); putc('A', stdout);
    printf("SE putchar stdout: ok\n");
    CASE("vfprintf", "returned", "%d", via(0, "ok", 1));
    CASE("vprintf", "returned", "%d", via(1, "ok", 2));
    CASE("vdprintf", "returned", "%d", via(2, "ok", 3));
    int x = 0, y = 0;
    int n3 = via(3, "4 5", &x, &y);
    CASE("vsscanf", "two-ints", "%d %d %d", n3, x, y);
    CASE("putc", "stdout-returned", "%d", putc('\n', stdout));
    int ch = getchar();
    CASE("getchar", "devnull-eof", "%d %d", ch, feof(stdin) != 0);
    fflush(stdout);
    return 0;
}
