// httpd — the HTTP server workload of the denizen benchmark: a Go net/http
// server with a small response, driven by wrk from bench/driver.
//
//	httpd [ADDR]
//
// listens on ADDR (default 127.0.0.1:0, loopback only), prints one line,
// "listening HOST:PORT", once it accepts connections, and answers every
// request with a 13-byte text body (keep-alive unless the client sends
// "Connection: close"). It exits with status 0 when its stdin reaches EOF
// (the driver closes it) and on SIGTERM/SIGINT: the bench stops its servers.
// The same source is built for Linux (run natively) and for each guest OS
// (run under denizen).
package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

var body = []byte("hello, world\n")

func main() {
	addr := "127.0.0.1:0"
	if len(os.Args) > 1 {
		addr = os.Args[1]
	}
	if h, _, err := net.SplitHostPort(addr); err != nil || !(h == "127.0.0.1" || strings.HasPrefix(h, "127.")) {
		fmt.Fprintf(os.Stderr, "httpd: %q: loopback addresses only\n", addr)
		os.Exit(2)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintf(os.Stderr, "httpd: %v\n", err)
		os.Exit(2)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write(body)
	})
	go func() {
		io.Copy(io.Discard, os.Stdin)
		os.Exit(0)
	}()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-sigs
		os.Exit(0)
	}()
	fmt.Printf("listening %s\n", ln.Addr())
	err = http.Serve(ln, mux)
	fmt.Fprintf(os.Stderr, "httpd: %v\n", err)
	os.Exit(1)
}
