//go:build openbsd || illumos

package main

import (
	"fmt"
	"syscall"
	"unsafe"
)

// The C library's calls, through the Go runtime's and syscall package's own bindings
// (Go has no mprotect, mlock or msync binding here; madvise answers no error).
const calls = "libc munmap, mmap, madvise"

//go:linkname sysMunmap syscall.munmap
func sysMunmap(addr, length uintptr) error

//go:linkname sysMmap syscall.mmap
func sysMmap(addr, length uintptr, prot, flag, fd int, pos int64) (uintptr, error)

//go:linkname runtimeMadvise runtime.madvise
func runtimeMadvise(addr unsafe.Pointer, n uintptr, flags int32)

func errnoOf(err error) int {
	if e, ok := err.(syscall.Errno); ok {
		return int(e)
	}
	return 0
}

func madviseAll(a, l uintptr) { runtimeMadvise(unsafe.Pointer(a), l, 4) } // MADV_DONTNEED

func sweep(a, l uintptr) int {
	madviseAll(a, l) // without the fence: denizen's data zeroed, a crash
	return 1
}

func exact(r region) {
	l := r.end - r.start
	madviseAll(r.start, l)
	check(sysMunmap(r.start, l) == nil, "munmap(%#x, %#x) of %s: want success over denizen's memory", r.start, l, r.name)
	p, err := sysMmap(r.start, page, 3, mapFixed|mapAnon|0x2, -1, 0)
	check(errnoOf(err) == enomem, "mmap(MAP_FIXED) at %#x (%s): %#x %v, want ENOMEM", r.start, r.name, p, err)
}

func neighbour(image uintptr) {
	g := image - page
	p, err := sysMmap(g, page, 3, mapAnon|0x2, -1, 0)
	if err != nil || p != g {
		if err == nil {
			sysMunmap(p, page)
		}
		fmt.Printf("neighbour: the page below denizen's image is taken (%#x, %v): skipped\n", p, err)
		return
	}
	b := (*[page]byte)(unsafe.Pointer(g))
	b[0] = 42
	madviseAll(g, 2*page) // refused: the guest page keeps its contents
	check(b[0] == 42, "madvise over the guest page and denizen's changed the guest page")
	check(sysMunmap(g, 2*page) == nil, "munmap(guest page + denizen's): want success")
	check(present(region{start: image}), "denizen's image unmapped")
	fmt.Println("neighbour: a refused madvise left the guest page intact; munmap took the guest page only")
}
