/* Helpers shared by the abi/ unit tests: an equality check that prints
 * both values (CUnit's own shows only the expression), and consistency
 * checks every flag/value table must pass.  Tests are built with glibc,
 * so Linux constants here come from glibc's headers: a second, independent
 * source next to the musl headers abi/ is built with. */
#ifndef DZ_TESTS_ABI_TEST_H
#define DZ_TESTS_ABI_TEST_H
#include <stdio.h>
#include <string.h>
#include "abi/common/flagtab.h"
#include "tests/dz_cunit.h"

#define EXPECT_EQ(a, b)                                                         \
    do {                                                                        \
        long long a_ = (long long)(a), b_ = (long long)(b);                     \
        if (a_ != b_)                                                           \
            printf("\n  %s:%d: %s = %lld (%#llx), expected %s = %lld (%#llx)", \
                   __FILE__, __LINE__, #a, a_, (unsigned long long)a_, #b, b_,  \
                   (unsigned long long)b_);                                     \
        CU_ASSERT(a_ == b_);                                                    \
    } while (0)

#define EXPECT_STR(a, b)                                                        \
    do {                                                                        \
        const char *a_ = (a), *b_ = (b);                                        \
        int ok_ = a_ && b_ ? strcmp(a_, b_) == 0 : a_ == b_;                    \
        if (!ok_)                                                               \
            printf("\n  %s:%d: %s = \"%s\", expected \"%s\"", __FILE__,         \
                   __LINE__, #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)");       \
        CU_ASSERT(ok_);                                                         \
    } while (0)

/* Guest value -> host value, or -1 when the table has none. */
static inline long long host_of(const struct dz_valtab *t, long long g)
{
    int64_t h;
    return dz_val_to_host(t, g, &h) == 0 ? h : -1;
}

static inline long long guest_of(const struct dz_valtab *t, long long h)
{
    int64_t g;
    return dz_val_to_guest(t, h, &g) == 0 ? g : -1;
}

/* Every entry is named, no guest value appears twice. */
static inline void check_valtab(const struct dz_valtab *t, const char *what)
{
    CU_ASSERT(t->n > 0);
    for (size_t i = 0; i < t->n; i++) {
        if (!t->v[i].name || !t->v[i].name[0])
            printf("\n  %s[%zu]: no name", what, i);
        CU_ASSERT(t->v[i].name && t->v[i].name[0]);
        for (size_t j = i + 1; j < t->n; j++) {
            if (t->v[i].guest == t->v[j].guest)
                printf("\n  %s: guest %lld twice", what, (long long)t->v[i].guest);
            CU_ASSERT(t->v[i].guest != t->v[j].guest);
        }
    }
}

/* Values stay inside their masks; every guest entry is named; no two
 * guest entries describe the same (mask, value). */
static inline void check_flagtab(const struct dz_flagtab *t, const char *what)
{
    CU_ASSERT(t->n > 0);
    for (size_t i = 0; i < t->n; i++) {
        const struct dz_flag *f = &t->v[i];
        int ok = (f->gval & ~f->gmask) == 0 && (f->hval & ~f->hmask) == 0 &&
                 (f->gmask == 0 || (f->name && f->name[0]));
        if (!ok)
            printf("\n  %s[%zu] (%s) is malformed", what, i, f->name ? f->name : "?");
        CU_ASSERT(ok);
        for (size_t j = i + 1; j < t->n; j++) {
            int dup = f->gmask && f->gmask == t->v[j].gmask && f->gval == t->v[j].gval;
            if (dup)
                printf("\n  %s: %s and %s are the same guest value", what, f->name, t->v[j].name);
            CU_ASSERT(!dup);
        }
    }
}

#endif
