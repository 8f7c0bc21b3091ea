// pipe.go — pipe2, mkfifo, mkfifoat; pipe semantics of read and write
// (EOF, EPIPE, EAGAIN) and of ioctl FIONREAD.
package main

import (
	"fmt"
	"syscall"
	"unsafe"
)

func pipe2(flags int) ([2]int, error) {
	var p [2]int32
	_, _, en := rawSysCall(SYS_PIPE2, uintptr(unsafe.Pointer(&p)), uintptr(flags), 0)
	return [2]int{int(p[0]), int(p[1])}, errno(en)
}

func closeBoth(p [2]int) {
	syscall.Close(p[0])
	syscall.Close(p[1])
}

func main() { Main(pipeCases) }

func pipeCases() {
	Case("pipe2", "no-flags", func() string {
		p, err := pipe2(0)
		defer closeBoth(p)
		return fmt.Sprintf("%s distinct=%s r:%s w:%s %s", e(err), yes(p[0] != p[1]), getfl(p[0]), getfl(p[1]), cloexec(p[0]))
	})
	// A pipe with no flags from the call with two results (NetBSD's pipe).
	Case("pipe2", "no-flags-two-results", func() string {
		p, err := pipePlain()
		defer closeBoth(p)
		return fmt.Sprintf("%s distinct=%s r:%s w:%s %s", e(err), yes(p[0] != p[1]), getfl(p[0]), getfl(p[1]), cloexec(p[0]))
	})
	Case("pipe2", "O_CLOEXEC", func() string {
		p, err := pipe2(syscall.O_CLOEXEC)
		defer closeBoth(p)
		return e(err) + " " + cloexec(p[0]) + " " + cloexec(p[1])
	})
	Case("pipe2", "O_NONBLOCK", func() string {
		p, err := pipe2(syscall.O_NONBLOCK)
		defer closeBoth(p)
		return e(err) + " " + getfl(p[0]) + " " + getfl(p[1])
	})
	Case("pipe2", "EINVAL-bad-flags", func() string {
		p, err := pipe2(syscall.O_TRUNC)
		if err == nil {
			closeBoth(p)
		}
		return e(err)
	})
	Case("pipe2", "EFAULT", func() string {
		_, _, en := rawSysCall(SYS_PIPE2, badPtr, 0, 0)
		return e(en)
	})
	Case("pipe2", "fstat-is-fifo", func() string {
		p, _ := pipe2(0)
		defer closeBoth(p)
		st, err := fstatN(p[0])
		return e(err) + " " + ftype(st.mode)
	})
	Case("read", "pipe-eof-after-writer-closes", func() string {
		p, _ := pipe2(0)
		syscall.Write(p[1], []byte("tail"))
		syscall.Close(p[1])
		defer syscall.Close(p[0])
		b := make([]byte, 16)
		n1, _ := syscall.Read(p[0], b)
		n2, err := syscall.Read(p[0], b)
		return fmt.Sprintf("n1=%d n2=%d %s", n1, n2, e(err))
	})
	Case("write", "EPIPE-reader-closed", func() string {
		p, _ := pipe2(0)
		syscall.Close(p[0])
		defer syscall.Close(p[1])
		_, err := syscall.Write(p[1], []byte("x"))
		return e(err)
	})
	Case("write", "EAGAIN-full-nonblocking-pipe", func() string {
		p, _ := pipe2(syscall.O_NONBLOCK)
		defer closeBoth(p)
		buf := make([]byte, 4096)
		total := 0
		for i := 0; i < 1024; i++ {
			n, err := syscall.Write(p[1], buf)
			if err != nil {
				return fmt.Sprintf("wrote-some=%s %s", yes(total > 0), e(err))
			}
			total += n
		}
		return "never-full"
	})
	Case("read", "blocks-until-data", func() string {
		p, _ := pipe2(0)
		defer closeBoth(p)
		go func() { syscall.Write(p[1], []byte("late")) }()
		b := make([]byte, 16)
		n, err := syscall.Read(p[0], b)
		return fmt.Sprintf("%q %s", b[:n], e(err))
	})
	Case("ioctl", "FIONREAD-pipe", func() string {
		p, _ := pipe2(0)
		defer closeBoth(p)
		syscall.Write(p[1], []byte("seven77"))
		var n int32
		_, _, en := sysCall(SYS_IOCTL, uintptr(p[0]), FIONREAD, uintptr(unsafe.Pointer(&n)))
		return fmt.Sprintf("%s n=%d", e(en), n)
	})
	Case("ioctl", "FIONBIO-sets-nonblocking", func() string {
		p, _ := pipe2(0)
		defer closeBoth(p)
		on := int32(1)
		_, _, en := sysCall(SYS_IOCTL, uintptr(p[0]), FIONBIO, uintptr(unsafe.Pointer(&on)))
		return e(en) + " " + getfl(p[0])
	})
	Case("ioctl", "FIOCLEX-FIONCLEX", func() string {
		p, _ := pipe2(0)
		defer closeBoth(p)
		_, _, en1 := sysCall(SYS_IOCTL, uintptr(p[0]), FIOCLEX, 0)
		a := cloexec(p[0])
		_, _, en2 := sysCall(SYS_IOCTL, uintptr(p[0]), FIONCLEX, 0)
		return e(en1) + " " + a + " " + e(en2) + " " + cloexec(p[0])
	})
	Case("ioctl", "ENOTTY-TIOCGWINSZ-on-pipe", func() string {
		p, _ := pipe2(0)
		defer closeBoth(p)
		var ws [8]byte
		_, _, en := sysCall(SYS_IOCTL, uintptr(p[0]), syscall.TIOCGWINSZ, uintptr(unsafe.Pointer(&ws)))
		return e(en)
	})
	Case("ioctl", "EBADF", func() string {
		var n int32
		_, _, en := sysCall(SYS_IOCTL, 1000, FIONREAD, uintptr(unsafe.Pointer(&n)))
		return e(en)
	})
	Case("mkfifo", "create", func() string {
		err := mkfifo("fifo", 0640)
		st, _ := fstatatN(AT_FDCWD, "fifo", 0)
		return e(err) + " " + modestr(st.mode)
	})
	Case("mkfifo", "EEXIST", func() string { return e(mkfifo("fifo", 0644)) })
	Case("mkfifo", "ENOENT", func() string { return e(mkfifo("nodir/fifo", 0644)) })
	Case("open", "fifo-O_RDONLY-O_NONBLOCK", func() string {
		fd, err := syscall.Open("fifo", syscall.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err == nil {
			syscall.Close(fd)
		}
		return e(err)
	})
	Case("open", "fifo-O_WRONLY-O_NONBLOCK-no-reader-ENXIO", func() string {
		fd, err := syscall.Open("fifo", syscall.O_WRONLY|syscall.O_NONBLOCK, 0)
		if err == nil {
			syscall.Close(fd)
		}
		return e(err)
	})
	Case("open", "fifo-both-ends-transfer", func() string {
		r, err := syscall.Open("fifo", syscall.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			return e(err)
		}
		defer syscall.Close(r)
		w, err := syscall.Open("fifo", syscall.O_WRONLY, 0)
		if err != nil {
			return e(err)
		}
		defer syscall.Close(w)
		syscall.Write(w, []byte("via fifo"))
		b := make([]byte, 16)
		n, err := syscall.Read(r, b)
		return fmt.Sprintf("%q %s", b[:n], e(err))
	})
	syscall.Mkdir("d", 0755)
	dfd := mustOpen("d", syscall.O_RDONLY|O_DIRECTORY_, 0)
	Case("mkfifoat", "relative-to-dirfd", func() string {
		err := mkfifoat(dfd, "f2", 0600)
		st, _ := fstatatN(AT_FDCWD, "d/f2", 0)
		return e(err) + " " + modestr(st.mode)
	})
	Case("mkfifoat", "EBADF", func() string { return e(mkfifoat(1000, "f3", 0600)) })
	Case("mkfifoat", "EEXIST", func() string { return e(mkfifoat(dfd, "f2", 0600)) })
	syscall.Close(dfd)
}
