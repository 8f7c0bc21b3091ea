/* Helpers shared by the kqueue tests (test_kqueue.c, test_kq_knotes.c,
 * test_kq_threads.c, test_kq_timers.c): short ways to build and apply kevents. */
#ifndef DZ_TESTS_KQ_TEST_H
#define DZ_TESTS_KQ_TEST_H
#include <CUnit/CUnit.h>
#include <time.h>
#include <unistd.h>

#include "syscall-xlate/event/kqueue.h"

/* The EVFILT_USER ident Go's netpoll uses to wake its waiter. */
#define GO_WAKE_IDENT 0xee1eb9f4u

/* A zero timeout: poll. */
static inline const struct timespec *zero_ts(void)
{
    static const struct timespec zero = { 0, 0 };
    return &zero;
}

static inline struct dz_kevent kev(uint64_t ident, int16_t filter, uint16_t flags,
                                   uint32_t fflags, int64_t data, uint64_t udata)
{
    return (struct dz_kevent){ .ident = ident, .filter = filter, .flags = flags,
                               .fflags = fflags, .data = data, .udata = udata };
}

/* Apply one change, no event list: 0 or -errno. */
static inline int change(int kq, struct dz_kevent ch)
{
    return dz_kq_kevent(kq, &ch, 1, NULL, 0, NULL);
}

static inline int poll_events(int kq, struct dz_kevent *ev, int n)
{
    return dz_kq_kevent(kq, NULL, 0, ev, n, zero_ts());
}

static inline int wait_ms(int kq, struct dz_kevent *ev, int n, long ms)
{
    struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
    return dz_kq_kevent(kq, NULL, 0, ev, n, &ts);
}

static inline double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static inline void close_fd(int fd)
{
    dz_kq_fd_closed(fd);
    close(fd);
}

static inline int new_kq(void)
{
    int kq = dz_kq_create(1);
    CU_ASSERT_FATAL(kq >= 0);
    return kq;
}

extern CU_TestInfo kq_knote_tests[];
extern CU_TestInfo kq_thread_tests[];
extern CU_TestInfo kq_timer_tests[];

#endif
