package main

import (
	"syscall"
	"unsafe"
)

// FreeBSD numbers (sys/sys/errno.h, syscalls.master, sys/sys/fcntl.h, sys/sys/filio.h).
const (
	enosys      = syscall.Errno(78)
	setitimerNr = 83
)

// fcntl commands: all but F_DUPFD (0), F_SETOWN (6: SIGIO to any process), F_DUP2FD (10),
// F_SETLK_REMOTE (16), F_DUPFD_CLOEXEC (17), F_DUP2FD_CLOEXEC (18): duplicating onto
// a random descriptor could take one the storm does not own.
var fcntlCmds = []int{1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 13, 14, 15, 19, 20, 21, 22, 99, -1}

// ioctl commands: FIONREAD, FIONBIO, FIOCLEX, FIONCLEX, FIOASYNC, FIOGETOWN, FIODTYPE,
// FIONWRITE, FIONSPACE, TIOCGETA, and numbers no driver has (never FIOSETOWN, SIOCSPGRP,
// TIOCSPGRP, TIOCSCTTY, TIOCSTI).
var ioctlCmds = []uintptr{0x4004667f, 0x8004667e, 0x20006601, 0x20006602, 0x8004667d, 0x4004667b,
	0x4004667a, 0x40046677, 0x40046676, 0x402c7413, 0, 0xffffffff, 0x12345678}

// thr_kill(id, sig): 433; thr_self(&id): 432.
const threadKillNr = 433

func selfTid() uintptr {
	var id int64
	syscall.RawSyscall(432, uintptr(unsafe.Pointer(&id)), 0, 0)
	return uintptr(id)
}
