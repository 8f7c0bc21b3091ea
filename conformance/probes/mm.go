// mm.go — mmap, munmap, mprotect, madvise, mlock, munlock, break; memory
// faults (a guest SIGSEGV/SIGBUS with the faulting address) seen through
// Go's recoverable faults.
package main

import (
	"fmt"
	"runtime/debug"
	"syscall"
	"unsafe"
)

const page = 4096

func mmap(addr, length uintptr, prot, flags, fd int, off int64) (uintptr, error) {
	return mmapRaw(addr, length, prot, flags, fd, off)
}

func munmap(addr, length uintptr) error {
	_, _, en := sysCall(SYS_MUNMAP, addr, length, 0)
	return errno(en)
}

func mprotect(addr, length uintptr, prot int) error {
	_, _, en := sysCall(SYS_MPROTECT, addr, length, uintptr(prot))
	return errno(en)
}

func madvise(addr, length uintptr, advice int) error {
	_, _, en := sysCall(SYS_MADVISE, addr, length, uintptr(advice))
	return errno(en)
}

func bytesAt(addr uintptr, n int) []byte { return unsafe.Slice((*byte)(unsafe.Pointer(addr)), n) }

// touch: read (write=false) or write one byte at addr; reports a fault and
// where it was, relative to base.
func touch(base, addr uintptr, write bool) (res string) {
	old := debug.SetPanicOnFault(true)
	defer debug.SetPanicOnFault(old)
	defer func() {
		if p := recover(); p != nil {
			if a, ok := p.(interface{ Addr() uintptr }); ok {
				res = fmt.Sprintf("fault@+%#x", a.Addr()-base)
			} else {
				res = fmt.Sprintf("fault(%v)", p)
			}
		}
	}()
	if write {
		*(*byte)(unsafe.Pointer(addr)) = 0x5a
		return "wrote"
	}
	return fmt.Sprintf("read=%#x", *(*byte)(unsafe.Pointer(addr)))
}

func anon(n uintptr, prot int) uintptr {
	a, err := mmap(0, n, prot, syscall.MAP_PRIVATE|syscall.MAP_ANON, -1, 0)
	if err != nil {
		panic(err)
	}
	return a
}

func main() { Main(mmCases) }

