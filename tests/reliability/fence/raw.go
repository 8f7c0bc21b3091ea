//go:build freebsd || netbsd

package main

import (
	"fmt"
	"syscall"
	"unsafe"
)

const calls = "raw system calls"

func errno(e syscall.Errno) int { return int(e) }

func mprotect(a, n uintptr, prot int) int {
	_, _, e := syscall.Syscall(74, a, n, uintptr(prot))
	return errno(e)
}
func madvise(a, n uintptr) int { // MADV_DONTNEED (4 on both)
	_, _, e := syscall.Syscall(75, a, n, 4)
	return errno(e)
}
func mincore(a, n uintptr) int {
	var vec [64]byte // never written: the call is refused
	_, _, e := syscall.Syscall(78, a, n, uintptr(unsafe.Pointer(&vec[0])))
	return errno(e)
}
func mlock(a, n uintptr) int {
	_, _, e := syscall.Syscall(203, a, n, 0)
	return errno(e)
}
func munmap(a, n uintptr) int {
	_, _, e := syscall.Syscall(73, a, n, 0)
	return errno(e)
}

// sweep: every call on [a, a + l) must be refused.
func sweep(a, l uintptr) int {
	n := 0
	for name, e := range map[string]int{
		"mprotect": mprotect(a, l, 0), "madvise": madvise(a, l), "mincore": mincore(a, l),
		"mlock": mlock(a, l), "msync": msync(a, l),
	} {
		check(e == enomem, "%s(%#x, %#x): errno %d, want ENOMEM", name, a, l, e)
		n++
	}
	return n
}

func exact(r region) {
	l := r.end - r.start
	sweep(r.start, l)
	check(munmap(r.start, l) == 0, "munmap(%#x, %#x) of %s: want success over denizen's memory", r.start, l, r.name)
	p, e := mmapAnon(r.start, page, true)
	check(e == enomem, "mmap(MAP_FIXED) at %#x (%s): %#x errno %d, want ENOMEM", r.start, r.name, p, e)
}

// neighbour: a guest page right below denizen's image.  A call covering both is refused
// and leaves the guest page as it was; munmap of both unmaps the guest's page only.
func neighbour(image uintptr) {
	g := image - page
	p, e := mmapAnon(g, page, false)
	if e != 0 || p != g {
		if e == 0 {
			munmap(p, page)
		}
		fmt.Printf("neighbour: the page below denizen's image is taken (%#x, errno %d): skipped\n", p, e)
		return
	}
	b := (*[page]byte)(unsafe.Pointer(g))
	b[0] = 42
	check(mprotect(g, 1<<62, 0) == enomem, "mprotect(guest page, 1<<62, PROT_NONE): want ENOMEM")
	check(madvise(g, 2*page) == enomem, "madvise(guest page + denizen's, DONTNEED): want ENOMEM")
	b[1] = 43 // still writable: nothing was changed
	check(b[0] == 42, "the guest page lost its contents")
	check(munmap(g, 2*page) == 0, "munmap(guest page + denizen's): want success")
	check(mincore(g, page) == enomem, "the guest page is still mapped after munmap")
	check(present(region{start: image}), "denizen's image unmapped")
	fmt.Println("neighbour: refused calls left the guest page intact; munmap took the guest page only")
}
