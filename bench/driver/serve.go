// Server workloads: a server (esbuild --serve, or bench/workloads/httpd) on
// 127.0.0.1 under denizen or natively, driven by wrk for a fixed time; each
// sample gives requests/s, p50 and p99 latency, wrk's socket errors, non-2xx
// answers and how the server ended. Loopback only; every step has a timeout;
// the bench stops the server itself (stdin closed, then SIGTERM, SIGKILL).
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// One wrk run against one server.
type serveSample struct {
	RPS       float64 `json:"rps"`
	P50       float64 `json:"p50_ms"`
	P99       float64 `json:"p99_ms"`
	Requests  int64   `json:"requests"`
	SockErrs  int64   `json:"socket_errors"`
	Non2xx    int64   `json:"non_2xx"`
	CleanExit bool    `json:"clean_exit"`
	Note      string  `json:"note,omitempty"`
}

// A started server: its process and the URL wrk hits.
type server struct {
	cmd    *exec.Cmd
	stdin  io.WriteCloser
	url    string
	exited chan error
	stderr *bytes.Buffer
}

// freePort asks the kernel for a free loopback port (racy but fine: the
// server is started right after).
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

func (c *config) wrap(r *runner, prog string, args ...string) *exec.Cmd {
	if r.native {
		return exec.Command(prog, args...)
	}
	a := append([]string{"run"}, r.mode.flags...)
	a = append(a, prog)
	return exec.Command(c.denizen, append(a, args...)...)
}

func startServer(c *config, w workload, r *runner) (*server, error) {
	s := &server{exited: make(chan error, 1), stderr: &bytes.Buffer{}}
	var lines *bufio.Reader
	switch w.server {
	case "esbuild":
		osname := "linux-x64"
		if !r.native {
			for _, g := range allGuests {
				if g.goos == r.goos {
					osname = g.esbuild
				}
			}
		}
		prog := filepath.Join(c.corpus, "esbuild", osname, "esbuild")
		dir := filepath.Join(c.corpus, "fixture-app")
		if _, err := osStat(prog); err != nil {
			return nil, err
		}
		if _, err := osStat(filepath.Join(dir, "src/main.tsx")); err != nil {
			return nil, err
		}
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		// Served from memory: nothing is written to outdir.
		s.cmd = c.wrap(r, prog, "src/main.tsx", "--bundle", "--outdir=dist",
			fmt.Sprintf("--serve=127.0.0.1:%d", port), "--log-level=warning")
		s.cmd.Dir = dir
		s.url = fmt.Sprintf("http://127.0.0.1:%d/main.js", port)
	case "httpd":
		s.cmd = c.wrap(r, filepath.Join(c.bin, r.goos, "httpd"), "127.0.0.1:0")
		out, err := s.cmd.StdoutPipe()
		if err != nil {
			return nil, err
		}
		lines = bufio.NewReader(out)
	default:
		return nil, fmt.Errorf("unknown server %q", w.server)
	}
	in, err := s.cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	s.stdin = in
	s.cmd.Stderr = s.stderr
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	go func() { s.exited <- s.cmd.Wait() }()
	deadline := time.Now().Add(30 * time.Second)
	if lines != nil {
		got := make(chan string, 1)
		go func() {
			l, _ := lines.ReadString('\n')
			got <- strings.TrimSpace(l)
			io.Copy(io.Discard, lines)
		}()
		select {
		case l := <-got:
			f := strings.Fields(l)
			if len(f) != 2 || f[0] != "listening" {
				s.stop(time.Second)
				return nil, fmt.Errorf("server said %q: %s", l, s.errText())
			}
			s.url = "http://" + f[1] + "/"
		case <-time.After(time.Until(deadline)):
			s.stop(time.Second)
			return nil, fmt.Errorf("server not listening after 30 s: %s", s.errText())
		}
	}
	// Ready = one GET answered 200 (esbuild builds on the first request).
	cl := &http.Client{Timeout: 10 * time.Second}
	for {
		resp, err := cl.Get(s.url)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return s, nil
			}
			err = fmt.Errorf("status %d", resp.StatusCode)
		}
		select {
		case e := <-s.exited:
			s.exited <- e
			return nil, fmt.Errorf("server exited before it was ready (%v): %s", e, s.errText())
		default:
		}
		if time.Now().After(deadline) {
			s.stop(time.Second)
			return nil, fmt.Errorf("server not ready after 30 s (%v): %s", err, s.errText())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s *server) errText() string {
	t := strings.TrimSpace(s.stderr.String())
	if len(t) > 300 {
		t = t[:300]
	}
	return t
}

