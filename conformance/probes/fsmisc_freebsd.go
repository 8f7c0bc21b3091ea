// fsmisc_freebsd.go — the FreeBSD side of fsmisc.go (sys/kern/syscalls.master).
package main

import (
	"syscall"
	"unsafe"
)

func utimes(path string, tv *[2]syscall.Timeval) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(138, uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(tv)), 0)
	return errno(en)
}

func futimes(fd int, tv *[2]syscall.Timeval) error {
	_, _, en := syscall.Syscall(206, uintptr(fd), uintptr(unsafe.Pointer(tv)), 0)
	return errno(en)
}

func lutimes(path string, tv *[2]syscall.Timeval) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(276, uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(tv)), 0)
	return errno(en)
}

func futimesat(dir int, path string, tv *[2]syscall.Timeval) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(494, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(tv)))
	return errno(en)
}

// posix_fallocate and posix_fadvise answer the error as the call's value.
func posixFallocate(fd int, off, n int64) error {
	r, _, en := syscall.Syscall(530, uintptr(fd), uintptr(off), uintptr(n))
	if en != 0 {
		return en
	}
	return errno(syscall.Errno(r))
}

func posixFadvise(fd int, off, n int64, advice int) error {
	r, _, en := syscall.Syscall6(531, uintptr(fd), uintptr(off), uintptr(n), uintptr(advice), 0, 0)
	if en != 0 {
		return en
	}
	return errno(syscall.Errno(r))
}

func mknodat(dir int, path string, mode uint32, dev uint64) error {
	p := cstr(path)
	_, _, en := syscall.Syscall6(559, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(dev), 0, 0)
	return errno(en)
}

// funlinkat(dfd, path, fd, flag): fd FD_NONE (-200) asks for no check.
func funlinkat(dir int, path string, fd int, flags int) error {
	p := cstr(path)
	_, _, en := syscall.Syscall6(568, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(int64(fd)), uintptr(flags), 0, 0)
	return errno(en)
}

const FD_NONE = -200

func realpathat(dir int, path string, flags int) (string, error) {
	p := cstr(path)
	buf := make([]byte, 1024)
	_, _, en := syscall.Syscall6(574, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)), uintptr(flags), 0)
	if en != 0 {
		return "", en
	}
	for i, c := range buf {
		if c == 0 {
			return string(buf[:i]), nil
		}
	}
	return string(buf), nil
}

func closeRange(lo, hi uint, flags int) error {
	_, _, en := syscall.Syscall(575, uintptr(lo), uintptr(hi), uintptr(flags))
	return errno(en)
}

// sendfile(fd, s, offset, nbytes, hdtr, &sbytes, flags)
func sendfile(file, sock int, off int64, n int) (int64, error) {
	var sbytes int64
	_, _, en := syscall.Syscall9(393, uintptr(file), uintptr(sock), uintptr(off), uintptr(n), 0, uintptr(unsafe.Pointer(&sbytes)), 0, 0, 0)
	return sbytes, errno(en)
}

func chflags(path string, flags int) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(34, uintptr(unsafe.Pointer(p)), uintptr(flags), 0)
	return errno(en)
}

func fchflags(fd int, flags int) error {
	_, _, en := syscall.Syscall(35, uintptr(fd), uintptr(flags), 0)
	return errno(en)
}

func lchflags(path string, flags int) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(391, uintptr(unsafe.Pointer(p)), uintptr(flags), 0)
	return errno(en)
}

func chflagsat(dir int, path string, flags int, atflag int) error {
	p := cstr(path)
	_, _, en := syscall.Syscall6(540, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(flags), uintptr(atflag), 0, 0)
	return errno(en)
}

// sys/sys/stat.h: UF_NODUMP
const UF_NODUMP = 0x1

// sendfileForm: Linux's and illumos's sendfile (the case does not run here).
func sendfileForm() string { return "n/a" }
