// kqueue.go — kqueue, kqueuex, kevent, freebsd11_kevent: readiness of
// pipes, user events, timers, processes and signals, and the error paths.
// The Linux build answers from a model of kqueue fed by the Linux kernel's
// own readiness facts (kqueue_linux.go).
package main

import (
	"fmt"
	"os"
	"os/signal"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// FreeBSD sys/sys/event.h
const (
	EVFILT_READ   = -1
	EVFILT_WRITE  = -2
	EVFILT_PROC   = -5
	EVFILT_SIGNAL = -6
	EVFILT_TIMER  = -7
	EVFILT_USER   = -11

	EV_ADD      = 0x0001
	EV_DELETE   = 0x0002
	EV_ENABLE   = 0x0004
	EV_DISABLE  = 0x0008
	EV_ONESHOT  = 0x0010
	EV_CLEAR    = 0x0020
	EV_RECEIPT  = 0x0040
	EV_DISPATCH = 0x0080
	EV_ERROR    = 0x4000
	EV_EOF      = 0x8000

	NOTE_TRIGGER = 0x01000000
	NOTE_EXIT    = 0x80000000
)

type ev struct {
	ident  uintptr
	filter int16
	flags  uint16
	fflags uint32
	data   int64
	udata  uintptr
}

type evq interface {
	change(c ...ev) error
	changeReceipt(c ...ev) ([]ev, error)
	wait(max int, timeoutNs int64) ([]ev, error)
	fdnum() int
	close()
}

var filterNames = map[int16]string{EVFILT_READ: "READ", EVFILT_WRITE: "WRITE", EVFILT_PROC: "PROC",
	EVFILT_SIGNAL: "SIGNAL", EVFILT_TIMER: "TIMER", EVFILT_USER: "USER"}

// evstr: an event with what may differ between systems left out (write
// space is only "> 0"; a pipe's capacity is the kernel's business).
func evstr(x ev) string {
	s := filterNames[x.filter]
	if x.flags&EV_ERROR != 0 {
		return s + " ERROR(" + e(syscall.Errno(x.data)) + ")"
	}
	switch x.filter {
	case EVFILT_WRITE:
		s += " data>0=" + yes(x.data > 0)
	case EVFILT_PROC:
		s += " exit=" + yes(x.fflags&NOTE_EXIT != 0) + " status=" + procExitStatus(x.data)
	case EVFILT_USER:
	default:
		s += " data=" + strconv.FormatInt(x.data, 10)
	}
	if x.flags&EV_EOF != 0 {
		s += " EOF"
	}
	if x.udata != 0 {
		s += fmt.Sprintf(" udata=%d", x.udata)
	}
	return s
}

func evsstr(evs []ev, err error) string {
	if err != nil {
		return e(err)
	}
	s := make([]string, len(evs))
	for i, x := range evs {
		s[i] = evstr(x)
	}
	sort.Strings(s)
	return fmt.Sprintf("n=%d [%s]", len(evs), strings.Join(s, "; "))
}

func init() {
	children["exit"] = func(args []string) int {
		n, _ := strconv.Atoi(args[0])
		time.Sleep(100 * time.Millisecond)
		return n
	}
}

func main() { Main(kqueueCases) }

func kqueueCases() {
	signal.Notify(make(chan os.Signal, 1), syscall.SIGUSR1) // so a SIGUSR1 is caught, not fatal
	// An event port (illumos's kqueue): a pipe with data is reported once
	// associated; an empty one times out.  The reference is epoll.
	Case("kqueue", "port-form-readable-pipe", func() string { return portForm(true) })
	Case("kqueue", "port-form-empty-times-out", func() string { return portForm(false) })
	Case("kqueue", "create", func() string {
		q, err := newKqueue("kevent")
		if err != nil {
			return e(err)
		}
		defer q.close()
		return "ok " + cloexec(q.fdnum())
	})
	Case("kqueue", "empty-queue-no-events", func() string {
		q, _ := newKqueue("kevent")
		defer q.close()
		return evsstr(q.wait(4, 0))
	})
	Case("kqueuex", "KQUEUE_CLOEXEC", func() string {
		fd, err := kqueuex(KQUEUE_CLOEXEC)
		if err != nil {
			return e(err)
		}
		defer syscall.Close(fd)
		return "ok " + cloexec(fd)
	})
	Case("kqueuex", "no-flags", func() string {
		fd, err := kqueuex(0)
		if err != nil {
			return e(err)
		}
		defer syscall.Close(fd)
		return "ok " + cloexec(fd)
	})
	Case("kqueuex", "EINVAL-bad-flags", func() string {
		fd, err := kqueuex(0x100)
		if err == nil {
			syscall.Close(fd)
		}
		return e(err)
	})
	for _, call := range []string{"kevent", "freebsd11_kevent"} {
		call := call
		k := func() evq {
			q, err := newKqueue(call)
			if err != nil {
				panic(err)
			}
			return q
		}
		Case(call, "READ-empty-pipe", func() string {
			q := k()
			defer q.close()
			r, w := mustPipe()
			defer syscall.Close(r)
			defer syscall.Close(w)
			err := q.change(ev{ident: uintptr(r), filter: EVFILT_READ, flags: EV_ADD})
			return e(err) + " " + evsstr(q.wait(4, 0))
		})
		Case(call, "READ-pipe-with-data", func() string {
			q := k()
			defer q.close()
			r, w := mustPipe()
			defer syscall.Close(r)
			defer syscall.Close(w)
			syscall.Write(w, []byte("hello"))
			q.change(ev{ident: uintptr(r), filter: EVFILT_READ, flags: EV_ADD, udata: 77})
			return evsstr(q.wait(4, 0))
		})
		Case(call, "READ-EOF-writer-closed", func() string {
			q := k()
			defer q.close()
			r, w := mustPipe()
			defer syscall.Close(r)
			syscall.Write(w, []byte("ab"))
			syscall.Close(w)
			q.change(ev{ident: uintptr(r), filter: EVFILT_READ, flags: EV_ADD})
			return evsstr(q.wait(4, 0))
		})
		Case(call, "WRITE-pipe-writable", func() string {
			q := k()
			defer q.close()
			r, w := mustPipe()
			defer syscall.Close(r)
			defer syscall.Close(w)
			q.change(ev{ident: uintptr(w), filter: EVFILT_WRITE, flags: EV_ADD})
			return evsstr(q.wait(4, 0))
		})
		Case(call, "WRITE-EOF-reader-closed", func() string {
			q := k()
			defer q.close()
			r, w := mustPipe()
			defer syscall.Close(w)
			syscall.Close(r)
			q.change(ev{ident: uintptr(w), filter: EVFILT_WRITE, flags: EV_ADD})
			return evsstr(q.wait(4, 0))
		})
		Case(call, "READ-blocks-until-data", func() string {
			q := k()
			defer q.close()
			r, w := mustPipe()
			defer syscall.Close(r)
			defer syscall.Close(w)
			q.change(ev{ident: uintptr(r), filter: EVFILT_READ, flags: EV_ADD})
			go func() {
				time.Sleep(50 * time.Millisecond)
				syscall.Write(w, []byte("xyz"))
			}()
			return evsstr(q.wait(4, int64(5*time.Second)))
		})
		Case(call, "timeout-expires", func() string {
			q := k()
			defer q.close()
			t := time.Now()
			evs, err := q.wait(4, int64(100*time.Millisecond))
			d := time.Since(t)
			return evsstr(evs, err) + " waited>=90ms=" + yes(d >= 90*time.Millisecond) + " under-3s=" + yes(d < 3*time.Second)
		})
		Case(call, "EV_ONESHOT", func() string {
			q := k()
			defer q.close()
			r, w := mustPipe()
			defer syscall.Close(r)
			defer syscall.Close(w)
			syscall.Write(w, []byte("1"))
			q.change(ev{ident: uintptr(r), filter: EVFILT_READ, flags: EV_ADD | EV_ONESHOT})
			a := evsstr(q.wait(4, 0))
			return a + " then " + evsstr(q.wait(4, 0))
		})
		Case(call, "EV_CLEAR-edge-triggered", func() string {
			q := k()
			defer q.close()
			r, w := mustPipe()
			defer syscall.Close(r)
			defer syscall.Close(w)
			syscall.Write(w, []byte("1"))
			q.change(ev{ident: uintptr(r), filter: EVFILT_READ, flags: EV_ADD | EV_CLEAR})
			a := evsstr(q.wait(4, 0))
			b := evsstr(q.wait(4, 0))
			syscall.Write(w, []byte("2"))
			return a + " then " + b + " then " + evsstr(q.wait(4, 0))
		})
		Case(call, "EV_DISABLE-EV_ENABLE", func() string {
			q := k()
			defer q.close()
			r, w := mustPipe()
			defer syscall.Close(r)
			defer syscall.Close(w)
			syscall.Write(w, []byte("1"))
			q.change(ev{ident: uintptr(r), filter: EVFILT_READ, flags: EV_ADD | EV_DISABLE})
			a := evsstr(q.wait(4, 0))
			q.change(ev{ident: uintptr(r), filter: EVFILT_READ, flags: EV_ENABLE})
			return a + " then " + evsstr(q.wait(4, 0))
		})
		Case(call, "EV_DELETE", func() string {
			q := k()
			defer q.close()
			r, w := mustPipe()
			defer syscall.Close(r)
			defer syscall.Close(w)
			syscall.Write(w, []byte("1"))
			q.change(ev{ident: uintptr(r), filter: EVFILT_READ, flags: EV_ADD})
			err := q.change(ev{ident: uintptr(r), filter: EVFILT_READ, flags: EV_DELETE})
			return e(err) + " " + evsstr(q.wait(4, 0))
		})
		Case(call, "EV_RECEIPT", func() string {
			q := k()
			defer q.close()
			r, w := mustPipe()
			defer syscall.Close(r)
			defer syscall.Close(w)
			return evsstr(q.changeReceipt(ev{ident: uintptr(r), filter: EVFILT_READ, flags: EV_ADD | EV_RECEIPT},
				ev{ident: 1000, filter: EVFILT_READ, flags: EV_ADD | EV_RECEIPT}))
		})
		Case(call, "USER-trigger", func() string {
			q := k()
			defer q.close()
			q.change(ev{ident: 42, filter: EVFILT_USER, flags: EV_ADD | EV_CLEAR})
			a := evsstr(q.wait(4, 0))
			q.change(ev{ident: 42, filter: EVFILT_USER, fflags: NOTE_TRIGGER})
			b := evsstr(q.wait(4, 0))
			return a + " then " + b + " then " + evsstr(q.wait(4, 0))
		})
		Case(call, "USER-trigger-from-other-thread", func() string {
			q := k()
			defer q.close()
			q.change(ev{ident: 7, filter: EVFILT_USER, flags: EV_ADD | EV_CLEAR})
			go func() {
				time.Sleep(50 * time.Millisecond)
				q.change(ev{ident: 7, filter: EVFILT_USER, fflags: NOTE_TRIGGER})
			}()
			return evsstr(q.wait(4, int64(5*time.Second)))
		})
		Case(call, "TIMER-oneshot", func() string {
			q := k()
			defer q.close()
			t := time.Now()
			q.change(ev{ident: 1, filter: EVFILT_TIMER, flags: EV_ADD | EV_ONESHOT, data: 50})
			evs, err := q.wait(4, int64(5*time.Second))
			return evsstr(evs, err) + " after>=40ms=" + yes(time.Since(t) >= 40*time.Millisecond)
		})
		Case(call, "PROC-NOTE_EXIT", func() string {
			q := k()
			defer q.close()
			p, err := os.StartProcess(self(), []string{self(), "child", "exit", "3"}, &os.ProcAttr{})
			if err != nil {
				return e(err)
			}
			cerr := q.change(ev{ident: uintptr(p.Pid), filter: EVFILT_PROC, flags: EV_ADD, fflags: NOTE_EXIT})
			evs, werr := q.wait(4, int64(5*time.Second))
			p.Wait()
			return e(cerr) + " " + evsstr(evs, werr)
		})
		Case(call, "SIGNAL-counts-deliveries", func() string {
			q := k()
			defer q.close()
			err := q.change(ev{ident: uintptr(syscall.SIGUSR1), filter: EVFILT_SIGNAL, flags: EV_ADD | EV_CLEAR})
			syscall.Kill(os.Getpid(), syscall.SIGUSR1)
			time.Sleep(50 * time.Millisecond)
			evs, werr := q.wait(4, int64(5*time.Second))
			q.change(ev{ident: uintptr(syscall.SIGUSR1), filter: EVFILT_SIGNAL, flags: EV_DELETE})
			return e(err) + " " + evsstr(evs, werr)
		})
		Case(call, "ENOENT-delete-unknown", func() string {
			q := k()
			defer q.close()
			return e(q.change(ev{ident: 3, filter: EVFILT_USER, flags: EV_DELETE}))
		})
		Case(call, "EBADF-register-closed-fd", func() string {
			q := k()
			defer q.close()
			return e(q.change(ev{ident: 1000, filter: EVFILT_READ, flags: EV_ADD}))
		})
		Case(call, "EINVAL-unknown-filter", func() string {
			q := k()
			defer q.close()
			return e(q.change(ev{ident: 1, filter: -99, flags: EV_ADD}))
		})
		Case(call, "ESRCH-proc-no-such-pid", func() string {
			q := k()
			defer q.close()
			return e(q.change(ev{ident: 0x3ffffff0, filter: EVFILT_PROC, flags: EV_ADD, fflags: NOTE_EXIT}))
		})
		Case(call, "EBADF-not-a-kqueue", func() string {
			r, w := mustPipe()
			defer syscall.Close(r)
			defer syscall.Close(w)
			return e(keventOn(r, call))
		})
		Case(call, "EBADF-closed-kqueue", func() string { return e(keventOn(1000, call)) })
	}
}
