// net.go — socket, socketpair, bind, listen, connect, accept, accept4,
// getsockname, getpeername, setsockopt, getsockopt, shutdown, sendto,
// recvfrom, sendmsg, recvmsg: TCP, UDP and UNIX sockets on loopback.
// Port numbers are never printed, only whether they are set.
package main

import (
	"fmt"
	"syscall"
	"time"
	"unsafe"
)

func sastr(sa syscall.Sockaddr) string {
	switch a := sa.(type) {
	case *syscall.SockaddrInet4:
		return fmt.Sprintf("inet4:%d.%d.%d.%d port-set=%s", a.Addr[0], a.Addr[1], a.Addr[2], a.Addr[3], yes(a.Port != 0))
	case *syscall.SockaddrInet6:
		return fmt.Sprintf("inet6 port-set=%s", yes(a.Port != 0))
	case *syscall.SockaddrUnix:
		return "unix:" + relpath(a.Name)
	case nil:
		return "nil"
	}
	return fmt.Sprintf("%T", sa)
}

func port(sa syscall.Sockaddr) int {
	if a, ok := sa.(*syscall.SockaddrInet4); ok {
		return a.Port
	}
	return -1
}

var loop4 = [4]byte{127, 0, 0, 1}

// tcpListener: a listening TCP socket on 127.0.0.1 and its address.
func tcpListener() (int, *syscall.SockaddrInet4) {
	s, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err != nil {
		panic("socket: " + ename(err))
	}
	if err := syscall.Bind(s, &syscall.SockaddrInet4{Addr: loop4}); err != nil {
		panic("bind: " + ename(err))
	}
	if err := syscall.Listen(s, 8); err != nil {
		panic("listen: " + ename(err))
	}
	sa, _ := syscall.Getsockname(s)
	return s, &syscall.SockaddrInet4{Addr: loop4, Port: port(sa)}
}

// connectRetry: connect for set-up code.  A signal (Go's own preemption
// signal included) may interrupt a blocking connect on any Unix: POSIX then
// finishes the connection asynchronously, so ask again until it is made.
func connectRetry(fd int, sa syscall.Sockaddr) error {
	err := syscall.Connect(fd, sa)
	for i := 0; err == syscall.EINTR || err == syscall.EALREADY; i++ {
		if i > 1000 {
			break
		}
		time.Sleep(time.Millisecond)
		err = syscall.Connect(fd, sa)
	}
	if err == syscall.EISCONN {
		err = nil
	}
	return err
}

// tcpPair: a connected client and the accepted server side.
func tcpPair() (int, int, int) {
	l, addr := tcpListener()
	c, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	if err := connectRetry(c, addr); err != nil {
		panic("connect: " + ename(err))
	}
	s, _, err := syscall.Accept(l)
	if err != nil {
		panic("accept: " + ename(err))
	}
	return l, c, s
}

func closeAll(fds ...int) {
	for _, f := range fds {
		syscall.Close(f)
	}
}

func sotype(t int) string {
	switch t {
	case syscall.SOCK_STREAM:
		return "STREAM"
	case syscall.SOCK_DGRAM:
		return "DGRAM"
	case syscall.SOCK_SEQPACKET:
		return "SEQPACKET"
	}
	return fmt.Sprint(t)
}

func readAll(fd int) string {
	b := make([]byte, 256)
	n, err := syscall.Read(fd, b)
	if err != nil {
		return e(err)
	}
	return fmt.Sprintf("%q", b[:n])
}

// sendNoAddr: sendto(fd, b, len, 0, NULL, 0).
func sendNoAddr(fd int, b []byte) error {
	_, _, en := sysCall6(SYS_SENDTO, uintptr(fd), uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), 0, 0, 0)
	return errno(en)
}

func main() { Main(netCases) }

