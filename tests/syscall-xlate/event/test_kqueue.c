/* Tests for syscall-xlate/event/ (kqueue on epoll): the API, the change
 * list and EVFILT_READ/WRITE on pipes, sockets and files.  Expected values
 * are FreeBSD kqueue(2) behaviour with Linux errnos.  Also holds main() and
 * the test stand-in for the engine's dz_blocking_syscall6(). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "tests/dz_cunit.h"
#include "tests/syscall-xlate/event/kq_test.h"

/* The engine's interruptible wrapper, reduced to a plain syscall. */
long dz_blocking_syscall6(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
    long r = syscall(nr, a1, a2, a3, a4, a5, a6);
    return r < 0 ? -errno : r;
}

static void test_create_and_identify(void)
{
    int kq = new_kq();
    CU_ASSERT_EQUAL(dz_kq_is_kqueue(kq), 1);
    CU_ASSERT_EQUAL(dz_kq_is_kqueue(0), 0);
    CU_ASSERT(fcntl(kq, F_GETFD) & FD_CLOEXEC);
    close_fd(kq);
    CU_ASSERT_EQUAL(dz_kq_is_kqueue(kq), 0);
    struct dz_kevent ev;
    CU_ASSERT_EQUAL(dz_kq_kevent(kq, NULL, 0, &ev, 1, zero_ts()), -EBADF);
    CU_ASSERT_EQUAL(dz_kq_kevent(-1, NULL, 0, &ev, 1, zero_ts()), -EBADF);
}

static void test_pipe_readable(void)
{
    int kq = new_kq(), p[2];
    CU_ASSERT_FATAL(pipe(p) == 0);
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_READ, DZ_EV_ADD, 0, 0, 0x1234)), 0);
    struct dz_kevent ev[4];
    CU_ASSERT_EQUAL(poll_events(kq, ev, 4), 0);         /* empty pipe */
    CU_ASSERT_EQUAL(write(p[1], "abc", 3), 3);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 4), 1);
    CU_ASSERT_EQUAL(ev[0].ident, (uint64_t)p[0]);
    CU_ASSERT_EQUAL(ev[0].filter, DZ_EVFILT_READ);
    CU_ASSERT_EQUAL(ev[0].data, 3);
    CU_ASSERT_EQUAL(ev[0].udata, 0x1234);
    CU_ASSERT_FALSE(ev[0].flags & (DZ_EV_EOF | DZ_EV_ERROR));
    /* level-triggered: still there until read */
    CU_ASSERT_EQUAL(poll_events(kq, ev, 4), 1);
    char buf[8];
    CU_ASSERT_EQUAL(read(p[0], buf, sizeof buf), 3);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 4), 0);
    close_fd(p[0]); close_fd(p[1]); close_fd(kq);
}

static void test_pipe_writable(void)
{
    int kq = new_kq(), p[2];
    CU_ASSERT_FATAL(pipe(p) == 0);
    CU_ASSERT_EQUAL(change(kq, kev(p[1], DZ_EVFILT_WRITE, DZ_EV_ADD, 0, 0, 7)), 0);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_EQUAL(ev[0].filter, DZ_EVFILT_WRITE);
    CU_ASSERT_EQUAL(ev[0].ident, (uint64_t)p[1]);
    CU_ASSERT_EQUAL(ev[0].udata, 7);
    /* the read end is not writable */
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_WRITE, DZ_EV_ADD, 0, 0, 8)), 0);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_EQUAL(ev[0].ident, (uint64_t)p[1]);
    close_fd(p[0]); close_fd(p[1]); close_fd(kq);
}

static void test_clear_is_edge_triggered(void)
{
    int kq = new_kq(), s[2];
    CU_ASSERT_FATAL(socketpair(AF_UNIX, SOCK_STREAM, 0, s) == 0);
    CU_ASSERT_EQUAL(change(kq, kev(s[0], DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 1)), 0);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL(write(s[1], "x", 1), 1);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT(ev[0].flags & DZ_EV_CLEAR);
    CU_ASSERT_EQUAL(ev[0].data, 1);
    /* unread data, but no new data: no second event */
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    CU_ASSERT_EQUAL(write(s[1], "yz", 2), 2);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_EQUAL(ev[0].data, 3);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    close_fd(s[0]); close_fd(s[1]); close_fd(kq);
}

