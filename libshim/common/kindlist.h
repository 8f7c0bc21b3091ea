/* DZ_KINDS(FD, OUTBUF, SIZE) -> DZ_K_FD, DZ_K_OUTBUF, DZ_K_SIZE (up to 8):
 * the argument kinds of an exports.def row, for every library personality. */
#ifndef DZ_LIBSHIM_KINDLIST_H
#define DZ_LIBSHIM_KINDLIST_H
#define DZ_K_1_(a) DZ_K_##a
#define DZ_K_2_(a, ...) DZ_K_##a, DZ_K_1_(__VA_ARGS__)
#define DZ_K_3_(a, ...) DZ_K_##a, DZ_K_2_(__VA_ARGS__)
#define DZ_K_4_(a, ...) DZ_K_##a, DZ_K_3_(__VA_ARGS__)
#define DZ_K_5_(a, ...) DZ_K_##a, DZ_K_4_(__VA_ARGS__)
#define DZ_K_6_(a, ...) DZ_K_##a, DZ_K_5_(__VA_ARGS__)
#define DZ_K_7_(a, ...) DZ_K_##a, DZ_K_6_(__VA_ARGS__)
#define DZ_K_8_(a, ...) DZ_K_##a, DZ_K_7_(__VA_ARGS__)
#define DZ_K_N_(_1, _2, _3, _4, _5, _6, _7, _8, N, ...) N
#define DZ_KINDS(...)                                                                              \
    DZ_K_N_(__VA_ARGS__, DZ_K_8_, DZ_K_7_, DZ_K_6_, DZ_K_5_, DZ_K_4_, DZ_K_3_, DZ_K_2_, DZ_K_1_)(__VA_ARGS__)
#endif
