package main

import "syscall"

func msync(a, n uintptr) int {
	_, _, e := syscall.Syscall(65, a, n, 1) // MS_ASYNC
	return errno(e)
}

// mmapAnon: an anonymous read-write page at a, fixed (MAP_FIXED) or as a hint.
func mmapAnon(a, n uintptr, fixed bool) (uintptr, int) {
	fl := uintptr(0x1000 | 0x2) // MAP_ANON | MAP_PRIVATE
	if fixed {
		fl |= 0x10
	}
	r, _, e := syscall.Syscall6(477, a, n, 3, fl, ^uintptr(0), 0)
	return r, errno(e)
}