static void test_oneshot(void)
{
    int kq = new_kq(), p[2];
    CU_ASSERT_FATAL(pipe(p) == 0);
    CU_ASSERT_EQUAL(write(p[1], "a", 1), 1);
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_ONESHOT, 0, 0, 0)), 0);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT(ev[0].flags & DZ_EV_ONESHOT);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);         /* still readable, but gone */
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_READ, DZ_EV_DELETE, 0, 0, 0)), -ENOENT);
    close_fd(p[0]); close_fd(p[1]); close_fd(kq);
}

static void test_delete_and_enoent(void)
{
    int kq = new_kq(), p[2];
    CU_ASSERT_FATAL(pipe(p) == 0);
    CU_ASSERT_EQUAL(write(p[1], "a", 1), 1);
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_READ, DZ_EV_ADD, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_READ, DZ_EV_DELETE, 0, 0, 0)), 0);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    /* with room in the event list, the error comes back as EV_ERROR */
    struct dz_kevent ch = kev(p[0], DZ_EVFILT_READ, DZ_EV_DELETE, 0, 0, 99);
    CU_ASSERT_EQUAL_FATAL(dz_kq_kevent(kq, &ch, 1, ev, 2, zero_ts()), 1);
    CU_ASSERT_EQUAL(ev[0].flags, DZ_EV_ERROR);
    CU_ASSERT_EQUAL(ev[0].data, ENOENT);
    CU_ASSERT_EQUAL(ev[0].udata, 99);
    /* WRITE was never registered on this fd either */
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_WRITE, DZ_EV_DELETE, 0, 0, 0)), -ENOENT);
    /* unknown filter */
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_AIO, DZ_EV_ADD, 0, 0, 0)), -EINVAL);
    close_fd(p[0]); close_fd(p[1]); close_fd(kq);
}

static void test_error_event_bad_fd(void)
{
    int kq = new_kq(), p[2];
    CU_ASSERT_FATAL(pipe(p) == 0);
    CU_ASSERT_EQUAL(write(p[1], "a", 1), 1);
    struct dz_kevent ch[2] = {
        kev(p[0], DZ_EVFILT_READ, DZ_EV_ADD, 0, 0, 1),
        kev(9999, DZ_EVFILT_READ, DZ_EV_ADD, 0, 0, 2),
    };
    struct dz_kevent ev[4];
    /* one error event and no scan, though p[0] is readable */
    CU_ASSERT_EQUAL_FATAL(dz_kq_kevent(kq, ch, 2, ev, 4, zero_ts()), 1);
    CU_ASSERT_EQUAL(ev[0].ident, 9999);
    CU_ASSERT_EQUAL(ev[0].filter, DZ_EVFILT_READ);
    CU_ASSERT_EQUAL(ev[0].flags, DZ_EV_ERROR);
    CU_ASSERT_EQUAL(ev[0].data, EBADF);
    CU_ASSERT_EQUAL(ev[0].udata, 2);
    /* the good change before it was applied */
    CU_ASSERT_EQUAL(poll_events(kq, ev, 4), 1);
    /* no room: the call itself fails */
    CU_ASSERT_EQUAL(change(kq, kev(9999, DZ_EVFILT_WRITE, DZ_EV_ADD, 0, 0, 0)), -EBADF);
    close_fd(p[0]); close_fd(p[1]); close_fd(kq);
}

/* An ident that names no open file is EBADF at once: the registration
 * table, indexed by fd, was grown to the ident first (2^30: an 8 GiB
 * realloc; 2^31-1: a doubling that overflowed).  Found by tests/fuzz
 * (fuzz_kevent). */
static void test_huge_bad_fd(void)
{
    int kq = new_kq();
    CU_ASSERT_EQUAL(change(kq, kev(1u << 30, DZ_EVFILT_READ, DZ_EV_ADD, 0, 0, 0)), -EBADF);
    CU_ASSERT_EQUAL(change(kq, kev(INT32_MAX, DZ_EVFILT_WRITE, DZ_EV_ADD, 0, 0, 0)), -EBADF);
    CU_ASSERT_EQUAL(change(kq, kev(INT32_MAX, DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_DISABLE, 0, 0, 0)), -EBADF);
    CU_ASSERT_EQUAL(change(kq, kev((uint64_t)INT32_MAX + 1, DZ_EVFILT_READ, DZ_EV_ADD, 0, 0, 0)), -EBADF);
    close_fd(kq);
}

