// stress — exercises the parts of the Go runtime that lean hardest on the OS:
// many threads and goroutines, futex/umtx waits, timers, GC, signals,
// fork/exec/wait, and prints a deterministic summary ending in "stress ok".
//
// Exit 0 on success; non-zero with a message on stderr on any failure, or when
// the internal watchdog (60 s) fires.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

const (
	chainLen     = 1000 // goroutines in the relay chain
	chainMsgs    = 200  // messages sent through the whole chain
	workers      = 64   // fan-out workers
	jobs         = 5000 // jobs for them
	mutexG       = 200  // goroutines hammering one mutex
	mutexIters   = 500
	allocRounds  = 40
	allocPerRnd  = 20000
	tickerTicks  = 5
	sleepersG    = 100 // goroutines sleeping concurrently
	watchdogTime = 60 * time.Second
)

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "stress: FAIL: "+format+"\n", args...)
	os.Exit(1)
}

// chain: chainLen goroutines, each forwarding v+1 to the next one.
func chain() (goroutines int, sum int64) {
	first := make(chan int64)
	in := first
	for i := 0; i < chainLen; i++ {
		out := make(chan int64)
		go func(in <-chan int64, out chan<- int64) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	go func() {
		for m := 0; m < chainMsgs; m++ {
			first <- int64(m)
		}
		close(first)
	}()
	n := 0
	for v := range in {
		if v != int64(n+chainLen) {
			fail("chain: message %d came out as %d, want %d", n, v, n+chainLen)
		}
		sum += v
		n++
	}
	if n != chainMsgs {
		fail("chain: received %d messages, want %d", n, chainMsgs)
	}
	return chainLen, sum
}

// fanout: a buffered job queue drained by workers, results collected.
func fanout() (done int, sum int64) {
	jobsC := make(chan int, 128)
	results := make(chan int64, 128)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobsC {
				results <- int64(j) * int64(j)
			}
		}()
	}
	go func() {
		for j := 0; j < jobs; j++ {
			jobsC <- j
		}
		close(jobsC)
	}()
	go func() { wg.Wait(); close(results) }()
	for r := range results {
		sum += r
		done++
	}
	return done, sum
}

// mutexes: WaitGroup + Mutex + atomics on a shared counter.
func mutexes() int64 {
	var mu sync.Mutex
	var wg sync.WaitGroup
	var counter int64
	var atomicCounter int64
	m := map[int]int{}
	for g := 0; g < mutexG; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < mutexIters; i++ {
				mu.Lock()
				counter++
				m[i%17]++
				mu.Unlock()
				atomic.AddInt64(&atomicCounter, 1)
				if i%100 == 0 {
					runtime.Gosched()
				}
			}
		}(g)
	}
	wg.Wait()
	if counter != atomicCounter || counter != mutexG*mutexIters {
		fail("mutex: counter=%d atomic=%d want %d", counter, atomicCounter, mutexG*mutexIters)
	}
	return counter
}

// timers: time.After, time.Sleep in many goroutines, a Ticker, a Timer.Stop.
func timers() (ticks int, sleepers int) {
	start := time.Now()
	select {
	case <-time.After(20 * time.Millisecond):
	case <-time.After(5 * time.Second):
		fail("timers: the 20 ms timer lost to the 5 s one")
	}
	if el := time.Since(start); el < 20*time.Millisecond {
		fail("timers: time.After(20ms) fired after %v", el)
	}

	var wg sync.WaitGroup
	var woke int64
	for i := 0; i < sleepersG; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(1+i%10) * time.Millisecond)
			atomic.AddInt64(&woke, 1)
		}(i)
	}
	wg.Wait()

	t := time.NewTicker(10 * time.Millisecond)
	last := time.Now()
	for ticks < tickerTicks {
		now := <-t.C
		if now.Before(last.Add(-time.Millisecond)) {
			fail("timers: ticker went backwards")
		}
		last = now
		ticks++
	}
	t.Stop()

	never := time.NewTimer(time.Hour)
	if !never.Stop() {
		fail("timers: could not stop a 1 h timer")
	}

	sleepStart := time.Now()
	time.Sleep(30 * time.Millisecond)
	if el := time.Since(sleepStart); el < 30*time.Millisecond {
		fail("timers: time.Sleep(30ms) returned after %v", el)
	}
	return ticks, int(woke)
}

