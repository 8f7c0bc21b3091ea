/* hello: puts, printf with integers and strings, stderr, a status. */
#include "fbsd_libc.h"

int main(int argc, char **argv)
{
    puts("hello, world");
    printf("%s has %d argument%s; %5.2s|%-4d|%x|%lu\n", "main", argc - 1, argc == 2 ? "" : "s",
           "abc", 7, 255u, (unsigned long)sizeof(long));
    fputs("to stderr\n", stderr);
    return argc + 2;
}
