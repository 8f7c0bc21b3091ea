/* The few C library declarations the test programs use.  Built for
 * FreeBSD (clang --target=x86_64-unknown-freebsd13) there are no FreeBSD
 * headers on this machine: these are the declarations FreeBSD's headers
 * make (FILE opaque, reached through __stdinp/__stdoutp/__stderrp; the
 * pthread types are pointers; WEXITSTATUS as in sys/wait.h).  Built for
 * Linux (the reference run natively) the host's own headers are used. */
#ifndef FBSD_LIBC_H
#define FBSD_LIBC_H
#ifdef __FreeBSD__
typedef __SIZE_TYPE__ size_t;
typedef long ssize_t;
typedef int pid_t;
typedef struct __sFILE FILE;
extern FILE *__stdinp, *__stdoutp, *__stderrp;
#define stdin __stdinp
#define stdout __stdoutp
#define stderr __stderrp
#define EOF (-1)
int printf(const char *, ...);
int fprintf(FILE *, const char *, ...);
int snprintf(char *, size_t, const char *, ...);
int sscanf(const char *, const char *, ...);
int puts(const char *);
int fputs(const char *, FILE *);
int putchar(int);
int getc(FILE *);
char *fgets(char *, int, FILE *);
size_t fread(void *, size_t, size_t, FILE *);
size_t fwrite(const void *, size_t, size_t, FILE *);
int fflush(FILE *);
FILE *fopen(const char *, const char *);
FILE *fdopen(int, const char *);
int fclose(FILE *);
int fseek(FILE *, long, int);
long ftell(FILE *);
void rewind(FILE *);
int fileno(FILE *);
int ungetc(int, FILE *);
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
int *__error(void);
#define errno (*__error())
#define ENOENT 2
int getopt(int, char *const[], const char *);
extern char *optarg;
extern int optind;
int strcmp(const char *, const char *);
size_t strlen(const char *);
int ferror(FILE *);
int feof(FILE *);
void qsort(void *, size_t, size_t, int (*)(const void *, const void *));
int atexit(void (*)(void));
void exit(int) __attribute__((noreturn));
void _exit(int) __attribute__((noreturn));
void *malloc(size_t);
void free(void *);
pid_t fork(void);
int execv(const char *, char *const[]);
pid_t waitpid(pid_t, int *, int);
#define WIFEXITED(s) (((s) & 0177) == 0)
#define WEXITSTATUS(s) ((s) >> 8)
typedef struct pthread *pthread_t;
typedef struct pthread_attr *pthread_attr_t;
typedef struct pthread_mutex *pthread_mutex_t;
typedef struct pthread_cond *pthread_cond_t;
#define PTHREAD_MUTEX_INITIALIZER 0
#define PTHREAD_COND_INITIALIZER 0
int pthread_create(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
int pthread_join(pthread_t, void **);
void pthread_exit(void *) __attribute__((noreturn));
int pthread_mutex_lock(pthread_mutex_t *);
int pthread_mutex_unlock(pthread_mutex_t *);
int pthread_cond_wait(pthread_cond_t *, pthread_mutex_t *);
int pthread_cond_broadcast(pthread_cond_t *);
int pthread_cond_signal(pthread_cond_t *);
typedef int pthread_key_t;
int pthread_key_create(pthread_key_t *, void (*)(void *));
int pthread_setspecific(pthread_key_t, const void *);
void *pthread_getspecific(pthread_key_t);
/* libgcc_s's unwinder interface (the Itanium C++ ABI's level 1, as in
 * unwind.h), the part unwind.c uses. */
typedef enum {
    _URC_NO_REASON = 0,
    _URC_END_OF_STACK = 5,
} _Unwind_Reason_Code;
typedef int _Unwind_Action;
#define _UA_END_OF_STACK 16
typedef unsigned long long _Unwind_Exception_Class;
struct _Unwind_Context;
struct _Unwind_Exception {
    _Unwind_Exception_Class exception_class;
    void (*exception_cleanup)(_Unwind_Reason_Code, struct _Unwind_Exception *);
    unsigned long private_1, private_2;
} __attribute__((__aligned__));
typedef _Unwind_Reason_Code (*_Unwind_Trace_Fn)(struct _Unwind_Context *, void *);
typedef _Unwind_Reason_Code (*_Unwind_Stop_Fn)(int, _Unwind_Action, _Unwind_Exception_Class,
                                               struct _Unwind_Exception *, struct _Unwind_Context *,
                                               void *);
_Unwind_Reason_Code _Unwind_Backtrace(_Unwind_Trace_Fn, void *);
_Unwind_Reason_Code _Unwind_ForcedUnwind(struct _Unwind_Exception *, _Unwind_Stop_Fn, void *);
unsigned long _Unwind_GetIP(struct _Unwind_Context *);
void *_Unwind_FindEnclosingFunction(void *);
/* <ctype.h> as FreeBSD's headers make it (runetype.h, _ctype.h, ctype.h):
 * inline functions reading the locale's _RuneLocale -- the thread's
 * (_ThreadRuneLocale, a _Thread_local of libc.so.7: an initial-exec TLS
 * import) or the global one -- below __mb_sb_limit, and
 * ___runetype/___toupper/___tolower past the 256 cached values. */
typedef int __ct_rune_t;
typedef struct { int __min, __max, __map; unsigned long *__types; } _RuneEntry;
typedef struct { int __nranges; _RuneEntry *__ranges; } _RuneRange;
typedef struct {
    char __magic[8], __encoding[32];
    void *__sgetrune, *__sputrune;
    int __invalid_rune;
    unsigned long __runetype[256];
    int __maplower[256], __mapupper[256];
    _RuneRange __runetype_ext, __maplower_ext, __mapupper_ext;
    void *__variable;
    int __variable_len;
} _RuneLocale;
extern const _RuneLocale _DefaultRuneLocale;
extern const _RuneLocale *_CurrentRuneLocale;
extern _Thread_local const _RuneLocale *_ThreadRuneLocale;
static inline const _RuneLocale *__getCurrentRuneLocale(void)
{
    return _ThreadRuneLocale ? _ThreadRuneLocale : _CurrentRuneLocale;
}
#define _CurrentRuneLocale (__getCurrentRuneLocale())
extern int __mb_sb_limit;
unsigned long ___runetype(__ct_rune_t);
__ct_rune_t ___tolower(__ct_rune_t);
__ct_rune_t ___toupper(__ct_rune_t);
#define _CTYPE_A 0x00000100L
#define _CTYPE_C 0x00000200L
#define _CTYPE_D 0x00000400L
#define _CTYPE_G 0x00000800L
#define _CTYPE_L 0x00001000L
#define _CTYPE_P 0x00002000L
#define _CTYPE_S 0x00004000L
#define _CTYPE_U 0x00008000L
#define _CTYPE_X 0x00010000L
#define _CTYPE_B 0x00020000L
#define _CTYPE_R 0x00040000L
#define _CTYPE_N 0x00400000L
static inline int __maskrune(__ct_rune_t c, unsigned long f)
{
    return ((c < 0 || c >= 256) ? ___runetype(c) : _CurrentRuneLocale->__runetype[c]) & f;
}
static inline int __sbmaskrune(__ct_rune_t c, unsigned long f)
{
    return (c < 0 || c >= __mb_sb_limit) ? 0 : _CurrentRuneLocale->__runetype[c] & f;
}
static inline int __istype(__ct_rune_t c, unsigned long f) { return !!__maskrune(c, f); }
static inline int __sbistype(__ct_rune_t c, unsigned long f) { return !!__sbmaskrune(c, f); }
static inline int __isctype(__ct_rune_t c, unsigned long f)
{
    return (c < 0 || c >= 128) ? 0 : !!(_DefaultRuneLocale.__runetype[c] & f);
}
static inline __ct_rune_t __toupper(__ct_rune_t c)
{
    return (c < 0 || c >= 256) ? ___toupper(c) : _CurrentRuneLocale->__mapupper[c];
}
static inline __ct_rune_t __tolower(__ct_rune_t c)
{
    return (c < 0 || c >= 256) ? ___tolower(c) : _CurrentRuneLocale->__maplower[c];
}
static inline __ct_rune_t __sbtoupper(__ct_rune_t c)
{
    return (c < 0 || c >= __mb_sb_limit) ? c : _CurrentRuneLocale->__mapupper[c];
}
static inline __ct_rune_t __sbtolower(__ct_rune_t c)
{
    return (c < 0 || c >= __mb_sb_limit) ? c : _CurrentRuneLocale->__maplower[c];
}
int isalnum(int), isalpha(int), isblank(int), iscntrl(int), isdigit(int), isgraph(int);
int islower(int), isprint(int), ispunct(int), isspace(int), isupper(int), isxdigit(int);
int tolower(int), toupper(int);
#define isalnum(c) __sbistype((c), _CTYPE_A | _CTYPE_D | _CTYPE_N)
#define isalpha(c) __sbistype((c), _CTYPE_A)
#define isblank(c) __sbistype((c), _CTYPE_B)
#define iscntrl(c) __sbistype((c), _CTYPE_C)
#define isdigit(c) __isctype((c), _CTYPE_D)
#define isgraph(c) __sbistype((c), _CTYPE_G)
#define islower(c) __sbistype((c), _CTYPE_L)
#define isprint(c) __sbistype((c), _CTYPE_R)
#define ispunct(c) __sbistype((c), _CTYPE_P)
#define isspace(c) __sbistype((c), _CTYPE_S)
#define isupper(c) __sbistype((c), _CTYPE_U)
#define isxdigit(c) __isctype((c), _CTYPE_X)
#define tolower(c) __sbtolower(c)
#define toupper(c) __sbtoupper(c)
#define digittoint(c) __sbmaskrune((c), 0xFF)
#else
#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <unwind.h>
#endif
#endif
