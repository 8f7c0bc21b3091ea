// thread_openbsd.go — the OpenBSD side of thread.go.  Threads are libc's
// (pthread_create, __thrsleep/__thrwakeup under Go's semaphores); there is
// no _umtx_op, thread name or sysarch (those cases do not run).
package main

import "syscall"

func umtxWait(addr *uint32, val uint32, timeoutNs int64, private bool) error { return syscall.ENOSYS }
func umtxWake(addr *uint32, n int, private bool) error                       { return syscall.ENOSYS }
func umtxBadOp() error                                                       { return syscall.ENOSYS }
func umtxWaitFault() error                                                   { return syscall.ENOSYS }
func setThreadName(tid int, name string) error                               { return syscall.ENOSYS }
func getFSBase() (uint64, error)                                             { return 0, syscall.ENOSYS }
func setFSBase(v uint64) error                                               { return syscall.ENOSYS }
func getGSBase() (uint64, error)                                             { return 0, syscall.ENOSYS }
func sysarchBad() error                                                      { return syscall.ENOSYS }
