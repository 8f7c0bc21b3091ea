// time.go — clock_gettime, clock_getres, nanosleep, clock_nanosleep,
// gettimeofday.
package main

import (
	"fmt"
	"runtime"
	"syscall"
	"time"
	"unsafe"
)

const (
	CLOCK_REALTIME  = clockRealtime  // illumos 3, the others 0
	CLOCK_MONOTONIC = clockMonotonic // FreeBSD 4, NetBSD 3, Linux 1
)

func clockGettime(clock int) (syscall.Timespec, error) {
	var ts syscall.Timespec
	_, _, en := rawSysCall(SYS_CLOCK_GETTIME, uintptr(clock), uintptr(unsafe.Pointer(&ts)), 0)
	return ts, errno(en)
}

func clockGetres(clock int) (syscall.Timespec, error) {
	var ts syscall.Timespec
	_, _, en := rawSysCall(SYS_CLOCK_GETRES, uintptr(clock), uintptr(unsafe.Pointer(&ts)), 0)
	return ts, errno(en)
}

func nanosleep(req, rem *syscall.Timespec) error {
	_, _, en := sysCall(SYS_NANOSLEEP, uintptr(unsafe.Pointer(req)), uintptr(unsafe.Pointer(rem)), 0)
	return errno(en)
}

// sleepFully: nanosleep, resumed with the remaining time when a Go runtime
// signal interrupts it (the interruption is not the subject there).
func sleepFully(req *syscall.Timespec) error {
	r, rem := *req, syscall.Timespec{}
	for i := 0; ; i++ {
		err := nanosleep(&r, &rem)
		if err != syscall.EINTR || i == 100 {
			return err
		}
		r = rem
	}
}

func ns(t syscall.Timespec) int64 { return t.Sec*1e9 + t.Nsec }

func within(a, b int64, tol time.Duration) string {
	d := a - b
	return yes(d > -int64(tol) && d < int64(tol))
}

// elapsed: how long f took.
func elapsed(f func()) time.Duration {
	t := time.Now()
	f()
	return time.Since(t)
}

func main() { Main(timeCases) }

