// storm — a FreeBSD/NetBSD guest that makes random raw system calls from several
// threads for N seconds while an interval timer sends SIGALRM every millisecond
// (tests/reliability/storm.sh runs it under denizen).
//
// Numbers come from the personality's own syscalls.master (table_gen.go, made at
// test time), minus the calls in table.go's exclusion list, plus numbers beyond the
// table.  Arguments are boundary values and pointers into memory the storm owns
// (a per-thread scratch buffer with guard pages, a read-only page of names, a
// per-thread arena for the memory calls) or into no memory at all (low pages, the
// kernel half, non-canonical).  Confinement, so that nothing is written outside the
// temporary directory it runs in and nothing but this process is touched:
//   - paths are only ever names of lowercase letters (no '/', no '.'), from a
//     read-only page: relative to the current directory or to a descriptor the
//     storm opened in it;
//   - descriptors are only those the storm opened itself (never 0-2, never the Go
//     runtime's), or invalid numbers; fcntl and ioctl commands come from lists
//     without the ones that duplicate onto, or hand SIGIO to, other descriptors
//     and processes;
//   - memory calls (mmap, munmap, mprotect, ...) only name the thread's own arena,
//     with lengths that stay inside it or are invalid;
//   - the scratch buffer is refilled before every call from a template of letters
//     and planted pointers (none containing a '/' byte), so a structure the kernel
//     wrote cannot become a path or a pointer into the Go heap for the next call.
//
// A thread blocked for good (read of an empty pipe, a futex wait) is left behind
// and another started; exit_group at the end takes them all.
//
// Output (stdout): a figures line, then one "enosys NR LEVEL COUNT" line per number
// that answered ENOSYS, then "storm ok".  Exit status: -exit N (default 0).
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/signal"
	"runtime"
	"sort"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

const page = 4096

type call struct {
	nr    int
	name  string
	base  string
	level string // a master level, or "unknown" for a number beyond the table
	kinds []string
	retFD bool
	hits  uint64 // ENOSYS answers (atomic)
	made  uint64 // calls made (atomic)
}

var (
	calls      []*call
	names      uintptr // read-only page of NUL-separated letter names; its end runs into a guard page
	longName   uintptr // 5000 letters, then NUL: ENAMETOOLONG
	totalCalls uint64
	alarms     uint64
)

// Addresses where nothing is, or can be, mapped for the guest.
var badPtrs = []uintptr{0, 1, 0x1000, 0x8000, 0xfff, 0x0000800000000000, 0xffff800000000000,
	0xfffffffffffff000, ^uintptr(0)}

func mapGuarded(n int) (uintptr, []byte) {
	b, err := syscall.Mmap(-1, 0, n+2*page, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		fmt.Fprintf(os.Stderr, "storm: mmap: %v\n", err)
		os.Exit(99)
	}
	if err := mprotect(b[:page], syscall.PROT_NONE); err != nil {
		fmt.Fprintf(os.Stderr, "storm: mprotect: %v\n", err)
		os.Exit(99)
	}
	if err := mprotect(b[page+n:], syscall.PROT_NONE); err != nil {
		fmt.Fprintf(os.Stderr, "storm: mprotect: %v\n", err)
		os.Exit(99)
	}
	return uintptr(unsafe.Pointer(&b[page])), b[page : page+n]
}

func mprotect(b []byte, prot int) error {
	_, _, e := syscall.RawSyscall(syscall.SYS_MPROTECT, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), uintptr(prot))
	if e != 0 {
		return e
	}
	return nil
}

func letters(r *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte('a' + r.Intn(26))
	}
}

func setupNames(r *rand.Rand) {
	addr, b := mapGuarded(page)
	letters(r, b)
	for i := r.Intn(8) + 1; i < page-16; i += r.Intn(10) + 2 {
		b[i] = 0
	}
	// the last 16 bytes have no NUL: a name there runs into the guard page (EFAULT)
	if err := mprotect(b, syscall.PROT_READ); err != nil {
		fmt.Fprintf(os.Stderr, "storm: mprotect: %v\n", err)
		os.Exit(99)
	}
	names = addr
	la, lb := mapGuarded(2 * page)
	letters(r, lb[:5000])
	longName = la
}

