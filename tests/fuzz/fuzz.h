/* Shared by the libFuzzer harnesses of tests/fuzz/ (one file per target). */
#ifndef DZ_TESTS_FUZZ_H
#define DZ_TESTS_FUZZ_H
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

struct dz_image;

/* The one range of "guest memory" the stub copy functions accept
 * (stubs.c): anything outside it faults. */
extern uintptr_t fz_guest_lo, fz_guest_hi;

/* The input as a file: the path of a memfd holding exactly data[0..n). */
const char *fz_file(const uint8_t *data, size_t n);

/* Map an opened image the way the loader maps a PIE (a reservation the
 * kernel places, segments inside it), whatever its type: the harness never
 * maps at the addresses an input asks for.  Spans over 1 GiB are not mapped
 * (-1), nor are images dz_image_map refuses.  fz_unmap undoes it. */
int fz_map(struct dz_image *img);
void fz_unmap(struct dz_image *img);

/* An invariant of the code under test does not hold: a crash for libFuzzer. */
#define FZ_CHECK(c) do { if (!(c)) { fz_fail(#c, __FILE__, __LINE__); } } while (0)
__attribute__((noreturn)) void fz_fail(const char *what, const char *file, int line);

/* The message contract of the loader: one line, not empty. */
void fz_check_err(const char *err);
#endif
