package main

import "syscall"

// NetBSD numbers (sys/sys/errno.h, syscalls.master, sys/sys/fcntl.h, sys/sys/filio.h).
const (
	enosys      = syscall.Errno(78)
	setitimerNr = 425 // __setitimer50
)

// fcntl commands: all but F_DUPFD (0), F_SETOWN (6: SIGIO to any process), F_CLOSEM (10:
// closes every descriptor from the argument up, the runtime's too), F_DUPFD_CLOEXEC (12).
var fcntlCmds = []int{1, 2, 3, 4, 5, 7, 8, 9, 11, 13, 14, 15, 99, -1}

// ioctl commands: FIONREAD, FIONBIO, FIOCLEX, FIONCLEX, FIOASYNC, FIOGETOWN, FIONWRITE,
// FIONSPACE, TIOCGETA, and numbers no driver has (never FIOSETOWN, SIOCSPGRP, TIOCSPGRP,
// TIOCSCTTY, TIOCSTI).
var ioctlCmds = []uintptr{0x4004667f, 0x8004667e, 0x20006601, 0x20006602, 0x8004667d, 0x4004667b,
	0x40046679, 0x40046678, 0x402c7413, 0, 0xffffffff, 0x12345678}

// _lwp_kill(lid, sig): 318; _lwp_self(): 311.
const threadKillNr = 318

func selfTid() uintptr {
	id, _, _ := syscall.RawSyscall(311, 0, 0, 0)
	return id
}