func buildCalls(tableSize int) {
	for _, m := range masterTable {
		b := baseName(m.name)
		if _, no := excluded[b]; no {
			continue
		}
		if _, no := excluded[m.name]; no {
			continue
		}
		kinds := []string{}
		if m.args != "void" {
			kinds = splitComma(m.args)
		}
		calls = append(calls, &call{nr: m.nr, name: m.name, base: b, level: m.level, kinds: kinds, retFD: m.ret == "fd"})
	}
	// Numbers no row has: just past the table, far beyond it, and two that share
	// a slot of a 4096-entry bitmap with a number past the table.
	for _, nr := range []int{tableSize, tableSize + 1, tableSize + 37, tableSize + 37 + 4096, 1000, 4095,
		4096 + tableSize + 1, 0x7fffffff, 0xffffffff} {
		calls = append(calls, &call{nr: nr, name: "-", base: "-", level: "unknown", kinds: []string{"int", "int", "int"}})
	}
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

func main() {
	seconds := flag.Int("seconds", 30, "how long to storm")
	threads := flag.Int("threads", 4, "worker threads at any time")
	maxThreads := flag.Int("max-threads", 48, "threads started at most (blocked ones are replaced)")
	exitCode := flag.Int("exit", 0, "exit status after a successful storm")
	seed := flag.Int64("seed", time.Now().UnixNano(), "random seed")
	flag.Parse()

	wd, err := os.Getwd()
	if err != nil || len(wd) < 5 || wd[:5] != "/tmp/" && os.Getenv("STORM_ANY_DIR") == "" {
		fmt.Fprintf(os.Stderr, "storm: refusing to run outside a directory under /tmp (cwd %q)\n", wd)
		os.Exit(98)
	}
	fmt.Fprintf(os.Stderr, "storm: seed %d\n", *seed) // to run a failure again: -seed N
	r := rand.New(rand.NewSource(*seed))
	setupNames(r)
	tableSize := 0
	for _, m := range masterTable {
		if m.nr >= tableSize {
			tableSize = m.nr + 1
		}
	}
	buildCalls(tableSize)

	sigc := make(chan os.Signal, 1024)
	signal.Notify(sigc, syscall.SIGALRM, syscall.SIGXFSZ, syscall.SIGPIPE, syscall.SIGIO, syscall.SIGURG,
		syscall.SIGCHLD, syscall.SIGVTALRM, syscall.SIGPROF)
	go func() {
		for s := range sigc {
			if s == syscall.SIGALRM {
				atomic.AddUint64(&alarms, 1)
			}
		}
	}()
	// ITIMER_REAL, every millisecond: struct itimerval, two 16-byte timevals.
	itv := [4]int64{0, 1000, 0, 1000}
	if _, _, e := syscall.RawSyscall(setitimerNr, 0, uintptr(unsafe.Pointer(&itv[0])), 0); e != 0 {
		fmt.Fprintf(os.Stderr, "storm: setitimer: %v\n", e)
		os.Exit(97)
	}

	var started int
	var workers []*worker
	start := func() {
		w := newWorker(started, *seed+int64(started)*7919)
		started++
		workers = append(workers, w)
		go w.run()
	}
	for i := 0; i < *threads; i++ {
		start()
	}
	t0 := time.Now()
	deadline := t0.Add(time.Duration(*seconds) * time.Second)
	last := map[*worker]uint64{}
	still := map[*worker]int{}
	stuck := 0
	for time.Now().Before(deadline) {
		time.Sleep(250 * time.Millisecond)
		active := 0
		for _, w := range workers {
			if w.stuck {
				continue
			}
			p := atomic.LoadUint64(&w.progress)
			if p == last[w] {
				still[w]++
			} else {
				still[w] = 0
			}
			last[w] = p
			if still[w] >= 1 {
				w.kick()
			}
			if still[w] >= 4 { // a second without a call returning
				w.stuck = true
				stuck++
				continue
			}
			active++
		}
		for ; active < *threads && started < *maxThreads; active++ {
			start()
		}
	}
	elapsed := time.Since(t0).Seconds()
	n := atomic.LoadUint64(&totalCalls)
	fmt.Printf("storm: os=%s seconds=%.1f threads=%d started=%d blocked=%d calls=%d numbers=%d excluded=%d alarms=%d seed=%d\n",
		runtime.GOOS, elapsed, *threads, started, stuck, n, len(calls), len(excluded), atomic.LoadUint64(&alarms), *seed)
	blockedIn := map[string]int{}
	for _, w := range workers {
		if w.stuck && w.cur != nil {
			blockedIn[w.cur.name]++
		}
	}
	fmt.Printf("blocked in: %v\n", blockedIn)
	sort.Slice(calls, func(i, j int) bool { return calls[i].nr < calls[j].nr })
	made := 0
	for _, c := range calls {
		if atomic.LoadUint64(&c.made) > 0 {
			made++
		}
		if h := atomic.LoadUint64(&c.hits); h > 0 {
			fmt.Printf("enosys %d %s %d %d\n", c.nr, c.level, atomic.LoadUint64(&c.made), h)
		}
	}
	fmt.Printf("numbers-called %d of %d\n", made, len(calls))
	if n == 0 {
		fmt.Println("storm: no call returned")
		os.Exit(96)
	}
	fmt.Println("storm ok")
	os.Exit(*exitCode)
}
