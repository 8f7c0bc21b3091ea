/* Call classes as bits (classes.def). */
#ifndef DZ_TRACE_CLASSES_H
#define DZ_TRACE_CLASSES_H
enum dz_class_bit {
#define C(id, spelling) DZ_CB_##id,
#include "syscall-xlate/trace/classes.def"
#undef C
    DZ_CB_COUNT
};
enum dz_class {
#define C(id, spelling) DZ_C_##id = 1 << DZ_CB_##id,
#include "syscall-xlate/trace/classes.def"
#undef C
};
#endif
