// sigdial — nonblocking connects under a storm of signals (run by
// tests/reliability/sigdial.sh, for each guest OS).
//
// Two goroutines send SIGUSR1 to the process as fast as they can while the main
// goroutine dials a listener of its own over TCP and over a Unix socket, again and
// again, for SIGDIAL_SECONDS (default 10).  Each dial must connect within 5 s.
//
// Why: a signal that arrives in the instant before a blocking host call begins ends
// that call before it starts.  The call must then be made again after the guest's
// handler, as if the signal had come first.  When a library personality answered
// EINTR instead, a nonblocking connect() that was never made looked to Go like one
// in progress: Go waited for it to complete, forever (the net suite's rare hang on
// OpenBSD).  Prints "sigdial ok: D dials, S signals" and exits 0, or "FAIL ..."
// lines and exits 1.
package main

import (
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"
)

func serve(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.Close()
	}
}

func main() {
	secs := 10
	if s, err := strconv.Atoi(os.Getenv("SIGDIAL_SECONDS")); err == nil && s > 0 {
		secs = s
	}
	tcp, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("FAIL listen tcp:", err)
		os.Exit(1)
	}
	dir, err := os.MkdirTemp("", "sigdial")
	if err != nil {
		fmt.Println("FAIL mkdtemp:", err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)
	unix, err := net.Listen("unix", filepath.Join(dir, "s"))
	if err != nil {
		fmt.Println("FAIL listen unix:", err)
		os.Exit(1)
	}
	go serve(tcp)
	go serve(unix)

	var got int64
	sigc := make(chan os.Signal, 256)
	signal.Notify(sigc, syscall.SIGUSR1)
	go func() {
		for range sigc {
			atomic.AddInt64(&got, 1)
		}
	}()
	var stop int32
	for i := 0; i < 2; i++ {
		go func() {
			pid := os.Getpid()
			for atomic.LoadInt32(&stop) == 0 {
				syscall.Kill(pid, syscall.SIGUSR1)
			}
		}()
	}

	dials, bad := 0, 0
	end := time.Now().Add(time.Duration(secs) * time.Second)
	for time.Now().Before(end) {
		for _, a := range []net.Addr{tcp.Addr(), unix.Addr()} {
			t0 := time.Now()
			c, err := net.DialTimeout(a.Network(), a.String(), 5*time.Second)
			dials++
			if err != nil {
				bad++
				fmt.Printf("FAIL dial %s %s after %v: %v\n", a.Network(), a, time.Since(t0).Round(time.Millisecond), err)
				if bad >= 5 {
					os.Exit(1)
				}
				continue
			}
			c.Close()
		}
	}
	atomic.StoreInt32(&stop, 1)
	time.Sleep(50 * time.Millisecond)
	n := atomic.LoadInt64(&got)
	if bad > 0 {
		os.Exit(1)
	}
	if n < 100 {
		fmt.Printf("FAIL only %d signals arrived in %d s: no storm\n", n, secs)
		os.Exit(1)
	}
	fmt.Printf("sigdial ok: %d dials, %d signals\n", dials, n)
}
