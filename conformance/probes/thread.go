// thread.go — thr_self, thr_new, thr_exit, thr_set_name, _umtx_op,
// sysarch: the thread calls Go's runtime makes, exercised through it and
// directly.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func itoa(i int) string { return strconv.Itoa(i) }

func lockedTid() int {
	ch := make(chan int)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		ch <- gettid()
	}()
	return <-ch
}

func main() { Main(threadCases) }

func threadCases() {
	Case("thr_self", "positive-and-stable", func() string {
		ch := make(chan string)
		go func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			a, b := gettid(), gettid()
			ch <- fmt.Sprintf("positive=%s stable=%s", yes(a > 0), yes(a == b))
		}()
		return <-ch
	})
	// A thread's attributes object (libc's pthread_attr_*, where threads
	// are libc's): what is set reads back.
	Case("thr_new", "attr-stacksize-detachstate", func() string { return attrRoundtrip() })
	// A process-private semaphore (libc's sem_*, where Go parks on them).
	Case("thr_new", "semaphore-form", func() string { return semaphoreForm() })
	Case("thr_new", "threads-get-distinct-ids", func() string {
		// Eight goroutines each hold an OS thread at once: the runtime has
		// to create threads, and each must have its own id.
		const n = 8
		var wg sync.WaitGroup
		ids := make(chan int, n)
		release := make(chan struct{})
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				ids <- gettid()
				<-release
			}()
		}
		seen := map[int]bool{}
		for i := 0; i < n; i++ {
			seen[<-ids] = true
		}
		close(release)
		wg.Wait()
		return fmt.Sprintf("distinct=%d", len(seen))
	})
	Case("thr_new", "threads-run-concurrently", func() string {
		// Two locked threads hand a token back and forth through channels.
		a, b := make(chan int), make(chan int)
		go func() {
			runtime.LockOSThread()
			for v := range a {
				b <- v + 1
			}
			close(b)
		}()
		sum := 0
		for i := 0; i < 1000; i++ {
			a <- i
			sum += <-b - i
		}
		close(a)
		return fmt.Sprintf("round-trips=%d", sum)
	})
	Case("thr_exit", "locked-goroutine-ends-its-thread", func() string {
		// A goroutine that exits while locked takes its thread with it
		// (the runtime calls thr_exit); the process goes on.
		done := make(chan int)
		go func() {
			runtime.LockOSThread()
			done <- gettid()
		}()
		t := <-done
		time.Sleep(50 * time.Millisecond)
		other := lockedTid()
		return "continues=yes new-thread-differs=" + yes(other != t)
	})
	Case("thr_set_name", "own-thread", func() string {
		ch := make(chan string)
		go func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			ch <- e(setThreadName(gettid(), "probe-thread"))
		}()
		return <-ch
	})
	Case("thr_set_name", "ESRCH-unknown-thread", func() string {
		return e(setThreadName(0x3ffffff0, "nobody"))
	})
	Case("_umtx_op", "wait-value-changed-returns", func() string {
		w := uint32(1)
		return e(umtxWait(&w, 0, int64(2*time.Second), true))
	})
	Case("_umtx_op", "wait-timeout-ETIMEDOUT", func() string {
		w := uint32(0)
		t := time.Now()
		err := umtxWait(&w, 0, int64(50*time.Millisecond), true)
		return e(err) + " waited>=40ms=" + yes(time.Since(t) >= 40*time.Millisecond)
	})
	Case("_umtx_op", "wake-no-waiters", func() string {
		w := uint32(0)
		return e(umtxWake(&w, 1, true))
	})
	Case("_umtx_op", "wait-then-wake-private", func() string {
		w := new(uint32)
		res := make(chan error)
		go func() { res <- umtxWait(w, 0, int64(5*time.Second), true) }()
		time.Sleep(50 * time.Millisecond)
		*w = 1
		werr := umtxWake(w, 1, true)
		select {
		case err := <-res:
			return "woken:" + e(err) + " wake:" + e(werr)
		case <-time.After(6 * time.Second):
			return "never-woken"
		}
	})
	Case("_umtx_op", "wait-then-wake-shared", func() string {
		w := new(uint32)
		res := make(chan error)
		go func() { res <- umtxWait(w, 0, int64(5*time.Second), false) }()
		time.Sleep(50 * time.Millisecond)
		*w = 1
		werr := umtxWake(w, 1, false)
		select {
		case err := <-res:
			return "woken:" + e(err) + " wake:" + e(werr)
		case <-time.After(6 * time.Second):
			return "never-woken"
		}
	})
	Case("_umtx_op", "EFAULT-wait", func() string { return e(umtxWaitFault()) })
	Case("_umtx_op", "EINVAL-unknown-op", func() string { return e(umtxBadOp()) })
	Case("sysarch", "get-fs-base", func() string {
		v, err := getFSBase()
		return e(err) + " nonzero=" + yes(v != 0)
	})
	Case("sysarch", "set-fs-base-same-value", func() string {
		ch := make(chan string)
		go func() {
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			v, _ := getFSBase()
			err := setFSBase(v)
			w, _ := getFSBase()
			ch <- e(err) + " unchanged=" + yes(v == w)
		}()
		return <-ch
	})
	Case("sysarch", "get-gs-base", func() string {
		v, err := getGSBase()
		return e(err) + " zero=" + yes(v == 0)
	})
	Case("sysarch", "EINVAL-unknown-op", func() string { return e(sysarchBad()) })
}
