/* kevent changelist decoding (syscall-xlate/event/, with the guests'
 * struct kevent conversions of abi/<os>/kevent.c): any changelist in any
 * BSD's layout is applied to a fresh kqueue, the events it yields at once
 * are converted back, and closing the kqueue frees everything it made.
 * Input: a layout byte (FreeBSD, FreeBSD 11, NetBSD, OpenBSD), then the
 * guest's array of struct kevent. */
#define _GNU_SOURCE
#include "tests/fuzz/fuzz.h"
#include "abi/freebsd/convert.h"
#include "abi/netbsd/convert.h"
#include "abi/openbsd/convert.h"
#include "syscall-xlate/event/kqueue.h"
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define MAXCH 64

static void in(int lay, struct dz_kevent *d, const void *g)
{
    switch (lay) {
    case 0: fbsd_to_dz_kevent(d, g); break;
    case 1: fbsd_to_dz_kevent11(d, g); break;
    case 2: nbsd_to_dz_kevent(d, g); break;
    default: obsd_to_dz_kevent(d, g); break;
    }
}

static void out(int lay, void *g, const struct dz_kevent *s)
{
    switch (lay) {
    case 0: dz_to_fbsd_kevent(g, s); break;
    case 1: dz_to_fbsd_kevent11(g, s); break;
    case 2: dz_to_nbsd_kevent(g, s); break;
    default: dz_to_obsd_kevent(g, s); break;
    }
}

static const size_t sizes[4] = { sizeof(struct fbsd_kevent), sizeof(struct fbsd_kevent11),
                                  sizeof(struct nbsd_kevent), sizeof(struct obsd_kevent) };

/* The anonymous-inode descriptors open (epoll, eventfd, timerfd, pidfd:
 * what the emulation makes); libFuzzer's own (pipes to the symbolizer)
 * are not counted. */
static int nfds(void)
{
    int k = 0;
    DIR *d = opendir("/proc/self/fd");
    struct dirent *e;
    while (d && (e = readdir(d))) {
        char p[300], t[300];
        snprintf(p, sizeof p, "/proc/self/fd/%s", e->d_name);
        ssize_t n = readlink(p, t, sizeof t - 1);
        k += n > 11 && memcmp(t, "anon_inode:", 11) == 0;
    }
    if (d)
        closedir(d);
    return k;
}

/* The anonymous descriptors open before any input: what
 * the emulation keeps for good (the signal eventfd, made by a first
 * EVFILT_SIGNAL registration). */
static int base = -1;

static void init(void)
{
    int kq = dz_kq_create(1);
    struct dz_kevent k = { .ident = 10, .filter = DZ_EVFILT_SIGNAL, .flags = DZ_EV_ADD };
    FZ_CHECK(kq >= 0 && dz_kq_kevent(kq, &k, 1, NULL, 0, NULL) == 0);
    dz_kq_fd_closed(kq);
    close(kq);
    base = nfds();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    if (base < 0)
        init();
    if (n < 1)
        return 0;
    int lay = data[0] % 4;
    size_t sz = sizes[lay], nch = (n - 1) / sz;
    if (nch > MAXCH)
        nch = MAXCH;
    struct dz_kevent ch[MAXCH], ev[MAXCH];
    unsigned char g[128];
    for (size_t i = 0; i < nch; i++) {
        memcpy(g, data + 1 + i * sz, sz);
        in(lay, &ch[i], g);
    }
    int kq = dz_kq_create(1);
    FZ_CHECK(kq >= 0);
    struct timespec zero = { 0, 0 };
    int nev = (int)(nch < 8 ? nch : 8);
    int r = dz_kq_kevent(kq, ch, (int)nch, ev, nev, &zero);
    FZ_CHECK(r <= nev);
    for (int i = 0; i < r; i++)
        out(lay, g, &ev[i]);
    dz_kq_fd_closed(kq);
    close(kq);
    /* Nothing the changes created outlives the kqueue. */
    FZ_CHECK(nfds() <= base);
    return 0;
}