func netCases() {
	Case("socket", "AF_INET-SOCK_STREAM", func() string {
		s, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		t, _ := syscall.GetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_TYPE)
		return e(err) + " type=" + sotype(t) + " " + cloexec(s)
	})
	Case("socket", "SOCK_CLOEXEC-SOCK_NONBLOCK", func() string {
		s, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC|syscall.SOCK_NONBLOCK, 0)
		defer syscall.Close(s)
		return e(err) + " " + cloexec(s) + " " + getfl(s)
	})
	Case("socket", "AF_INET-SOCK_DGRAM", func() string {
		s, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
		defer syscall.Close(s)
		t, _ := syscall.GetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_TYPE)
		return e(err) + " type=" + sotype(t)
	})
	Case("socket", "AF_INET6-SOCK_STREAM", func() string {
		s, err := syscall.Socket(syscall.AF_INET6, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		return e(err)
	})
	Case("socket", "AF_UNIX-SOCK_SEQPACKET", func() string {
		s, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_SEQPACKET, 0)
		defer syscall.Close(s)
		t, _ := syscall.GetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_TYPE)
		return e(err) + " type=" + sotype(t)
	})
	Case("socket", "EAFNOSUPPORT", func() string {
		_, err := syscall.Socket(9999, syscall.SOCK_STREAM, 0)
		return e(err)
	})
	Case("socket", "EPROTONOSUPPORT-udp-stream", func() string {
		_, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, syscall.IPPROTO_UDP)
		return e(err)
	})
	Case("bind", "loopback-port-0", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		err := syscall.Bind(s, &syscall.SockaddrInet4{Addr: loop4})
		sa, _ := syscall.Getsockname(s)
		return e(err) + " " + sastr(sa)
	})
	Case("bind", "EADDRINUSE", func() string {
		l, addr := tcpListener()
		defer syscall.Close(l)
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		return e(syscall.Bind(s, addr))
	})
	Case("bind", "EINVAL-already-bound", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		syscall.Bind(s, &syscall.SockaddrInet4{Addr: loop4})
		return e(syscall.Bind(s, &syscall.SockaddrInet4{Addr: loop4}))
	})
	Case("bind", "EADDRNOTAVAIL-foreign-address", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		return e(syscall.Bind(s, &syscall.SockaddrInet4{Addr: [4]byte{203, 0, 113, 9}}))
	})
	Case("bind", "ENOTSOCK", func() string {
		r, w := mustPipe()
		defer closeAll(r, w)
		return e(syscall.Bind(r, &syscall.SockaddrInet4{Addr: loop4}))
	})
	Case("listen", "SO_ACCEPTCONN", func() string {
		l, _ := tcpListener()
		defer syscall.Close(l)
		v, err := syscall.GetsockoptInt(l, syscall.SOL_SOCKET, syscall.SO_ACCEPTCONN)
		return e(err) + " listening=" + yes(v != 0)
	})
	Case("listen", "EOPNOTSUPP-udp", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
		defer syscall.Close(s)
		return e(syscall.Listen(s, 1))
	})
	Case("connect", "tcp-loopback", func() string {
		l, addr := tcpListener()
		defer syscall.Close(l)
		c, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(c)
		err := syscall.Connect(c, addr)
		pa, perr := syscall.Getpeername(c)
		return e(err) + " peer=" + sastr(pa) + " " + e(perr) + " same-port=" + yes(port(pa) == addr.Port)
	})
	Case("connect", "ECONNREFUSED", func() string {
		l, addr := tcpListener()
		syscall.Close(l)
		c, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(c)
		return e(syscall.Connect(c, addr))
	})
	Case("connect", "EINPROGRESS-nonblocking", func() string {
		l, addr := tcpListener()
		defer syscall.Close(l)
		c, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_NONBLOCK, 0)
		defer syscall.Close(c)
		err := syscall.Connect(c, addr)
		// Loopback may complete at once; both answers are fine, the final state is compared.
		first := "done"
		if err == syscall.EINPROGRESS {
			first = "in-progress"
		} else if err != nil {
			first = e(err)
		}
		time.Sleep(50 * time.Millisecond)
		soerr, _ := syscall.GetsockoptInt(c, syscall.SOL_SOCKET, syscall.SO_ERROR)
		_, perr := syscall.Getpeername(c)
		return fmt.Sprintf("first-ok=%s so_error=%d connected=%s", yes(first != "failed"), soerr, ename(perr))
	})
	Case("connect", "EISCONN", func() string {
		l, c, s := tcpPair()
		defer closeAll(l, c, s)
		sa, _ := syscall.Getpeername(c)
		return e(syscall.Connect(c, sa))
	})
	Case("accept", "returns-peer-address", func() string {
		l, addr := tcpListener()
		defer syscall.Close(l)
		c, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(c)
		syscall.Connect(c, addr)
		s, sa, err := syscall.Accept(l)
		defer syscall.Close(s)
		ca, _ := syscall.Getsockname(c)
		return e(err) + " " + sastr(sa) + " is-client=" + yes(port(sa) == port(ca)) + " " + cloexec(s)
	})
	Case("accept", "EINVAL-not-listening", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		_, _, err := syscall.Accept(s)
		return e(err)
	})
	Case("accept", "EAGAIN-nonblocking-no-client", func() string {
		l, _ := tcpListener()
		defer syscall.Close(l)
		syscall.SetNonblock(l, true)
		_, _, err := syscall.Accept(l)
		return e(err)
	})
	Case("accept", "ENOTSOCK", func() string {
		r, w := mustPipe()
		defer closeAll(r, w)
		_, _, err := syscall.Accept(r)
		return e(err)
	})
	Case("accept4", "SOCK_CLOEXEC-SOCK_NONBLOCK", func() string {
		l, addr := tcpListener()
		defer syscall.Close(l)
		c, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(c)
		syscall.Connect(c, addr)
		s, sa, err := syscall.Accept4(l, syscall.SOCK_CLOEXEC|syscall.SOCK_NONBLOCK)
		defer syscall.Close(s)
		return e(err) + " " + sastr(sa) + " " + cloexec(s) + " " + getfl(s)
	})
	Case("accept4", "EINVAL-bad-flags", func() string {
		l, _ := tcpListener()
		defer syscall.Close(l)
		_, _, err := syscall.Accept4(l, 0x40000000)
		return e(err)
	})
	Case("getsockname", "ENOTSOCK", func() string {
		r, w := mustPipe()
		defer closeAll(r, w)
		_, err := syscall.Getsockname(r)
		return e(err)
	})
	Case("getsockname", "unbound-inet", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		sa, err := syscall.Getsockname(s)
		return e(err) + " " + sastr(sa)
	})
	Case("getpeername", "ENOTCONN", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		_, err := syscall.Getpeername(s)
		return e(err)
	})
	Case("getpeername", "accepted-side-is-client", func() string {
		l, c, s := tcpPair()
		defer closeAll(l, c, s)
		pa, err := syscall.Getpeername(s)
		ca, _ := syscall.Getsockname(c)
		return e(err) + " " + sastr(pa) + " match=" + yes(port(pa) == port(ca))
	})
	Case("sendto", "tcp-stream-round-trip", func() string {
		l, c, s := tcpPair()
		defer closeAll(l, c, s)
		err := sendNoAddr(c, []byte("over tcp"))
		return e(err) + " got=" + readAll(s)
	})
	Case("recvfrom", "MSG_PEEK-then-read", func() string {
		l, c, s := tcpPair()
		defer closeAll(l, c, s)
		syscall.Write(c, []byte("peekable"))
		time.Sleep(20 * time.Millisecond)
		b := make([]byte, 4)
		n, _, err := syscall.Recvfrom(s, b, syscall.MSG_PEEK)
		return fmt.Sprintf("%s peek=%q then=%s", e(err), b[:n], readAll(s))
	})
	Case("recvfrom", "MSG_DONTWAIT-EAGAIN", func() string {
		l, c, s := tcpPair()
		defer closeAll(l, c, s)
		_, _, err := syscall.Recvfrom(s, make([]byte, 4), syscall.MSG_DONTWAIT)
		return e(err)
	})
	Case("recvfrom", "MSG_WAITALL", func() string {
		l, c, s := tcpPair()
		defer closeAll(l, c, s)
		go func() {
			syscall.Write(c, []byte("ab"))
			time.Sleep(30 * time.Millisecond)
			syscall.Write(c, []byte("cd"))
		}()
		b := make([]byte, 4)
		n, _, err := syscall.Recvfrom(s, b, syscall.MSG_WAITALL)
		return fmt.Sprintf("%s %q", e(err), b[:n])
	})
	Case("recvfrom", "ENOTCONN-unconnected-tcp", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		_, _, err := syscall.Recvfrom(s, make([]byte, 4), 0)
		return e(err)
	})
	Case("shutdown", "SHUT_WR-peer-sees-eof", func() string {
		l, c, s := tcpPair()
		defer closeAll(l, c, s)
		syscall.Write(c, []byte("last"))
		err := syscall.Shutdown(c, syscall.SHUT_WR)
		a := readAll(s)
		return e(err) + " " + a + " then " + readAll(s)
	})
	Case("shutdown", "SHUT_RD-read-returns-eof", func() string {
		l, c, s := tcpPair()
		defer closeAll(l, c, s)
		err := syscall.Shutdown(s, syscall.SHUT_RD)
		return e(err) + " " + readAll(s)
	})
	Case("shutdown", "write-after-SHUT_WR-EPIPE", func() string {
		l, c, s := tcpPair()
		defer closeAll(l, c, s)
		syscall.Shutdown(c, syscall.SHUT_WR)
		_, err := syscall.Write(c, []byte("x"))
		return e(err)
	})
	Case("shutdown", "ENOTCONN", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		return e(syscall.Shutdown(s, syscall.SHUT_RDWR))
	})
	Case("shutdown", "EINVAL-bad-how", func() string {
		l, c, s := tcpPair()
		defer closeAll(l, c, s)
		return e(syscall.Shutdown(c, 7))
	})
	Case("setsockopt", "SO_REUSEADDR", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		err := syscall.SetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1)
		v, gerr := syscall.GetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_REUSEADDR)
		return e(err) + " " + e(gerr) + " on=" + yes(v != 0)
	})
	Case("setsockopt", "TCP_NODELAY", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		a, _ := syscall.GetsockoptInt(s, syscall.IPPROTO_TCP, syscall.TCP_NODELAY)
		err := syscall.SetsockoptInt(s, syscall.IPPROTO_TCP, syscall.TCP_NODELAY, 1)
		b, _ := syscall.GetsockoptInt(s, syscall.IPPROTO_TCP, syscall.TCP_NODELAY)
		return fmt.Sprintf("before=%s %s after=%s", yes(a != 0), e(err), yes(b != 0))
	})
	Case("setsockopt", "SO_KEEPALIVE", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		err := syscall.SetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_KEEPALIVE, 1)
		v, _ := syscall.GetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_KEEPALIVE)
		return e(err) + " on=" + yes(v != 0)
	})
	Case("setsockopt", "SO_RCVBUF", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		err := syscall.SetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_RCVBUF, 65536)
		v, _ := syscall.GetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_RCVBUF)
		return e(err) + " at-least-set=" + yes(v >= 65536)
	})
	Case("setsockopt", "SO_LINGER", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		err := syscall.SetsockoptLinger(s, syscall.SOL_SOCKET, syscall.SO_LINGER, &syscall.Linger{Onoff: 1, Linger: 3})
		return e(err)
	})
	Case("setsockopt", "SO_RCVTIMEO-recv-times-out", func() string {
		l, c, s := tcpPair()
		defer closeAll(l, c, s)
		tv := syscall.NsecToTimeval(int64(80 * time.Millisecond))
		err := syscall.SetsockoptTimeval(s, syscall.SOL_SOCKET, syscall.SO_RCVTIMEO, &tv)
		t := time.Now()
		_, rerr := syscall.Read(s, make([]byte, 4))
		return e(err) + " read:" + e(rerr) + " waited>=60ms=" + yes(time.Since(t) >= 60*time.Millisecond)
	})
	Case("setsockopt", "ENOPROTOOPT-unknown-option", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		return e(syscall.SetsockoptInt(s, syscall.SOL_SOCKET, 0x7777, 1))
	})
	Case("setsockopt", "ENOTSOCK", func() string {
		r, w := mustPipe()
		defer closeAll(r, w)
		return e(syscall.SetsockoptInt(r, syscall.SOL_SOCKET, syscall.SO_REUSEADDR, 1))
	})
	Case("getsockopt", "SO_TYPE", func() string {
		s, _ := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_DGRAM, 0)
		defer syscall.Close(s)
		v, err := syscall.GetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_TYPE)
		return e(err) + " " + sotype(v)
	})
	Case("getsockopt", "SO_ERROR-refused", func() string {
		l, addr := tcpListener()
		syscall.Close(l)
		c, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM|syscall.SOCK_NONBLOCK, 0)
		defer syscall.Close(c)
		syscall.Connect(c, addr)
		time.Sleep(50 * time.Millisecond)
		v, err := syscall.GetsockoptInt(c, syscall.SOL_SOCKET, syscall.SO_ERROR)
		return e(err) + " so_error=" + ename(syscall.Errno(v))
	})
	Case("getsockopt", "ENOPROTOOPT-unknown-option", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		_, err := syscall.GetsockoptInt(s, syscall.SOL_SOCKET, 0x7777)
		return e(err)
	})
	// UDP
	Case("sendto", "udp-datagram-and-source", func() string {
		a, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
		b, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
		defer closeAll(a, b)
		syscall.Bind(a, &syscall.SockaddrInet4{Addr: loop4})
		syscall.Bind(b, &syscall.SockaddrInet4{Addr: loop4})
		bsa, _ := syscall.Getsockname(b)
		asa, _ := syscall.Getsockname(a)
		err := syscall.Sendto(a, []byte("datagram"), 0, bsa)
		buf := make([]byte, 64)
		n, from, rerr := syscall.Recvfrom(b, buf, 0)
		return fmt.Sprintf("%s %s %q from=%s is-sender=%s", e(err), e(rerr), buf[:n], sastr(from), yes(port(from) == port(asa)))
	})
	Case("recvfrom", "udp-EAGAIN-nonblocking", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM|syscall.SOCK_NONBLOCK, 0)
		defer syscall.Close(s)
		syscall.Bind(s, &syscall.SockaddrInet4{Addr: loop4})
		_, _, err := syscall.Recvfrom(s, make([]byte, 8), 0)
		return e(err)
	})
	Case("recvmsg", "udp-MSG_TRUNC", func() string {
		a, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
		b, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
		defer closeAll(a, b)
		syscall.Bind(b, &syscall.SockaddrInet4{Addr: loop4})
		bsa, _ := syscall.Getsockname(b)
		syscall.Sendto(a, []byte("a long datagram"), 0, bsa)
		buf := make([]byte, 4)
		n, _, flags, _, err := syscall.Recvmsg(b, buf, nil, 0)
		return fmt.Sprintf("%s n=%d %q truncated=%s", e(err), n, buf[:n], yes(flags&syscall.MSG_TRUNC != 0))
	})
	Case("connect", "udp-default-destination", func() string {
		a, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
		b, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
		defer closeAll(a, b)
		syscall.Bind(b, &syscall.SockaddrInet4{Addr: loop4})
		bsa, _ := syscall.Getsockname(b)
		err := syscall.Connect(a, bsa)
		syscall.Write(a, []byte("connected udp"))
		return e(err) + " got=" + readAll(b)
	})
	Case("sendto", "EDESTADDRREQ-unconnected-udp", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
		defer syscall.Close(s)
		return e(sendNoAddr(s, []byte("x")))
	})
	Case("sendto", "EMSGSIZE-huge-udp", func() string {
		s, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
		defer syscall.Close(s)
		return e(syscall.Sendto(s, make([]byte, 70000), 0, &syscall.SockaddrInet4{Addr: loop4, Port: 9}))
	})
	// UNIX
	Case("socketpair", "AF_UNIX-SOCK_STREAM", func() string {
		p, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		if err != nil {
			return e(err)
		}
		defer closeAll(p[0], p[1])
		syscall.Write(p[0], []byte("ping"))
		a := readAll(p[1])
		syscall.Write(p[1], []byte("pong"))
		return e(err) + " " + a + " " + readAll(p[0])
	})
	Case("socketpair", "AF_UNIX-SOCK_DGRAM-boundaries", func() string {
		p, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_DGRAM, 0)
		if err != nil {
			return e(err)
		}
		defer closeAll(p[0], p[1])
		syscall.Write(p[0], []byte("one"))
		syscall.Write(p[0], []byte("two"))
		return readAll(p[1]) + " " + readAll(p[1])
	})
	Case("socketpair", "SOCK_CLOEXEC", func() string {
		p, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
		if err != nil {
			return e(err)
		}
		defer closeAll(p[0], p[1])
		return e(err) + " " + cloexec(p[0]) + " " + cloexec(p[1])
	})
	Case("socketpair", "EOPNOTSUPP-inet", func() string {
		_, err := syscall.Socketpair(syscall.AF_INET, syscall.SOCK_STREAM, 0)
		return e(err)
	})
	Case("bind", "unix-path-creates-socket-file", func() string {
		s, _ := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		err := syscall.Bind(s, &syscall.SockaddrUnix{Name: "sock"})
		st, serr := fstatatN(AT_FDCWD, "sock", 0)
		sa, _ := syscall.Getsockname(s)
		return e(err) + " " + e(serr) + " " + ftype(st.mode) + " name=" + sastr(sa)
	})
	Case("bind", "unix-EADDRINUSE-existing-path", func() string {
		s, _ := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		defer syscall.Close(s)
		return e(syscall.Bind(s, &syscall.SockaddrUnix{Name: "sock"}))
	})
	Case("connect", "unix-stream-by-path", func() string {
		l, _ := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		defer syscall.Close(l)
		syscall.Bind(l, &syscall.SockaddrUnix{Name: "srv"})
		syscall.Listen(l, 4)
		c, _ := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		defer syscall.Close(c)
		err := syscall.Connect(c, &syscall.SockaddrUnix{Name: "srv"})
		s, _, aerr := syscall.Accept(l)
		defer syscall.Close(s)
		syscall.Write(c, []byte("unix stream"))
		pa, _ := syscall.Getpeername(c)
		return e(err) + " " + e(aerr) + " got=" + readAll(s) + " peer=" + sastr(pa)
	})
	Case("connect", "unix-ENOENT", func() string {
		c, _ := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		defer syscall.Close(c)
		return e(syscall.Connect(c, &syscall.SockaddrUnix{Name: "nowhere"}))
	})
	Case("sendmsg", "SCM_RIGHTS-passes-descriptor", func() string {
		p, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
		if err != nil {
			return e(err)
		}
		defer closeAll(p[0], p[1])
		writeFile("passed", "through the socket")
		f := mustOpen("passed", syscall.O_RDONLY, 0)
		serr := syscall.Sendmsg(p[0], []byte("x"), syscall.UnixRights(f), nil, 0)
		syscall.Close(f)
		oob := make([]byte, syscall.CmsgSpace(4))
		b := make([]byte, 8)
		_, oobn, _, _, rerr := syscall.Recvmsg(p[1], b, oob, 0)
		if rerr != nil {
			return e(serr) + " recvmsg:" + e(rerr)
		}
		msgs, perr := syscall.ParseSocketControlMessage(oob[:oobn])
		if perr != nil || len(msgs) != 1 {
			return e(serr) + fmt.Sprintf(" cmsgs=%d %v", len(msgs), perr)
		}
		fds, ferr := syscall.ParseUnixRights(&msgs[0])
		if ferr != nil || len(fds) != 1 {
			return e(serr) + fmt.Sprintf(" fds=%d", len(fds))
		}
		defer syscall.Close(fds[0])
		return e(serr) + " received=" + readAll(fds[0])
	})
	Case("recvmsg", "data-and-no-control", func() string {
		p, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_DGRAM, 0)
		if err != nil {
			return e(err)
		}
		defer closeAll(p[0], p[1])
		syscall.Sendmsg(p[0], []byte("plain"), nil, nil, 0)
		b := make([]byte, 16)
		oob := make([]byte, 64)
		n, oobn, flags, _, rerr := syscall.Recvmsg(p[1], b, oob, 0)
		return fmt.Sprintf("%s %q oobn=%d flags=%d", e(rerr), b[:n], oobn, flags)
	})
}
