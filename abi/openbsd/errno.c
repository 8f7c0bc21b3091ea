/* OpenBSD <-> Linux errno maps (OpenBSD sys/sys/errno.h, ELAST 95; Linux
 * values from musl's <errno.h>).  One array per direction, indexed by the
 * source value; the unit test checks that neither has holes and that every
 * errno both systems name round-trips.  Lossy entries say so. */
#include "abi/openbsd/errno.h"
#include "abi/common/errno_nearest.h"
#include <errno.h>

_Static_assert(OBSD_ELAST == 95, "OpenBSD ELAST");
_Static_assert(LX_ELAST == EHWPOISON, "Linux highest errno");

/* Errnos both systems define, by name (Linux aliases EWOULDBLOCK, EDEADLOCK
 * and ENOTSUP are left out: they share a value with the names below). */
#define DZ_OBSD_ERRNO_BOTH(X)                                                   \
    X(EPERM) X(ENOENT) X(ESRCH) X(EINTR) X(EIO) X(ENXIO) X(E2BIG) X(ENOEXEC)    \
    X(EBADF) X(ECHILD) X(EDEADLK) X(ENOMEM) X(EACCES) X(EFAULT) X(ENOTBLK)      \
    X(EBUSY) X(EEXIST) X(EXDEV) X(ENODEV) X(ENOTDIR) X(EISDIR) X(EINVAL)        \
    X(ENFILE) X(EMFILE) X(ENOTTY) X(ETXTBSY) X(EFBIG) X(ENOSPC) X(ESPIPE)       \
    X(EROFS) X(EMLINK) X(EPIPE) X(EDOM) X(ERANGE) X(EAGAIN) X(EINPROGRESS)      \
    X(EALREADY) X(ENOTSOCK) X(EDESTADDRREQ) X(EMSGSIZE) X(EPROTOTYPE)           \
    X(ENOPROTOOPT) X(EPROTONOSUPPORT) X(ESOCKTNOSUPPORT) X(EOPNOTSUPP)          \
    X(EPFNOSUPPORT) X(EAFNOSUPPORT) X(EADDRINUSE) X(EADDRNOTAVAIL) X(ENETDOWN)  \
    X(ENETUNREACH) X(ENETRESET) X(ECONNABORTED) X(ECONNRESET) X(ENOBUFS)        \
    X(EISCONN) X(ENOTCONN) X(ESHUTDOWN) X(ETOOMANYREFS) X(ETIMEDOUT)            \
    X(ECONNREFUSED) X(ELOOP) X(ENAMETOOLONG) X(EHOSTDOWN) X(EHOSTUNREACH)       \
    X(ENOTEMPTY) X(EUSERS) X(EDQUOT) X(ESTALE) X(EREMOTE) X(ENOLCK) X(ENOSYS)   \
    X(EIDRM) X(ENOMSG) X(EOVERFLOW) X(ECANCELED) X(EILSEQ) X(EBADMSG)           \
    X(EPROTO) X(ENOTRECOVERABLE) X(EOWNERDEAD) X(ENOMEDIUM) X(EMEDIUMTYPE)

/* OpenBSD errnos Linux does not have (their Linux value is chosen below). */
#define DZ_OBSD_ERRNO_ONLY(X)                                                   \
    X(EPROCLIM) X(EBADRPC) X(ERPCMISMATCH) X(EPROGUNAVAIL) X(EPROGMISMATCH)     \
    X(EPROCUNAVAIL) X(EFTYPE) X(EAUTH) X(ENEEDAUTH) X(EIPSEC) X(ENOATTR)        \
    X(ENOTSUP)

const int16_t obsd_errno_from_linux_tab[LX_ELAST + 1] = {
#define X(n) [n] = OBSD_##n,
    DZ_OBSD_ERRNO_BOTH(X)
#undef X
    /* Not errnos at all: the numbers Linux skipped for its aliases. */
    [41] = OBSD_EINVAL,                 /* would be EWOULDBLOCK; Linux uses EAGAIN */
    [58] = OBSD_EINVAL,                 /* would be EDEADLOCK; Linux uses EDEADLK */
    /* Linux-only errnos, mapped to the nearest OpenBSD meaning.  All lossy. */
#define X(l, b) [l] = OBSD_##b,
    DZ_LINUX_ONLY_ERRNO_NEAREST(X)
#undef X
    /* Where this BSD's nearest meaning differs from the shared list. */
    [ENOSTR]       = OBSD_EINVAL,       /* lossy: not a STREAMS device */
    [ENODATA]      = OBSD_ENOATTR,      /* lossy: Linux getxattr's "no such attribute" */
    [ETIME]        = OBSD_ETIMEDOUT,    /* lossy: STREAMS timer expired */
    [ENOSR]        = OBSD_ENOBUFS,      /* lossy: out of STREAMS resources */
    [ENOLINK]      = OBSD_EIO,          /* lossy: link has been severed */
    [EMULTIHOP]    = OBSD_EIO,          /* lossy: multihop attempted */
    [EUCLEAN]      = OBSD_EIO,          /* lossy: fs corruption (EFSCORRUPTED) */
};

const int16_t linux_errno_from_obsd_tab[OBSD_ELAST + 1] = {
#define X(n) [OBSD_##n] = n,
    DZ_OBSD_ERRNO_BOTH(X)
#undef X
    /* OpenBSD-only errnos, mapped to the nearest Linux meaning.  All lossy. */
    [OBSD_EPROCLIM]      = EAGAIN,      /* lossy: process limit; Linux fork says EAGAIN */
    [OBSD_EBADRPC]       = EPROTO,      /* lossy: the five Sun RPC errors */
    [OBSD_ERPCMISMATCH]  = EPROTO,      /* lossy */
    [OBSD_EPROGUNAVAIL]  = EPROTO,      /* lossy */
    [OBSD_EPROGMISMATCH] = EPROTO,      /* lossy */
    [OBSD_EPROCUNAVAIL]  = EPROTO,      /* lossy */
    [OBSD_EFTYPE]        = EINVAL,      /* lossy: inappropriate file type or format */
    [OBSD_EAUTH]         = EACCES,      /* lossy: authentication error */
    [OBSD_ENEEDAUTH]     = EACCES,      /* lossy */
    [OBSD_EIPSEC]        = EACCES,      /* lossy: IPsec processing failure */
    [OBSD_ENOATTR]       = ENODATA,     /* lossy: Linux xattr calls say ENODATA */
    [OBSD_ENOTSUP]       = EOPNOTSUPP,  /* Linux has one value for both */
};

static const char *const obsd_errno_names[OBSD_ELAST + 1] = {
#define X(n) [OBSD_##n] = #n,
    DZ_OBSD_ERRNO_BOTH(X)
    DZ_OBSD_ERRNO_ONLY(X)
#undef X
};

int obsd_errno_from_linux(int e)
{
    if (e < 0 || e > LX_ELAST)
        return OBSD_EINVAL;
    return obsd_errno_from_linux_tab[e];
}

int linux_errno_from_obsd(int e)
{
    if (e < 0 || e > OBSD_ELAST)
        return EINVAL;
    return linux_errno_from_obsd_tab[e];
}

const char *obsd_errno_name(int e)
{
    if (e <= 0 || e > OBSD_ELAST)
        return NULL;
    return obsd_errno_names[e];
}
