// kqueue_linux.go — the Linux reference for kqueue.go.  Linux has no
// kqueue: this is a small model of FreeBSD's kqueue semantics
// (sys/kern/kern_event.c, kqueue(2)) whose readiness facts come from the
// Linux kernel: poll(2) and FIONREAD for descriptors, real time for timers,
// waitid(2) for processes, real signal delivery for EVFILT_SIGNAL.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"sort"
	"syscall"
	"time"
	"unsafe"
)

type reg struct {
	ev
	disabled bool
	fired    bool // USER: triggered; TIMER: counted once
	deadline time.Time
	lastData int64 // EV_CLEAR: the data last reported
	sigs     chan os.Signal
}

type key struct {
	ident  uintptr
	filter int16
}

type linuxKq struct {
	fd   int // a real descriptor, so close and cloexec behave
	regs map[key]*reg
}

func newKqueue(call string) (evq, error) {
	fd, err := syscall.Open("/dev/null", syscall.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	return &linuxKq{fd: fd, regs: map[key]*reg{}}, nil
}

const KQUEUE_CLOEXEC = 1

func kqueuex(flags int) (int, error) {
	if flags&^KQUEUE_CLOEXEC != 0 {
		return -1, syscall.EINVAL
	}
	fl := syscall.O_RDONLY
	if flags&KQUEUE_CLOEXEC != 0 {
		fl |= syscall.O_CLOEXEC
	}
	return syscall.Open("/dev/null", fl, 0)
}

func validFd(fd uintptr) bool {
	_, _, en := syscall.RawSyscall(syscall.SYS_FCNTL, fd, syscall.F_GETFD, 0)
	return en == 0
}

func (q *linuxKq) apply(c ev) error {
	k := key{c.ident, c.filter}
	r := q.regs[k]
	switch c.filter {
	case EVFILT_READ, EVFILT_WRITE:
		if !validFd(c.ident) {
			return syscall.EBADF
		}
	case EVFILT_USER, EVFILT_TIMER, EVFILT_SIGNAL:
	case EVFILT_PROC:
		if c.flags&EV_ADD != 0 && syscall.Kill(int(c.ident), 0) != nil {
			return syscall.ESRCH
		}
	default:
		return syscall.EINVAL
	}
	if c.flags&EV_DELETE != 0 {
		if r == nil {
			return syscall.ENOENT
		}
		if r.sigs != nil {
			signal.Stop(r.sigs)
		}
		delete(q.regs, k)
		return nil
	}
	if c.flags&EV_ADD != 0 {
		if r == nil {
			r = &reg{ev: c}
			q.regs[k] = r
			if c.filter == EVFILT_SIGNAL {
				r.sigs = make(chan os.Signal, 64)
				signal.Notify(r.sigs, syscall.Signal(c.ident))
			}
		}
		r.flags, r.udata, r.data = c.flags&(EV_ONESHOT|EV_CLEAR|EV_DISPATCH), c.udata, c.data
		if c.filter == EVFILT_TIMER {
			r.deadline = time.Now().Add(time.Duration(c.data) * time.Millisecond)
		}
	} else if r == nil {
		return syscall.ENOENT
	}
	if c.flags&EV_DISABLE != 0 {
		r.disabled = true
	}
	if c.flags&EV_ENABLE != 0 {
		r.disabled = false
	}
	if c.filter == EVFILT_USER && c.fflags&NOTE_TRIGGER != 0 {
		r.fired = true
	}
	return nil
}

func (q *linuxKq) change(c ...ev) error {
	for _, x := range c {
		if err := q.apply(x); err != nil {
			return err
		}
	}
	return nil
}

func (q *linuxKq) changeReceipt(c ...ev) ([]ev, error) {
	var out []ev
	for _, x := range c {
		err := q.apply(x)
		r := x
		r.flags |= EV_ERROR
		r.data = 0
		if err != nil {
			r.data = int64(err.(syscall.Errno))
		}
		out = append(out, r)
	}
	return out, nil
}

func pollfd(fd uintptr, events int16) int16 {
	p := struct {
		fd      int32
		events  int16
		revents int16
	}{int32(fd), events, 0}
	syscall.Syscall(syscall.SYS_POLL, uintptr(unsafe.Pointer(&p)), 1, 0)
	return p.revents
}

const (
	POLLIN  = 0x1
	POLLOUT = 0x4
	POLLERR = 0x8
	POLLHUP = 0x10
)

// ready: the event r would report now, if any.
func (q *linuxKq) ready(r *reg) (ev, bool) {
	out := r.ev
	out.flags = r.flags
	out.data, out.fflags = 0, 0
	switch r.filter {
	case EVFILT_READ:
		rev := pollfd(r.ident, POLLIN)
		var n int32
		syscall.Syscall(syscall.SYS_IOCTL, r.ident, syscall.TIOCINQ, uintptr(unsafe.Pointer(&n)))
		out.data = int64(n)
		if rev&POLLHUP != 0 {
			out.flags |= EV_EOF
		}
		if rev == 0 {
			return out, false
		}
	case EVFILT_WRITE:
		rev := pollfd(r.ident, POLLOUT)
		if rev == 0 {
			return out, false
		}
		out.data = 1 // space to write: > 0 is all that is compared
		if rev&(POLLHUP|POLLERR) != 0 {
			out.flags |= EV_EOF // FreeBSD filt_pipewrite: no reader, data 0
			out.data = 0
		}
	case EVFILT_USER:
		if !r.fired {
			return out, false
		}
	case EVFILT_TIMER:
		if time.Now().Before(r.deadline) {
			return out, false
		}
		out.data = 1
	case EVFILT_SIGNAL:
		for {
			select {
			case <-r.sigs:
				r.lastData++
				continue
			default:
			}
			break
		}
		if r.lastData == 0 {
			return out, false
		}
		out.data = r.lastData
	case EVFILT_PROC:
		var info [128]byte
		_, _, en := syscall.Syscall6(syscall.SYS_WAITID, 1 /* P_PID */, r.ident, uintptr(unsafe.Pointer(&info[0])),
			4|1|0x01000000 /* WEXITED|WNOHANG|WNOWAIT */, 0, 0)
		pid := *(*int32)(unsafe.Pointer(&info[16]))
		if en != 0 || pid == 0 {
			return out, false
		}
		code := *(*int32)(unsafe.Pointer(&info[8]))
		st := *(*int32)(unsafe.Pointer(&info[24]))
		out.fflags = NOTE_EXIT
		out.flags |= EV_EOF
		if code == 1 { // CLD_EXITED
			out.data = int64(st&0xff) << 8
		} else {
			out.data = int64(st & 0x7f)
		}
	}
	return out, true
}

func (q *linuxKq) wait(max int, timeoutNs int64) ([]ev, error) {
	end := time.Now().Add(time.Duration(timeoutNs))
	for {
		var out []ev
		keys := make([]key, 0, len(q.regs))
		for k := range q.regs {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			return keys[i].filter < keys[j].filter || keys[i].filter == keys[j].filter && keys[i].ident < keys[j].ident
		})
		for _, k := range keys {
			r := q.regs[k]
			if r.disabled || len(out) == max {
				continue
			}
			e, ok := q.ready(r)
			if !ok {
				continue
			}
			if r.flags&EV_CLEAR != 0 && (r.filter == EVFILT_READ || r.filter == EVFILT_WRITE) && r.lastData == e.data && r.fired {
				continue
			}
			out = append(out, e)
			r.lastData, r.fired = e.data, r.filter != EVFILT_USER || r.flags&EV_CLEAR == 0
			if r.filter == EVFILT_SIGNAL {
				r.lastData = 0
			}
			if r.filter == EVFILT_TIMER {
				r.deadline = time.Now().Add(time.Duration(r.data) * time.Millisecond)
			}
			if r.flags&EV_ONESHOT != 0 {
				delete(q.regs, k)
			}
			if r.flags&EV_DISPATCH != 0 {
				r.disabled = true
			}
		}
		if len(out) > 0 || timeoutNs == 0 || (timeoutNs > 0 && time.Now().After(end)) {
			return out, nil
		}
		time.Sleep(time.Millisecond)
	}
}

