/* NetBSD <-> Linux errno maps (NetBSD sys/sys/errno.h, ELAST 96; Linux
 * values from musl's <errno.h>).  One array per direction, indexed by the
 * source value; the unit test checks that neither has holes and that
 * every errno both systems name round-trips.  Lossy entries say so. */
#include "abi/netbsd/errno.h"
#include "abi/common/errno_nearest.h"
#include <errno.h>

_Static_assert(NBSD_ELAST == 96, "NetBSD ELAST");
_Static_assert(LX_ELAST == EHWPOISON, "Linux highest errno");

/* Errnos both systems define, by name (Linux's EWOULDBLOCK, EDEADLOCK and
 * ENOTSUP share a value with names below).  NetBSD has a separate ENOTSUP
 * (86) next to EOPNOTSUPP (45); Linux has one number for both. */
#define DZ_NBSD_ERRNO_BOTH(X)                                                   \
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
    X(ENODATA) X(ENOSR) X(ENOSTR) X(ETIME) X(EMULTIHOP) X(ENOLINK) X(EPROTO)

/* NetBSD errnos Linux does not have (their Linux value is chosen below). */
#define DZ_NBSD_ERRNO_ONLY(X)                                                   \
    X(EPROCLIM) X(EBADRPC) X(ERPCMISMATCH) X(EPROGUNAVAIL) X(EPROGMISMATCH)     \
    X(EPROCUNAVAIL) X(EFTYPE) X(EAUTH) X(ENEEDAUTH) X(ENOATTR) X(ENOTSUP)

const int16_t nbsd_errno_from_linux_tab[LX_ELAST + 1] = {
#define X(n) [n] = NBSD_##n,
    DZ_NBSD_ERRNO_BOTH(X)
#undef X
    /* Not errnos at all: the numbers Linux skipped for its aliases. */
    [41] = NBSD_EINVAL,                 /* would be EWOULDBLOCK; Linux uses EAGAIN */
    [58] = NBSD_EINVAL,                 /* would be EDEADLOCK; Linux uses EDEADLK */
    /* Linux-only errnos, mapped to the nearest NetBSD meaning.  All lossy. */
#define X(l, b) [l] = NBSD_##b,
    DZ_LINUX_ONLY_ERRNO_NEAREST(X)
#undef X
    /* Where this BSD's nearest meaning differs from the shared list. */
    [EUCLEAN]      = NBSD_EIO,          /* lossy: fs corruption (EFSCORRUPTED) */
    [ENOMEDIUM]    = NBSD_ENXIO,        /* lossy: missing media */
    [EMEDIUMTYPE]  = NBSD_EFTYPE,       /* lossy: wrong medium type */
    [EOWNERDEAD]   = NBSD_EINVAL,       /* lossy: robust mutexes (NetBSD 7 has none) */
    [ENOTRECOVERABLE] = NBSD_EINVAL,    /* lossy */
};

const int16_t linux_errno_from_nbsd_tab[NBSD_ELAST + 1] = {
#define X(n) [NBSD_##n] = n,
    DZ_NBSD_ERRNO_BOTH(X)
#undef X
    [NBSD_ENOTSUP]       = ENOTSUP,     /* Linux's ENOTSUP is EOPNOTSUPP: same meaning */
    /* NetBSD-only errnos, mapped to the nearest Linux meaning.  All lossy. */
    [NBSD_EPROCLIM]      = EAGAIN,      /* lossy: process limit; Linux fork says EAGAIN */
    [NBSD_EBADRPC]       = EPROTO,      /* lossy: the five Sun RPC errors */
    [NBSD_ERPCMISMATCH]  = EPROTO,      /* lossy */
    [NBSD_EPROGUNAVAIL]  = EPROTO,      /* lossy */
    [NBSD_EPROGMISMATCH] = EPROTO,      /* lossy */
    [NBSD_EPROCUNAVAIL]  = EPROTO,      /* lossy */
    [NBSD_EFTYPE]        = EINVAL,      /* lossy: inappropriate file type or format */
    [NBSD_EAUTH]         = EACCES,      /* lossy: authentication error */
    [NBSD_ENEEDAUTH]     = EACCES,      /* lossy */
    [NBSD_ENOATTR]       = ENODATA,     /* lossy: Linux xattr calls say ENODATA */
};

static const char *const nbsd_errno_names[NBSD_ELAST + 1] = {
#define X(n) [NBSD_##n] = #n,
    DZ_NBSD_ERRNO_BOTH(X)
    DZ_NBSD_ERRNO_ONLY(X)
#undef X
};

int nbsd_errno_from_linux(int e)
{
    if (e < 0 || e > LX_ELAST)
        return NBSD_EINVAL;
    return nbsd_errno_from_linux_tab[e];
}

int linux_errno_from_nbsd(int e)
{
    if (e < 0 || e > NBSD_ELAST)
        return EINVAL;
    return linux_errno_from_nbsd_tab[e];
}

const char *nbsd_errno_name(int e)
{
    if (e <= 0 || e > NBSD_ELAST)
        return NULL;
    return nbsd_errno_names[e];
}
