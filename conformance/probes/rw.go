// rw.go — read, write, pread, pwrite, readv, writev, lseek, truncate,
// ftruncate, fsync, fdatasync, copy_file_range, sync.
package main

import (
	"fmt"
	"syscall"
	"unsafe"
)

func pread(fd int, b []byte, off int64) (int, error) {
	a4, a5 := offArgs(off)
	n, _, en := sysCall6(nrPread, uintptr(fd), uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), a4, a5, 0)
	return int(n), errno(en)
}

func pwrite(fd int, b []byte, off int64) (int, error) {
	a4, a5 := offArgs(off)
	n, _, en := sysCall6(nrPwrite, uintptr(fd), uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), a4, a5, 0)
	return int(n), errno(en)
}

func iov(bufs ...[]byte) []syscall.Iovec {
	v := make([]syscall.Iovec, len(bufs))
	for i, b := range bufs {
		*(**byte)(unsafe.Pointer(&v[i].Base)) = &b[0] // *int8 on illumos
		v[i].SetLen(len(b))
	}
	return v
}

func readv(fd int, v []syscall.Iovec) (int, error) {
	var p unsafe.Pointer
	if len(v) > 0 {
		p = unsafe.Pointer(&v[0])
	}
	n, _, en := sysCall(SYS_READV, uintptr(fd), uintptr(p), uintptr(len(v)))
	return int(n), errno(en)
}

func writev(fd int, v []syscall.Iovec) (int, error) {
	var p unsafe.Pointer
	if len(v) > 0 {
		p = unsafe.Pointer(&v[0])
	}
	n, _, en := sysCall(SYS_WRITEV, uintptr(fd), uintptr(p), uintptr(len(v)))
	return int(n), errno(en)
}

func preadv(fd int, v []syscall.Iovec, off int64) (int, error) {
	a4, a5 := offArgs(off)
	n, _, en := sysCall6(nrPreadv, uintptr(fd), uintptr(unsafe.Pointer(&v[0])), uintptr(len(v)), a4, a5, 0)
	return int(n), errno(en)
}

func pwritev(fd int, v []syscall.Iovec, off int64) (int, error) {
	a4, a5 := offArgs(off)
	n, _, en := sysCall6(nrPwritev, uintptr(fd), uintptr(unsafe.Pointer(&v[0])), uintptr(len(v)), a4, a5, 0)
	return int(n), errno(en)
}

func fsize(fd int) string {
	st, err := fstatN(fd)
	if err != nil {
		return "fstat:" + e(err)
	}
	return fmt.Sprintf("size=%d", st.size)
}

func main() { Main(rwCases) }