func (q *linuxKq) fdnum() int { return q.fd }
func (q *linuxKq) close()     { syscall.Close(q.fd) }

// keventOn: a descriptor that is not a kqueue is EBADF to kevent.
func keventOn(fd int, call string) error {
	if !validFd(uintptr(fd)) {
		return syscall.EBADF
	}
	return syscall.EBADF
}

func procExitStatus(data int64) string { return wstatus(syscall.WaitStatus(data)) }

// portForm: the reference of illumos's event-port cases, with epoll: a
// pipe with data is reported once added; an empty one times out.
func portForm(readable bool) string {
	ep, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
	if err != nil {
		return e(err)
	}
	defer syscall.Close(ep)
	r, w := mustPipe()
	defer syscall.Close(r)
	defer syscall.Close(w)
	if readable {
		syscall.Write(w, []byte("x"))
	}
	ev := syscall.EpollEvent{Events: syscall.EPOLLIN | syscall.EPOLLONESHOT, Fd: int32(r)}
	if err := syscall.EpollCtl(ep, syscall.EPOLL_CTL_ADD, r, &ev); err != nil {
		return e(err)
	}
	out := make([]syscall.EpollEvent, 4)
	n, err := syscall.EpollWait(ep, out, 0)
	if n > 0 {
		return fmt.Sprintf("events=%d readable=%s", n, yes(out[0].Events&syscall.EPOLLIN != 0))
	}
	return fmt.Sprintf("events=0 %s", e(err))
}
