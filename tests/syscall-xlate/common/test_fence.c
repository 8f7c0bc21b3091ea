/* Unit tests for the fence (syscall-xlate/common/fence.c): the table of
 * denizen's own ranges (merging, splitting, growing past its static
 * buffers), and the guest memory calls that consult it: mprotect, madvise,
 * mlock, msync and mincore refuse a range that touches a registered page
 * (ENOMEM, nothing changed), munmap unmaps only the rest, mmap(MAP_FIXED)
 * over it is refused, and a range the kernel hands the guest drops a stale
 * registration.  The ranges live in an address-space reservation of the
 * test's own. */
#define _GNU_SOURCE
#include "syscall-xlate/common/fence.h"
#include "syscall-xlate/engine/call.h"
#include "tests/dz_cunit.h"
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

long dz_mprotect(struct dz_call *c);
long dz_munmap(struct dz_call *c);
long dz_mlock(struct dz_call *c);
long dz_mincore(struct dz_call *c);

#define PG 4096UL
static uint64_t box;   /* 1 GB of PROT_NONE address space: the test's ranges */

static int setup(void)
{
    void *m = mmap(NULL, 1UL << 30, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED)
        return 1;
    box = (uint64_t)m;
    return 0;
}

static int mapped(uint64_t addr)
{
    unsigned char v;
    return mincore((void *)(addr & ~(PG - 1)), PG, &v) == 0;
}

static void test_table(void)
{
    size_t n0 = dz_fence_count();
    uint64_t a = box + 16 * PG;
    dz_fence_add(a, PG);
    CU_ASSERT(dz_fence_touches(a, 1));
    CU_ASSERT(dz_fence_touches(a - PG, PG + 1));
    CU_ASSERT(!dz_fence_touches(a - PG, PG));
    CU_ASSERT(!dz_fence_touches(a + PG, 10 * PG));
    CU_ASSERT(!dz_fence_touches(a, 0));
    CU_ASSERT(dz_fence_touches(a - PG, ~0UL));     /* a length that wraps: up to the top */
    CU_ASSERT_EQUAL(dz_fence_count(), n0 + 1);
    dz_fence_add(a + PG, PG);                      /* adjacent: merged */
    CU_ASSERT_EQUAL(dz_fence_count(), n0 + 1);
    dz_fence_add(a + 4 * PG, 2 * PG);              /* apart */
    CU_ASSERT_EQUAL(dz_fence_count(), n0 + 2);
    dz_fence_add(a + PG, 4 * PG);                  /* bridges both */
    CU_ASSERT_EQUAL(dz_fence_count(), n0 + 1);
    dz_fence_remove(a + 2 * PG, PG);               /* a hole in the middle: split */
    CU_ASSERT_EQUAL(dz_fence_count(), n0 + 2);
    CU_ASSERT(!dz_fence_touches(a + 2 * PG, PG));
    CU_ASSERT(dz_fence_touches(a + PG, PG));
    CU_ASSERT(dz_fence_touches(a + 3 * PG, PG));
    dz_fence_remove(a - 8 * PG, 32 * PG);          /* everything of ours */
    CU_ASSERT_EQUAL(dz_fence_count(), n0);
    CU_ASSERT(!dz_fence_touches(a - 8 * PG, 32 * PG));
}

/* 3000 ranges: past the two static buffers of 1024; the grown buffers are
 * registered themselves, the static ones were not mapped. */
static void test_growth(void)
{
    size_t n0 = dz_fence_count();
    for (uint64_t i = 0; i < 3000; i++)
        dz_fence_add(box + (1000 + 2 * i) * PG, PG);
    CU_ASSERT(dz_fence_count() >= n0 + 3000);
    for (uint64_t i = 0; i < 3000; i += 7) {
        CU_ASSERT(dz_fence_touches(box + (1000 + 2 * i) * PG, 1));
        CU_ASSERT(!dz_fence_touches(box + (1001 + 2 * i) * PG, PG));
    }
    dz_fence_remove(box + 1000 * PG, 6000 * PG);
    CU_ASSERT(!dz_fence_touches(box + 1000 * PG, 6000 * PG));
    CU_ASSERT(dz_fence_count() >= n0);
}