static void test_receipt(void)
{
    int kq = new_kq(), p[2];
    CU_ASSERT_FATAL(pipe(p) == 0);
    CU_ASSERT_EQUAL(write(p[1], "a", 1), 1);
    struct dz_kevent ch[3] = {
        kev(p[0], DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_RECEIPT, 0, 0, 1),
        kev(p[1], DZ_EVFILT_WRITE, DZ_EV_ADD | DZ_EV_RECEIPT, 0, 0, 2),
        kev(p[0], DZ_EVFILT_WRITE, DZ_EV_DELETE | DZ_EV_RECEIPT, 0, 0, 3),
    };
    struct dz_kevent ev[8];
    CU_ASSERT_EQUAL_FATAL(dz_kq_kevent(kq, ch, 3, ev, 8, zero_ts()), 3);
    for (int i = 0; i < 3; i++) {
        CU_ASSERT(ev[i].flags & DZ_EV_ERROR);
        CU_ASSERT_EQUAL(ev[i].udata, (uint64_t)i + 1);
    }
    CU_ASSERT_EQUAL(ev[0].data, 0);
    CU_ASSERT_EQUAL(ev[1].data, 0);
    CU_ASSERT_EQUAL(ev[2].data, ENOENT);
    /* the receipts replaced the scan; the registrations are live */
    CU_ASSERT_EQUAL(poll_events(kq, ev, 8), 2);
    close_fd(p[0]); close_fd(p[1]); close_fd(kq);
}

static void test_read_and_write_on_one_fd(void)
{
    int kq = new_kq(), s[2];
    CU_ASSERT_FATAL(socketpair(AF_UNIX, SOCK_STREAM, 0, s) == 0);
    struct dz_kevent ch[2] = {
        kev(s[0], DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0xaaa),
        kev(s[0], DZ_EVFILT_WRITE, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0xbbb),
    };
    CU_ASSERT_EQUAL(write(s[1], "hello", 5), 5);
    struct dz_kevent ev[4];
    CU_ASSERT_EQUAL_FATAL(dz_kq_kevent(kq, ch, 2, ev, 4, zero_ts()), 2);
    int r = ev[0].filter == DZ_EVFILT_READ ? 0 : 1;
    CU_ASSERT_EQUAL(ev[r].filter, DZ_EVFILT_READ);
    CU_ASSERT_EQUAL(ev[r].udata, 0xaaa);
    CU_ASSERT_EQUAL(ev[r].data, 5);
    CU_ASSERT_EQUAL(ev[1 - r].filter, DZ_EVFILT_WRITE);
    CU_ASSERT_EQUAL(ev[1 - r].udata, 0xbbb);
    CU_ASSERT_EQUAL(ev[0].ident, (uint64_t)s[0]);
    CU_ASSERT_EQUAL(ev[1].ident, (uint64_t)s[0]);
    /* deleting WRITE leaves READ working */
    CU_ASSERT_EQUAL(change(kq, kev(s[0], DZ_EVFILT_WRITE, DZ_EV_DELETE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(write(s[1], "!", 1), 1);
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 4, 1000), 1);
    CU_ASSERT_EQUAL(ev[0].filter, DZ_EVFILT_READ);
    CU_ASSERT_EQUAL(ev[0].udata, 0xaaa);
    close_fd(s[0]); close_fd(s[1]); close_fd(kq);
}

static void test_eof_on_writer_close(void)
{
    int kq = new_kq(), p[2];
    CU_ASSERT_FATAL(pipe(p) == 0);
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0)), 0);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    close_fd(p[1]);
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 2, 1000), 1);
    CU_ASSERT(ev[0].flags & DZ_EV_EOF);
    CU_ASSERT_EQUAL(ev[0].data, 0);
    /* socket: the peer's close gives EOF on READ and WRITE */
    int s[2];
    CU_ASSERT_FATAL(socketpair(AF_UNIX, SOCK_STREAM, 0, s) == 0);
    CU_ASSERT_EQUAL(change(kq, kev(s[0], DZ_EVFILT_WRITE, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_FALSE(ev[0].flags & DZ_EV_EOF);
    close_fd(s[1]);
    CU_ASSERT_EQUAL_FATAL(wait_ms(kq, ev, 2, 1000), 1);
    CU_ASSERT_EQUAL(ev[0].filter, DZ_EVFILT_WRITE);
    CU_ASSERT(ev[0].flags & DZ_EV_EOF);
    close_fd(s[0]); close_fd(p[0]); close_fd(kq);
}

static void test_timeout_zero_polls(void)
{
    int kq = new_kq();
    struct dz_kevent ev[2];
    double t0 = now_ms();
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    CU_ASSERT(now_ms() - t0 < 50);
    struct timespec bad = { 0, 1000000000L };
    CU_ASSERT_EQUAL(dz_kq_kevent(kq, NULL, 0, ev, 2, &bad), -EINVAL);
    /* nevents == 0: returns at once, even with no timeout */
    CU_ASSERT_EQUAL(dz_kq_kevent(kq, NULL, 0, NULL, 0, NULL), 0);
    close_fd(kq);
}

static void test_timeout_expires(void)
{
    int kq = new_kq(), p[2];
    CU_ASSERT_FATAL(pipe(p) == 0);
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_READ, DZ_EV_ADD, 0, 0, 0)), 0);
    struct dz_kevent ev[2];
    double t0 = now_ms();
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 2, 60), 0);
    double dt = now_ms() - t0;
    CU_ASSERT(dt >= 59);
    CU_ASSERT(dt < 1000);
    close_fd(p[0]); close_fd(p[1]); close_fd(kq);
}

