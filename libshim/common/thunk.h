/* The thunk of one export, for a library personality's thunks.S: load the
 * row's address and enter the common path (entry.S).  rax is free: no
 * export is variadic in its handler, so the caller's vector-register count
 * in al is not needed. */
#ifndef DZ_LIBSHIM_THUNK_H
#define DZ_LIBSHIM_THUNK_H
#ifdef __ASSEMBLER__
#define DZ_LIB_THUNK(row, sym)          \
        .globl sym;                     \
        .type sym, @function;           \
sym:    lea row(%rip), %rax;            \
        jmp dz_lib_entry;               \
        .size sym, .-sym
#endif
#endif
