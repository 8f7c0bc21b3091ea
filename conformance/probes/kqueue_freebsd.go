// kqueue_freebsd.go — kqueue(2)/kevent(2) (sys/sys/event.h).
package main

import (
	"syscall"
	"unsafe"
)

// struct kevent (FreeBSD 12+): 64 bytes.
type kevent64 struct {
	ident  uintptr
	filter int16
	flags  uint16
	fflags uint32
	data   int64
	udata  uintptr
	ext    [4]uint64
}

type fbsdKq struct {
	fd  int
	old bool // freebsd11_kevent (363, 32-byte struct) instead of kevent (560)
}

func newKqueue(call string) (evq, error) {
	r, _, en := syscall.RawSyscall(syscall.SYS_KQUEUE, 0, 0, 0)
	if en != 0 {
		return nil, en
	}
	return &fbsdKq{fd: int(r), old: call == "freebsd11_kevent"}, nil
}

func kqueuex(flags int) (int, error) {
	r, _, en := syscall.RawSyscall(nrKqueuex, uintptr(flags), 0, 0)
	return int(r), errno(en)
}

const KQUEUE_CLOEXEC = 1

func (q *fbsdKq) kevent(ch []ev, out []ev, timeoutNs int64) (int, error) {
	var tp unsafe.Pointer
	ts := syscall.NsecToTimespec(timeoutNs)
	if timeoutNs >= 0 {
		tp = unsafe.Pointer(&ts)
	}
	if q.old {
		c := make([]syscall.Kevent_t, len(ch))
		for i, x := range ch {
			c[i] = syscall.Kevent_t{Ident: uint64(x.ident), Filter: x.filter, Flags: x.flags, Fflags: x.fflags, Data: x.data, Udata: (*byte)(unsafe.Pointer(x.udata))}
		}
		o := make([]syscall.Kevent_t, len(out))
		var cp, op unsafe.Pointer
		if len(c) > 0 {
			cp = unsafe.Pointer(&c[0])
		}
		if len(o) > 0 {
			op = unsafe.Pointer(&o[0])
		}
		n, _, en := syscall.Syscall6(nrKevent11, uintptr(q.fd), uintptr(cp), uintptr(len(c)), uintptr(op), uintptr(len(o)), uintptr(tp))
		if en != 0 {
			return 0, en
		}
		for i := 0; i < int(n); i++ {
			out[i] = ev{ident: uintptr(o[i].Ident), filter: o[i].Filter, flags: o[i].Flags, fflags: o[i].Fflags, data: o[i].Data, udata: uintptr(unsafe.Pointer(o[i].Udata))}
		}
		return int(n), nil
	}
	c := make([]kevent64, len(ch))
	for i, x := range ch {
		c[i] = kevent64{ident: x.ident, filter: x.filter, flags: x.flags, fflags: x.fflags, data: x.data, udata: x.udata}
	}
	o := make([]kevent64, len(out))
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

func (q *fbsdKq) change(c ...ev) error {
	_, err := q.kevent(c, nil, 0)
	return err
}

func (q *fbsdKq) changeReceipt(c ...ev) ([]ev, error) {
	out := make([]ev, len(c))
	n, err := q.kevent(c, out, 0)
	return out[:n], err
}

func (q *fbsdKq) wait(max int, timeoutNs int64) ([]ev, error) {
	out := make([]ev, max)
	for i := 0; ; i++ {
		n, err := q.kevent(nil, out, timeoutNs)
		if err != syscall.EINTR || i == 100 { // a Go runtime signal is not the subject
			return out[:n], err
		}
	}
}

func (q *fbsdKq) fdnum() int { return q.fd }
func (q *fbsdKq) close()     { syscall.Close(q.fd) }

// keventBadFd: kevent on a descriptor that is not a kqueue.
func keventOn(fd int, call string) error {
	q := &fbsdKq{fd: fd, old: call == "freebsd11_kevent"}
	_, err := q.wait(1, 0)
	return err
}

func procExitStatus(data int64) string { return wstatus(syscall.WaitStatus(data)) }

// portForm: illumos's event ports (the case does not run here).
func portForm(readable bool) string { return "n/a" }
