/* Tests for syscall-xlate/event/kq_knote.c: EVFILT_USER (fflags control),
 * EVFILT_TIMER, EVFILT_PROC (NOTE_EXIT of a forked child) and
 * EVFILT_SIGNAL (the engine's delivery counters). */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/syscall-xlate/event/kq_test.h"
#include "syscall-xlate/engine/sigcount.h"

static void test_user_fflags_control(void)
{
    int kq = new_kq();
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_USER, DZ_EV_ADD | DZ_EV_CLEAR, 0x0f, 0, 0)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_USER, 0, DZ_NOTE_FFAND | 0x3c, 0, 0)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_USER, 0, DZ_NOTE_FFOR | DZ_NOTE_TRIGGER | 0x100, 42, 5)), 0);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_EQUAL(ev[0].fflags, 0x10c);
    CU_ASSERT_EQUAL(ev[0].data, 42);
    CU_ASSERT_EQUAL(ev[0].udata, 5);
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_USER, 0, DZ_NOTE_FFCOPY | DZ_NOTE_TRIGGER | 0x7, 0, 0)), 0);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_EQUAL(ev[0].fflags, 0x7);
    /* without EV_CLEAR a trigger stays until cleared */
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_USER, DZ_EV_ADD, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_USER, 0, DZ_NOTE_TRIGGER, 0, 0)), 0);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_EQUAL(change(kq, kev(2, DZ_EVFILT_USER, DZ_EV_CLEAR, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    close_fd(kq);
}

static void test_timer_periodic(void)
{
    int kq = new_kq();
    CU_ASSERT_EQUAL(change(kq, kev(5, DZ_EVFILT_TIMER, DZ_EV_ADD, 0, 20, 0x77)), 0); /* 20 ms */
    struct dz_kevent ev[2];
    double t0 = now_ms();
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 2, 1000), 1);
    CU_ASSERT(now_ms() - t0 >= 15);
    CU_ASSERT_EQUAL(ev[0].ident, 5);
    CU_ASSERT_EQUAL(ev[0].filter, DZ_EVFILT_TIMER);
    CU_ASSERT_EQUAL(ev[0].udata, 0x77);
    CU_ASSERT(ev[0].data >= 1);
    /* periodic: expirations accumulate while nobody looks */
    usleep(110000);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT(ev[0].data >= 3);
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 2, 1000), 1);
    /* microsecond units */
    CU_ASSERT_EQUAL(change(kq, kev(5, DZ_EVFILT_TIMER, DZ_EV_DELETE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(6, DZ_EVFILT_TIMER, DZ_EV_ADD, DZ_NOTE_USECONDS, 5000, 0)), 0);
    t0 = now_ms();
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 2, 1000), 1);
    CU_ASSERT(now_ms() - t0 < 500);
    CU_ASSERT_EQUAL(change(kq, kev(7, DZ_EVFILT_TIMER, DZ_EV_ADD, 0, -1, 0)), -EINVAL);
    close_fd(kq);
}

static void test_timer_oneshot(void)
{
    int kq = new_kq();
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_ADD | DZ_EV_ONESHOT, 0, 30, 0)), 0);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    double t0 = now_ms();
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 2, 1000), 1);
    CU_ASSERT(now_ms() - t0 >= 20);
    CU_ASSERT_EQUAL(ev[0].data, 1);
    CU_ASSERT(ev[0].flags & DZ_EV_ONESHOT);
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 2, 80), 0);
    CU_ASSERT_EQUAL(change(kq, kev(1, DZ_EVFILT_TIMER, DZ_EV_DELETE, 0, 0, 0)), -ENOENT);
    close_fd(kq);
}

