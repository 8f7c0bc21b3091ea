// leaks — a FreeBSD/NetBSD guest that creates and destroys things by the thousand and
// checks that the process (denizen and the guest are one process) keeps the same number
// of descriptors and threads, that its resident memory stays flat, and that no child is
// left unreaped.  It measures through Linux's /proc/self, which the guest reaches
// through denizen's path lookup (the same process).  tests/reliability/leaks.sh runs it.
//
//	leaks [-threads N] [-opens N] [-sockets N] [-kevents N] [-kqueues N] [-execs N]
//	leaks child            (what -execs runs: exits 0)
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

type sample struct{ fds, rssKB, threads, children int }

func measure() sample {
	runtime.GC()
	debug.FreeOSMemory()
	var s sample
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		fail("reading /proc/self/fd: %v", err)
	}
	s.fds = len(ents) - 1 // the directory's own descriptor
	st, err := os.ReadFile("/proc/self/status")
	if err != nil {
		fail("reading /proc/self/status: %v", err)
	}
	for _, line := range strings.Split(string(st), "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == "VmRSS:" {
			s.rssKB, _ = strconv.Atoi(f[1])
		}
		if len(f) >= 2 && f[0] == "Threads:" {
			s.threads, _ = strconv.Atoi(f[1])
		}
	}
	kids, _ := filepath.Glob("/proc/self/task/*/children")
	for _, k := range kids {
		b, _ := os.ReadFile(k)
		s.children += len(strings.Fields(string(b)))
	}
	return s
}

var failed bool

func fail(f string, a ...interface{}) {
	fmt.Printf("FAIL: "+f+"\n", a...)
	os.Exit(1)
}

// Each phase may add at most this much resident memory (a leak of 100 bytes per
// operation over 100,000 operations is 10 MB, of a thread's 512 KB stacks 5 GB).
const rssSlackKB = 6 * 1024

func phase(name string, n int, fn func(n int)) {
	before := measure()
	t0 := time.Now()
	fn(n)
	secs := time.Since(t0).Seconds()
	var after sample
	for i := 0; i < 20; i++ { // exiting threads and children take a moment to go
		after = measure()
		if after.threads <= before.threads && after.children == 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	fmt.Printf("%-9s n=%-6d %5.1fs  fds %d -> %d  rss %d -> %d KB  threads %d -> %d  children %d\n",
		name, n, secs, before.fds, after.fds, before.rssKB, after.rssKB, before.threads, after.threads, after.children)
	if after.fds != before.fds {
		fmt.Printf("FAIL: %s: %d descriptors before, %d after\n", name, before.fds, after.fds)
		failed = true
	}
	if after.rssKB-before.rssKB > rssSlackKB {
		fmt.Printf("FAIL: %s: resident memory grew by %d KB (more than %d)\n", name, after.rssKB-before.rssKB, rssSlackKB)
		failed = true
	}
	// The Go runtime may keep a spare thread or two (an idle M, the template
	// thread); a leak of 10,000 threads is not that.
	if after.threads > before.threads+2 {
		fmt.Printf("FAIL: %s: %d threads before, %d after\n", name, before.threads, after.threads)
		failed = true
	}
	if after.children != 0 {
		fmt.Printf("FAIL: %s: %d children left (zombies)\n", name, after.children)
		failed = true
	}
}

func threads(n int) {
	// Each goroutine locks its thread and ends without unlocking: the runtime ends the
	// thread (thr_exit / _lwp_exit) and starts new ones for the next.
	const batch = 50
	for done := 0; done < n; done += batch {
		var wg sync.WaitGroup
		for i := 0; i < batch; i++ {
			wg.Add(1)
			go func() {
				runtime.LockOSThread()
				wg.Done()
			}()
		}
		wg.Wait()
	}
}

func opens(n int) {
	for i := 0; i < n; i++ {
		fd, err := syscall.Open("leaks.file", syscall.O_RDWR|syscall.O_CREAT, 0644)
		if err != nil {
			fail("open %d: %v", i, err)
		}
		syscall.Close(fd)
	}
}

func sockets(n int) {
	for i := 0; i < n; i++ {
		fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		if err != nil {
			fail("socket %d: %v", i, err)
		}
		syscall.Close(fd)
	}
}

func execs(n int) {
	for i := 0; i < n; i++ {
		if err := exec.Command(os.Args[0], "child").Run(); err != nil {
			fail("fork+exec %d: %v", i, err)
		}
	}
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		os.Exit(0)
	}
	nThreads := flag.Int("threads", 10000, "threads created and joined")
	nOpens := flag.Int("opens", 100000, "open/close cycles")
	nSockets := flag.Int("sockets", 100000, "socket/close cycles")
	nKevents := flag.Int("kevents", 10000, "kqueue timer registrations (added, then deleted)")
	nKqueues := flag.Int("kqueues", 1000, "kqueues opened, given a timer and closed")
	nExecs := flag.Int("execs", 1000, "fork+exec of a guest child")
	flag.Parse()
	// Warm up: the runtime's and denizen's one-time allocations are not leaks.
	threads(200)
	opens(1000)
	sockets(1000)
	if haveKqueue {
		kevents(100)
		kqueues(10)
	}
	execs(5)
	phase("threads", *nThreads, threads)
	phase("open", *nOpens, opens)
	phase("socket", *nSockets, sockets)
	if haveKqueue { // not in the Linux build (the reference's figures)
		phase("kevent", *nKevents, kevents)
		phase("kqueue", *nKqueues, kqueues)
	}
	phase("fork+exec", *nExecs, execs)
	if failed {
		os.Exit(1)
	}
	fmt.Println("leaks ok")
}