func mmCases() {
	rw := syscall.PROT_READ | syscall.PROT_WRITE
	Case("mmap", "anon-private-zeroed-writable", func() string {
		a, err := mmap(0, 2*page, rw, syscall.MAP_PRIVATE|syscall.MAP_ANON, -1, 0)
		if err != nil {
			return e(err)
		}
		defer munmap(a, 2*page)
		b := bytesAt(a, 2*page)
		z := b[0] == 0 && b[2*page-1] == 0
		b[page] = 7
		return fmt.Sprintf("ok aligned=%s zeroed=%s reread=%d", yes(a%page == 0), yes(z), b[page])
	})
	Case("mmap", "anon-shared-seen-by-child", func() string {
		a, err := mmap(0, page, rw, syscall.MAP_SHARED|syscall.MAP_ANON, -1, 0)
		if err != nil {
			return e(err)
		}
		defer munmap(a, page)
		// A forked child writes through the shared mapping (raw fork: the
		// child runs no Go code but one store and exit).
		pid, _, en := rawSysCall(SYS_FORK, 0, 0, 0)
		if en != 0 {
			return "fork:" + e(en)
		}
		if isForkChild(pid) {
			*(*byte)(unsafe.Pointer(a)) = 42
			rawSysCall(nrExitProcess, 0, 0, 0)
		}
		var ws syscall.WaitStatus
		syscall.Wait4(int(pid), &ws, 0, nil)
		return fmt.Sprintf("child=%s value=%d", wstatus(ws), *(*byte)(unsafe.Pointer(a)))
	})
	writeFile("file", "file contents here")
	syscall.Truncate("file", 2*page)
	Case("mmap", "file-shared-writes-reach-file", func() string {
		fd := mustOpen("file", syscall.O_RDWR, 0)
		defer syscall.Close(fd)
		a, err := mmap(0, 2*page, rw, syscall.MAP_SHARED, fd, 0)
		if err != nil {
			return e(err)
		}
		defer munmap(a, 2*page)
		head := string(bytesAt(a, 4))
		copy(bytesAt(a+page, 5), "HELLO")
		b := make([]byte, 5)
		syscall.Pread(fd, b, page)
		return fmt.Sprintf("head=%q file-sees=%q", head, b)
	})
	Case("mmap", "file-private-writes-stay-private", func() string {
		fd := mustOpen("file", syscall.O_RDWR, 0)
		defer syscall.Close(fd)
		a, err := mmap(0, page, rw, syscall.MAP_PRIVATE, fd, 0)
		if err != nil {
			return e(err)
		}
		defer munmap(a, page)
		copy(bytesAt(a, 4), "XXXX")
		b := make([]byte, 4)
		syscall.Pread(fd, b, 0)
		return fmt.Sprintf("mapping=%q file=%q", bytesAt(a, 4), b)
	})
	Case("mmap", "file-offset", func() string {
		fd := mustOpen("file", syscall.O_RDONLY, 0)
		defer syscall.Close(fd)
		a, err := mmap(0, page, syscall.PROT_READ, syscall.MAP_SHARED, fd, page)
		if err != nil {
			return e(err)
		}
		defer munmap(a, page)
		return fmt.Sprintf("%q", bytesAt(a, 5))
	})
	Case("mmap", "MAP_FIXED-replaces", func() string {
		a := anon(2*page, rw)
		defer munmap(a, 2*page)
		bytesAt(a, 1)[0] = 9
		b, err := mmap(a, page, rw, syscall.MAP_PRIVATE|syscall.MAP_ANON|syscall.MAP_FIXED, -1, 0)
		return fmt.Sprintf("%s same-address=%s value=%d", e(err), yes(a == b), bytesAt(a, 1)[0])
	})
	Case("mmap", "MAP_32BIT", func() string {
		a, err := mmap(0, page, rw, syscall.MAP_PRIVATE|syscall.MAP_ANON|MAP_32BIT_, -1, 0)
		if err != nil {
			return e(err)
		}
		defer munmap(a, page)
		return "ok below-2G=" + yes(a+page <= 1<<31)
	})
	Case("mmap", "MAP_STACK", func() string {
		a, err := mmap(0, 4*page, rw, syscall.MAP_PRIVATE|syscall.MAP_ANON|MAP_STACK_, -1, 0)
		if err != nil {
			return e(err)
		}
		defer munmap(a, 4*page)
		return "ok " + touch(a, a+3*page, true)
	})
	Case("mmap", "PROT_NONE-faults", func() string {
		a := anon(page, syscall.PROT_NONE)
		defer munmap(a, page)
		return touch(a, a+16, false)
	})
	Case("mmap", "read-only-write-faults", func() string {
		a := anon(page, syscall.PROT_READ)
		defer munmap(a, page)
		return touch(a, a+32, false) + " " + touch(a, a+32, true)
	})
	Case("mmap", "beyond-end-of-file-SIGBUS", func() string {
		writeFile("small", "tiny")
		fd := mustOpen("small", syscall.O_RDONLY, 0)
		defer syscall.Close(fd)
		a, err := mmap(0, 2*page, syscall.PROT_READ, syscall.MAP_SHARED, fd, 0)
		if err != nil {
			return e(err)
		}
		defer munmap(a, 2*page)
		return touch(a, a+1, false) + " " + touch(a, a+page+8, false)
	})
	Case("mmap", "EINVAL-zero-length", func() string {
		_, err := mmap(0, 0, rw, syscall.MAP_PRIVATE|syscall.MAP_ANON, -1, 0)
		return e(err)
	})
	Case("mmap", "unaligned-offset-maps-from-offset", func() string {
		// FreeBSD maps the page and answers the address of the offset
		// (vm_mmap.c kern_mmap: pageoff); Linux refuses, so its reference
		// maps from the page and adds the offset itself.
		fd := mustOpen("file", syscall.O_RDONLY, 0)
		defer syscall.Close(fd)
		a, err := mmapUnalignedOffset(fd, 5)
		if err != nil {
			return e(err)
		}
		defer munmap(a&^(page-1), 2*page)
		return fmt.Sprintf("ok %q", bytesAt(a, 8))
	})
	Case("mmap", "EBADF-file-mapping", func() string {
		_, err := mmap(0, page, syscall.PROT_READ, syscall.MAP_PRIVATE, 1000, 0)
		return e(err)
	})
	Case("mmap", "EACCES-write-shared-on-read-only-fd", func() string {
		fd := mustOpen("file", syscall.O_RDONLY, 0)
		defer syscall.Close(fd)
		_, err := mmap(0, page, rw, syscall.MAP_SHARED, fd, 0)
		return e(err)
	})
	Case("munmap", "then-access-faults", func() string {
		a := anon(3*page, rw)
		err := munmap(a+page, page)
		r := touch(a, a+page+4, false)
		munmap(a, 3*page)
		return e(err) + " " + r
	})
	Case("munmap", "unmapped-range-ok", func() string {
		a := anon(page, rw)
		munmap(a, page)
		return e(munmap(a, page))
	})
	Case("munmap", "unaligned-rounds-down", func() string {
		a := anon(2*page, rw)
		defer munmap(a, 2*page)
		b, n := pageRound(a+8, page-8)
		err := munmap(b, n)
		return e(err) + " " + touch(a, a+16, false) + " " + touch(a, a+page+16, false)
	})
	Case("munmap", "EINVAL-zero-length", func() string {
		a := anon(page, rw)
		defer munmap(a, page)
		return e(munmap(a, 0))
	})
	Case("mprotect", "to-read-only", func() string {
		a := anon(page, rw)
		defer munmap(a, page)
		err := mprotect(a, page, syscall.PROT_READ)
		return e(err) + " " + touch(a, a+8, true)
	})
	Case("mprotect", "back-to-read-write", func() string {
		a := anon(page, syscall.PROT_NONE)
		defer munmap(a, page)
		err := mprotect(a, page, rw)
		return e(err) + " " + touch(a, a+8, true) + " " + touch(a, a+8, false)
	})
	Case("mprotect", "one-page-of-several", func() string {
		a := anon(3*page, rw)
		defer munmap(a, 3*page)
		err := mprotect(a+page, page, syscall.PROT_NONE)
		return e(err) + " " + touch(a, a+8, true) + " " + touch(a, a+page+8, true) + " " + touch(a, a+2*page+8, true)
	})
	Case("mprotect", "unaligned-rounds-down", func() string {
		a := anon(2*page, rw)
		defer munmap(a, 2*page)
		b, n := pageRound(a+8, page-8)
		err := mprotect(b, n, syscall.PROT_READ)
		return e(err) + " " + touch(a, a+16, true) + " " + touch(a, a+page+16, true)
	})
	Case("madvise", "MADV_WILLNEED", func() string {
		a := anon(page, rw)
		defer munmap(a, page)
		return e(madvise(a, page, syscall.MADV_WILLNEED))
	})
	Case("madvise", "MADV_DONTNEED", func() string {
		a := anon(page, rw)
		defer munmap(a, page)
		return e(madvise(a, page, syscall.MADV_DONTNEED))
	})
	Case("madvise", "MADV_FREE", func() string {
		a := anon(page, rw)
		defer munmap(a, page)
		return e(madvise(a, page, MADV_FREE_))
	})
	Case("madvise", "MADV_SEQUENTIAL-MADV_RANDOM-MADV_NORMAL", func() string {
		a := anon(page, rw)
		defer munmap(a, page)
		return e(madvise(a, page, syscall.MADV_SEQUENTIAL)) + " " + e(madvise(a, page, syscall.MADV_RANDOM)) +
			" " + e(madvise(a, page, syscall.MADV_NORMAL))
	})
	Case("madvise", "EINVAL-unknown-advice", func() string {
		a := anon(page, rw)
		defer munmap(a, page)
		return e(madvise(a, page, 1000))
	})
	Case("madvise", "unaligned-rounds-down", func() string {
		a := anon(2*page, rw)
		defer munmap(a, 2*page)
		b, n := pageRound(a+1, page)
		return e(madvise(b, n, syscall.MADV_NORMAL))
	})
	Case("mlock", "one-page", func() string {
		a := anon(page, rw)
		defer munmap(a, page)
		_, _, en := sysCall(SYS_MLOCK, a, page, 0)
		return e(en)
	})
	Case("mlock", "ENOMEM-unmapped", func() string {
		a := anon(page, rw)
		munmap(a, page)
		_, _, en := sysCall(SYS_MLOCK, a, page, 0)
		return e(en)
	})
	Case("munlock", "after-mlock", func() string {
		a := anon(page, rw)
		defer munmap(a, page)
		sysCall(SYS_MLOCK, a, page, 0)
		_, _, en := sysCall(SYS_MUNLOCK, a, page, 0)
		return e(en)
	})
	Case("mincore", "touched-page-resident", func() string {
		a := anon(2*page, rw)
		defer munmap(a, 2*page)
		bytesAt(a, 1)[0] = 1
		vec := make([]byte, 2)
		_, _, en := sysCall(SYS_MINCORE, a, 2*page, uintptr(unsafe.Pointer(&vec[0])))
		return fmt.Sprintf("%s first-resident=%s", e(en), yes(vec[0]&1 != 0))
	})
	Case("mincore", "ENOMEM-unmapped", func() string {
		a := anon(page, rw)
		munmap(a, page)
		vec := make([]byte, 1)
		_, _, en := sysCall(SYS_MINCORE, a, page, uintptr(unsafe.Pointer(&vec[0])))
		return e(en)
	})
	Case("mincore", "unaligned-rounds-down", func() string {
		a := anon(2*page, rw)
		defer munmap(a, 2*page)
		bytesAt(a, 1)[0] = 1
		b, n := pageRound(a+1, page-1)
		vec := make([]byte, 2)
		_, _, en := sysCall(SYS_MINCORE, b, n, uintptr(unsafe.Pointer(&vec[0])))
		return fmt.Sprintf("%s first-resident=%s", e(en), yes(vec[0]&1 != 0))
	})
	Case("msync", "MS_ASYNC", func() string {
		fd := mustOpen("file", syscall.O_RDWR, 0)
		defer syscall.Close(fd)
		a, err := mmap(0, page, rw, syscall.MAP_SHARED, fd, 0)
		if err != nil {
			return e(err)
		}
		defer munmap(a, page)
		_, _, en := sysCall(nrMsync, a, page, MS_ASYNC)
		return e(en)
	})
	Case("msync", "unaligned-rounds-down", func() string {
		fd := mustOpen("file", syscall.O_RDWR, 0)
		defer syscall.Close(fd)
		a, err := mmap(0, page, rw, syscall.MAP_SHARED, fd, 0)
		if err != nil {
			return e(err)
		}
		defer munmap(a, page)
		b, n := pageRound(a+8, page-8)
		_, _, en := sysCall(nrMsync, b, n, MS_SYNC)
		return e(en)
	})
	Case("msync", "MS_SYNC-file-mapping", func() string {
		fd := mustOpen("file", syscall.O_RDWR, 0)
		defer syscall.Close(fd)
		a, err := mmap(0, page, rw, syscall.MAP_SHARED, fd, 0)
		if err != nil {
			return e(err)
		}
		defer munmap(a, page)
		_, _, en := sysCall(nrMsync, a, page, MS_SYNC)
		return e(en)
	})
	Case("break", "query-grow-use-shrink", func() string {
		cur, err := sysBreak(0)
		if err != nil {
			return "query:" + e(err)
		}
		cur = (cur + page - 1) &^ (page - 1)
		nb, err := sysBreak(cur + 4*page)
		if err != nil {
			return "grow:" + e(err)
		}
		w := touch(cur, cur+4*page-1, true)
		_, err = sysBreak(cur)
		return fmt.Sprintf("nonzero=%s grown=%s %s shrink:%s", yes(cur != 0), yes(nb == cur+4*page), w, e(err))
	})
}
