/* _umtx_op (sys/kern/kern_umtx.c) on Linux futexes: the operations Go and
 * simple wait/wake users need.  FreeBSD returns 0, not EAGAIN, when the
 * word no longer holds the expected value; Go's futexsleep treats anything
 * but 0, EINTR and ETIMEDOUT as fatal. */
#define _GNU_SOURCE
#include "syscall-xlate/freebsd/fbsd.h"
#include "abi/freebsd/flags.h"
#include "syscall-xlate/engine/uaccess.h"
#include <errno.h>
#include <linux/futex.h>
#include <string.h>

/* Read the optional timeout: uaddr1 carries its size, uaddr2 the pointer;
 * a size above sizeof(timespec) means struct _umtx_time. */
static long get_timeout(struct dz_call *c, struct timespec *ts, int *abs, int *realtime)
{
    *abs = 0;
    *realtime = 1;
    size_t size = (size_t)A(3);
    if (size > sizeof(struct fbsd_timespec)) {
        struct fbsd_umtx_time ut;
        if (dz_copy_in(&ut, A(4), sizeof ut) != 0)
            return -EFAULT;
        ts->tv_sec = ut.timeout.tv_sec;
        ts->tv_nsec = ut.timeout.tv_nsec;
        *abs = (ut.flags & FBSD_UMTX_ABSTIME) != 0;
        int64_t lclock;
        if (dz_val_to_host(&fbsd_clock_ids, ut.clockid, &lclock) != 0)
            return -EINVAL;
        *realtime = lclock == CLOCK_REALTIME;
    } else {
        struct fbsd_timespec t;
        if (dz_copy_in(&t, A(4), sizeof t) != 0)
            return -EFAULT;
        ts->tv_sec = t.tv_sec;
        ts->tv_nsec = t.tv_nsec;
    }
    if (ts->tv_nsec < 0 || ts->tv_nsec >= 1000000000)
        return -EINVAL;
    return 0;
}

static long wait_uint(struct dz_call *c, int private)
{
    int op = private ? FUTEX_PRIVATE_FLAG : 0;
    struct timespec ts, *tsp = NULL;
    int abs = 0, realtime = 0;
    if (A(4)) {
        long e = get_timeout(c, &ts, &abs, &realtime);
        if (e)
            return e;
        tsp = &ts;
    }
    /* A futex must be 4-byte aligned (else EINVAL); FreeBSD reads the word
     * wherever it is: EFAULT when it cannot, 0 when it no longer holds val. */
    if (A(0) & 3) {
        uint32_t cur;
        if (dz_copy_in(&cur, A(0), sizeof cur) != 0)
            return -EFAULT;
        if (cur != (uint32_t)A(2))
            return 0;
        return -EINVAL;
    }
    long r;
    if (abs)
        r = dz_bsys(SYS_futex, A(0), op | FUTEX_WAIT_BITSET | (realtime ? FUTEX_CLOCK_REALTIME : 0),
                    (uint32_t)A(2), tsp, 0, FUTEX_BITSET_MATCH_ANY);
    else
        r = dz_bsys(SYS_futex, A(0), op | FUTEX_WAIT, (uint32_t)A(2), tsp, 0, 0);
    if (r == -EAGAIN)
        return 0;
    return r < 0 ? r : 0;
}

static long wake(struct dz_call *c, int private)
{
    long n = (long)A(2) > 0x7fffffff ? 0x7fffffff : (long)A(2);
    long r = dz_sys(SYS_futex, A(0), FUTEX_WAKE | (private ? FUTEX_PRIVATE_FLAG : 0), n, 0, 0, 0);
    return r < 0 ? r : 0;
}

/* _umtx_op(void *obj, int op, u_long val, void *uaddr1, void *uaddr2): 454 */
long fbsd_umtx_op(struct dz_call *c)
{
    switch (AI(1)) {
    case FBSD_UMTX_OP_WAIT_UINT_PRIVATE: return wait_uint(c, 1);
    case FBSD_UMTX_OP_WAIT_UINT: return wait_uint(c, 0);
    case FBSD_UMTX_OP_WAKE_PRIVATE: return wake(c, 1);
    case FBSD_UMTX_OP_WAKE: return wake(c, 0);
    case FBSD_UMTX_OP_WAIT:
        /* A u_long compare: a futex compares 32 bits, so refuse values that
         * do not fit rather than wait on a wrong comparison. */
        if (A(2) >> 32)
            return -EINVAL;
        return wait_uint(c, 0);
    case FBSD_UMTX_OP_NWAKE_PRIVATE: {
        /* obj: array of val pointers, each woken fully. */
        for (uint64_t i = 0; i < A(2); i++) {
            uint64_t addr;
            if (dz_copy_in(&addr, A(0) + i * 8, 8) != 0)
                return -EFAULT;
            dz_sys(SYS_futex, addr, FUTEX_WAKE_PRIVATE, 0x7fffffff, 0, 0, 0);
        }
        return 0;
    }
    default:
        dz_report_unimplemented(&fbsd_personality, 454, "_umtx_op (this op)");
        return -EINVAL;
    }
}
