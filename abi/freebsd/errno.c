/* FreeBSD <-> Linux errno maps (FreeBSD sys/sys/errno.h, 13.2; Linux values
 * from musl's <errno.h>).  One array per direction, indexed by the source
 * value; the unit test checks that neither has holes and that every errno
 * both systems name round-trips.  Lossy entries say so. */
#include "abi/freebsd/errno.h"
#include "abi/common/errno_nearest.h"
#include <errno.h>

_Static_assert(FBSD_ELAST == 97, "FreeBSD 13.2 ELAST");
_Static_assert(LX_ELAST == EHWPOISON, "Linux highest errno");

/* Errnos both systems define, by name (Linux aliases EWOULDBLOCK, EDEADLOCK
 * and ENOTSUP are left out: they share a value with the names below). */
#define DZ_ERRNO_BOTH(X)                                                        \
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
    X(EMULTIHOP) X(ENOLINK) X(EPROTO) X(ENOTRECOVERABLE) X(EOWNERDEAD)

/* FreeBSD errnos Linux does not have (their Linux value is chosen below). */
#define DZ_ERRNO_FBSD_ONLY(X)                                                   \
    X(EPROCLIM) X(EBADRPC) X(ERPCMISMATCH) X(EPROGUNAVAIL) X(EPROGMISMATCH)     \
    X(EPROCUNAVAIL) X(EFTYPE) X(EAUTH) X(ENEEDAUTH) X(ENOATTR) X(EDOOFUS)       \
    X(ENOTCAPABLE) X(ECAPMODE) X(EINTEGRITY)

const int16_t fbsd_errno_from_linux_tab[LX_ELAST + 1] = {
#define X(n) [n] = FBSD_##n,
    DZ_ERRNO_BOTH(X)
#undef X
    /* Not errnos at all: the numbers Linux skipped for its aliases. */
    [41] = FBSD_EINVAL,                 /* would be EWOULDBLOCK; Linux uses EAGAIN */
    [58] = FBSD_EINVAL,                 /* would be EDEADLOCK; Linux uses EDEADLK */
    /* Linux-only errnos, mapped to the nearest FreeBSD meaning.  All lossy. */
#define X(l, b) [l] = FBSD_##b,
    DZ_LINUX_ONLY_ERRNO_NEAREST(X)
#undef X
    /* Where this BSD's nearest meaning differs from the shared list. */
    [ENOSTR]       = FBSD_EINVAL,       /* lossy: not a STREAMS device */
    [ENODATA]      = FBSD_ENOATTR,      /* lossy: Linux getxattr's "no such attribute" */
    [ETIME]        = FBSD_ETIMEDOUT,    /* lossy: STREAMS timer expired */
    [ENOSR]        = FBSD_ENOBUFS,      /* lossy: out of STREAMS resources */
    [EUCLEAN]      = FBSD_EINTEGRITY,   /* lossy: fs corruption (EFSCORRUPTED) */
    [ENOMEDIUM]    = FBSD_ENXIO,        /* lossy: FreeBSD reports missing media as ENXIO */
    [EMEDIUMTYPE]  = FBSD_EFTYPE,       /* lossy: wrong medium type */
};

const int16_t linux_errno_from_fbsd_tab[FBSD_ELAST + 1] = {
#define X(n) [FBSD_##n] = n,
    DZ_ERRNO_BOTH(X)
#undef X
    /* FreeBSD-only errnos, mapped to the nearest Linux meaning.  All lossy. */
    [FBSD_EPROCLIM]      = EAGAIN,      /* lossy: process limit; Linux fork says EAGAIN */
    [FBSD_EBADRPC]       = EPROTO,      /* lossy: the five Sun RPC errors */
    [FBSD_ERPCMISMATCH]  = EPROTO,      /* lossy */
    [FBSD_EPROGUNAVAIL]  = EPROTO,      /* lossy */
    [FBSD_EPROGMISMATCH] = EPROTO,      /* lossy */
    [FBSD_EPROCUNAVAIL]  = EPROTO,      /* lossy */
    [FBSD_EFTYPE]        = EINVAL,      /* lossy: inappropriate file type or format */
    [FBSD_EAUTH]         = EACCES,      /* lossy: authentication error */
    [FBSD_ENEEDAUTH]     = EACCES,      /* lossy */
    [FBSD_ENOATTR]       = ENODATA,     /* lossy: Linux xattr calls say ENODATA */
    [FBSD_EDOOFUS]       = EINVAL,      /* lossy: programming error */
    [FBSD_ENOTCAPABLE]   = EPERM,       /* lossy: Capsicum */
    [FBSD_ECAPMODE]      = EPERM,       /* lossy: Capsicum */
    [FBSD_EINTEGRITY]    = EUCLEAN,     /* lossy: integrity check failed */
};

static const char *const fbsd_errno_names[FBSD_ELAST + 1] = {
#define X(n) [FBSD_##n] = #n,
    DZ_ERRNO_BOTH(X)
    DZ_ERRNO_FBSD_ONLY(X)
#undef X
};

int fbsd_errno_from_linux(int e)
{
#ifdef DZ_TEST_SWAP_ERRNO /* tests/conformance only: a deliberately broken build the harness must catch */
    e = e == ENOENT ? EEXIST : e == EEXIST ? ENOENT : e;
#endif
    if (e < 0 || e > LX_ELAST)
        return FBSD_EINVAL;
    return fbsd_errno_from_linux_tab[e];
}

int linux_errno_from_fbsd(int e)
{
    if (e < 0 || e > FBSD_ELAST)
        return EINVAL;
    return linux_errno_from_fbsd_tab[e];
}

const char *fbsd_errno_name(int e)
{
    if (e <= 0 || e > FBSD_ELAST)
        return NULL;
    return fbsd_errno_names[e];
}
