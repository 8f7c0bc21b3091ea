// kqueue_netbsd.go — kqueue(2), kqueue1(2), __kevent50 (sys/sys/event.h):
// a 40-byte struct kevent whose filters are 0, 1, 2 ... where the probe's
// (FreeBSD's) are -1, -2, -3 ...
package main

import (
	"syscall"
	"unsafe"
)

type keventNB struct {
	ident  uintptr
	filter uint32
	flags  uint32
	fflags uint32
	_      uint32
	data   int64
	udata  uintptr
}

type nbsdKq struct{ fd int }

func newKqueue(call string) (evq, error) {
	r, _, en := syscall.RawSyscall(syscall.SYS_KQUEUE, 0, 0, 0)
	if en != 0 {
		return nil, en
	}
	return &nbsdKq{fd: int(r)}, nil
}

// kqueuex(KQUEUE_CLOEXEC) is kqueue1(O_CLOEXEC) here.
func kqueuex(flags int) (int, error) {
	r, _, en := syscall.RawSyscall(nrKqueue1, uintptr(flags), 0, 0)
	return int(r), errno(en)
}

const KQUEUE_CLOEXEC = 0x400000 // O_CLOEXEC

func nbFilter(f int16) uint32 { return uint32(-int32(f) - 1) }
func fbFilter(f uint32) int16 { return int16(-int32(f) - 1) }

func (q *nbsdKq) kevent(ch []ev, out []ev, timeoutNs int64) (int, error) {
	var tp unsafe.Pointer
	ts := syscall.NsecToTimespec(timeoutNs)
	if timeoutNs >= 0 {
		tp = unsafe.Pointer(&ts)
	}
	c := make([]keventNB, len(ch))
	for i, x := range ch {
		c[i] = keventNB{ident: x.ident, filter: nbFilter(x.filter), flags: uint32(x.flags), fflags: x.fflags, data: x.data, udata: x.udata}
	}
	o := make([]keventNB, len(out))
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
		out[i] = ev{ident: o[i].ident, filter: fbFilter(o[i].filter), flags: uint16(o[i].flags), fflags: o[i].fflags, data: o[i].data, udata: o[i].udata}
	}
	return int(n), nil
}

func (q *nbsdKq) change(c ...ev) error {
	_, err := q.kevent(c, nil, 0)
	return err
}

func (q *nbsdKq) changeReceipt(c ...ev) ([]ev, error) {
	out := make([]ev, len(c))
	n, err := q.kevent(c, out, 0)
	return out[:n], err
}

func (q *nbsdKq) wait(max int, timeoutNs int64) ([]ev, error) {
	out := make([]ev, max)
	for i := 0; ; i++ {
		n, err := q.kevent(nil, out, timeoutNs)
		if err != syscall.EINTR || i == 100 { // a Go runtime signal is not the subject
			return out[:n], err
		}
	}
}

func (q *nbsdKq) fdnum() int { return q.fd }
func (q *nbsdKq) close()     { syscall.Close(q.fd) }

func keventOn(fd int, call string) error {
	q := &nbsdKq{fd: fd}
	_, err := q.wait(1, 0)
	return err
}

func procExitStatus(data int64) string { return wstatus(syscall.WaitStatus(data)) }

// portForm: illumos's event ports (the case does not run here).
func portForm(readable bool) string { return "n/a" }
