// fsmisc_illumos.go — the illumos side of fsmisc.go (sys/kern/syscalls.master).
// None of these calls is exported (Go does not call them): their cases do not run.
package main

import (
	"fmt"
	"syscall"
	"unsafe"
)

func utimes(path string, tv *[2]syscall.Timeval) error { return syscall.ENOSYS }
func futimes(fd int, tv *[2]syscall.Timeval) error     { return syscall.ENOSYS }

func lutimes(path string, tv *[2]syscall.Timeval) error            { return syscall.ENOSYS }
func futimesat(dir int, path string, tv *[2]syscall.Timeval) error { return syscall.ENOSYS }
func posixFallocate(fd int, off, n int64) error                    { return syscall.ENOSYS }
func posixFadvise(fd int, off, n int64, advice int) error          { return syscall.ENOSYS }
func funlinkat(dir int, path string, fd int, flags int) error      { return syscall.ENOSYS }
func realpathat(dir int, path string, flags int) (string, error)   { return "", syscall.ENOSYS }
func closeRange(lo, hi uint, flags int) error                      { return syscall.ENOSYS }
func sendfile(file, sock int, off int64, n int) (int64, error)     { return 0, syscall.ENOSYS }
func chflagsat(dir int, path string, flags int, atflag int) error  { return syscall.ENOSYS }

func mknodat(dir int, path string, mode uint32, dev uint64) error { return syscall.ENOSYS }

const FD_NONE = -200

func chflags(path string, flags int) error { return syscall.ENOSYS }
func fchflags(fd int, flags int) error     { return syscall.ENOSYS }

func lchflags(path string, flags int) error { return syscall.ENOSYS }

// sys/sys/stat.h: UF_NODUMP
const UF_NODUMP = 0x1

// sendfileForm: sendfile(out, in, &off, n) (sys/sendfile.h) from a file at
// an offset into a pipe.
func sendfileForm() string {
	writeFile("sf", "0123456789")
	in := mustOpen("sf", syscall.O_RDONLY, 0)
	defer syscall.Close(in)
	r, w := mustPipe()
	defer syscall.Close(r)
	defer syscall.Close(w)
	off := new(int64)
	*off = 2
	n, en := libc(&libc_sendfile, uintptr(w), uintptr(in), uintptr(unsafe.Pointer(off)), 5)
	b := make([]byte, 16)
	m, _ := syscall.Read(r, b)
	return fmt.Sprintf("%s n=%d got=%q off=%d", e(errno(en)), int(n), b[:m], *off)
}