func timeCases() {
	Case("clock_gettime", "CLOCK_REALTIME-matches-wall-clock", func() string {
		ts, err := clockGettime(CLOCK_REALTIME)
		return e(err) + " within-1s=" + within(ns(ts), time.Now().UnixNano(), time.Second)
	})
	Case("clock_gettime", "CLOCK_MONOTONIC-advances", func() string {
		a, err := clockGettime(CLOCK_MONOTONIC)
		time.Sleep(20 * time.Millisecond)
		b, _ := clockGettime(CLOCK_MONOTONIC)
		d := ns(b) - ns(a)
		return fmt.Sprintf("%s advanced-15ms-to-2s=%s", e(err), yes(d >= 15e6 && d < 2e9))
	})
	Case("clock_gettime", "CLOCK_MONOTONIC-matches-uptime-clock", func() string {
		a, err1 := clockGettime(CLOCK_MONOTONIC)
		b, err2 := clockGettime(CLOCK_UPTIME)
		return e(err1) + " " + e(err2) + " within-1s=" + within(ns(a), ns(b), time.Second)
	})
	Case("clock_gettime", "CLOCK_REALTIME_FAST", func() string {
		ts, err := clockGettime(CLOCK_REALTIME_FAST)
		return e(err) + " within-1s=" + within(ns(ts), time.Now().UnixNano(), time.Second)
	})
	Case("clock_gettime", "CLOCK_MONOTONIC_FAST", func() string {
		a, err := clockGettime(CLOCK_MONOTONIC_FAST)
		b, _ := clockGettime(CLOCK_MONOTONIC)
		return e(err) + " within-1s=" + within(ns(a), ns(b), time.Second)
	})
	Case("clock_gettime", "CLOCK_SECOND", func() string {
		ts, err := clockGettime(CLOCK_SECOND)
		return e(err) + " within-2s=" + within(ns(ts), time.Now().UnixNano(), 2*time.Second)
	})
	Case("clock_gettime", "CLOCK_PROCESS_CPUTIME_ID-grows-with-work", func() string {
		a, err := clockGettime(CLOCK_PROCESS_CPU)
		x := 0
		for i := 0; i < 50000000; i++ {
			x += i
		}
		b, _ := clockGettime(CLOCK_PROCESS_CPU)
		runtime.KeepAlive(x)
		return e(err) + " grew=" + yes(ns(b) > ns(a))
	})
	Case("clock_gettime", "CLOCK_THREAD_CPUTIME_ID", func() string {
		ts, err := clockGettime(CLOCK_THREAD_CPU)
		return e(err) + " positive=" + yes(ns(ts) > 0)
	})
	Case("clock_gettime", "EINVAL-bad-clock", func() string {
		_, err := clockGettime(9999)
		return e(err)
	})
	Case("clock_gettime", "EFAULT", func() string {
		_, _, en := rawSysCall(SYS_CLOCK_GETTIME, CLOCK_REALTIME, badPtr, 0)
		return e(en)
	})
	Case("clock_getres", "CLOCK_REALTIME", func() string {
		ts, err := clockGetres(CLOCK_REALTIME)
		return fmt.Sprintf("%s res=%dns", e(err), ns(ts))
	})
	Case("clock_getres", "CLOCK_MONOTONIC", func() string {
		ts, err := clockGetres(CLOCK_MONOTONIC)
		return fmt.Sprintf("%s res=%dns", e(err), ns(ts))
	})
	Case("clock_getres", "EINVAL-bad-clock", func() string {
		_, err := clockGetres(9999)
		return e(err)
	})
	Case("clock_getres", "null-result-allowed", func() string {
		_, _, en := rawSysCall(SYS_CLOCK_GETRES, CLOCK_MONOTONIC, 0, 0)
		return e(en)
	})
	Case("nanosleep", "sleeps-at-least", func() string {
		var err error
		d := elapsed(func() { err = sleepFully(&syscall.Timespec{Nsec: 30e6}) })
		return fmt.Sprintf("%s slept>=30ms=%s under-2s=%s", e(err), yes(d >= 30*time.Millisecond), yes(d < 2*time.Second))
	})
	Case("nanosleep", "zero", func() string { return e(nanosleep(&syscall.Timespec{}, nil)) })
	Case("nanosleep", "usleep-form", func() string {
		var err error
		d := elapsed(func() { err = usleepForm(30000) })
		return fmt.Sprintf("%s slept>=30ms=%s under-2s=%s", e(err), yes(d >= 30*time.Millisecond), yes(d < 2*time.Second))
	})
	Case("nanosleep", "EINVAL-nsec-too-big", func() string { return e(nanosleep(&syscall.Timespec{Nsec: 1e9}, nil)) })
	Case("nanosleep", "EINVAL-negative", func() string { return e(nanosleep(&syscall.Timespec{Sec: -1}, nil)) })
	Case("nanosleep", "EFAULT", func() string {
		_, _, en := sysCall(SYS_NANOSLEEP, badPtr, 0, 0)
		return e(en)
	})
	Case("nanosleep", "EINTR-with-remaining", func() string {
		return onThread(func() string {
			tid := gettid()
			go func() {
				time.Sleep(50 * time.Millisecond)
				tkill(tid, syscall.SIGURG) // Go's own preemption signal: handled, harmless
			}()
			var rem syscall.Timespec
			err := nanosleep(&syscall.Timespec{Sec: 3}, &rem)
			return fmt.Sprintf("%s rem-in-(1s,3s)=%s", e(err), yes(ns(rem) > 1e9 && ns(rem) < 3e9))
		})
	})
	Case("clock_nanosleep", "relative", func() string {
		var err error
		d := elapsed(func() {
			req, rem := syscall.Timespec{Nsec: 30e6}, syscall.Timespec{}
			for i := 0; i < 100; i++ {
				if err = clockNanosleep(CLOCK_MONOTONIC, 0, &req, &rem); err != syscall.EINTR {
					break
				}
				req = rem
			}
		})
		return fmt.Sprintf("%s slept>=30ms=%s", e(err), yes(d >= 30*time.Millisecond))
	})
	Case("clock_nanosleep", "TIMER_ABSTIME-future", func() string {
		now, _ := clockGettime(CLOCK_MONOTONIC)
		dl := syscall.NsecToTimespec(ns(now) + 40e6)
		var err error
		d := elapsed(func() {
			for i := 0; i < 100; i++ {
				if err = clockNanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &dl, nil); err != syscall.EINTR {
					break
				}
			}
		})
		return fmt.Sprintf("%s slept>=30ms=%s", e(err), yes(d >= 30*time.Millisecond))
	})
	Case("clock_nanosleep", "TIMER_ABSTIME-past-returns-at-once", func() string {
		var err error
		d := elapsed(func() { err = clockNanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &syscall.Timespec{Sec: 1}, nil) })
		return fmt.Sprintf("%s quick=%s", e(err), yes(d < time.Second))
	})
	Case("clock_nanosleep", "CLOCK_REALTIME", func() string {
		return e(clockNanosleep(CLOCK_REALTIME, 0, &syscall.Timespec{Nsec: 1e6}, nil))
	})
	Case("clock_nanosleep", "EINVAL-bad-nsec", func() string {
		return e(clockNanosleep(CLOCK_MONOTONIC, 0, &syscall.Timespec{Nsec: 2e9}, nil))
	})
	Case("clock_nanosleep", "EINVAL-bad-clock", func() string {
		return e(clockNanosleep(9999, 0, &syscall.Timespec{Nsec: 1}, nil))
	})
	Case("gettimeofday", "matches-clock_gettime", func() string {
		var tv syscall.Timeval
		_, _, en := rawSysCall(SYS_GETTIMEOFDAY, uintptr(unsafe.Pointer(&tv)), 0, 0)
		ts, _ := clockGettime(CLOCK_REALTIME)
		return fmt.Sprintf("%s within-1s=%s usec-in-range=%s", e(en), within(tv.Nano(), ns(ts), time.Second), yes(tv.Usec >= 0 && tv.Usec < 1e6))
	})
	Case("gettimeofday", "EFAULT", func() string {
		_, _, en := rawSysCall(SYS_GETTIMEOFDAY, badPtr, 0, 0)
		return e(en)
	})
}

func onThread(f func() string) string {
	ch := make(chan string)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		ch <- f()
	}()
	return <-ch
}
