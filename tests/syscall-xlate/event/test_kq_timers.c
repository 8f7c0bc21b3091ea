/* Tests for syscall-xlate/event/kq_timer.c: many EVFILT_TIMER knotes on
 * one kqueue share its one timerfd (deadline order, periodic counts,
 * deletion and modification while armed, disable/enable, EV_DISPATCH,
 * NOTE_ABSTIME), other threads' changes wake a waiter, no descriptor is
 * taken per timer, and a kqueue made with a single descriptor free works
 * (its timerfd is made later). */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <stdatomic.h>
#include <sys/resource.h>
#include <unistd.h>

#include "tests/syscall-xlate/event/kq_test.h"

static int count_fds(void)
{
    DIR *d = opendir("/proc/self/fd");
    CU_ASSERT_FATAL(d != NULL);
    int n = 0;
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

/* Collect n events within ms, appending to ev; returns how many came. */
static int collect(int kq, struct dz_kevent *ev, int n, long ms)
{
    int got = 0;
    double end = now_ms() + ms;
    while (got < n && now_ms() < end) {
        int r = wait_ms(kq, ev + got, n - got < 8 ? n - got : 8, (long)(end - now_ms()) + 1);
        if (r < 0)
            break;
        got += r;
    }
    return got;
}

static void test_many_oneshots_in_deadline_order(void)
{
    enum { N = 40 };
    int kq = new_kq();
    /* ident i fires at T + 3 * (N - i) ms: the last added comes first.  The
     * deadlines are absolute, all taken from one T: relative ones 3 ms apart
     * swapped places whenever the adding thread lost its CPU for 3 ms between
     * two adds (under ASan on a loaded machine, a CI run). */
    struct timespec rt;
    clock_gettime(CLOCK_REALTIME, &rt);
    int64_t t_us = (int64_t)rt.tv_sec * 1000000 + rt.tv_nsec / 1000 + 50000;
    for (int i = 0; i < N; i++)
        CU_ASSERT_EQUAL(change(kq, kev(i, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_ONESHOT,
                                       DZ_NOTE_ABSTIME | DZ_NOTE_USECONDS, t_us + 3000 * (N - i), i)), 0);
    struct dz_kevent ev[N + 1];
    CU_ASSERT_EQUAL_FATAL(collect(kq, ev, N, 3000), N);
    for (int i = 0; i < N; i++) {
        CU_ASSERT_EQUAL(ev[i].ident, (uint64_t)(N - 1 - i));
        CU_ASSERT_EQUAL(ev[i].data, 1);
        CU_ASSERT_EQUAL(ev[i].udata, ev[i].ident);
    }
    /* oneshot: all gone */
    CU_ASSERT_EQUAL(wait_ms(kq, ev, N, 60), 0);
    CU_ASSERT_EQUAL(change(kq, kev(3, DZ_EVFILT_TIMER, DZ_EV_DELETE, 0, 0, 0)), -ENOENT);
    close_fd(kq);
}

static void test_periodic_counts(void)
{
    int kq = new_kq();
    const int per[3] = { 10, 20, 40 };
    double t0 = now_ms();
    for (int i = 0; i < 3; i++)
        CU_ASSERT_EQUAL(change(kq, kev(i, DZ_EVFILT_TIMER, DZ_EV_ADD, 0, per[i], 0)), 0);
    double t1 = now_ms();
    usleep(205000);
    double t2 = now_ms();
    struct dz_kevent ev[4];
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 4), 3);
    double t3 = now_ms();
    for (int i = 0; i < 3; i++) {
        int id = (int)ev[i].ident;
        CU_ASSERT_FATAL(id >= 0 && id < 3);
        /* expirations between the add and the look, exactly */
        int lo = (int)((t2 - t1) / per[id]), hi = (int)((t3 - t0) / per[id]);
        CU_ASSERT(ev[i].data >= lo && ev[i].data <= hi);
        if (ev[i].data < lo || ev[i].data > hi)
            fprintf(stderr, "timer %d ms: %lld expirations, want %d..%d\n", per[id],
                    (long long)ev[i].data, lo, hi);
    }
    /* counted since the last delivery only */
    CU_ASSERT_EQUAL(poll_events(kq, ev, 4), 0);
    close_fd(kq);
}

