//go:build freebsd || netbsd

package main

import (
	"fmt"
	"os"
	"syscall"
)

const haveKqueue = true

// kevents: n timers (never due) registered on one kqueue at once, then deleted.  A
// timer takes no descriptor on the BSDs: with all n registered the process has at most
// 2 descriptors more than before the kqueue (denizen's kqueue is an epoll descriptor and
// the timerfd all its timers share).
func kevents(n int) {
	before := countFds()
	kq, err := syscall.Kqueue()
	if err != nil {
		fail("kqueue: %v", err)
	}
	ch := make([]syscall.Kevent_t, 1)
	for _, flags := range []int{syscall.EV_ADD, syscall.EV_DELETE} {
		if flags == syscall.EV_DELETE {
			if during := countFds(); during > before+2 {
				fmt.Printf("FAIL: kevent: %d descriptors with %d timers registered, %d before the kqueue\n", during, n, before)
				failed = true
			}
		}
		for i := 0; i < n; i++ {
			syscall.SetKevent(&ch[0], i, syscall.EVFILT_TIMER, flags)
			ch[0].Data = 3600 * 1000 // an hour, in ms
			if _, err := syscall.Kevent(kq, ch, nil, nil); err != nil {
				fail("kevent %d (flags %#x): %v", i, flags, err)
			}
		}
	}
	syscall.Close(kq)
}

// kqueues: kqueues with one timer each, closed with the timer still registered.
func kqueues(n int) {
	ch := make([]syscall.Kevent_t, 1)
	for i := 0; i < n; i++ {
		kq, err := syscall.Kqueue()
		if err != nil {
			fail("kqueue %d: %v", i, err)
		}
		syscall.SetKevent(&ch[0], 1, syscall.EVFILT_TIMER, syscall.EV_ADD)
		ch[0].Data = 3600 * 1000
		if _, err := syscall.Kevent(kq, ch, nil, nil); err != nil {
			fail("kevent on kqueue %d: %v", i, err)
		}
		syscall.Close(kq)
	}
}

func countFds() int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		fail("reading /proc/self/fd: %v", err)
	}
	return len(ents) - 1
}
