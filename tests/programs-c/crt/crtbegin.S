/* crtbegin (the compiler's, lib/csu/common/crtbegin.c's role): the
 * executable's __dso_handle, which __cxa_atexit registrations name.  The
 * .ctors/.dtors walk it also does is not needed: clang emits
 * .init_array/.fini_array, which rtld (here denizen) runs. */
        .data
        .globl __dso_handle
        .hidden __dso_handle
        .p2align 3
__dso_handle:
        .quad 0

        .section .note.GNU-stack,"",@progbits
