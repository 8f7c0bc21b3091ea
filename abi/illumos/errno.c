/* illumos <-> Linux errno maps (illumos sys/errno.h, highest ESTALE 151;
 * Linux values from musl's <errno.h>).  One array per direction, indexed
 * by the source value; the unit test checks that neither has holes where
 * it matters and that every errno both systems name round-trips.  Linux
 * took most of its numbers' names from System V, so nearly every Linux
 * errno has an illumos twin of the same name (another number above 34). */
#include "abi/illumos/errno.h"
#include <errno.h>

_Static_assert(LX_ELAST == EHWPOISON, "Linux highest errno");

/* Errnos both systems define, by name (the Linux aliases EWOULDBLOCK,
 * EDEADLOCK and ENOTSUP share a value with EAGAIN, EDEADLK, EOPNOTSUPP). */
#define DZ_ILM_ERRNO_BOTH(X) \
    X(EPERM) X(ENOENT) X(ESRCH) X(EINTR) X(EIO) X(ENXIO) X(E2BIG) X(ENOEXEC) \
    X(EBADF) X(ECHILD) X(EAGAIN) X(ENOMEM) X(EACCES) X(EFAULT) X(ENOTBLK) \
    X(EBUSY) X(EEXIST) X(EXDEV) X(ENODEV) X(ENOTDIR) X(EISDIR) X(EINVAL) \
    X(ENFILE) X(EMFILE) X(ENOTTY) X(ETXTBSY) X(EFBIG) X(ENOSPC) X(ESPIPE) \
    X(EROFS) X(EMLINK) X(EPIPE) X(EDOM) X(ERANGE) X(EDEADLK) X(ENAMETOOLONG) \
    X(ENOLCK) X(ENOSYS) X(ENOTEMPTY) X(ELOOP) X(ENOMSG) X(EIDRM) X(ECHRNG) \
    X(EL2NSYNC) X(EL3HLT) X(EL3RST) X(ELNRNG) X(EUNATCH) X(ENOCSI) X(EL2HLT) \
    X(EBADE) X(EBADR) X(EXFULL) X(ENOANO) X(EBADRQC) X(EBADSLT) X(EBFONT) \
    X(ENOSTR) X(ENODATA) X(ETIME) X(ENOSR) X(ENONET) X(ENOPKG) X(EREMOTE) \
    X(ENOLINK) X(EADV) X(ESRMNT) X(ECOMM) X(EPROTO) X(EMULTIHOP) X(EBADMSG) \
    X(EOVERFLOW) X(ENOTUNIQ) X(EBADFD) X(EREMCHG) X(ELIBACC) X(ELIBBAD) \
    X(ELIBSCN) X(ELIBMAX) X(ELIBEXEC) X(EILSEQ) X(ERESTART) X(ESTRPIPE) \
    X(EUSERS) X(ENOTSOCK) X(EDESTADDRREQ) X(EMSGSIZE) X(EPROTOTYPE) \
    X(ENOPROTOOPT) X(EPROTONOSUPPORT) X(ESOCKTNOSUPPORT) X(EOPNOTSUPP) \
    X(EPFNOSUPPORT) X(EAFNOSUPPORT) X(EADDRINUSE) X(EADDRNOTAVAIL) X(ENETDOWN) \
    X(ENETUNREACH) X(ENETRESET) X(ECONNABORTED) X(ECONNRESET) X(ENOBUFS) \
    X(EISCONN) X(ENOTCONN) X(ESHUTDOWN) X(ETOOMANYREFS) X(ETIMEDOUT) \
    X(ECONNREFUSED) X(EHOSTDOWN) X(EHOSTUNREACH) X(EALREADY) X(EINPROGRESS) \
    X(ESTALE) X(EDQUOT) X(ECANCELED) X(EOWNERDEAD) X(ENOTRECOVERABLE)

const int16_t ilm_errno_from_linux_tab[LX_ELAST + 1] = {
#define X(n) [n] = ILM_##n,
    DZ_ILM_ERRNO_BOTH(X)
#undef X
    /* Not errnos: the numbers Linux skipped for its aliases. */
    [41] = ILM_EINVAL,
    [58] = ILM_EINVAL,
    /* Linux-only errnos, mapped to the nearest illumos meaning.  All lossy. */
    [EDOTDOT]      = ILM_EINVAL,        /* lossy: RFS */
    [EUCLEAN]      = ILM_EIO,           /* lossy: fs corruption */
    [ENOTNAM]      = ILM_EINVAL,        /* lossy: XENIX named type file */
    [ENAVAIL]      = ILM_EINVAL,        /* lossy: XENIX semaphores */
    [EISNAM]       = ILM_EINVAL,        /* lossy: XENIX named type file */
    [EREMOTEIO]    = ILM_EIO,           /* lossy: remote I/O error */
    [ENOMEDIUM]    = ILM_ENODEV,        /* lossy: no medium */
    [EMEDIUMTYPE]  = ILM_ENODEV,        /* lossy: wrong medium type */
    [ENOKEY]       = ILM_EACCES,        /* lossy: keyring/fscrypt */
    [EKEYEXPIRED]  = ILM_EACCES,        /* lossy */
    [EKEYREVOKED]  = ILM_EACCES,        /* lossy */
    [EKEYREJECTED] = ILM_EACCES,        /* lossy */
    [ERFKILL]      = ILM_ENETDOWN,      /* lossy: radio switched off */
    [EHWPOISON]    = ILM_EIO,           /* lossy: memory page has a hardware error */
};

const int16_t linux_errno_from_ilm_tab[ILM_ELAST + 1] = {
#define X(n) [ILM_##n] = n,
    DZ_ILM_ERRNO_BOTH(X)
#undef X
    [ILM_ENOTSUP] = ENOTSUP,            /* Linux: = EOPNOTSUPP (lossy) */
    [ILM_EDEADLOCK] = EDEADLK,          /* lossy: Linux's is an alias */
    [ILM_ELOCKUNMAPPED] = EINVAL,       /* lossy: locked lock was unmapped */
    [ILM_ENOTACTIVE] = EINVAL,          /* lossy: facility is not active */
};

static const char *const ilm_errno_names[ILM_ELAST + 1] = {
#define X(n) [ILM_##n] = #n,
    DZ_ILM_ERRNO_BOTH(X)
#undef X
    [ILM_ENOTSUP] = "ENOTSUP",
    [ILM_EDEADLOCK] = "EDEADLOCK",
    [ILM_ELOCKUNMAPPED] = "ELOCKUNMAPPED",
    [ILM_ENOTACTIVE] = "ENOTACTIVE",
};

int ilm_errno_from_linux(int e)
{
    if (e < 0 || e > LX_ELAST)
        return ILM_EINVAL;
    return ilm_errno_from_linux_tab[e];
}

int linux_errno_from_ilm(int e)
{
    if (e < 0 || e > ILM_ELAST)
        return EINVAL;
    return linux_errno_from_ilm_tab[e] ? linux_errno_from_ilm_tab[e] : (e ? EINVAL : 0);
}

const char *ilm_errno_name(int e)
{
    if (e <= 0 || e > ILM_ELAST)
        return NULL;
    return ilm_errno_names[e];
}
