/* What the libc conformance probes (conformance/libc/<family>.c) share.
 * Each probe is built twice from the same source: for FreeBSD with clang's
 * FreeBSD target against the link stubs of libshim/freebsd/exports.def
 * (declarations from tests/programs-c/fbsd_libc.h and below: FreeBSD's
 * values and layouts), and for Linux with the host's headers, the
 * reference run natively.  Every case prints one line
 *     CASE <export> <case>: <result>
 * with results made comparable: errno as its name, no addresses, pids
 * or times. */
#ifndef DZ_LIBC_PROBE_H
#define DZ_LIBC_PROBE_H
#include "fbsd_libc.h"
#ifdef __FreeBSD__
typedef long off_t;
typedef long time_t;
typedef unsigned short mode_t;
struct timespec { time_t tv_sec; long tv_nsec; };
struct stat {
    unsigned long st_dev, st_ino, st_nlink;
    mode_t st_mode;
    short st_padding0;
    unsigned st_uid, st_gid;
    int st_padding1;
    unsigned long st_rdev;
    struct timespec st_atim, st_mtim, st_ctim, st_birthtim;
    off_t st_size;
    long st_blocks;
    int st_blksize;
    unsigned st_flags;
    unsigned long st_gen, st_spare[10];
};
#define S_IFMT 0170000
#define S_IFDIR 0040000
#define S_IFREG 0100000
#define S_IFLNK 0120000
#define S_ISDIR(m) (((m) & S_IFMT) == S_IFDIR)
#define S_ISREG(m) (((m) & S_IFMT) == S_IFREG)
#define O_RDONLY 0
#define O_WRONLY 1
#define O_RDWR 2
#define O_NONBLOCK 0x4
#define O_APPEND 0x8
#define O_CREAT 0x200
#define O_TRUNC 0x400
#define O_EXCL 0x800
#define O_DIRECTORY 0x20000
#define O_CLOEXEC 0x100000
#define F_DUPFD 0
#define F_GETFD 1
#define F_SETFD 2
#define F_GETFL 3
#define F_SETFL 4
#define FD_CLOEXEC 1
#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 4
#define POLLIN 0x1
#define POLLOUT 0x4
struct pollfd { int fd; short events, revents; };
#define PATH_MAX 1024
int open(const char *, int, ...);
int close(int);
ssize_t read(int, void *, size_t);
ssize_t write(int, const void *, size_t);
off_t lseek(int, off_t, int);
int dup(int);
int dup2(int, int);
int pipe2(int *, int);
int fcntl(int, int, ...);
int poll(struct pollfd *, unsigned, int);
int isatty(int);
int stat(const char *, struct stat *);
int lstat(const char *, struct stat *);
int fstat(int, struct stat *);
int mkdir(const char *, mode_t);
int chdir(const char *);
char *getcwd(char *, size_t);
char *realpath(const char *, char *);
char *getenv(const char *);
int clock_gettime(int, struct timespec *);
void *calloc(size_t, size_t);
void *realloc(void *, size_t);
int posix_memalign(void **, size_t, size_t);
int strncmp(const char *, const char *, size_t);
char *strchr(const char *, int);
char *strrchr(const char *, int);
char *strcpy(char *, const char *);
char *strncpy(char *, const char *, size_t);
void *memchr(const void *, int, size_t);
void *memcpy(void *, const void *, size_t);
void *memmove(void *, const void *, size_t);
void *memset(void *, int, size_t);
int memcmp(const void *, const void *, size_t);
int bcmp(const void *, const void *, size_t);
int strerror_r(int, char *, size_t);
int sprintf(char *, const char *, ...);
int dprintf(int, const char *, ...);
int fputc(int, FILE *);
int fgetc(FILE *);
void clearerr(FILE *);
int setvbuf(FILE *, char *, int, size_t);
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
int sched_yield(void);
double pow(double, double);
float powf(float, float), cosf(float), sinf(float), tanf(float), acosf(float), asinf(float);
float atanf(float), atan2f(float, float), expf(float), logf(float), hypotf(float, float);
int vfprintf(FILE *, const char *, __builtin_va_list);
int vprintf(const char *, __builtin_va_list);
int vdprintf(int, const char *, __builtin_va_list);
int vsscanf(const char *, const char *, __builtin_va_list);
int getchar(void);
int vsnprintf(char *, size_t, const char *, __builtin_va_list);
int putc(int, FILE *);
typedef struct pthread_condattr *pthread_condattr_t;
typedef struct pthread_mutexattr *pthread_mutexattr_t;
int pthread_mutex_init(pthread_mutex_t *, const pthread_mutexattr_t *);
int pthread_mutex_destroy(pthread_mutex_t *);
int pthread_condattr_init(pthread_condattr_t *);
int pthread_condattr_destroy(pthread_condattr_t *);
int pthread_condattr_setclock(pthread_condattr_t *, int);
int pthread_cond_init(pthread_cond_t *, const pthread_condattr_t *);
int pthread_cond_destroy(pthread_cond_t *);
int pthread_cond_timedwait(pthread_cond_t *, pthread_mutex_t *, const struct timespec *);
int pthread_attr_init(pthread_attr_t *);
int pthread_attr_destroy(pthread_attr_t *);
int pthread_attr_setstacksize(pthread_attr_t *, size_t);
int pthread_attr_getstack(const pthread_attr_t *, void **, size_t *);
int pthread_detach(pthread_t);
int pthread_key_delete(pthread_key_t);
pthread_t pthread_self(void);
/* FreeBSD's errno values (sys/errno.h). */
enum { EPERM = 1, ESRCH = 3, EBADF = 9, EDEADLK = 11, ENOMEM = 12, EACCES = 13, EFAULT = 14,
       EBUSY = 16, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, EINVAL = 22, ENOTTY = 25, ESPIPE = 29,
       ERANGE = 34, EAGAIN = 35, ENAMETOOLONG = 63, ENOTEMPTY = 66, ETIMEDOUT = 60, ENOSYS = 78 };
