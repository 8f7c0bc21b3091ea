/* kqueue/kevent emulated on epoll, shared by every BSD personality.
 *
 * This component knows no OS numbering: filters, flags and fflags are the
 * DZ_ values of abi/common/kevent.h, EVFILT_SIGNAL idents are Linux signal
 * numbers, EVFILT_PROC NOTE_EXIT data is a Linux wait status, and every
 * error (return value or EV_ERROR data) is a Linux errno.  A personality
 * converts its own struct kevent to struct dz_kevent and maps the numbers.
 *
 * A kqueue *is* an epoll fd (the guest sees that fd); helper fds (one
 * timerfd per kqueue for all its EVFILT_TIMERs and as its bell, a pidfd per
 * EVFILT_PROC, one global eventfd for signals) are close-on-exec and owned
 * here.
 *
 * Runs in ordinary host context (C library usable); thread-safe.  Only the final
 * epoll wait blocks, through the engine's dz_blocking_syscall6() (a test
 * provides its own), with no lock held.  EVFILT_SIGNAL reads the engine's
 * delivery counters (engine/sigcount.h): the engine never calls in here. */
#ifndef DZ_EVENT_KQUEUE_H
#define DZ_EVENT_KQUEUE_H
#include <time.h>
#include "abi/common/kevent.h"
#include "syscall-xlate/engine/block.h"   /* dz_blocking_syscall6: the wait */

/* New kqueue fd (really an epoll fd), or -errno. */
int  dz_kq_create(int cloexec);

/* BSD kevent(2): apply `changes` in order, then collect up to `nevents`
 * events.  timeout NULL = wait forever.  Returns the number of events
 * written or -errno (Linux); -EINTR when a guest signal interrupted the
 * wait (the caller decides about restarting). */
int  dz_kq_kevent(int kq, const struct dz_kevent *changes, int nchanges,
                  struct dz_kevent *events, int nevents,
                  const struct timespec *timeout);

/* 1 if fd is one of our kqueues, else 0. */
int  dz_kq_is_kqueue(int fd);

/* The guest is about to close fd (any fd): forget every registration on it
 * in every kqueue and, if fd is a kqueue, the whole queue.  Must be called
 * BEFORE the real close, also for fds closed implicitly (dup2/dup3 target,
 * close_range, closefrom). */
void dz_kq_fd_closed(int fd);

/* In a fork child: BSD kqueues are not inherited, so close every kqueue fd
 * and helper fd and drop all state.  Memory is leaked on purpose: another
 * parent thread may have held our locks at fork time. */
void dz_kq_after_fork(void);

#endif
