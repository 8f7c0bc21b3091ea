/* FreeBSD kqueue(362), kevent(560: 64-byte struct kevent) and
 * freebsd11_kevent(363: the 32-byte one go1.19 uses), converted to the
 * neutral kevent and served by the shared emulation in syscall-xlate/event. */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/convert.h"
#include <errno.h>
#include <stdlib.h>

#define KEV_BATCH 256   /* changes and events converted per round on the stack */

long fbsd_kqueue(struct dz_call *c) { return dz_kq_create(0); }

/* kqueuex(u_int flags): 583; KQUEUE_CLOEXEC = 1 */
long fbsd_kqueuex(struct dz_call *c)
{
    if (A(0) & ~1UL)
        return -EINVAL;
    return dz_kq_create((int)(A(0) & 1));
}

static long do_kevent(struct dz_call *c, size_t gsize,
                      void (*in)(struct dz_kevent *, const void *),
                      void (*out)(void *, const struct dz_kevent *))
{
    int nch = AI(2), nev = AI(4);
    if (nch < 0 || nev < 0)
        return -EINVAL;
    struct timespec ts, *tsp = NULL;
    if (A(5)) {
        struct fbsd_timespec t;
        if (dz_copy_in(&t, A(5), sizeof t) != 0)
            return -EFAULT;
        if (t.tv_sec < 0 || t.tv_nsec < 0 || t.tv_nsec >= 1000000000)
            return -EINVAL;
        ts.tv_sec = t.tv_sec;
        ts.tv_nsec = t.tv_nsec;
        tsp = &ts;
    }
    struct dz_kevent *ch = NULL, *ev = NULL;
    if (nch) {
        ch = malloc((size_t)nch * sizeof *ch);
        if (!ch)
            return -ENOMEM;
        unsigned char g[64];
        for (int i = 0; i < nch; i++) {
            if (dz_copy_in(g, A(1) + (uint64_t)i * gsize, gsize) != 0) {
                free(ch);
                return -EFAULT;
            }
            in(&ch[i], g);
        }
    }
    if (nev) {
        ev = malloc((size_t)nev * sizeof *ev);
        if (!ev) {
            free(ch);
            return -ENOMEM;
        }
    }
    long r = dz_kq_kevent(AI(0), ch, nch, ev, nev, tsp);
    for (long i = 0; i < r; i++) {
        unsigned char g[64];
        out(g, &ev[i]);
        if (dz_copy_out(A(3) + (uint64_t)i * gsize, g, gsize) != 0) {
            r = -EFAULT;
            break;
        }
    }
    free(ch);
    free(ev);
    return r;
}

static void in64(struct dz_kevent *d, const void *g) { fbsd_to_dz_kevent(d, g); }
static void out64(void *g, const struct dz_kevent *s) { dz_to_fbsd_kevent(g, s); }
static void in32(struct dz_kevent *d, const void *g) { fbsd_to_dz_kevent11(d, g); }
static void out32(void *g, const struct dz_kevent *s) { dz_to_fbsd_kevent11(g, s); }

/* kevent(int fd, const struct kevent *changelist, int nchanges,
 *        struct kevent *eventlist, int nevents, const struct timespec *timeout) */
long fbsd_kevent(struct dz_call *c) { return do_kevent(c, sizeof(struct fbsd_kevent), in64, out64); }
long fbsd_kevent11(struct dz_call *c) { return do_kevent(c, sizeof(struct fbsd_kevent11), in32, out32); }