static void test_regular_file(void)
{
    int kq = new_kq();
    FILE *f = tmpfile();
    CU_ASSERT_FATAL(f != NULL);
    int fd = fileno(f);
    CU_ASSERT_EQUAL(write(fd, "0123456789", 10), 10);
    CU_ASSERT_EQUAL(lseek(fd, 4, SEEK_SET), 4);
    CU_ASSERT_EQUAL(change(kq, kev(fd, DZ_EVFILT_READ, DZ_EV_ADD, 0, 0, 3)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(fd, DZ_EVFILT_WRITE, DZ_EV_ADD, 0, 0, 4)), 0);
    struct dz_kevent ev[4];
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 4), 2);
    int r = ev[0].filter == DZ_EVFILT_READ ? 0 : 1;
    CU_ASSERT_EQUAL(ev[r].filter, DZ_EVFILT_READ);
    CU_ASSERT_EQUAL(ev[r].data, 6);                    /* bytes to EOF */
    CU_ASSERT_EQUAL(ev[1 - r].filter, DZ_EVFILT_WRITE);
    /* still ready next time, without waiting */
    double t0 = now_ms();
    CU_ASSERT_EQUAL(wait_ms(kq, ev, 4, 2000), 2);
    CU_ASSERT(now_ms() - t0 < 500);
    /* at EOF the vnode read filter is not ready (FreeBSD filt_vfsread) */
    CU_ASSERT_EQUAL(lseek(fd, 0, SEEK_END), 10);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 4), 1);
    CU_ASSERT_EQUAL(ev[0].filter, DZ_EVFILT_WRITE);
    /* /dev/null cannot be polled: always ready */
    int dn = open("/dev/null", O_RDONLY);
    CU_ASSERT_FATAL(dn >= 0);
    CU_ASSERT_EQUAL(change(kq, kev(fd, DZ_EVFILT_WRITE, DZ_EV_DELETE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(change(kq, kev(dn, DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 4), 1);
    CU_ASSERT_EQUAL(ev[0].ident, (uint64_t)dn);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 4), 0);        /* EV_CLEAR: once */
    close_fd(dn);
    dz_kq_fd_closed(fd);
    fclose(f);
    close_fd(kq);
}

static void test_fd_closed_forgets(void)
{
    int kq = new_kq(), p[2];
    CU_ASSERT_FATAL(pipe(p) == 0);
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_READ, DZ_EV_ADD, 0, 0, 0)), 0);
    /* a dup keeps the pipe open: epoll alone would keep reporting it */
    int keep = dup(p[0]);
    CU_ASSERT_FATAL(keep >= 0);
    int old = p[0];
    close_fd(p[0]);
    CU_ASSERT_EQUAL(write(p[1], "x", 1), 1);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    /* the number comes back as another file: nothing registered on it */
    int q[2];
    CU_ASSERT_FATAL(pipe(q) == 0);
    CU_ASSERT_EQUAL(q[0], old);
    CU_ASSERT_EQUAL(change(kq, kev(q[0], DZ_EVFILT_READ, DZ_EV_DELETE, 0, 0, 0)), -ENOENT);
    CU_ASSERT_EQUAL(write(q[1], "y", 1), 1);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    /* and a closed number is EBADF, not ENOENT */
    close_fd(q[1]);
    CU_ASSERT_EQUAL(change(kq, kev(q[1], DZ_EVFILT_READ, DZ_EV_DELETE, 0, 0, 0)), -EBADF);
    close_fd(q[0]); close_fd(keep); close_fd(p[1]); close_fd(kq);
}