static void test_delete_while_armed(void)
{
    int kq = new_kq();
    for (int i = 1; i <= 3; i++)
        CU_ASSERT_EQUAL(change(kq, kev(i, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_ONESHOT, 0, 20 * i, 0)), 0);
    /* the earliest (the heap's root) and the middle one */
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_DELETE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_TIMER, DZ_EV_DELETE, 0, 0, 0)), 0);
    struct dz_kevent ev[4];
    double t0 = now_ms();
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 4, 1000), 1);
    CU_ASSERT_EQUAL(ev[0].ident, 3);
    CU_ASSERT(now_ms() - t0 >= 45);
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 4, 100), 0);
    /* a periodic one deleted after it fired, before delivery: nothing */
    CU_ASSERT_EQUAL(change(kq, kev(4, DZ_EVFILT_TIMER, DZ_EV_ADD, 0, 5, 0)), 0);
    usleep(30000);
    CU_ASSERT_EQUAL(change(kq, kev(4, DZ_EVFILT_TIMER, DZ_EV_DELETE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 4, 50), 0);
    close_fd(kq);
}

static void test_modify_restarts(void)
{
    int kq = new_kq();
    struct dz_kevent ev[2];
    /* re-adding with a shorter period takes effect at once */
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_ADD, 0, 5000, 0)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_ADD, 0, 20, 9)), 0);
    double t0 = now_ms();
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 2, 1000), 1);
    CU_ASSERT(now_ms() - t0 < 1000);
    CU_ASSERT_EQUAL(ev[0].udata, 9);
    /* ... and forgets what had fired */
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_TIMER, DZ_EV_ADD, 0, 5, 0)), 0);
    usleep(40000);
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_DELETE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_TIMER, DZ_EV_ADD, 0, 1000, 0)), 0);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    /* a later deadline: the timerfd was armed earlier, no event comes */
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 2, 60), 0);
    /* a bad modification deletes the timer (as before) */
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_TIMER, DZ_EV_ADD, 0xff, 10, 0)), -EINVAL);
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_TIMER, DZ_EV_DELETE, 0, 0, 0)), -ENOENT);
    close_fd(kq);
}

static void test_disable_enable_dispatch(void)
{
    int kq = new_kq();
    struct dz_kevent ev[2];
    /* disabled: counted, not delivered; enabled: delivered with the count */
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_DISABLE, 0, 10, 0)), 0);
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 2, 60), 0);
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_ENABLE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT(ev[0].data >= 5);
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_DELETE, 0, 0, 0)), 0);
    /* EV_DISPATCH: one event, then disabled until EV_ENABLE */
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_DISPATCH, 0, 10, 0)), 0);
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 2, 1000), 1);
    CU_ASSERT(ev[0].flags & DZ_EV_DISPATCH);
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 2, 50), 0);
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_TIMER, DZ_EV_ENABLE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT(ev[0].data >= 3);
    close_fd(kq);
}

static void test_abstime_and_zero(void)
{
    int kq = new_kq();
    struct dz_kevent ev[2];
    struct timespec rt;
    clock_gettime(CLOCK_REALTIME, &rt);
    int64_t at = (int64_t)rt.tv_sec * 1000 + rt.tv_nsec / 1000000 + 40;     /* ms */
    double t0 = now_ms();
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_ADD, DZ_NOTE_ABSTIME, at, 0)), 0);
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 2, 1000), 1);
    CU_ASSERT(now_ms() - t0 >= 25);
    CU_ASSERT_EQUAL(ev[0].data, 1);
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 2, 60), 0);    /* absolute: fires once */
    /* a time already past fires at once */
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_TIMER, DZ_EV_ADD, DZ_NOTE_ABSTIME | DZ_NOTE_SECONDS, 1, 0)), 0);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 1);
    /* oneshot 0: at once, in the same kevent() call */
    struct dz_kevent ch = kev(3, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_ONESHOT, 0, 0, 0);
    CU_ASSERT_EQUAL(dz_kq_kevent(kq, &ch, 1, ev, 2, zero_ts()), 1);
    CU_ASSERT_EQUAL(ev[0].ident, 3);
    close_fd(kq);
}

/* The kqueue fd itself is readable once a timer is due (poll, select, a
 * kqueue inside another). */
static void test_kqueue_fd_polls_ready(void)
{
    int kq = new_kq();
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_ADD, 0, 500, 0)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_ONESHOT, 0, 20, 0)), 0);
    struct pollfd p = { .fd = kq, .events = POLLIN };
    double t0 = now_ms();
    CU_ASSERT_EQUAL(poll(&p, 1, 2000), 1);
    double took = now_ms() - t0;
    CU_ASSERT(took >= 15 && took < 400);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_EQUAL(ev[0].ident, 2);
    close_fd(kq);
}

struct later { int kq; struct dz_kevent ch; long delay_us; };

static void *change_later(void *arg)
{
    struct later *l = arg;
    usleep(l->delay_us);
    change(l->kq, l->ch);
    return NULL;
}

/* A thread blocked in kevent() (on a far timer, or forever) wakes for a
 * nearer timer another thread adds. */
