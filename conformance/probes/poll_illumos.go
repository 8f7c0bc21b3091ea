// poll_illumos.go — ppoll and pselect are not exported (Go does not call
// them): their cases do not run.
package main

import "syscall"

func ppoll(fds []pollFd, ts *syscall.Timespec, mask *sigset) (int, error) { return 0, syscall.ENOSYS }
func pselect(n int, r *fdSet, ts *syscall.Timespec, mask *sigset) (int, error) {
	return 0, syscall.ENOSYS
}