type node struct {
	next *node
	buf  []byte
}

// allocs: a GC-heavy loop (short-lived lists and slices) with forced GCs.
func allocs() (rounds int, checksum int64) {
	var keep []*node
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for r := 0; r < allocRounds; r++ {
		var head *node
		for i := 0; i < allocPerRnd; i++ {
			head = &node{next: head, buf: make([]byte, 16+i%64)}
			head.buf[0] = byte(i)
		}
		n := int64(0)
		for p := head; p != nil; p = p.next {
			n += int64(p.buf[0])
		}
		checksum += n
		keep = append(keep, head) // keep a little so the heap grows
		if len(keep) > 4 {
			keep = keep[1:]
		}
		if r%5 == 0 {
			runtime.GC()
		}
		rounds++
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if after.NumGC <= before.NumGC {
		fail("gc: no collection happened (NumGC %d -> %d)", before.NumGC, after.NumGC)
	}
	runtime.KeepAlive(keep)
	return rounds, checksum
}

// child: fork/exec /bin/sh, read its stdout through a pipe, check exit code 3.
func child() string {
	cmd := exec.Command("/bin/sh", "-c", "echo child; exit 3")
	var out bytes.Buffer
	cmd.Stdout = &out
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		fail("child: want an exit error, got %v", err)
	}
	if ee.ExitCode() != 3 {
		fail("child: exit code %d, want 3", ee.ExitCode())
	}
	if out.String() != "child\n" {
		fail("child: output %q, want %q", out.String(), "child\n")
	}
	return "exit=3 output=child"
}

// sig: SIGUSR1 to ourselves, received through signal.Notify.
func sig() string {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1)
	defer signal.Stop(c)
	if err := syscall.Kill(os.Getpid(), syscall.SIGUSR1); err != nil {
		fail("signal: kill: %v", err)
	}
	select {
	case s := <-c:
		if s != syscall.SIGUSR1 {
			fail("signal: got %v, want SIGUSR1", s)
		}
	case <-time.After(10 * time.Second):
		fail("signal: SIGUSR1 not delivered within 10 s")
	}
	return "SIGUSR1 received"
}

func main() {
	time.AfterFunc(watchdogTime, func() {
		fmt.Fprintf(os.Stderr, "stress: FAIL: watchdog: still running after %v\n", watchdogTime)
		os.Exit(3)
	})

	g, chainSum := chain()
	fmt.Printf("chain: %d goroutines relayed %d messages, sum=%d\n", g, chainMsgs, chainSum)

	// The chain again, concurrently with everything else below.
	bg := make(chan int64, 1)
	go func() { _, s := chain(); bg <- s }()

	d, fanSum := fanout()
	fmt.Printf("fanout: %d workers did %d jobs, sum=%d\n", workers, d, fanSum)

	fmt.Printf("mutex: %d goroutines, counter=%d\n", mutexG, mutexes())

	ticks, woke := timers()
	fmt.Printf("timers: %d ticks, %d sleepers woke\n", ticks, woke)

	rounds, cs := allocs()
	fmt.Printf("gc: %d rounds of %d allocations, checksum=%d\n", rounds, allocPerRnd, cs)

	fmt.Printf("child: %s\n", child())
	fmt.Printf("signal: %s\n", sig())

	if s := <-bg; s != chainSum {
		fail("background chain: sum=%d, want %d", s, chainSum)
	}
	fmt.Printf("stress ok: goroutines=%d messages=%d jobs=%d locks=%d ticks=%d gcrounds=%d\n",
		2*chainLen+workers+mutexG+sleepersG, 2*chainMsgs, jobs, mutexG*mutexIters, ticks, rounds)
}
