// poll.go — poll, select, ppoll, pselect: readiness of pipes and sockets.
// Only the event bits both systems share are compared (POLLRDNORM and
// friends differ in value, and what EOF adds besides POLLHUP differs).
package main

import (
	"fmt"
	"strings"
	"syscall"
	"time"
	"unsafe"
)

type pollFd struct {
	fd      int32
	events  int16
	revents int16
}

const (
	POLLIN   = 0x1
	POLLOUT  = 0x4
	POLLERR  = 0x8
	POLLHUP  = 0x10
	POLLNVAL = 0x20
)

func reventStr(r int16) string {
	var s []string
	for _, b := range []struct {
		v int16
		n string
	}{{POLLIN, "IN"}, {POLLOUT, "OUT"}, {POLLERR, "ERR"}, {POLLHUP, "HUP"}, {POLLNVAL, "NVAL"}} {
		if r&b.v != 0 {
			s = append(s, b.n)
		}
	}
	if len(s) == 0 {
		return "-"
	}
	return strings.Join(s, "|")
}

func poll(fds []pollFd, ms int) (int, error) {
	var p unsafe.Pointer
	if len(fds) > 0 {
		p = unsafe.Pointer(&fds[0])
	}
	for i := 0; ; i++ {
		r, _, en := sysCall(SYS_POLL, uintptr(p), uintptr(len(fds)), uintptr(ms))
		if en != syscall.EINTR || i == 100 { // a Go runtime signal is not the subject
			return int(r), errno(en)
		}
	}
}

type fdSet [16]uint64

func (s *fdSet) set(fd int)        { s[fd/64] |= 1 << (uint(fd) % 64) }
func (s *fdSet) isSet(fd int) bool { return s[fd/64]&(1<<(uint(fd)%64)) != 0 }

func sel(n int, r, w *fdSet, tv *syscall.Timeval) (int, error) {
	r0, w0 := fdSet{}, fdSet{}
	if r != nil {
		r0 = *r
	}
	if w != nil {
		w0 = *w
	}
	for i := 0; ; i++ {
		x, _, en := sysCall6(SYS_SELECT, uintptr(n), uintptr(unsafe.Pointer(r)), uintptr(unsafe.Pointer(w)), 0, uintptr(unsafe.Pointer(tv)), 0)
		if en != syscall.EINTR || i == 100 {
			return int(x), errno(en)
		}
		if r != nil {
			*r = r0
		}
		if w != nil {
			*w = w0
		}
	}
}

func main() { Main(pollCases) }

