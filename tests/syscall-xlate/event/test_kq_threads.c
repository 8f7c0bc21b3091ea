/* Tests for the concurrency rules of syscall-xlate/event/: a waiter
 * blocked in kevent() is woken by changes made from other threads (Go's
 * netpoller pattern), closing a kqueue wakes its waiter, and a fork child
 * drops every queue. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/syscall-xlate/event/kq_test.h"

struct waiter {
    int kq, n;
    struct dz_kevent ev[4];
    double waited_ms;
};

static void *wait_forever(void *arg)
{
    struct waiter *w = arg;
    double t0 = now_ms();
    w->n = dz_kq_kevent(w->kq, NULL, 0, w->ev, 4, NULL);
    w->waited_ms = now_ms() - t0;
    return NULL;
}

static void test_user_trigger_wakes_waiter(void)
{
    int kq = new_kq();
    /* Go's netpoll break: EV_ADD|EV_CLEAR, later fflags NOTE_TRIGGER */
    CU_ASSERT_EQUAL(change(kq, kev(GO_WAKE_IDENT, DZ_EVFILT_USER, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0)), 0);
    struct dz_kevent ev[4];
    CU_ASSERT_EQUAL(poll_events(kq, ev, 4), 0);
    struct waiter w = { .kq = kq };
    pthread_t th;
    CU_ASSERT_FATAL(pthread_create(&th, NULL, wait_forever, &w) == 0);
    usleep(50000);
    CU_ASSERT_EQUAL(change(kq, kev(GO_WAKE_IDENT, DZ_EVFILT_USER, 0, DZ_NOTE_TRIGGER, 0, 0)), 0);
    pthread_join(th, NULL);
    CU_ASSERT_EQUAL_FATAL(w.n, 1);
    CU_ASSERT_EQUAL(w.ev[0].ident, GO_WAKE_IDENT);
    CU_ASSERT_EQUAL(w.ev[0].filter, DZ_EVFILT_USER);
    CU_ASSERT(w.waited_ms >= 40);
    /* EV_CLEAR: consumed */
    CU_ASSERT_EQUAL(poll_events(kq, ev, 4), 0);
    close_fd(kq);
}

struct adder { int kq, fd; };

static void *add_later(void *arg)
{
    struct adder *a = arg;
    usleep(50000);
    change(a->kq, kev(a->fd, DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0x42));
    return NULL;
}

static void test_add_while_waiting(void)
{
    int kq = new_kq(), p[2];
    CU_ASSERT_FATAL(pipe(p) == 0);
    CU_ASSERT_EQUAL(write(p[1], "a", 1), 1);
    struct adder a = { kq, p[0] };
    pthread_t th;
    CU_ASSERT_FATAL(pthread_create(&th, NULL, add_later, &a) == 0);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 2, 5000), 1);
    CU_ASSERT_EQUAL(ev[0].udata, 0x42);
    pthread_join(th, NULL);
    /* same for a regular file, which lives outside epoll */
    FILE *f = tmpfile();
    CU_ASSERT_FATAL(f != NULL);
    CU_ASSERT_EQUAL(write(fileno(f), "abc", 3), 3);
    CU_ASSERT_EQUAL(lseek(fileno(f), 0, SEEK_SET), 0);
    a.fd = fileno(f);
    CU_ASSERT_FATAL(pthread_create(&th, NULL, add_later, &a) == 0);
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 2, 5000), 1);
    CU_ASSERT_EQUAL(ev[0].data, 3);
    pthread_join(th, NULL);
    dz_kq_fd_closed(fileno(f));
    fclose(f);
    close_fd(p[0]); close_fd(p[1]); close_fd(kq);
}

static void *close_later(void *arg)
{
    usleep(50000);
    close_fd(*(int *)arg);
    return NULL;
}

static void test_close_wakes_waiter(void)
{
    int kq = new_kq();
    pthread_t th;
    CU_ASSERT_FATAL(pthread_create(&th, NULL, close_later, &kq) == 0);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL(dz_kq_kevent(kq, NULL, 0, ev, 2, NULL), -EBADF);
    pthread_join(th, NULL);
}

static void test_after_fork_drops_queues(void)
{
    int kq = new_kq();
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_ADD, 0, 1000, 0)), 0);
    pid_t pid = fork();
    CU_ASSERT_FATAL(pid >= 0);
    if (pid == 0) {
        dz_kq_after_fork();
        int bad = dz_kq_is_kqueue(kq) != 0 || fcntl(kq, F_GETFD) >= 0;
        /* a fresh queue works in the child */
        int k2 = dz_kq_create(1);
        bad |= k2 < 0 || change(k2, kev(1, DZ_EVFILT_USER, DZ_EV_ADD, DZ_NOTE_TRIGGER, 0, 0)) != 0;
        struct dz_kevent ev;
        bad |= poll_events(k2, &ev, 1) != 1;
        _exit(bad);
    }
    int st;
    CU_ASSERT_EQUAL(waitpid(pid, &st, 0), pid);
    CU_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 0);
    CU_ASSERT_EQUAL(dz_kq_is_kqueue(kq), 1);           /* the parent keeps it */
    close_fd(kq);
}

