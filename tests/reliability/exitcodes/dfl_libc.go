//go:build openbsd || illumos || solaris

package main

import "syscall"

// Go calls libc here (no raw system calls): the Go runtime's handling only.
const haveDefault = false

func setDefault(s syscall.Signal) bool { return false }

func forkExit(n int) (int, error)            { return 0, syscall.ENOSYS }
func forkKill(s syscall.Signal) (int, error) { return 0, syscall.ENOSYS }

func handlerGone() {}