func rwCases() {
	writeFile("data", "0123456789")
	fd := mustOpen("data", syscall.O_RDWR, 0)
	ro := mustOpen("data", syscall.O_RDONLY, 0)
	wo := mustOpen("data", syscall.O_WRONLY, 0)
	r, w := mustPipe()

	Case("read", "regular-file", func() string {
		b := make([]byte, 4)
		n, err := syscall.Read(ro, b)
		return fmt.Sprintf("n=%d %q %s", n, b[:n], e(err))
	})
	Case("read", "continues-at-offset", func() string {
		b := make([]byte, 4)
		n, err := syscall.Read(ro, b)
		return fmt.Sprintf("n=%d %q %s", n, b[:n], e(err))
	})
	Case("read", "short-at-end-then-eof", func() string {
		b := make([]byte, 8)
		n1, _ := syscall.Read(ro, b)
		n2, err := syscall.Read(ro, b)
		return fmt.Sprintf("n1=%d n2=%d %s", n1, n2, e(err))
	})
	Case("read", "zero-length", func() string {
		n, err := syscall.Read(fd, []byte{})
		return fmt.Sprintf("n=%d %s", n, e(err))
	})
	Case("read", "EBADF-write-only", func() string {
		_, err := syscall.Read(wo, make([]byte, 4))
		return e(err)
	})
	Case("read", "EBADF-closed", func() string {
		_, err := syscall.Read(1000, make([]byte, 4))
		return e(err)
	})
	Case("read", "EISDIR-directory", func() string {
		d := mustOpen(".", syscall.O_RDONLY, 0)
		defer syscall.Close(d)
		_, err := syscall.Read(d, make([]byte, 4))
		return e(err)
	})
	Case("read", "EFAULT-bad-buffer", func() string {
		syscall.Seek(fd, 0, 0)
		_, _, en := sysCall(SYS_READ, uintptr(fd), badPtr, 4)
		return e(en)
	})
	Case("read", "EAGAIN-empty-nonblocking-pipe", func() string {
		syscall.SetNonblock(r, true)
		defer syscall.SetNonblock(r, false)
		_, err := syscall.Read(r, make([]byte, 4))
		return e(err)
	})
	Case("write", "regular-file", func() string {
		syscall.Seek(fd, 0, 2)
		n, err := syscall.Write(fd, []byte("abc"))
		return fmt.Sprintf("n=%d %s %s", n, e(err), fsize(fd))
	})
	Case("write", "EBADF-read-only", func() string {
		_, err := syscall.Write(ro, []byte("x"))
		return e(err)
	})
	Case("write", "EFAULT-bad-buffer", func() string {
		_, _, en := sysCall(SYS_WRITE, uintptr(fd), badPtr, 4)
		return e(en)
	})
	Case("write", "pipe-then-read", func() string {
		n, err := syscall.Write(w, []byte("hello"))
		b := make([]byte, 16)
		m, err2 := syscall.Read(r, b)
		return fmt.Sprintf("wrote=%d %s read=%q %s", n, e(err), b[:m], e(err2))
	})
	Case("pread", "at-offset", func() string {
		b := make([]byte, 3)
		n, err := pread(ro, b, 5)
		return fmt.Sprintf("n=%d %q %s", n, b[:n], e(err))
	})
	Case("pread", "offset-unchanged", func() string {
		syscall.Seek(ro, 2, 0)
		pread(ro, make([]byte, 3), 7)
		off, err := syscall.Seek(ro, 0, 1)
		return fmt.Sprintf("off=%d %s", off, e(err))
	})
	Case("pread", "past-eof", func() string {
		n, err := pread(ro, make([]byte, 3), 1000)
		return fmt.Sprintf("n=%d %s", n, e(err))
	})
	Case("pread", "EINVAL-negative-offset", func() string {
		_, err := pread(ro, make([]byte, 3), -1)
		return e(err)
	})
	Case("pread", "ESPIPE-pipe", func() string {
		_, err := pread(r, make([]byte, 3), 0)
		return e(err)
	})
	Case("pwrite", "at-offset", func() string {
		n, err := pwrite(fd, []byte("XY"), 2)
		b := make([]byte, 6)
		pread(fd, b, 0)
		return fmt.Sprintf("n=%d %s now=%q", n, e(err), b)
	})
	Case("pwrite", "extends-file", func() string {
		n, err := pwrite(fd, []byte("Z"), 20)
		return fmt.Sprintf("n=%d %s %s", n, e(err), fsize(fd))
	})
	Case("pwrite", "EBADF-read-only", func() string {
		_, err := pwrite(ro, []byte("Z"), 0)
		return e(err)
	})
	Case("pwrite", "ESPIPE-pipe", func() string {
		_, err := pwrite(w, []byte("Z"), 0)
		return e(err)
	})
	Case("readv", "three-buffers", func() string {
		syscall.Seek(fd, 0, 0)
		a, b, c := make([]byte, 2), make([]byte, 3), make([]byte, 4)
		n, err := readv(fd, iov(a, b, c))
		return fmt.Sprintf("n=%d %q %q %q %s", n, a, b, c, e(err))
	})
	Case("readv", "EINVAL-too-many-iovecs", func() string {
		bufs := make([][]byte, 1025)
		for i := range bufs {
			bufs[i] = make([]byte, 1)
		}
		_, err := readv(fd, iov(bufs...))
		return e(err)
	})
	Case("readv", "EFAULT-bad-iovec-array", func() string {
		_, _, en := sysCall(SYS_READV, uintptr(fd), badPtr, 1)
		return e(en)
	})
	Case("writev", "gathers", func() string {
		n, err := writev(w, iov([]byte("ab"), []byte("cde"), []byte("f")))
		b := make([]byte, 16)
		m, _ := syscall.Read(r, b)
		return fmt.Sprintf("n=%d %s got=%q", n, e(err), b[:m])
	})
	Case("writev", "zero-iovecs", func() string {
		n, err := writev(fd, nil)
		return fmt.Sprintf("n=%d %s", n, e(err))
	})
	Case("preadv", "at-offset-scatter", func() string {
		a, b := make([]byte, 2), make([]byte, 3)
		before, _ := syscall.Seek(ro, 0, 1)
		n, err := preadv(ro, iov(a, b), 1)
		off, _ := syscall.Seek(ro, 0, 1)
		return fmt.Sprintf("n=%d %q %q %s offset-unchanged=%s", n, a, b, e(err), yes(off == before))
	})
	Case("preadv", "ESPIPE-pipe", func() string {
		_, err := preadv(r, iov(make([]byte, 2)), 0)
		return e(err)
	})
	Case("preadv", "EINVAL-negative-offset", func() string {
		_, err := preadv(ro, iov(make([]byte, 2)), -5)
		return e(err)
	})
	Case("pwritev", "at-offset-gather", func() string {
		n, err := pwritev(fd, iov([]byte("P"), []byte("QR")), 1)
		b := make([]byte, 5)
		pread(fd, b, 0)
		return fmt.Sprintf("n=%d %s now=%q", n, e(err), b)
	})
	Case("pwritev", "EBADF-read-only", func() string {
		_, err := pwritev(ro, iov([]byte("x")), 0)
		return e(err)
	})
	Case("lseek", "SEEK_SET", func() string {
		off, err := syscall.Seek(fd, 4, 0)
		return fmt.Sprintf("off=%d %s", off, e(err))
	})
	Case("lseek", "SEEK_CUR", func() string {
		off, err := syscall.Seek(fd, 3, 1)
		return fmt.Sprintf("off=%d %s", off, e(err))
	})
	Case("lseek", "SEEK_END", func() string {
		off, err := syscall.Seek(fd, -2, 2)
		return fmt.Sprintf("off=%d %s", off, e(err))
	})
	Case("lseek", "past-end-allowed", func() string {
		off, err := syscall.Seek(fd, 1<<20, 0)
		return fmt.Sprintf("off=%d %s", off, e(err))
	})
	Case("lseek", "SEEK_DATA-SEEK_HOLE", func() string {
		d, err1 := syscall.Seek(ro, 0, 3)
		h, err2 := syscall.Seek(ro, 0, 4)
		return fmt.Sprintf("data=%d %s hole=%d %s", d, e(err1), h, e(err2))
	})
	Case("lseek", "EINVAL-negative-result", func() string {
		_, err := syscall.Seek(fd, -100, 0)
		return e(err)
	})
	Case("lseek", "EINVAL-bad-whence", func() string {
		_, err := syscall.Seek(fd, 0, 42)
		return e(err)
	})
	Case("lseek", "ESPIPE-pipe", func() string {
		_, err := syscall.Seek(r, 0, 0)
		return e(err)
	})
	Case("ftruncate", "shrink", func() string {
		err := syscall.Ftruncate(fd, 4)
		return e(err) + " " + fsize(fd)
	})
	Case("ftruncate", "grow-reads-zeros", func() string {
		err := syscall.Ftruncate(fd, 8)
		b := make([]byte, 4)
		pread(fd, b, 4)
		return fmt.Sprintf("%s %s tail=%v", e(err), fsize(fd), b)
	})
	Case("ftruncate", "EINVAL-negative", func() string {
		return e(syscall.Ftruncate(fd, -1))
	})
	Case("ftruncate", "EINVAL-read-only-fd", func() string {
		return e(syscall.Ftruncate(ro, 0))
	})
	Case("ftruncate", "EBADF", func() string {
		return e(syscall.Ftruncate(1000, 0))
	})
	Case("truncate", "path", func() string {
		err := syscall.Truncate("data", 3)
		return e(err) + " " + fsize(fd)
	})
	Case("truncate", "ENOENT", func() string {
		return e(syscall.Truncate("missing", 0))
	})
	Case("truncate", "EISDIR", func() string {
		return e(syscall.Truncate(".", 0))
	})
	Case("fsync", "regular-file", func() string {
		return e(syscall.Fsync(fd))
	})
	Case("fsync", "EBADF", func() string {
		return e(syscall.Fsync(1000))
	})
	Case("fsync", "EINVAL-pipe", func() string {
		return e(syscall.Fsync(r))
	})
	Case("fdatasync", "regular-file", func() string {
		_, _, en := sysCall(nrFdatasync, uintptr(fd), 0, 0)
		return e(en)
	})
	Case("fdatasync", "EBADF", func() string {
		_, _, en := sysCall(nrFdatasync, 1000, 0, 0)
		return e(en)
	})
	Case("sync", "returns", func() string {
		syscall.Sync()
		return "ok"
	})
	Case("copy_file_range", "whole-file", func() string {
		writeFile("src", "copy me please")
		s := mustOpen("src", syscall.O_RDONLY, 0)
		d := mustOpen("dst", syscall.O_RDWR|syscall.O_CREAT|syscall.O_TRUNC, 0644)
		defer syscall.Close(s)
		defer syscall.Close(d)
		n, _, en := sysCall6(nrCopyFileRange, uintptr(s), 0, uintptr(d), 0, 100, 0)
		b := make([]byte, 32)
		m, _ := pread(d, b, 0)
		return fmt.Sprintf("n=%d %s dst=%q", n, e(en), b[:m])
	})
	Case("copy_file_range", "with-offsets", func() string {
		s := mustOpen("src", syscall.O_RDONLY, 0)
		d := mustOpen("dst", syscall.O_RDWR, 0)
		defer syscall.Close(s)
		defer syscall.Close(d)
		in, out := int64(5), int64(2)
		n, _, en := sysCall6(nrCopyFileRange, uintptr(s), uintptr(unsafe.Pointer(&in)),
			uintptr(d), uintptr(unsafe.Pointer(&out)), 2, 0)
		b := make([]byte, 32)
		m, _ := pread(d, b, 0)
		return fmt.Sprintf("n=%d %s in=%d out=%d dst=%q", n, e(en), in, out, b[:m])
	})
	Case("copy_file_range", "EBADF", func() string {
		_, _, en := sysCall6(nrCopyFileRange, 1000, 0, uintptr(fd), 0, 10, 0)
		return e(en)
	})
	Case("copy_file_range", "EINVAL-flags", func() string {
		_, _, en := sysCall6(nrCopyFileRange, uintptr(ro), 0, uintptr(fd), 0, 10, 1)
		return e(en)
	})
	for _, f := range []int{fd, ro, wo, r, w} {
		syscall.Close(f)
	}
}
