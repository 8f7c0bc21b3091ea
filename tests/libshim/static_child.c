/* Linked -static: a child the LD_PRELOAD shim cannot follow. */
#include <stdio.h>

int main(void)
{
    puts("static child ran");
    return 0;
}