#else
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <poll.h>
#include <sched.h>
#include <sys/stat.h>
#include <time.h>
int pipe2(int *, int);   /* glibc declares it only with _GNU_SOURCE, which changes strerror_r */
#endif

/* errno as its name (the OS's own numbers, each mapped by the header). */
static inline const char *ename(int e)
{
    static const struct { int v; const char *n; } t[] = {
        { 0, "OK" }, { EPERM, "EPERM" }, { ENOENT, "ENOENT" }, { ESRCH, "ESRCH" }, { EBADF, "EBADF" },
        { EDEADLK, "EDEADLK" }, { ENOMEM, "ENOMEM" }, { EACCES, "EACCES" }, { EFAULT, "EFAULT" },
        { EBUSY, "EBUSY" }, { EEXIST, "EEXIST" }, { ENOTDIR, "ENOTDIR" }, { EISDIR, "EISDIR" },
        { EINVAL, "EINVAL" }, { ENOTTY, "ENOTTY" }, { ESPIPE, "ESPIPE" }, { ERANGE, "ERANGE" },
        { EAGAIN, "EAGAIN" }, { ENAMETOOLONG, "ENAMETOOLONG" }, { ENOTEMPTY, "ENOTEMPTY" },
        { ETIMEDOUT, "ETIMEDOUT" }, { ENOSYS, "ENOSYS" },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (t[i].v == e)
            return t[i].n;
    return "E?";
}

/* "ok" or the errno name of a -1 result; a result and, if -1, errno.
 * Arguments of one call are evaluated in no fixed order: a case that
 * prints what a call wrote keeps the call in a statement of its own. */
#define RES(r) ((r) == -1 ? ename(errno) : "ok")
#define CASE(exp, name, fmt, ...) printf("CASE %s %s: " fmt "\n", exp, name, __VA_ARGS__)
#define CASE_RET(exp, name, r)                                               \
    do {                                                                     \
        long r_ = (long)(r);                                                 \
        int e_ = errno;                                                      \
        CASE(exp, name, "%ld %s", r_, r_ == -1 ? ename(e_) : "");            \
    } while (0)
#endif
