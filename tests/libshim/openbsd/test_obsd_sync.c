/* libshim/openbsd/sync.c: __thrsleep/__thrwakeup semantics (kern_synch.c
 * thrsleep()) on host threads.  Outside a guest thread the handlers' waits
 * are plain host calls, so they can be driven directly. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>
#include "libshim/openbsd/obsd.h"
#include "tests/abi/abi_test.h"

static long thrsleep(void *ident, int clk, const struct timespec *abs, void *lock, const int *abort_)
{
    struct dz_call c = { .a = { (uint64_t)ident, (uint64_t)clk, (uint64_t)abs, (uint64_t)lock, (uint64_t)abort_ } };
    return obsd_thrsleep(&c);
}

static long thrwakeup(void *ident, int n)
{
    struct dz_call c = { .a = { (uint64_t)ident, (uint64_t)n } };
    return obsd_thrwakeup(&c);
}

static struct timespec after_ms(long ms)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    t.tv_nsec += ms * 1000000;
    t.tv_sec += t.tv_nsec / 1000000000;
    t.tv_nsec %= 1000000000;
    return t;
}

static double ms_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (t.tv_sec - t0->tv_sec) * 1e3 + (t.tv_nsec - t0->tv_nsec) / 1e6;
}

static void test_immediate_answers(void)
{
    int word = 0, abort_ = 1;
    uint32_t lock = 1;
    struct timespec past = { 0, 0 };
    EXPECT_EQ(thrsleep(NULL, OBSD_CLOCK_MONOTONIC, NULL, NULL, NULL), -EINVAL);
    EXPECT_EQ(thrsleep(&word, OBSD_CLOCK_MONOTONIC, &past, &lock, NULL), -EAGAIN);   /* EWOULDBLOCK */
    EXPECT_EQ(lock, 0);                                                         /* still released */
    EXPECT_EQ(thrsleep(&word, OBSD_CLOCK_MONOTONIC, NULL, NULL, &abort_), -EINTR);
    struct timespec soon = after_ms(10);
    EXPECT_EQ(thrsleep(&word, 1 /* CLOCK_VIRTUAL */, &soon, NULL, NULL), -EINVAL);
    EXPECT_EQ(thrwakeup(&word, 1), -ESRCH);
    EXPECT_EQ(thrwakeup(NULL, 1), -EINVAL);
}

static void test_timeout(void)
{
    int word = 0;
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    struct timespec dl = after_ms(50);
    EXPECT_EQ(thrsleep(&word, OBSD_CLOCK_MONOTONIC, &dl, NULL, NULL), -EAGAIN);
    CU_ASSERT(ms_since(&t0) >= 49);
}

static int ident_word;
static volatile int started;

static void *sleeper(void *arg)
{
    __atomic_add_fetch(&started, 1, __ATOMIC_SEQ_CST);
    struct timespec dl = after_ms(5000);
    return (void *)thrsleep(&ident_word, OBSD_CLOCK_MONOTONIC, &dl, NULL, NULL);
}

/* Wake `count` sleepers one at a time (a wakeup finds only those that have
 * queued themselves: retry until each one is found). */
static void wake_one_by_one(int count)
{
    for (int k = 0; k < count; k++)
        for (int tries = 0; thrwakeup(&ident_word, 1) != 0 && tries < 5000; tries++)
            usleep(1000);
}

static void test_wakeups(void)
{
    pthread_t t[3];
    started = 0;
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, sleeper, NULL);
    while (started < 3)
        usleep(1000);
    usleep(20000);               /* let all three queue */
    EXPECT_EQ(thrwakeup(&ident_word, 0), 0);   /* n = 0: all of them */
    for (int i = 0; i < 3; i++) {
        void *r;
        pthread_join(t[i], &r);
        EXPECT_EQ((long)r, 0);
    }
    EXPECT_EQ(thrwakeup(&ident_word, 0), -ESRCH);

    started = 0;
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, sleeper, NULL);
    while (started < 2)
        usleep(1000);
    wake_one_by_one(2);
    for (int i = 0; i < 2; i++) {
        void *r;
        pthread_join(t[i], &r);
        EXPECT_EQ((long)r, 0);
    }
}

static CU_TestInfo tests[] = {
    { "immediate answers", test_immediate_answers },
    { "timeout at an absolute deadline", test_timeout },
    { "wakeups", test_wakeups },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "obsd_sync", NULL, NULL, NULL, NULL, tests })