/* 8 writable pages of ours at p, pages 2 and 5 "denizen's". */
static uint64_t eight(void)
{
    uint64_t p = box + 20000 * PG;
    void *m = mmap((void *)p, 8 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
    CU_ASSERT_EQUAL((uint64_t)m, p);
    memset((void *)p, 7, 8 * PG);
    dz_fence_add(p + 2 * PG, PG);
    dz_fence_add(p + 5 * PG, PG);
    return p;
}

static void done(uint64_t p)
{
    dz_fence_remove(p, 8 * PG);
    mmap((void *)p, 8 * PG, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0);
}

static void test_refused(void)
{
    uint64_t p = eight();
    struct dz_call c = { .a = { p, 8 * PG, PROT_NONE } };
    CU_ASSERT_EQUAL(dz_mprotect(&c), -ENOMEM);
    c.a[1] = 1UL << 62;
    CU_ASSERT_EQUAL(dz_mprotect(&c), -ENOMEM);
    c.a[0] = p + 5;                                 /* unaligned, length near 2^64 */
    c.a[1] = ~0UL;
    CU_ASSERT_EQUAL(dz_mprotect(&c), -ENOMEM);
    c = (struct dz_call){ .a = { p + 2 * PG + 100, 1 } };
    CU_ASSERT_EQUAL(dz_mlock(&c), -ENOMEM);
    unsigned char vec[8];
    c = (struct dz_call){ .a = { p, 8 * PG, (uint64_t)vec } };
    CU_ASSERT_EQUAL(dz_mincore(&c), -ENOMEM);
    /* Nothing changed: every page still writable. */
    for (int i = 0; i < 8; i++)
        ((volatile char *)p)[i * PG] = 1;
    /* The guest's own pages alone are fine. */
    c = (struct dz_call){ .a = { p, 2 * PG, PROT_READ } };
    CU_ASSERT_EQUAL(dz_mprotect(&c), 0);
    c.a[2] = PROT_READ | PROT_WRITE;
    CU_ASSERT_EQUAL(dz_mprotect(&c), 0);
    done(p);
}

static void test_munmap(void)
{
    uint64_t p = eight();
    struct dz_call c = { .a = { p, 1UL << 62 } };   /* past user space: EINVAL, nothing unmapped */
    CU_ASSERT_EQUAL(dz_munmap(&c), -EINVAL);
    for (int i = 0; i < 8; i++)
        CU_ASSERT(mapped(p + i * PG));
    c = (struct dz_call){ .a = { p, 8 * PG } };
    CU_ASSERT_EQUAL(dz_munmap(&c), 0);
    for (int i = 0; i < 8; i++)
        CU_ASSERT_EQUAL(mapped(p + i * PG), i == 2 || i == 5);
    CU_ASSERT_EQUAL(((volatile char *)p)[2 * PG], 7);
    CU_ASSERT_EQUAL(((volatile char *)p)[5 * PG], 7);
    done(p);
}

static void test_stale(void)
{
    /* A registration where the kernel then maps for the guest: dropped. */
    void *m = mmap(NULL, 4 * PG, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    CU_ASSERT_NOT_EQUAL(m, MAP_FAILED);
    dz_fence_add((uint64_t)m + PG, PG);
    CU_ASSERT(dz_fence_touches((uint64_t)m, 4 * PG));
    dz_fence_fresh((uint64_t)m, 4 * PG);
    CU_ASSERT(!dz_fence_touches((uint64_t)m, 4 * PG));
    munmap(m, 4 * PG);
}

/* Readers and writers at once: no deadlock, no torn table. */
static volatile int stop;
static void *writer(void *arg)
{
    uint64_t base = box + (40000 + 4096 * (uint64_t)(uintptr_t)arg) * PG;
    for (int i = 0; i < 20000; i++) {
        dz_fence_add(base + (uint64_t)(i % 512) * 2 * PG, PG);
        if (i % 3 == 0)
            dz_fence_remove(base + (uint64_t)((i * 7) % 512) * 2 * PG, PG);
    }
    return NULL;
}
static void *reader(void *arg)
{
    (void)arg;
    uint64_t fixed = box + 30000 * PG;
    long bad = 0;
    while (!stop) {
        if (!dz_fence_touches(fixed, PG))
            bad++;
        if (dz_fence_enter(fixed + PG, PG) == 0)
            dz_fence_leave();
        else
            bad++;
    }
    return (void *)bad;
}
static void test_concurrent(void)
{
    dz_fence_add(box + 30000 * PG, PG);
    pthread_t w[2], r[2];
    stop = 0;
    for (long i = 0; i < 2; i++) {
        pthread_create(&w[i], NULL, writer, (void *)i);
        pthread_create(&r[i], NULL, reader, NULL);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(w[i], NULL);
    stop = 1;
    for (int i = 0; i < 2; i++) {
        void *bad;
        pthread_join(r[i], &bad);
        CU_ASSERT_EQUAL((long)bad, 0);
    }
    dz_fence_remove(box + 30000 * PG, 20000 * PG);
}

/* Start-up: the process's own text, stack and vDSO are registered. */
static void test_init(void)
{
    int local;
    dz_fence_init();
    CU_ASSERT(dz_fence_touches((uint64_t)(uintptr_t)test_init, 1));
    CU_ASSERT(dz_fence_touches((uint64_t)(uintptr_t)&local, 1));
    CU_ASSERT(dz_fence_touches((uint64_t)(uintptr_t)&box, 1));
}

static CU_TestInfo fence_tests[] = {
    { "table: merge, split, touch", test_table },
    { "table grows past its static buffers", test_growth },
    { "mprotect/mlock/mincore touching the fence: ENOMEM, nothing changed", test_refused },
    { "munmap: only the guest's parts; past user space EINVAL", test_munmap },
    { "a range the kernel gives the guest drops a stale registration", test_stale },
    { "readers and writers at once", test_concurrent },
    { "start-up registers what is mapped", test_init },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "fence", setup, NULL, NULL, NULL, fence_tests })