static void test_nevents_smaller_than_ready(void)
{
    int kq = new_kq(), p[3][2];
    for (int i = 0; i < 3; i++) {
        CU_ASSERT_FATAL(pipe(p[i]) == 0);
        CU_ASSERT_EQUAL(write(p[i][1], "z", 1), 1);
        CU_ASSERT_EQUAL(change(kq, kev(p[i][0], DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, (uint64_t)i)), 0);
    }
    struct dz_kevent ev[4];
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 2);
    uint64_t seen = (1u << ev[0].udata) | (1u << ev[1].udata);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 2), 1);
    seen |= 1u << ev[0].udata;
    CU_ASSERT_EQUAL(seen, 7);                          /* each exactly once */
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    /* one edge-triggered epoll event, two kevents, room for one */
    int s[2];
    CU_ASSERT_FATAL(socketpair(AF_UNIX, SOCK_STREAM, 0, s) == 0);
    CU_ASSERT_EQUAL(write(s[1], "q", 1), 1);
    struct dz_kevent ch[2] = {
        kev(s[0], DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0),
        kev(s[0], DZ_EVFILT_WRITE, DZ_EV_ADD | DZ_EV_CLEAR, 0, 0, 0),
    };
    CU_ASSERT_EQUAL(dz_kq_kevent(kq, ch, 2, NULL, 0, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 1), 1);
    int16_t first = ev[0].filter;
    CU_ASSERT_EQUAL_FATAL(poll_events(kq, ev, 1), 1);
    CU_ASSERT_NOT_EQUAL(ev[0].filter, first);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 1), 0);
    for (int i = 0; i < 3; i++) {
        close_fd(p[i][0]); close_fd(p[i][1]);
    }
    close_fd(s[0]); close_fd(s[1]); close_fd(kq);
}

static void test_dispatch_disable_enable(void)
{
    int kq = new_kq(), p[2];
    CU_ASSERT_FATAL(pipe(p) == 0);
    CU_ASSERT_EQUAL(write(p[1], "a", 1), 1);
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_READ, DZ_EV_ADD | DZ_EV_DISPATCH, 0, 0, 0)), 0);
    struct dz_kevent ev[2];
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);        /* dispatched: disabled */
    CU_ASSERT_EQUAL(change(kq, kev(p[0], DZ_EVFILT_READ, DZ_EV_ENABLE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 1);
    /* plain EV_DISABLE / EV_ENABLE on a level registration */
    CU_ASSERT_EQUAL(change(kq, kev(p[1], DZ_EVFILT_WRITE, DZ_EV_ADD | DZ_EV_DISABLE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    CU_ASSERT_EQUAL(change(kq, kev(p[1], DZ_EVFILT_WRITE, DZ_EV_ENABLE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 1);
    CU_ASSERT_EQUAL(change(kq, kev(p[1], DZ_EVFILT_WRITE, DZ_EV_DISABLE, 0, 0, 0)), 0);
    CU_ASSERT_EQUAL(poll_events(kq, ev, 2), 0);
    close_fd(p[0]); close_fd(p[1]); close_fd(kq);
}

static CU_TestInfo kq_fd_tests[] = {
    { "create, is_kqueue, close", test_create_and_identify },
    { "pipe readable (data = bytes)", test_pipe_readable },
    { "pipe writable", test_pipe_writable },
    { "EV_CLEAR is edge-triggered", test_clear_is_edge_triggered },
    { "EV_ONESHOT", test_oneshot },
    { "EV_DELETE and ENOENT", test_delete_and_enoent },
    { "EV_ERROR for a bad fd", test_error_event_bad_fd },
    { "EBADF for a huge ident", test_huge_bad_fd },
    { "EV_RECEIPT", test_receipt },
    { "READ and WRITE on one fd", test_read_and_write_on_one_fd },
    { "EV_EOF on peer close", test_eof_on_writer_close },
    { "timeout 0 polls", test_timeout_zero_polls },
    { "timeout expires", test_timeout_expires },
    { "regular file and /dev/null", test_regular_file },
    { "dz_kq_fd_closed forgets", test_fd_closed_forgets },
    { "nevents smaller than ready", test_nevents_smaller_than_ready },
    { "EV_DISPATCH, EV_DISABLE, EV_ENABLE", test_dispatch_disable_enable },
    CU_TEST_INFO_NULL,
};

DZ_CUNIT_MAIN({ "kqueue: fd filters", NULL, NULL, NULL, NULL, kq_fd_tests },
              { "kqueue: user/timer/proc/signal", NULL, NULL, NULL, NULL, kq_knote_tests },
              { "kqueue: threads and fork", NULL, NULL, NULL, NULL, kq_thread_tests },
              { "kqueue: timers on one timerfd", NULL, NULL, NULL, NULL, kq_timer_tests })