func pollCases() {
	r, w := mustPipe()
	Case("poll", "empty-pipe-timeout-0", func() string {
		fds := []pollFd{{fd: int32(r), events: POLLIN}}
		n, err := poll(fds, 0)
		return fmt.Sprintf("%s n=%d %s", e(err), n, reventStr(fds[0].revents))
	})
	Case("poll", "write-end-writable", func() string {
		fds := []pollFd{{fd: int32(w), events: POLLOUT}}
		n, err := poll(fds, 0)
		return fmt.Sprintf("%s n=%d %s", e(err), n, reventStr(fds[0].revents))
	})
	Case("poll", "data-readable", func() string {
		syscall.Write(w, []byte("x"))
		fds := []pollFd{{fd: int32(r), events: POLLIN | POLLOUT}, {fd: int32(w), events: POLLOUT}}
		n, err := poll(fds, 1000)
		syscall.Read(r, make([]byte, 8))
		return fmt.Sprintf("%s n=%d %s %s", e(err), n, reventStr(fds[0].revents), reventStr(fds[1].revents))
	})
	Case("poll", "timeout-expires", func() string {
		fds := []pollFd{{fd: int32(r), events: POLLIN}}
		t := time.Now()
		n, err := poll(fds, 60)
		return fmt.Sprintf("%s n=%d waited>=50ms=%s", e(err), n, yes(time.Since(t) >= 50*time.Millisecond))
	})
	Case("poll", "wakes-on-data", func() string {
		go func() {
			time.Sleep(50 * time.Millisecond)
			syscall.Write(w, []byte("y"))
		}()
		fds := []pollFd{{fd: int32(r), events: POLLIN}}
		n, err := poll(fds, 5000)
		syscall.Read(r, make([]byte, 8))
		return fmt.Sprintf("%s n=%d %s", e(err), n, reventStr(fds[0].revents))
	})
	Case("poll", "POLLNVAL-closed-fd", func() string {
		fds := []pollFd{{fd: 1000, events: POLLIN}}
		n, err := poll(fds, 0)
		return fmt.Sprintf("%s n=%d %s", e(err), n, reventStr(fds[0].revents))
	})
	Case("poll", "negative-fd-ignored", func() string {
		fds := []pollFd{{fd: -1, events: POLLIN}}
		n, err := poll(fds, 0)
		return fmt.Sprintf("%s n=%d %s", e(err), n, reventStr(fds[0].revents))
	})
	Case("poll", "POLLHUP-writer-closed", func() string {
		a, b := mustPipe()
		syscall.Close(b)
		defer syscall.Close(a)
		fds := []pollFd{{fd: int32(a), events: POLLIN}}
		n, err := poll(fds, 0)
		return fmt.Sprintf("%s n=%d hup=%s", e(err), n, yes(fds[0].revents&POLLHUP != 0))
	})
	Case("poll", "socket-peer-closed", func() string {
		p, _ := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		syscall.Close(p[1])
		defer syscall.Close(p[0])
		fds := []pollFd{{fd: int32(p[0]), events: POLLIN}}
		n, err := poll(fds, 0)
		return fmt.Sprintf("%s n=%d in=%s", e(err), n, yes(fds[0].revents&POLLIN != 0))
	})
	Case("poll", "EFAULT", func() string {
		_, _, en := sysCall(SYS_POLL, badPtr, 1, 0)
		return e(en)
	})
	Case("poll", "EINVAL-too-many-fds", func() string {
		_, _, en := sysCall(SYS_POLL, 0, 1<<30, 0)
		return e(en)
	})
	Case("select", "empty-pipe-timeout", func() string {
		var rs fdSet
		rs.set(r)
		tv := syscall.Timeval{Usec: 50000}
		t := time.Now()
		n, err := sel(r+1, &rs, nil, &tv)
		return fmt.Sprintf("%s n=%d still-set=%s waited>=40ms=%s", e(err), n, yes(rs.isSet(r)), yes(time.Since(t) >= 40*time.Millisecond))
	})
	Case("select", "readable-and-writable", func() string {
		syscall.Write(w, []byte("z"))
		var rs, ws fdSet
		rs.set(r)
		ws.set(w)
		tv := syscall.Timeval{Sec: 1}
		n, err := sel(w+1, &rs, &ws, &tv)
		syscall.Read(r, make([]byte, 8))
		return fmt.Sprintf("%s n=%d r=%s w=%s", e(err), n, yes(rs.isSet(r)), yes(ws.isSet(w)))
	})
	Case("select", "EBADF-closed-fd-in-set", func() string {
		a, b := mustPipe()
		c, d := mustPipe()
		defer closeFds(a, c, d)
		syscall.Close(b) // a hole below open descriptors
		var rs fdSet
		rs.set(b)
		tv := syscall.Timeval{}
		_, err := sel(d+1, &rs, nil, &tv)
		return e(err)
	})
	Case("select", "EINVAL-negative-nfds", func() string {
		tv := syscall.Timeval{}
		_, err := sel(-1, nil, nil, &tv)
		return e(err)
	})
	Case("ppoll", "data-readable", func() string {
		syscall.Write(w, []byte("p"))
		fds := []pollFd{{fd: int32(r), events: POLLIN}}
		ts := syscall.Timespec{Sec: 1}
		var mask sigset
		n, err := ppoll(fds, &ts, &mask)
		syscall.Read(r, make([]byte, 8))
		return fmt.Sprintf("%s n=%d %s", e(err), n, reventStr(fds[0].revents))
	})
	Case("ppoll", "timeout", func() string {
		fds := []pollFd{{fd: int32(r), events: POLLIN}}
		ts := syscall.Timespec{Nsec: 30e6}
		n, err := ppoll(fds, &ts, nil)
		return fmt.Sprintf("%s n=%d", e(err), n)
	})
	Case("pselect", "data-readable", func() string {
		syscall.Write(w, []byte("q"))
		var rs fdSet
		rs.set(r)
		ts := syscall.Timespec{Sec: 1}
		var mask sigset
		n, err := pselect(r+1, &rs, &ts, &mask)
		syscall.Read(r, make([]byte, 8))
		return fmt.Sprintf("%s n=%d r=%s", e(err), n, yes(rs.isSet(r)))
	})
	Case("pselect", "timeout", func() string {
		var rs fdSet
		rs.set(r)
		ts := syscall.Timespec{Nsec: 30e6}
		n, err := pselect(r+1, &rs, &ts, nil)
		return fmt.Sprintf("%s n=%d", e(err), n)
	})
	syscall.Close(r)
	syscall.Close(w)
}

func closeFds(fds ...int) {
	for _, f := range fds {
		syscall.Close(f)
	}
}
