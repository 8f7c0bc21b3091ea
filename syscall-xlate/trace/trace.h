/* --trace: one line per guest call, decoded in the guest's own terms, in
 * the spirit of strace -f: every thread ([pid TID] prefixes, calls that
 * block shown <unfinished ...> / <... resumed>), every child (fork, exec of
 * a foreign program), signals as delivered, the exit; optional timestamps,
 * durations, filters by name and class, and a summary table (strace -c).
 *
 * Everything here runs only when dz_opts.trace_fd >= 0; the engine's hot
 * paths test that first and call nothing else. */
#ifndef DZ_TRACE_TRACE_H
#define DZ_TRACE_TRACE_H
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include "syscall-xlate/engine/personality.h"

/* ---- setting up (loader/run.c) ---- */
/* A `denizen run` option starting with --trace: 0 taken, -1 not valid.
 *   --trace                 lines to stderr
 *   --trace=FILE            lines to FILE
 *   --trace-calls=LIST      only these calls: names, classes (file, desc,
 *                           network, process, signal, memory, ipc; or
 *                           %class), !item to leave out
 *   --trace-time            wall-clock time of each line (microseconds)
 *   --trace-durations       time spent in each call, <seconds> at the end
 *   --trace-summary         a table per call at exit (alone: only the table)
 *   --trace-ff              with --trace=FILE: each process into FILE.<pid>
 *   --trace-level=L         library personalities: calls | sys | all
 *   --trace-inherit=FD:FL   (internal) the stream of the guest that exec'd us */
int dz_trace_option(const char *arg);
/* Open the stream (or take the inherited one) and set dz_opts.trace_fd.
 * Without any --trace option, DENIZEN_TRACE (FILE or -) and
 * DENIZEN_TRACE_OPTS (the options above, space-separated) are read.
 * 0, or -1 with a message in err. */
int dz_trace_open(char *err, size_t errlen);
/* `denizen run` of a Linux program (exec'd, not traced): say so. */
void dz_trace_native(const char *path);

/* ---- the engine and the handlers ---- */
/* Before and after the row's handler (dispatch.c, libshim/common/call.c).
 * noreturn: the call never returns (exit, thr_exit): its line is written
 * at once. */
void dz_trace_enter(const struct dz_personality *p, const struct dz_sysent *e,
                    const struct dz_call *c, int noreturn);
void dz_trace_leave(const struct dz_personality *p, const struct dz_sysent *e,
                    const struct dz_call *c, long result);
/* A signal handed to the guest (signal.c deliver()): handler is the
 * guest's action (DZ_SIG_DFL / DZ_SIG_IGN or an address). */
void dz_trace_signal(const struct dz_thread *t, int lsig, const siginfo_t *si, uint64_t handler);
/* Whether lsig's default action ends the process (not SIGKILL: it cannot
 * be caught): while tracing, the engine keeps its handler for these so
 * that the death is traced (sigaction.c). */
int dz_trace_fatal_default(int lsig);
/* The process ends with exit(status) (syscall-xlate/common/proc.c). */
void dz_trace_exited(int status);
/* fork: pid in the parent, 0 in the child (after its tid is set). */
void dz_trace_forked(pid_t pid);
/* execve of an ELF file through denizen again: the options for the new
 * `denizen run` appended at argv[k] (at most DZ_TRACE_EXEC_ARGS); returns
 * the new k.  dz_trace_exec before the host execve, dz_trace_exec_failed
 * if it returned. */
#define DZ_TRACE_EXEC_ARGS 10
size_t dz_trace_exec_args(char **argv, size_t k);
void dz_trace_exec(int through_denizen);
void dz_trace_exec_failed(void);
/* Library personalities (libshim/common/call.c): the class of an export
 * row; its rows are then marked apart from system calls (SYS_name). */
void dz_trace_set_lib(unsigned (*cls)(const struct dz_sysent *e));

/* ---- formatting (the tracer and its tests) ---- */
/* Format one argument of kind k into buf.
 * next is the following argument (the length of INBUF and MIB). */
int dz_trace_arg(const struct dz_personality *p, int k, uint64_t v, uint64_t next,
                 char *buf, size_t len);
/* Quote bytes as a C string literal, at most max bytes shown. */
int dz_trace_quote(const unsigned char *s, size_t n, size_t max, int truncated, char *buf, size_t len);
/* Whether a --trace-calls list selects a call named name with classes
 * cls (tests): 1 or 0; -1 if the list is not valid. */
int dz_trace_select_test(const char *list, const char *name, unsigned cls);
#endif
