// fd.go — dup, dup2, fcntl (descriptor flags, status flags, record locks),
// and close-on-exec seen across an execve.
package main

import (
	"fmt"
	"os"
	"strconv"
	"syscall"
	"unsafe"
)

func fcntl(fd, cmd int, arg uintptr) (int, error) {
	r, _, en := sysCall(SYS_FCNTL, uintptr(fd), uintptr(cmd), arg)
	return int(r), errno(en)
}

func sameFile(a, b int) string {
	x, err1 := fstatN(a)
	y, err2 := fstatN(b)
	if err1 != nil || err2 != nil {
		return "fstat:" + e(err1) + "/" + e(err2)
	}
	return "same-file=" + yes(x.ino == y.ino && x.dev == y.dev)
}

func lockstr(lk *syscall.Flock_t, parent int) string {
	t := map[int16]string{syscall.F_RDLCK: "RDLCK", syscall.F_WRLCK: "WRLCK", syscall.F_UNLCK: "UNLCK"}[lk.Type]
	if lk.Type == syscall.F_UNLCK {
		return "type=" + t
	}
	who := "other"
	if int(lk.Pid) == parent {
		who = "parent"
	}
	return fmt.Sprintf("type=%s start=%d len=%d pid=%s", t, lk.Start, lk.Len, who)
}

func init() {
	// lockcheck FD PARENTPID: what a second process sees of the parent's locks.
	children["lockcheck"] = func(args []string) int {
		fd, _ := strconv.Atoi(args[0])
		parent, _ := strconv.Atoi(args[1])
		lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: 0, Len: 0}
		err := syscall.FcntlFlock(uintptr(fd), syscall.F_GETLK, &lk)
		fmt.Printf("getlk:%s %s ", e(err), lockstr(&lk, parent))
		lk = syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: 0, Len: 10}
		err = syscall.FcntlFlock(uintptr(fd), syscall.F_SETLK, &lk)
		fmt.Printf("setlk-conflict:%s ", e(err))
		lk = syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: 200, Len: 10}
		err = syscall.FcntlFlock(uintptr(fd), syscall.F_SETLK, &lk)
		fmt.Printf("setlk-disjoint:%s", e(err))
		return 0
	}
	// fdopen FD...: which descriptors survived the exec.
	children["fdopen"] = func(args []string) int {
		for _, a := range args {
			fd, _ := strconv.Atoi(a)
			_, err := fstatN(fd)
			fmt.Printf("%s ", ename(err))
		}
		return 0
	}
}

func main() { Main(fdCases) }

