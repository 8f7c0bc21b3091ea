// kqueue_openbsd.go — kqueue(2)/kevent(2) through libc (sys/sys/event.h):
// OpenBSD's struct kevent is 32 bytes and numbers its filters as FreeBSD
// does (EVFILT_READ -1 ...); it has no EVFILT_USER and no kqueuex.
package main

import (
	"syscall"
	"unsafe"
)

type keventOB struct {
	ident  uintptr
	filter int16
	flags  uint16
	fflags uint32
	data   int64
	udata  uintptr
}

type obsdKq struct{ fd int }

func newKqueue(call string) (evq, error) {
	r, _, en := syscall.RawSyscall(syscall.SYS_KQUEUE, 0, 0, 0)
	if en != 0 {
		return nil, en
	}
	return &obsdKq{fd: int(r)}, nil
}

func kqueuex(flags int) (int, error) { return -1, syscall.ENOSYS }

const KQUEUE_CLOEXEC = 1

func (q *obsdKq) kevent(ch []ev, out []ev, timeoutNs int64) (int, error) {
	var tp unsafe.Pointer
	ts := syscall.NsecToTimespec(timeoutNs)
	if timeoutNs >= 0 {
		tp = unsafe.Pointer(&ts)
	}
	c := make([]keventOB, len(ch))
	for i, x := range ch {
		c[i] = keventOB{ident: x.ident, filter: x.filter, flags: x.flags, fflags: x.fflags, data: x.data, udata: x.udata}
	}
	o := make([]keventOB, len(out))
	var cp, op unsafe.Pointer
	if len(c) > 0 {
		cp = unsafe.Pointer(&c[0])
	}
	if len(o) > 0 {
		op = unsafe.Pointer(&o[0])
	}
	n, _, en := syscall.Syscall6(nrKevent, uintptr(q.fd), uintptr(cp), uintptr(len(c)), uintptr(op), uintptr(len(o)), uintptr(tp))
	if en != 0 {
		return 0, en
	}
	for i := 0; i < int(n); i++ {
		out[i] = ev{ident: o[i].ident, filter: o[i].filter, flags: o[i].flags, fflags: o[i].fflags, data: o[i].data, udata: o[i].udata}
	}
	return int(n), nil
}

func (q *obsdKq) change(c ...ev) error {
	_, err := q.kevent(c, nil, 0)
	return err
}

func (q *obsdKq) changeReceipt(c ...ev) ([]ev, error) {
	out := make([]ev, len(c))
	n, err := q.kevent(c, out, 0)
	return out[:n], err
}

func (q *obsdKq) wait(max int, timeoutNs int64) ([]ev, error) {
	out := make([]ev, max)
	for i := 0; ; i++ {
		n, err := q.kevent(nil, out, timeoutNs)
		if err != syscall.EINTR || i == 100 { // a Go runtime signal is not the subject
			return out[:n], err
		}
	}
}

func (q *obsdKq) fdnum() int { return q.fd }
func (q *obsdKq) close()     { syscall.Close(q.fd) }

func keventOn(fd int, call string) error {
	q := &obsdKq{fd: fd}
	_, err := q.wait(1, 0)
	return err
}

func procExitStatus(data int64) string { return wstatus(syscall.WaitStatus(data)) }

// portForm: illumos's event ports (the case does not run here).
func portForm(readable bool) string { return "n/a" }
