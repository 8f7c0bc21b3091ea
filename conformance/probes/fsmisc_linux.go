// fsmisc_linux.go — the Linux reference for fsmisc.go.  BSD file flags do
// not exist on Linux: for them the answer is FreeBSD's for flags 0 (they
// are the only ones a translation can honour; chflags(2)).
package main

import (
	"fmt"
	"path/filepath"
	"syscall"
	"unsafe"
)

func tv2ts(tv *[2]syscall.Timeval) *[2]syscall.Timespec {
	if tv == nil {
		return nil
	}
	return &[2]syscall.Timespec{syscall.NsecToTimespec(tv[0].Nano()), syscall.NsecToTimespec(tv[1].Nano())}
}

func utimes(path string, tv *[2]syscall.Timeval) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(syscall.SYS_UTIMES, uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(tv)), 0)
	return errno(en)
}

func futimes(fd int, tv *[2]syscall.Timeval) error {
	_, _, en := syscall.Syscall(syscall.SYS_FUTIMESAT, uintptr(fd), 0, uintptr(unsafe.Pointer(tv)))
	return errno(en)
}

func lutimes(path string, tv *[2]syscall.Timeval) error {
	p := cstr(path)
	_, _, en := syscall.Syscall6(nrUtimensat, atfdcwd, uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(tv2ts(tv))), AT_SYMLINK_NOFOLLOW, 0, 0)
	return errno(en)
}

func futimesat(dir int, path string, tv *[2]syscall.Timeval) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(syscall.SYS_FUTIMESAT, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(tv)))
	return errno(en)
}

func posixFallocate(fd int, off, n int64) error {
	_, _, en := syscall.Syscall6(syscall.SYS_FALLOCATE, uintptr(fd), 0, uintptr(off), uintptr(n), 0, 0)
	return errno(en)
}

func posixFadvise(fd int, off, n int64, advice int) error {
	_, _, en := syscall.Syscall6(syscall.SYS_FADVISE64, uintptr(fd), uintptr(off), uintptr(n), uintptr(advice), 0, 0)
	return errno(en)
}

func mknodat(dir int, path string, mode uint32, dev uint64) error {
	p := cstr(path)
	_, _, en := syscall.Syscall6(syscall.SYS_MKNODAT, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(dev), 0, 0)
	return errno(en)
}

const FD_NONE = -200

func funlinkat(dir int, path string, fd int, flags int) error {
	p := cstr(path)
	_, _, en := syscall.Syscall(syscall.SYS_UNLINKAT, uintptr(int64(dir)), uintptr(unsafe.Pointer(p)), uintptr(flags))
	return errno(en)
}

func realpathat(dir int, path string, flags int) (string, error) {
	if flags != 0 {
		return "", syscall.EINVAL
	}
	r, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", syscall.ENOENT
	}
	return filepath.Abs(r)
}

func closeRange(lo, hi uint, flags int) error {
	_, _, en := syscall.Syscall(436, uintptr(lo), uintptr(hi), uintptr(flags))
	return errno(en)
}

func sendfile(file, sock int, off int64, n int) (int64, error) {
	o := off
	r, _, en := syscall.Syscall6(syscall.SYS_SENDFILE, uintptr(sock), uintptr(file), uintptr(unsafe.Pointer(&o)), uintptr(n), 0, 0)
	if en != 0 {
		return 0, en
	}
	return int64(r), nil
}

func chflags(path string, flags int) error {
	_, err := fstatatN(AT_FDCWD, path, 0)
	return err
}

func fchflags(fd int, flags int) error {
	_, err := fstatN(fd)
	return err
}

func lchflags(path string, flags int) error {
	_, err := fstatatN(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW)
	return err
}

func chflagsat(dir int, path string, flags int, atflag int) error {
	_, err := fstatatN(dir, path, atflag)
	return err
}

const UF_NODUMP = 0x1

// sendfileForm: sendfile(out, in, &off, n) from a file at an offset into a
// pipe: what arrives and where the offset ends.
func sendfileForm() string {
	writeFile("sf", "0123456789")
	in := mustOpen("sf", syscall.O_RDONLY, 0)
	defer syscall.Close(in)
	r, w := mustPipe()
	defer syscall.Close(r)
	defer syscall.Close(w)
	off := int64(2)
	n, err := syscall.Sendfile(w, in, &off, 5)
	b := make([]byte, 16)
	m, _ := syscall.Read(r, b)
	return fmt.Sprintf("%s n=%d got=%q off=%d", e(err), n, b[:m], off)
}