func fdCases() {
	writeFile("f", "0123456789")
	fd := mustOpen("f", syscall.O_RDWR, 0)

	Case("dup", "lowest-free-same-file", func() string {
		n, err := syscall.Dup(fd)
		defer syscall.Close(n)
		return e(err) + " " + sameFile(fd, n) + " above=" + yes(n > fd)
	})
	Case("dup", "shares-offset", func() string {
		n, _ := syscall.Dup(fd)
		defer syscall.Close(n)
		syscall.Seek(fd, 3, 0)
		off, err := syscall.Seek(n, 0, 1)
		return fmt.Sprintf("off=%d %s", off, e(err))
	})
	Case("dup", "clears-cloexec", func() string {
		c := mustOpen("f", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		defer syscall.Close(c)
		n, err := syscall.Dup(c)
		defer syscall.Close(n)
		return e(err) + " " + cloexec(n)
	})
	Case("dup", "EBADF", func() string {
		_, err := syscall.Dup(1000)
		return e(err)
	})
	Case("dup2", "to-chosen-fd", func() string {
		err := dup2(fd, 200)
		defer syscall.Close(200)
		return e(err) + " " + sameFile(fd, 200)
	})
	Case("dup2", "replaces-open-fd", func() string {
		other := mustOpen("/dev/null", syscall.O_RDONLY, 0)
		err := dup2(fd, other)
		defer syscall.Close(other)
		return e(err) + " " + sameFile(fd, other)
	})
	// dup2 with close-on-exec on the copy: Linux and NetBSD dup3, FreeBSD
	// fcntl(F_DUP2FD_CLOEXEC).
	Case("fcntl", "dup-to-fd-cloexec", func() string {
		err := dupCloexec(fd, 201)
		defer syscall.Close(201)
		return e(err) + " " + sameFile(fd, 201) + " " + cloexec(201)
	})
	Case("dup2", "same-fd-returns-it", func() string {
		r, _, en := sysCall(SYS_DUP2, uintptr(fd), uintptr(fd), 0)
		return fmt.Sprintf("same=%s %s", yes(int(r) == fd), e(en))
	})
	Case("dup2", "EBADF-old", func() string { return e(dup2(1000, 201)) })
	Case("dup2", "EBADF-new-too-large", func() string { return e(dup2(fd, 1<<30)) })
	Case("fcntl", "F_GETFD-F_SETFD", func() string {
		a := cloexec(fd)
		_, err := fcntl(fd, syscall.F_SETFD, syscall.FD_CLOEXEC)
		b := cloexec(fd)
		fcntl(fd, syscall.F_SETFD, 0)
		return a + " " + e(err) + " " + b + " " + cloexec(fd)
	})
	Case("fcntl", "F_GETFL", func() string { return getfl(fd) })
	Case("fcntl", "F_SETFL-O_NONBLOCK-O_APPEND", func() string {
		_, err := fcntl(fd, syscall.F_SETFL, syscall.O_NONBLOCK|syscall.O_APPEND)
		s := e(err) + " " + getfl(fd)
		fcntl(fd, syscall.F_SETFL, 0)
		return s + " then " + getfl(fd)
	})
	Case("fcntl", "F_SETFL-ignores-access-mode", func() string {
		_, err := fcntl(fd, syscall.F_SETFL, syscall.O_RDONLY)
		return e(err) + " " + getfl(fd)
	})
	Case("fcntl", "F_DUPFD-at-least-arg", func() string {
		n, err := fcntl(fd, syscall.F_DUPFD, 100)
		defer syscall.Close(n)
		return fmt.Sprintf("%s fd=%d %s %s", e(err), n, sameFile(fd, n), cloexec(n))
	})
	Case("fcntl", "F_DUPFD_CLOEXEC", func() string {
		n, err := fcntl(fd, syscall.F_DUPFD_CLOEXEC, 110)
		defer syscall.Close(n)
		return fmt.Sprintf("%s fd=%d %s", e(err), n, cloexec(n))
	})
	Case("fcntl", "F_DUPFD-EINVAL-negative", func() string {
		_, err := fcntl(fd, syscall.F_DUPFD, ^uintptr(0))
		return e(err)
	})
	Case("fcntl", "F_GETOWN-default", func() string {
		n, err := fcntl(fd, syscall.F_GETOWN, 0)
		return fmt.Sprintf("%s owner=%d", e(err), n)
	})
	Case("fcntl", "EBADF", func() string {
		_, err := fcntl(1000, syscall.F_GETFD, 0)
		return e(err)
	})
	Case("fcntl", "EINVAL-unknown-command", func() string {
		_, err := fcntl(fd, 9999, 0)
		return e(err)
	})
	Case("fcntl", "F_GETLK-unlocked", func() string {
		lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: 0, Len: 0}
		err := syscall.FcntlFlock(uintptr(fd), syscall.F_GETLK, &lk)
		return e(err) + " " + lockstr(&lk, os.Getpid())
	})
	Case("fcntl", "F_SETLK-then-other-process-sees-it", func() string {
		lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 0, Start: 0, Len: 100}
		err := syscall.FcntlFlock(uintptr(fd), syscall.F_SETLK, &lk)
		sysCall(SYS_FCNTL, uintptr(fd), syscall.F_SETFD, 0)
		st, out := runChildWithFds("lockcheck", []int{fd}, strconv.Itoa(fd), strconv.Itoa(os.Getpid()))
		return e(err) + " child=" + st + " " + out
	})
	Case("fcntl", "F_SETLK-unlock", func() string {
		lk := syscall.Flock_t{Type: syscall.F_UNLCK, Whence: 0, Start: 0, Len: 0}
		err := syscall.FcntlFlock(uintptr(fd), syscall.F_SETLK, &lk)
		_, out := runChildWithFds("lockcheck", []int{fd}, strconv.Itoa(fd), strconv.Itoa(os.Getpid()))
		return e(err) + " " + out
	})
	Case("fcntl", "F_SETLK-EINVAL-bad-type", func() string {
		lk := syscall.Flock_t{Type: 77, Whence: 0}
		return e(syscall.FcntlFlock(uintptr(fd), syscall.F_SETLK, &lk))
	})
	Case("fcntl", "F_SETLK-EBADF-read-lock-on-write-only", func() string {
		w := mustOpen("f", syscall.O_WRONLY, 0)
		defer syscall.Close(w)
		lk := syscall.Flock_t{Type: syscall.F_RDLCK, Whence: 0}
		return e(syscall.FcntlFlock(uintptr(w), syscall.F_SETLK, &lk))
	})
	Case("execve", "close-on-exec-honoured", func() string {
		keep := mustOpen("f", syscall.O_RDONLY, 0)
		gone := mustOpen("f", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		viaFcntl := mustOpen("f", syscall.O_RDONLY, 0)
		fcntl(viaFcntl, syscall.F_SETFD, syscall.FD_CLOEXEC)
		defer syscall.Close(keep)
		defer syscall.Close(gone)
		defer syscall.Close(viaFcntl)
		st, out := rawExecChild("fdopen", []int{keep, gone, viaFcntl})
		return st + " " + out
	})
	syscall.Close(fd)
}

// runChildWithFds: like runChild, with the given descriptors inherited at
// the same numbers (ForkExec keeps fds without close-on-exec).
func runChildWithFds(mode string, fds []int, args ...string) (string, string) {
	for _, f := range fds {
		fcntl(f, syscall.F_SETFD, 0)
	}
	return runChild(mode, args...)
}

// rawExecChild: fork+exec with every descriptor inherited as it is (its
// close-on-exec flag decides), then report which of fds the child sees.
func rawExecChild(mode string, fds []int) (string, string) {
	r, w, _ := os.Pipe()
	defer r.Close()
	args := []string{self(), "child", mode}
	for _, f := range fds {
		args = append(args, strconv.Itoa(f))
	}
	pid, err := syscall.ForkExec(self(), args, &syscall.ProcAttr{Files: []uintptr{0, w.Fd(), 2}})
	w.Close()
	if err != nil {
		return "forkexec:" + e(err), ""
	}
	var ws syscall.WaitStatus
	syscall.Wait4(pid, &ws, 0, nil)
	b := make([]byte, 256)
	n, _ := r.Read(b)
	_ = unsafe.Pointer(nil)
	return wstatus(ws), string(b[:n])
}
