/* kqueue and kevent shared by the BSDs: the guest's struct kevent is
 * converted to the neutral one (its layout and conversions come from the
 * personality's dz_bsd_abi) and served by the one emulation in
 * syscall-xlate/event. */
#define _GNU_SOURCE
#include "syscall-xlate/common/bsd.h"
#include "syscall-xlate/common/handlers.h"
#include "syscall-xlate/engine/engine.h"
#include "syscall-xlate/engine/uaccess.h"
#include "syscall-xlate/event/kqueue.h"
#include <errno.h>
#include <stdlib.h>

/* kqueue(void) */
long dz_kqueue(struct dz_call *c) { return dz_kq_create(0); }

/* Change and event lists up to these sizes stay on the handler's stack
 * (256 KiB, engine/thread.c): a server calls kevent for every wake-up, and
 * the C library's malloc maps and unmaps a buffer of this size each time
 * (two host calls per kevent).  Go asks for 64 events; larger lists are
 * allocated. */
#define KEV_STACK_CH 16
#define KEV_STACK_EV 64

long dz_kevent_with(struct dz_call *c, const struct dz_kevent_abi *k)
{
    int nch = AI(2), nev = AI(4);
    unsigned char g[128];
    if (nch < 0 || nev < 0)
        return -EINVAL;
    if (k->size > sizeof g)
        return -EINVAL;
    struct timespec ts, *tsp = NULL;
    if (A(5)) {
        struct lx_timespec t;   /* the same 16 bytes on every BSD */
        if (dz_copy_in(&t, A(5), sizeof t) != 0)
            return -EFAULT;
        if (t.tv_sec < 0 || t.tv_nsec < 0 || t.tv_nsec >= 1000000000)
            return -EINVAL;
        ts.tv_sec = t.tv_sec;
        ts.tv_nsec = t.tv_nsec;
        tsp = &ts;
    }
    struct dz_kevent chbuf[KEV_STACK_CH], evbuf[KEV_STACK_EV];
    struct dz_kevent *ch = NULL, *ev = NULL;
    if (nch) {
        ch = nch <= KEV_STACK_CH ? chbuf : malloc((size_t)nch * sizeof *ch);
        if (!ch)
            return -ENOMEM;
        for (int i = 0; i < nch; i++) {
            if (dz_copy_in(g, A(1) + (uint64_t)i * k->size, k->size) != 0) {
                if (ch != chbuf)
                    free(ch);
                return -EFAULT;
            }
            k->in(&ch[i], g);
        }
    }
    if (nev) {
        ev = nev <= KEV_STACK_EV ? evbuf : malloc((size_t)nev * sizeof *ev);
        if (!ev) {
            if (ch != chbuf)
                free(ch);
            return -ENOMEM;
        }
    }
    long r = dz_kq_kevent(AI(0), ch, nch, ev, nev, tsp);
    /* The changes are applied before the wait: never restart (BSD kevent
     * turns ERESTART into EINTR too). */
    r = dz_sleep_result(r);
    for (long i = 0; i < r; i++) {
        k->out(g, &ev[i]);
        if (dz_copy_out(A(3) + (uint64_t)i * k->size, g, k->size) != 0) {
            r = -EFAULT;
            break;
        }
    }
    if (ch != chbuf)
        free(ch);
    if (ev != evbuf)
        free(ev);
    return r;
}

/* kevent(int fd, const struct kevent *changelist, int nchanges,
 *        struct kevent *eventlist, int nevents, const struct timespec *timeout) */
long dz_kevent(struct dz_call *c) { return dz_kevent_with(c, &dz_bsd(c)->kevent); }
