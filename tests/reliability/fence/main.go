// fence: a guest's memory calls must never reach denizen's own memory (docs/reliability.md,
// "The fence").  denizen and the guest share one address space; the guest finds denizen's
// mappings in Linux's /proc/self/maps (the lines of the denizen executable named on the
// command line, [heap], [stack], [vdso], [vvar]) and aims its memory calls at them, and at
// every mapping with a length that runs to the top of the address space (a guest's
// mprotect(addr, 1<<62, PROT_NONE) used to take denizen down: Linux applies it to every
// mapping up to the first hole).
//
//	fence DENIZEN-PATH
//
// Expected (FreeBSD, NetBSD: raw system calls; errno 12 is ENOMEM on every BSD):
// mprotect, madvise, mlock, msync and mincore of those ranges answer ENOMEM and change
// nothing; munmap succeeds (the BSDs' munmap passes over holes) and leaves denizen's
// mappings in place; mmap(MAP_FIXED) over them answers ENOMEM; a guest page just below
// denizen's image survives a call that covers both, and munmap of both unmaps only the
// guest's.  OpenBSD and illumos: the same through their libc (munmap and mmap answer
// errors, madvise does not; their Go has no mprotect).  Prints "fence ok" at the end:
// denizen survived.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

const (
	page   = 4096
	top    = 0x7ffffffff000 // the top of Linux's user address space
	enomem = 12
)

type region struct {
	start, end uintptr
	name       string
}

var failed bool

func check(ok bool, f string, a ...interface{}) {
	if !ok {
		fmt.Printf("FAIL "+f+"\n", a...)
		failed = true
	}
}

func readMaps() []region {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		fmt.Println("cannot read /proc/self/maps:", err)
		os.Exit(1)
	}
	defer f.Close()
	var rs []region
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		se := strings.SplitN(fs[0], "-", 2)
		s, _ := strconv.ParseUint(se[0], 16, 64)
		e, _ := strconv.ParseUint(se[1], 16, 64)
		name := ""
		if len(fs) >= 6 {
			name = fs[5]
		}
		if e <= top {
			rs = append(rs, region{uintptr(s), uintptr(e), name})
		}
	}
	return rs
}

func denizens(rs []region, exe string) []region {
	var d []region
	for _, r := range rs {
		if r.name == exe || r.name == "[heap]" || r.name == "[stack]" || r.name == "[vdso]" ||
			strings.HasPrefix(r.name, "[vvar") {
			d = append(d, r)
		}
	}
	return d
}

func present(r region) bool {
	for _, m := range readMaps() {
		if m.start <= r.start && r.start < m.end {
			return true
		}
	}
	return false
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: fence DENIZEN-PATH")
		os.Exit(64)
	}
	all := readMaps()
	den := denizens(all, os.Args[1])
	var image uintptr
	for _, r := range den {
		if r.name == os.Args[1] && (image == 0 || r.start < image) {
			image = r.start
		}
	}
	check(len(den) >= 4 && image != 0, "denizen's mappings not found in /proc/self/maps (%d, image %#x)", len(den), image)
	fmt.Printf("%d mappings, %d of them denizen's by name; calls: %s\n", len(all), len(den), calls)

	// Every mapping, with a length to the top of the address space (and 1<<62).
	n := 0
	for _, r := range all {
		for _, l := range []uintptr{top - r.start, 1 << 62} {
			n += sweep(r.start, l)
		}
	}
	fmt.Printf("sweep: %d calls from every mapping to the top answered ENOMEM\n", n)

	// denizen's own mappings, exactly.
	for _, r := range den {
		exact(r)
		check(present(r), "%s at %#x: gone after the calls", r.name, r.start)
	}
	fmt.Printf("exact: the calls on %d mappings of denizen's changed nothing\n", len(den))

	neighbour(image)
	if failed {
		os.Exit(1)
	}
	fmt.Println("fence ok")
}