static void test_waiter_sees_new_timer(void)
{
    int kq = new_kq();
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_ADD, 0, 10000, 0)), 0);
    struct later l = { kq, kev(2, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_ONESHOT, 0, 20, 0), 30000 };
    pthread_t th;
    CU_ASSERT_FATAL(pthread_create(&th, NULL, change_later, &l) == 0);
    struct dz_kevent ev[2];
    double t0 = now_ms();
    CU_ASSERT_EQUAL(dz_kq_kevent(kq, NULL, 0, ev, 2, NULL), 1);
    double took = now_ms() - t0;
    pthread_join(th, NULL);
    CU_ASSERT_EQUAL(ev[0].ident, 2);
    CU_ASSERT(took >= 40 && took < 2000);
    close_fd(kq);
}

/* No descriptor per timer: 10,000 on one kqueue, then all delivered. */
static void test_ten_thousand_timers_no_fds(void)
{
    enum { N = 10000 };
    int before = count_fds();
    int kq = new_kq();          /* an epoll fd and its timerfd */
    for (int i = 0; i < N; i++)
        CU_ASSERT_EQUAL_FATAL(change(kq, kev(i, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_ONESHOT,
                                             0, 30 + i % 50, 0)), 0);
    CU_ASSERT_EQUAL(count_fds(), before + 2);
    static struct dz_kevent ev[N + 1];
    static unsigned char seen[N];
    CU_ASSERT_EQUAL(collect(kq, ev, N, 5000), N);
    int dup = 0;
    for (int i = 0; i < N; i++) {
        if (ev[i].ident < N && seen[ev[i].ident]++)
            dup++;
    }
    CU_ASSERT_EQUAL(dup, 0);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 8), 0);
    close_fd(kq);
    CU_ASSERT_EQUAL(count_fds(), before);
}

/* FreeBSD's kqueue() needs one descriptor, a timer none: with RLIMIT_NOFILE
 * nearly exhausted the queue is made without its timerfd, and timers and
 * wake-ups from another thread still work (waiters wait in slices). */
static void test_one_descriptor_free(void)
{
    struct rlimit old;
    CU_ASSERT_FATAL(getrlimit(RLIMIT_NOFILE, &old) == 0);
    struct rlimit low = { 64, old.rlim_max };
    CU_ASSERT_FATAL(setrlimit(RLIMIT_NOFILE, &low) == 0);
    int fill[64], nfill = 0, fd;
    while (nfill < 64 && (fd = open("/dev/null", O_RDONLY | O_CLOEXEC)) >= 0)
        fill[nfill++] = fd;
    CU_ASSERT_FATAL(nfill > 0 && nfill < 64);
    close(fill[--nfill]);
    int kq = dz_kq_create(1);
    CU_ASSERT(kq >= 0);
    if (kq >= 0) {
        CU_ASSERT_EQUAL(open("/dev/null", O_RDONLY), -1);   /* none left */
        CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_ONESHOT, 0, 30, 0)), 0);
        CU_ASSERT_EQUAL(change(kq, kev(7, DZ_EVFILT_USER, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0)), 0);
        struct dz_kevent ev[2];
        double t0 = now_ms();
        CU_ASSERT_EQUAL(wait_ms(kq, ev, 2, 1000), 1);
        CU_ASSERT(now_ms() - t0 >= 20);
        CU_ASSERT_EQUAL(ev[0].filter, DZ_EVFILT_TIMER);
        struct later l = { kq, kev(7, DZ_EVFILT_USER, 0, DZ_NOTE_TRIGGER, 0, 0), 30000 };
        pthread_t th;
        CU_ASSERT_FATAL(pthread_create(&th, NULL, change_later, &l) == 0);
        t0 = now_ms();
        CU_ASSERT_EQUAL(dz_kq_kevent(kq, NULL, 0, ev, 2, NULL), 1);
        CU_ASSERT(now_ms() - t0 < 1000);
        CU_ASSERT_EQUAL(ev[0].filter, DZ_EVFILT_USER);
        pthread_join(th, NULL);
        /* a descriptor back: the next blocking wait makes the timerfd */
        close(fill[--nfill]);
        CU_ASSERT_EQUAL(wait_ms(kq, ev, 2, 20), 0);
        CU_ASSERT_EQUAL(open("/dev/null", O_RDONLY), -1);
        close_fd(kq);
    }
    while (nfill)
        close(fill[--nfill]);
    setrlimit(RLIMIT_NOFILE, &old);
}

/* The bell protocol under load: two threads block in kevent() forever
 * (event lists of 1 and 2, so a full list happens) while this thread adds
 * short oneshot timers and triggers a USER knote; every timer must come
 * out exactly once, with no waiter left asleep on a due timer. */
struct bellw { int kq, room; atomic_int *delivered, *dups, *exited; unsigned char *seen; };

