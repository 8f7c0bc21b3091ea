// clock — checks the clocks a Go program reads without entering the kernel
// (FreeBSD: the AT_TIMEKEEP page; Linux: the vDSO) against the kernel's own
// answer, for about two seconds:
//
//   - time.Now() never differs from gettimeofday(2) by more than 2 ms;
//   - the monotonic clock never goes backwards and advances like the wall
//     clock (within 2 ms over the whole run);
//   - a 200 ms sleep measures between 199 ms and 400 ms.
//
// Prints "clock ok" and the number of samples, or the first failure (exit 1).
// `clock N` runs N tight time.Now() calls first and prints their cost.
package main

import (
	"fmt"
	"os"
	"strconv"
	"syscall"
	"time"
)

func fail(f string, a ...interface{}) {
	fmt.Printf("clock FAIL: "+f+"\n", a...)
	os.Exit(1)
}

func kernelNow() int64 {
	var tv syscall.Timeval
	if err := syscall.Gettimeofday(&tv); err != nil {
		fail("gettimeofday: %v", err)
	}
	return tv.Nano()
}

func main() {
	if len(os.Args) > 1 {
		n, _ := strconv.Atoi(os.Args[1])
		t0 := time.Now()
		var last time.Time
		for i := 0; i < n; i++ {
			last = time.Now()
		}
		if n > 0 {
			fmt.Printf("time.Now: %.1f ns/op\n", float64(last.Sub(t0).Nanoseconds())/float64(n))
		}
	}
	start := time.Now()
	startWall := kernelNow()
	prev := start
	samples := 0
	var maxdev int64
	for time.Since(start) < 2*time.Second {
		before := kernelNow()
		now := time.Now()
		after := kernelNow()
		w := now.UnixNano()
		if w < before-2e6 || w > after+2e6 {
			fail("time.Now %d outside gettimeofday [%d, %d] (+-2 ms)", w, before, after)
		}
		// gettimeofday has microseconds: the true time is in [before, after+1µs).
		if d := before - w; d > maxdev {
			maxdev = d
		}
		if d := w - (after + 1000); d > maxdev {
			maxdev = d
		}
		if now.Sub(prev) < 0 {
			fail("monotonic clock went back by %v", prev.Sub(now))
		}
		prev = now
		samples++
		if samples%50 == 0 {
			time.Sleep(10 * time.Millisecond)
		}
	}
	mono := time.Since(start)
	wall := time.Duration(kernelNow() - startWall)
	if d := mono - wall; d > 2*time.Millisecond || d < -2*time.Millisecond {
		fail("monotonic %v vs wall %v over the run", mono, wall)
	}
	t := time.Now()
	time.Sleep(200 * time.Millisecond)
	if d := time.Since(t); d < 199*time.Millisecond || d > 400*time.Millisecond {
		fail("a 200 ms sleep took %v", d)
	}
	fmt.Printf("clock ok (%d samples, largest deviation from gettimeofday %d ns)\n", samples, maxdev)
}
