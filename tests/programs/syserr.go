//go:build !illumos && !solaris

// syserr: error paths the translator itself must get right.
//   - a system call denizen does not implement, twice: ENOSYS both times
//     (and, under denizen, exactly one report line naming it)
//   - an unknown system call number: ENOSYS
//   - a bad pointer the translator has to read (the signal mask of
//     sigprocmask): EFAULT, not a crash of the layer
//   - a bad pointer the kernel checks (write's buffer): EFAULT
// The output is the same for the Linux and the FreeBSD build.  Not built
// for illumos/Solaris: Go's syscall package there has no system call
// numbers (everything goes through libc).
package main

import (
	"fmt"
	"runtime"
	"syscall"
)

func errname(e syscall.Errno) string {
	switch e {
	case 0:
		return "ok"
	case syscall.ENOSYS:
		return "ENOSYS"
	case syscall.EFAULT:
		return "EFAULT"
	case syscall.EINVAL:
		return "EINVAL"
	}
	return fmt.Sprintf("errno %d", int(e))
}

func main() {
	// FreeBSD 518 is pdfork, which denizen does not implement; on Linux
	// amd64 there is no syscall 518 at all.
	for i := 0; i < 2; i++ {
		_, _, e := syscall.RawSyscall(518, 0, 0, 0)
		fmt.Println("unimplemented:", errname(e))
	}
	_, _, e := syscall.RawSyscall(3999, 0, 0, 0)
	fmt.Println("unknown:", errname(e))

	sigprocmask := uintptr(14) // rt_sigprocmask(how, set, old, sigsetsize)
	how := uintptr(2)          // SIG_SETMASK on Linux
	if runtime.GOOS == "freebsd" {
		sigprocmask, how = 340, 3
	}
	_, _, e = syscall.RawSyscall6(sigprocmask, how, 8, 0, 8, 0, 0)
	fmt.Println("bad mask pointer:", errname(e))

	_, _, e = syscall.RawSyscall(syscall.SYS_WRITE, 1, 8, 5)
	fmt.Println("bad write buffer:", errname(e))
}
