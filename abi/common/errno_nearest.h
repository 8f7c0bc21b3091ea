/* Linux errnos that no BSD has, and the nearest meaning every BSD shares
 * for them (FreeBSD, NetBSD and OpenBSD all define the target names).  All
 * lossy.  abi/<os>/errno.c expands the list with its own prefix, e.g.
 *   #define X(linux, bsd) [linux] = FBSD_##bsd,
 * and adds the few entries where the BSDs differ (ENODATA, ETIME, EUCLEAN...).
 * Linux names come from musl's <errno.h>, as everywhere in abi/. */
#ifndef DZ_ABI_COMMON_ERRNO_NEAREST_H
#define DZ_ABI_COMMON_ERRNO_NEAREST_H

#define DZ_LINUX_ONLY_ERRNO_NEAREST(X) \
    X(ECHRNG,      EINVAL    ) /* lossy: channel number out of range */            \
    X(EL2NSYNC,    EIO       ) /* lossy: STREAMS/ISDN level errors */              \
    X(EL3HLT,      EIO       ) /* lossy */                                         \
    X(EL3RST,      EIO       ) /* lossy */                                         \
    X(ELNRNG,      EINVAL    ) /* lossy */                                         \
    X(EUNATCH,     ENXIO     ) /* lossy: protocol driver not attached */           \
    X(ENOCSI,      EINVAL    ) /* lossy */                                         \
    X(EL2HLT,      EIO       ) /* lossy */                                         \
    X(EBADE,       EINVAL    ) /* lossy: invalid exchange */                       \
    X(EBADR,       EINVAL    ) /* lossy: invalid request descriptor */             \
    X(EXFULL,      ENOSPC    ) /* lossy: exchange full */                          \
    X(ENOANO,      EINVAL    ) /* lossy */                                         \
    X(EBADRQC,     EINVAL    ) /* lossy: invalid request code */                   \
    X(EBADSLT,     EINVAL    ) /* lossy */                                         \
    X(EBFONT,      EFTYPE    ) /* lossy: bad font file format */                   \
    X(ENONET,      ENETDOWN  ) /* lossy: machine is not on the network */          \
    X(ENOPKG,      EINVAL    ) /* lossy: package not installed */                  \
    X(EADV,        EINVAL    ) /* lossy: RFS */                                    \
    X(ESRMNT,      EINVAL    ) /* lossy: RFS */                                    \
    X(ECOMM,       EIO       ) /* lossy: communication error on send */            \
    X(EDOTDOT,     EINVAL    ) /* lossy: RFS */                                    \
    X(ENOTUNIQ,    EINVAL    ) /* lossy: name not unique on network */             \
    X(EBADFD,      EBADF     ) /* lossy: fd in bad state */                        \
    X(EREMCHG,     EINVAL    ) /* lossy: remote address changed */                 \
    X(ELIBACC,     ENOEXEC   ) /* lossy: the ELIB* family is "cannot exec this" */ \
    X(ELIBBAD,     ENOEXEC   ) /* lossy */                                         \
    X(ELIBSCN,     ENOEXEC   ) /* lossy */                                         \
    X(ELIBMAX,     ENOEXEC   ) /* lossy */                                         \
    X(ELIBEXEC,    ENOEXEC   ) /* lossy */                                         \
    X(ERESTART,    EINTR     ) /* lossy: Linux's user-visible "should restart" */  \
    X(ESTRPIPE,    EPIPE     ) /* lossy: STREAMS pipe error */                     \
    X(ENOTNAM,     EFTYPE    ) /* lossy: XENIX named type file */                  \
    X(ENAVAIL,     EINVAL    ) /* lossy: XENIX semaphores */                       \
    X(EISNAM,      EFTYPE    ) /* lossy: XENIX named type file */                  \
    X(EREMOTEIO,   EIO       ) /* lossy: remote I/O error */                       \
    X(ENOKEY,      EACCES    ) /* lossy: keyring/fscrypt key errors */             \
    X(EKEYEXPIRED, EACCES    ) /* lossy */                                         \
    X(EKEYREVOKED, EACCES    ) /* lossy */                                         \
    X(EKEYREJECTED, EACCES    ) /* lossy */                                        \
    X(ERFKILL,     ENETDOWN  ) /* lossy: radio switched off */                     \
    X(EHWPOISON,   EIO       ) /* lossy: memory page has hardware error */        

#endif
