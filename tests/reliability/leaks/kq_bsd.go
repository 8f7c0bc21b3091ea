//go:build freebsd || netbsd

package main

import "syscall"

const haveKqueue = true

// kevents: n timers (never due) registered on one kqueue at once, then deleted.
func kevents(n int) {
	kq, err := syscall.Kqueue()
	if err != nil {
		fail("kqueue: %v", err)
	}
	ch := make([]syscall.Kevent_t, 1)
	for _, flags := range []int{syscall.EV_ADD, syscall.EV_DELETE} {
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