static void test_proc_exit_status(void)
{
    int kq = new_kq();
    pid_t pid = fork();
    CU_ASSERT_FATAL(pid >= 0);
    if (pid == 0) {
        usleep(30000);
        _exit(7);
    }
    CU_ASSERT_EQUAL(change(kq, kev((uint64_t)pid, DZ_EVFILT_PROC, DZ_EV_ADD, DZ_NOTE_EXIT, 0, 0x99)), 0);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 2, 5000), 1);
    CU_ASSERT_EQUAL(ev[0].ident, (uint64_t)pid);
    CU_ASSERT_EQUAL(ev[0].filter, DZ_EVFILT_PROC);
    CU_ASSERT_EQUAL(ev[0].fflags, DZ_NOTE_EXIT);
    CU_ASSERT(ev[0].flags & DZ_EV_EOF);
    CU_ASSERT(WIFEXITED((int)ev[0].data));
    CU_ASSERT_EQUAL(WEXITSTATUS((int)ev[0].data), 7);
    CU_ASSERT_EQUAL(ev[0].udata, 0x99);
    /* the knote is gone, and the zombie is still there to reap */
    CU_ASSERT_EQUAL(change(kq, kev((uint64_t)pid, DZ_EVFILT_PROC, DZ_EV_DELETE, 0, 0, 0)), -ENOENT);
    int st;
    CU_ASSERT_EQUAL(waitpid(pid, &st, 0), pid);
    CU_ASSERT(WIFEXITED(st) && WEXITSTATUS(st) == 7);
    /* a killed child, registered after it died (zombie) */
    pid = fork();
    CU_ASSERT_FATAL(pid >= 0);
    if (pid == 0) {
        pause();
        _exit(0);
    }
    kill(pid, SIGKILL);
    siginfo_t si;
    CU_ASSERT_EQUAL(waitid(P_PID, (id_t)pid, &si, WEXITED | WNOWAIT), 0);
    CU_ASSERT_EQUAL(change(kq, kev((uint64_t)pid, DZ_EVFILT_PROC, DZ_EV_ADD, DZ_NOTE_EXIT, 0, 0)), 0);
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 2, 5000), 1);
    CU_ASSERT(WIFSIGNALED((int)ev[0].data));
    CU_ASSERT_EQUAL(WTERMSIG((int)ev[0].data), SIGKILL);
    CU_ASSERT_EQUAL(waitpid(pid, &st, 0), pid);
    /* no such process */
    CU_ASSERT_EQUAL(change(kq, kev((uint64_t)pid, DZ_EVFILT_PROC, DZ_EV_ADD, DZ_NOTE_EXIT, 0, 0)), -ESRCH);
    close_fd(kq);
}

static void *raise_later(void *arg)
{
    usleep(50000);
    dz_sig_count_delivery(*(int *)arg);
    return NULL;
}

static void test_signal_counted(void)
{
    int kq = new_kq(), other = new_kq();
    dz_sig_count_delivery(SIGUSR1);       /* before registration: not counted */
    CU_ASSERT_EQUAL(change(kq, kev(SIGUSR1, DZ_EVFILT_SIGNAL, DZ_EV_ADD, 0, 0, 0x51)), 0);
    CU_ASSERT_EQUAL(change(other, kev(SIGUSR2, DZ_EVFILT_SIGNAL, DZ_EV_ADD, 0, 0, 0)), 0);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    dz_sig_count_delivery(SIGUSR1);
    dz_sig_count_delivery(SIGUSR1);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_EQUAL(ev[0].ident, SIGUSR1);
    CU_ASSERT_EQUAL(ev[0].filter, DZ_EVFILT_SIGNAL);
    CU_ASSERT_EQUAL(ev[0].data, 2);
    CU_ASSERT_EQUAL(ev[0].udata, 0x51);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);        /* cleared */
    CU_ASSERT_EQUAL(poll_events(other, ev, 2), 0);     /* watches SIGUSR2 */
    /* a raise from another thread wakes a blocked waiter */
    int sig = SIGUSR1;
    pthread_t th;
    CU_ASSERT_FATAL(pthread_create(&th, NULL, raise_later, &sig) == 0);
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 2, 5000), 1);
    CU_ASSERT_EQUAL(ev[0].data, 1);
    pthread_join(th, NULL);
    CU_ASSERT_EQUAL(change(kq, kev(0, DZ_EVFILT_SIGNAL, DZ_EV_ADD, 0, 0, 0)), -EINVAL);
    close_fd(kq); close_fd(other);
}

CU_TestInfo kq_knote_tests[] = {
    { "EVFILT_USER fflags control", test_user_fflags_control },
    { "EVFILT_TIMER periodic", test_timer_periodic },
    { "EVFILT_TIMER oneshot", test_timer_oneshot },
    { "EVFILT_PROC NOTE_EXIT status", test_proc_exit_status },
    { "EVFILT_SIGNAL via dz_kq_signal_raised", test_signal_counted },
    CU_TEST_INFO_NULL,
};