/* Go's netpoller shape, hammered: two threads loop in kevent() with a
 * timeout while two others register, unregister and close pipes and
 * trigger the wake-up knote.  Every pipe is written before it is
 * registered, so each registration must produce an event for a waiter
 * unless it is deleted first; nothing may fail or hang. */
#define STRESS_ROUNDS 1500

struct stress {
    int kq;
    atomic_int stop, errors, user_events, fd_events;
};

static void *stress_waiter(void *arg)
{
    struct stress *s = arg;
    struct dz_kevent ev[8];
    while (!atomic_load(&s->stop)) {
        int n = wait_ms(s->kq, ev, 8, 20);
        if (n < 0) {
            atomic_fetch_add(&s->errors, 1);
            continue;
        }
        for (int i = 0; i < n; i++) {
            if (ev[i].flags & DZ_EV_ERROR)
                atomic_fetch_add(&s->errors, 1);
            else if (ev[i].filter == DZ_EVFILT_USER)
                atomic_fetch_add(&s->user_events, 1);
            else
                atomic_fetch_add(&s->fd_events, 1);
        }
    }
    return NULL;
}

static void *stress_mutator(void *arg)
{
    struct stress *s = arg;
    for (int i = 0; i < STRESS_ROUNDS; i++) {
        int p[2];
        if (pipe(p) != 0 || write(p[1], "x", 1) != 1) {
            atomic_fetch_add(&s->errors, 1);
            continue;
        }
        struct dz_kevent ch[2] = {
            kev(p[0], DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, (uint64_t)p[0]),
            kev(p[1], DZ_EVFILT_WRITE, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, (uint64_t)p[1]),
        };
        if (dz_kq_kevent(s->kq, ch, 2, NULL, 0, NULL) != 0)
            atomic_fetch_add(&s->errors, 1);
        if (i % 3 == 0 && change(s->kq, kev(p[0], DZ_EVFILT_READ, DZ_EV_DELETE, 0, 0, 0)) != 0)
            atomic_fetch_add(&s->errors, 1);
        if (i % 7 == 0 && change(s->kq, kev(GO_WAKE_IDENT, DZ_EVFILT_USER, 0, DZ_NOTE_TRIGGER, 0, 0)) != 0)
            atomic_fetch_add(&s->errors, 1);
        close_fd(p[0]);
        close_fd(p[1]);
    }
    return NULL;
}

static void test_stress_concurrent_changes(void)
{
    struct stress s = { .kq = new_kq() };
    CU_ASSERT_EQUAL(change(s.kq, kev(GO_WAKE_IDENT, DZ_EVFILT_USER, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0)), 0);
    pthread_t w[2], m[2];
    for (int i = 0; i < 2; i++)
        CU_ASSERT_FATAL(pthread_create(&w[i], NULL, stress_waiter, &s) == 0);
    for (int i = 0; i < 2; i++)
        CU_ASSERT_FATAL(pthread_create(&m[i], NULL, stress_mutator, &s) == 0);
    for (int i = 0; i < 2; i++)
        pthread_join(m[i], NULL);
    atomic_store(&s.stop, 1);
    for (int i = 0; i < 2; i++)
        pthread_join(w[i], NULL);
    CU_ASSERT_EQUAL(atomic_load(&s.errors), 0);
    CU_ASSERT(atomic_load(&s.user_events) > 0);
    CU_ASSERT(atomic_load(&s.fd_events) > 0);
    /* the queue is left with only the USER knote (maybe still triggered
     * if the last trigger came after the waiters' last look) */
    struct dz_kevent ev[8];
    int n = poll_events(s.kq, ev, 8);
    CU_ASSERT(n == 0 || (n == 1 && ev[0].filter == DZ_EVFILT_USER));
    close_fd(s.kq);
}

CU_TestInfo kq_thread_tests[] = {
    { "EVFILT_USER trigger wakes a waiter", test_user_trigger_wakes_waiter },
    { "registration while another thread waits", test_add_while_waiting },
    { "closing the kqueue wakes its waiter", test_close_wakes_waiter },
    { "dz_kq_after_fork in a child", test_after_fork_drops_queues },
    { "stress: waiters and mutators at once", test_stress_concurrent_changes },
    CU_TEST_INFO_NULL,
};