static void *bell_waiter(void *arg)
{
    struct bellw *w = arg;
    for (;;) {
        struct dz_kevent ev[2];
        int n = dz_kq_kevent(w->kq, NULL, 0, ev, w->room, NULL);
        for (int i = 0; i < n; i++) {
            if (ev[i].filter == DZ_EVFILT_USER && ev[i].ident == 2) {
                atomic_fetch_add(w->exited, 1);
                return NULL;
            }
            if (ev[i].filter == DZ_EVFILT_TIMER) {
                if (w->seen[ev[i].ident - 100]++)
                    atomic_fetch_add(w->dups, 1);
                atomic_fetch_add(w->delivered, 1);
            }
        }
    }
}

static void test_bell_no_lost_wakeups(void)
{
    enum { N = 3000 };
    static unsigned char seen[N];
    atomic_int delivered = 0, dups = 0, exited = 0;
    int kq = new_kq();
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_USER, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_USER, DZ_EV_ADD, 0, 0, 0)), 0);
    struct bellw w[2] = { { kq, 1, &delivered, &dups, &exited, seen },
                          { kq, 2, &delivered, &dups, &exited, seen } };
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        CU_ASSERT_FATAL(pthread_create(&th[i], NULL, bell_waiter, &w[i]) == 0);
    for (int i = 0; i < N; i++) {
        CU_ASSERT_EQUAL(change(kq, kev(100 + i, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_ONESHOT,
                                       DZ_NOTE_USECONDS, 100 + (i % 7) * 300, 0)), 0);
        if (i % 5 == 0)
            change(kq, kev(1, DZ_EVFILT_USER, 0, DZ_NOTE_TRIGGER, 0, 0));
        if (i % 50 == 0)
            usleep(2000);       /* let the waiters block */
    }
    double end = now_ms() + 5000;
    while (atomic_load(&delivered) < N && now_ms() < end)
        usleep(1000);
    CU_ASSERT_EQUAL(atomic_load(&delivered), N);
    CU_ASSERT_EQUAL(atomic_load(&dups), 0);
    /* Stop: each trigger rings once, which wakes one waiter. */
    while (atomic_load(&exited) < 2) {
        change(kq, kev(2, DZ_EVFILT_USER, 0, DZ_NOTE_TRIGGER, 0, 0));
        usleep(5000);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    close_fd(kq);
}

/* Two timers due at once and two waiters with room for one event each:
 * the fire wakes one waiter, which takes one timer and (its list full)
 * rings for the other waiter, which must not sleep on the second. */
struct onew { int kq, n; double at; };

static void *one_waiter(void *arg)
{
    struct onew *w = arg;
    struct dz_kevent ev;
    w->n = wait_ms(w->kq, &ev, 1, 2000);
    w->at = now_ms();
    return NULL;
}

static void test_full_list_passes_the_wakeup_on(void)
{
    int kq = new_kq();
    struct onew w[2] = { { kq, 0, 0 }, { kq, 0, 0 } };
    pthread_t th[2];
    for (int i = 0; i < 2; i++)
        CU_ASSERT_FATAL(pthread_create(&th[i], NULL, one_waiter, &w[i]) == 0);
    usleep(30000);      /* both blocked */
    double t0 = now_ms();
    struct dz_kevent ch[2] = {
        kev(1, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_ONESHOT, 0, 30, 0),
        kev(2, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_ONESHOT, 0, 30, 0),
    };
    CU_ASSERT_EQUAL(dz_kq_kevent(kq, ch, 2, NULL, 0, NULL), 0);
    for (int i = 0; i < 2; i++)
        pthread_join(th[i], NULL);
    CU_ASSERT_EQUAL(w[0].n, 1);
    CU_ASSERT_EQUAL(w[1].n, 1);
    CU_ASSERT(w[0].at - t0 < 1000 && w[1].at - t0 < 1000);
    close_fd(kq);
}

CU_TestInfo kq_timer_tests[] = {
    { "many oneshot timers, deadline order", test_many_oneshots_in_deadline_order },
    { "periodic timers count expirations", test_periodic_counts },
    { "timers deleted while armed", test_delete_while_armed },
    { "EV_ADD on a timer restarts it", test_modify_restarts },
    { "timer EV_DISABLE/EV_ENABLE/EV_DISPATCH", test_disable_enable_dispatch },
    { "NOTE_ABSTIME and zero timers", test_abstime_and_zero },
    { "kqueue fd readable when a timer is due", test_kqueue_fd_polls_ready },
    { "waiter wakes for a nearer timer", test_waiter_sees_new_timer },
    { "10,000 timers take no descriptor", test_ten_thousand_timers_no_fds },
    { "kqueue and timers with one descriptor free", test_one_descriptor_free },
    { "bell: no lost wake-ups between threads", test_bell_no_lost_wakeups },
    { "bell: a full event list wakes the next waiter", test_full_list_passes_the_wakeup_on },
    CU_TEST_INFO_NULL,
};
