/* crtend: the end of crtbegin's lists; nothing, as crtbegin keeps none. */
        .section .note.GNU-stack,"",@progbits