// stop closes the server's stdin and waits up to grace for it to exit;
// then SIGTERM, then SIGKILL. True when it exited by itself with status 0.
func (s *server) stop(grace time.Duration) (bool, error) {
	s.stdin.Close()
	select {
	case err := <-s.exited:
		return err == nil, err
	case <-time.After(grace):
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-s.exited:
		return false, fmt.Errorf("did not exit when its stdin closed; SIGTERM: %v", err)
	case <-time.After(3 * time.Second):
	}
	s.cmd.Process.Kill()
	err := <-s.exited
	return false, fmt.Errorf("did not exit on stdin EOF nor SIGTERM; killed: %v", err)
}

var (
	reReqs    = regexp.MustCompile(`(?m)^\s*(\d+) requests in`)
	reRPS     = regexp.MustCompile(`(?m)^Requests/sec:\s+([0-9.]+)`)
	reLat     = regexp.MustCompile(`(?m)^\s+(50|99)%\s+([0-9.]+)(us|ms|s)\s*$`)
	reSockErr = regexp.MustCompile(`Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)`)
	reNon2xx  = regexp.MustCompile(`Non-2xx or 3xx responses: (\d+)`)
)

// parseWrk reads `wrk --latency` output.
func parseWrk(out string) (serveSample, error) {
	var s serveSample
	m := reRPS.FindStringSubmatch(out)
	if m == nil {
		return s, fmt.Errorf("no Requests/sec in wrk output: %q", out)
	}
	s.RPS, _ = strconv.ParseFloat(m[1], 64)
	if m = reReqs.FindStringSubmatch(out); m != nil {
		s.Requests, _ = strconv.ParseInt(m[1], 10, 64)
	}
	for _, m := range reLat.FindAllStringSubmatch(out, -1) {
		v, _ := strconv.ParseFloat(m[2], 64)
		switch m[3] {
		case "us":
			v /= 1000
		case "s":
			v *= 1000
		}
		if m[1] == "50" {
			s.P50 = v
		} else {
			s.P99 = v
		}
	}
	if m = reSockErr.FindStringSubmatch(out); m != nil {
		for _, x := range m[1:] {
			n, _ := strconv.ParseInt(x, 10, 64)
			s.SockErrs += n
		}
	}
	if m = reNon2xx.FindStringSubmatch(out); m != nil {
		s.Non2xx, _ = strconv.ParseInt(m[1], 10, 64)
	}
	return s, nil
}

// serveOnce starts the server, runs wrk against it, stops it.
func serveOnce(c *config, w workload, r *runner) (serveSample, error) {
	srv, err := startServer(c, w, r)
	if err != nil {
		return serveSample{}, err
	}
	args := []string{"-t1", fmt.Sprintf("-c%d", c.conns), fmt.Sprintf("-d%ds", c.dur), "--latency", "--timeout", "5s"}
	if w.close {
		args = append(args, "-H", "Connection: close")
	}
	args = append(args, srv.url)
	wrk := exec.Command(c.wrk, args...)
	var out bytes.Buffer
	wrk.Stdout, wrk.Stderr = &out, &out
	werr := make(chan error, 1)
	if err := wrk.Start(); err != nil {
		srv.stop(time.Second)
		return serveSample{}, err
	}
	go func() { werr <- wrk.Wait() }()
	var wrkErr error
	died := false
	select {
	case wrkErr = <-werr:
	case <-time.After(time.Duration(c.dur+20) * time.Second):
		wrk.Process.Kill()
		<-werr
		wrkErr = fmt.Errorf("wrk did not finish in %d s", c.dur+20)
	case e := <-srv.exited:
		srv.exited <- e
		died = true
		wrk.Process.Kill()
		<-werr
		wrkErr = fmt.Errorf("server died under load (%v): %s", e, srv.errText())
	}
	clean, stopErr := srv.stop(5 * time.Second)
	if died {
		return serveSample{}, wrkErr
	}
	if wrkErr != nil {
		return serveSample{}, fmt.Errorf("wrk: %v: %s", wrkErr, strings.TrimSpace(out.String()))
	}
	s, err := parseWrk(out.String())
	if err != nil {
		return s, err
	}
	s.CleanExit = clean
	if stopErr != nil {
		s.Note = fmt.Sprintf("server stop: %v", stopErr)
	}
	return s, nil
}

