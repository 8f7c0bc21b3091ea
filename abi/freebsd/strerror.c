/* FreeBSD's sys_errlist (lib/libc/gen/errlst.c), indexed by FreeBSD errno. */
#include "abi/freebsd/strerror.h"
#include "abi/freebsd/consts.h"

static const char *const msgs[] = {
    [0] = "No error: 0",
    [FBSD_EPERM] = "Operation not permitted",
    [FBSD_ENOENT] = "No such file or directory",
    [FBSD_ESRCH] = "No such process",
    [FBSD_EINTR] = "Interrupted system call",
    [FBSD_EIO] = "Input/output error",
    [FBSD_ENXIO] = "Device not configured",
    [FBSD_E2BIG] = "Argument list too long",
    [FBSD_ENOEXEC] = "Exec format error",
    [FBSD_EBADF] = "Bad file descriptor",
    [FBSD_ECHILD] = "No child processes",
    [FBSD_EDEADLK] = "Resource deadlock avoided",
    [FBSD_ENOMEM] = "Cannot allocate memory",
    [FBSD_EACCES] = "Permission denied",
    [FBSD_EFAULT] = "Bad address",
    [FBSD_ENOTBLK] = "Block device required",
    [FBSD_EBUSY] = "Device busy",
    [FBSD_EEXIST] = "File exists",
    [FBSD_EXDEV] = "Cross-device link",
    [FBSD_ENODEV] = "Operation not supported by device",
    [FBSD_ENOTDIR] = "Not a directory",
    [FBSD_EISDIR] = "Is a directory",
    [FBSD_EINVAL] = "Invalid argument",
    [FBSD_ENFILE] = "Too many open files in system",
    [FBSD_EMFILE] = "Too many open files",
    [FBSD_ENOTTY] = "Inappropriate ioctl for device",
    [FBSD_ETXTBSY] = "Text file busy",
    [FBSD_EFBIG] = "File too large",
    [FBSD_ENOSPC] = "No space left on device",
    [FBSD_ESPIPE] = "Illegal seek",
    [FBSD_EROFS] = "Read-only file system",
    [FBSD_EMLINK] = "Too many links",
    [FBSD_EPIPE] = "Broken pipe",
    [FBSD_EDOM] = "Numerical argument out of domain",
    [FBSD_ERANGE] = "Result too large",
    [FBSD_EAGAIN] = "Resource temporarily unavailable",
};

const char *fbsd_strerror(int e)
{
    return e >= 0 && (size_t)e < sizeof msgs / sizeof msgs[0] ? msgs[e] : NULL;
}