// runServe runs a server workload for every runner (interleaved, c.reps
// times) and returns three results: requests/s, p50 and p99 (medians).
func runServe(c *config, w workload, runners []*runner) []*result {
	if _, err := exec.LookPath(c.wrk); err != nil {
		for _, r := range runners {
			r.err = "wrk not found (apt-get install wrk, or scripts/deps)"
		}
	}
	all := make([][]serveSample, len(runners))
	for rep := 0; rep < c.reps; rep++ {
		for i, r := range runners {
			if r.err != "" {
				continue
			}
			s, err := serveOnce(c, w, r)
			if err != nil {
				r.err = err.Error()
				continue
			}
			if c.verbose {
				note("%s %s: %.0f req/s p50 %.3f ms p99 %.3f ms, %d requests, %d socket errors, %d non-2xx, clean exit %v %s",
					w.name, r.key, s.RPS, s.P50, s.P99, s.Requests, s.SockErrs, s.Non2xx, s.CleanExit, s.Note)
			}
			all[i] = append(all[i], s)
		}
	}
	metrics := []struct {
		suffix, unit string
		get          func(serveSample) float64
	}{
		{"", "req/s", func(s serveSample) float64 { return s.RPS }},
		{" p50", "ms", func(s serveSample) float64 { return s.P50 }},
		{" p99", "ms", func(s serveSample) float64 { return s.P99 }},
	}
	var out []*result
	for mi, m := range metrics {
		res := &result{Workload: w.name + m.suffix, What: w.what, Unit: m.unit, Guests: map[string]*guestRes{}}
		var nat *stat
		for i, r := range runners {
			rr := &runner{key: r.key, err: r.err}
			for _, s := range all[i] {
				rr.samples = append(rr.samples, m.get(s))
			}
			st := toStat(rr)
			if mi == 0 {
				st.Serve = all[i]
				st.Errors, st.Unclean = serveTrouble(all[i])
			}
			if i == 0 {
				nat = st
				res.Native = st
				continue
			}
			g := &guestRes{stat: *st}
			if g.Error == "" && nat.Error == "" && nat.Median > 0 {
				g.Ratio = round(g.Median/nat.Median, 3)
			}
			res.Guests[r.key] = g
		}
		out = append(out, res)
	}
	return out
}

// serveTrouble: socket errors + non-2xx answers over all samples, and how
// many times the server did not exit cleanly when its stdin closed.
func serveTrouble(ss []serveSample) (errs int64, unclean int) {
	for _, s := range ss {
		errs += s.SockErrs + s.Non2xx
		if !s.CleanExit {
			unclean++
		}
	}
	return
}

// printTrouble prints one line per server workload: errors and unclean exits by column.
func printTrouble(c *config, r *result) {
	var parts []string
	add := func(k string, s *stat) {
		if s == nil || s.Error != "" {
			return
		}
		p := fmt.Sprintf("%s %d", k, s.Errors)
		if s.Unclean > 0 {
			p += fmt.Sprintf(" (%d unclean exits)", s.Unclean)
		}
		parts = append(parts, p)
	}
	add("native", r.Native)
	for _, k := range guestKeys(c) {
		if g := r.Guests[k]; g != nil {
			add(k, &g.stat)
		}
	}
	fmt.Printf("    %s: socket errors + non-2xx (-c%d, %d s): %s\n", r.Workload, c.conns, c.dur, strings.Join(parts, ", "))
}

var _ = os.Getpid
