// driver — the denizen benchmark: the same Go workloads built for Linux (run
// natively) and for each guest OS (run under denizen), measured side by side
// in one run, repeated, median; prints a table and writes JSON.
//
// Run it through bench/run (see bench/README.md); every flag is described by
// bench/run -h. Benchmarks report, they never fail: a workload that cannot
// run is shown as "n/a" with the reason, and the exit status stays 0.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

// A guest OS: GOOS for the workloads, the corpus name of its esbuild.
type guestOS struct {
	goos, esbuild string
}

var allGuests = []guestOS{
	{"freebsd", "freebsd-x64"},
	{"netbsd", "netbsd-x64"},
	{"openbsd", "openbsd-x64"},
	{"illumos", "sunos-x64"},
}

// A mode is one way of running denizen: a name and its extra `run` flags.
type mode struct {
	name  string
	flags []string
}

// A workload: "micro" ones report ns/op themselves; "process" ones are timed
// here, one process run per sample; "serve" ones are a server under wrk
// (serve.go), three rows each: requests/s, p50 and p99 latency.
type workload struct {
	name, kind, what string
	server           string                 // serve: "esbuild" or "httpd"
	close            bool                   // serve: every request on a new connection
	arg              func(c *config) string // extra argument of micro workloads
	perRep           int                    // process workloads: runs per repetition
	targetNs         float64                // micro: native loop time to aim for
}

var workloads = []workload{
	{name: "getpid", kind: "micro", what: "getpid() loop", targetNs: 150e6},
	{name: "read", kind: "micro", what: "1-byte read(2) of /dev/zero", targetNs: 150e6},
	{name: "stat", kind: "micro", what: "stat(2) loop", targetNs: 150e6},
	{name: "pingpong", kind: "micro", what: "goroutine ping-pong on locked threads (futex/umtx)", targetNs: 200e6},
	{name: "sleep", kind: "micro", what: "time.Sleep(1ms) loop (timers, netpoll timeouts)", targetNs: 200e6},
	{name: "walk", kind: "micro", what: "WalkDir + lstat over 1110 entries", targetNs: 200e6,
		arg: func(c *config) string { return c.tree }},
	{name: "tcp", kind: "micro", what: "64-byte loopback TCP echo round trip", targetNs: 200e6},
	{name: "thread", kind: "micro", what: "create an OS thread and let it exit", targetNs: 200e6},
	{name: "esbuild", kind: "process", what: "esbuild bundle of the fixture app (guest esbuild vs Linux esbuild)", perRep: 2},
	{name: "hello", kind: "process", what: "start-up of a hello program", perRep: 10},
	{name: "serve", kind: "serve", server: "esbuild", what: "esbuild --serve of the fixture app's bundle (main.js, 14.6 kB) under wrk"},
	{name: "http", kind: "serve", server: "httpd", what: "Go net/http, 13-byte answers, keep-alive, under wrk"},
	{name: "http-close", kind: "serve", server: "httpd", close: true, what: "Go net/http, 13-byte answers, a new connection per request (Connection: close), under wrk"},
}

// selected: -only names a workload or its group (the part before '-':
// "http" selects http and http-close).
func selected(c *config, w workload) bool {
	if c.only == nil {
		return true
	}
	return c.only[w.name] || c.only[strings.SplitN(w.name, "-", 2)[0]]
}

type config struct {
	root, denizen, corpus, out string
	reps                       int
	guests                     []guestOS
	modes                      []mode
	only                       map[string]bool
	tree                       string
	bin                        string // built workloads: bin/<goos>/{micro,hello,httpd}
	verbose                    bool
	wrk                        string // serve workloads: the wrk binary
	conns, dur                 int    // serve workloads: wrk -c and -d (seconds)
}

// One column of the table: native, or a guest OS under one mode.
type runner struct {
	key     string // "native", "freebsd", "freebsd --no-rewrite"
	goos    string
	mode    mode
	native  bool
	samples []float64
	err     string
}

type result struct {
	Workload string               `json:"workload"`
	What     string               `json:"what"`
	Unit     string               `json:"unit"`
	Iters    int                  `json:"iterations,omitempty"`
	Native   *stat                `json:"native"`
	Guests   map[string]*guestRes `json:"guests"`
}

type stat struct {
	Median  float64   `json:"median"`
	Samples []float64 `json:"samples"`
	Error   string    `json:"error,omitempty"`
	// serve workloads (the requests/s row): every wrk run, the socket
	// errors + non-2xx answers over them, the unclean server exits.
	Serve   []serveSample `json:"serve,omitempty"`
	Errors  int64         `json:"errors"`
	Unclean int           `json:"unclean_exits,omitempty"`
}

type guestRes struct {
	stat
	Ratio   float64 `json:"ratio,omitempty"`
	DeltaMs float64 `json:"delta_ms,omitempty"`
}

func main() {
	var c config
	var guests, modes, only string
	flag.StringVar(&c.root, "root", "", "denizen source tree (default: the parent of bench/)")
	flag.StringVar(&c.denizen, "denizen", os.Getenv("DENIZEN"), "denizen binary (default $DENIZEN, else ROOT/build/bin/denizen)")
	flag.StringVar(&c.corpus, "corpus", os.Getenv("DENIZEN_CORPUS"), "corpus cache (default $DENIZEN_CORPUS, else ROOT/build/corpus)")
	flag.StringVar(&c.out, "out", "", "output directory (default ROOT/build/bench)")
	flag.IntVar(&c.reps, "reps", 5, "repetitions (the median is reported)")
	flag.StringVar(&guests, "os", "", "guest OSes, comma-separated (default: every one denizen runs)")
	flag.StringVar(&modes, "modes", "default,no-rewrite,no-fsgsbase", "denizen modes: default, no-rewrite, no-fsgsbase (the arch_prctl fallback, forced)")
	flag.StringVar(&only, "only", "", "workloads to run, comma-separated (default: all)")
	flag.BoolVar(&c.verbose, "v", false, "print every sample")
	flag.StringVar(&c.wrk, "wrk", "wrk", "serve workloads: the wrk binary")
	flag.IntVar(&c.conns, "conns", 16, "serve workloads: connections (wrk -c; one wrk thread)")
	flag.IntVar(&c.dur, "dur", 5, "serve workloads: seconds of load per sample (wrk -d)")
	flag.Parse()

	if c.root == "" {
		exe, _ := os.Getwd()
		c.root = filepath.Dir(exe)
	}
	if c.denizen == "" {
		c.denizen = filepath.Join(c.root, "build/bin/denizen")
	}
	if c.corpus == "" {
		c.corpus = filepath.Join(c.root, "build/corpus")
	}
	if c.out == "" {
		c.out = filepath.Join(c.root, "build/bench")
	}
	for _, p := range []*string{&c.denizen, &c.corpus, &c.out} {
		if a, err := filepath.Abs(*p); err == nil {
			*p = a
		}
	}
	if _, err := os.Stat(c.denizen); err != nil {
		fatal("denizen binary not found at %s (build it, or give -denizen)", c.denizen)
	}
	for _, m := range strings.Split(modes, ",") {
		switch strings.TrimSpace(m) {
		case "default":
			c.modes = append(c.modes, mode{name: ""})
		case "no-rewrite":
			c.modes = append(c.modes, mode{name: "--no-rewrite", flags: []string{"--no-rewrite"}})
		case "no-fsgsbase":
			// The host without FSGSBASE, on any host (DENIZEN_FSGSBASE=off).
			c.modes = append(c.modes, mode{name: "--no-fsgsbase", flags: []string{"--no-fsgsbase"}})
		case "":
		default:
			fatal("unknown mode %q (default, no-rewrite, no-fsgsbase)", m)
		}
	}
	if only != "" {
		c.only = map[string]bool{}
		for _, w := range strings.Split(only, ",") {
			c.only[strings.TrimSpace(w)] = true
		}
	}
	c.bin = filepath.Join(c.out, "bin")
	must(os.MkdirAll(c.bin, 0o755))

	// Build the workloads for Linux and every guest OS Go can target.
	wanted := map[string]bool{}
	if guests != "" {
		for _, g := range strings.Split(guests, ",") {
			wanted[strings.TrimSpace(g)] = true
		}
	}
	must(build(&c, "linux"))
	for _, g := range allGuests {
		if guests != "" && !wanted[g.goos] {
			continue
		}
		if err := build(&c, g.goos); err != nil {
			note("%s: cannot build the workloads: %v", g.goos, err)
			continue
		}
		// Only the OSes denizen runs today take part (unless asked for).
		if guests == "" {
			if err := probe(&c, g.goos); err != nil {
				note("%s: skipped (%v)", g.goos, err)
				continue
			}
		}
		c.guests = append(c.guests, g)
	}
	if len(c.guests) == 0 {
		fatal("no guest OS to measure")
	}
	c.tree = filepath.Join(c.out, "tree")
	must(makeTree(c.tree))

	host := hostInfo()
	note("host: %s", host)
	note("denizen: %s; corpus: %s; %d repetitions, medians", c.denizen, c.corpus, c.reps)

	var results []*result
	for _, w := range workloads {
		if !selected(&c, w) {
			continue
		}
		if w.kind == "serve" {
			rs := runServe(&c, w, newRunners(&c))
			for _, r := range rs {
				results = append(results, r)
				printRow(&c, r, len(results) == 1)
			}
			printTrouble(&c, rs[0])
			continue
		}
		r := runWorkload(&c, w)
		results = append(results, r)
		printRow(&c, r, len(results) == 1)
	}

	js, _ := json.MarshalIndent(map[string]interface{}{
		"date":        time.Now().UTC().Format(time.RFC3339),
		"host":        host,
		"denizen":     c.denizen,
		"repetitions": c.reps,
		"serve":       map[string]interface{}{"wrk_threads": 1, "connections": c.conns, "seconds": c.dur},
		"results":     results,
	}, "", "  ")
	path := filepath.Join(c.out, "results.json")
	must(os.WriteFile(path, append(js, '\n'), 0o644))
	fmt.Printf("\nJSON: %s\n", path)
}

func fatal(f string, a ...interface{}) {
	fmt.Fprintf(os.Stderr, "bench: "+f+"\n", a...)
	os.Exit(2)
}

func note(f string, a ...interface{}) { fmt.Fprintf(os.Stderr, "bench: "+f+"\n", a...) }

func must(err error) {
	if err != nil {
		fatal("%v", err)
	}
}

func build(c *config, goos string) error {
	dir := filepath.Join(c.bin, goos)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, w := range []string{"micro", "hello", "httpd"} {
		cmd := exec.Command("go", "build", "-trimpath", "-o", filepath.Join(dir, w), "./workloads/"+w)
		cmd.Dir = filepath.Join(c.root, "bench")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOARCH=amd64", "GOOS="+goos)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", w, err, out)
		}
	}
	return nil
}

func probe(c *config, goos string) error {
	out, err := exec.Command(c.denizen, "run", filepath.Join(c.bin, goos, "hello")).CombinedOutput()
	if err != nil || string(out) != "hello\n" {
		return fmt.Errorf("denizen does not run its hello: %v %s", err, strings.TrimSpace(string(out)))
	}
	return nil
}

// makeTree creates the directory tree of the walk workload once (natively):
// 10 directories of 10 directories of 10 files, 1110 entries in all.
func makeTree(root string) error {
	if _, err := os.Stat(filepath.Join(root, "d9/d9/f9")); err == nil {
		return nil
	}
	os.RemoveAll(root)
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			d := filepath.Join(root, fmt.Sprintf("d%d/d%d", i, j))
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
			for k := 0; k < 10; k++ {
				if err := os.WriteFile(filepath.Join(d, fmt.Sprintf("f%d", k)), []byte("x"), 0o644); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func hostInfo() string {
	model := ""
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				model = strings.TrimSpace(l[strings.Index(l, ":")+1:])
				break
			}
		}
	}
	kernel, _ := os.ReadFile("/proc/sys/kernel/osrelease")
	return fmt.Sprintf("%s, %d CPUs, Linux %s", model, runtime.NumCPU(), strings.TrimSpace(string(kernel)))
}

// The command line of one run of workload w by runner r (iterations n).
func command(c *config, w workload, r *runner, n int, tmp string) (*exec.Cmd, error) {
	var prog string
	var args []string
	dir := ""
	switch w.name {
	case "esbuild":
		os := "linux-x64"
		if !r.native {
			for _, g := range allGuests {
				if g.goos == r.goos {
					os = g.esbuild
				}
			}
		}
		prog = filepath.Join(c.corpus, "esbuild", os, "esbuild")
		dir = filepath.Join(c.corpus, "fixture-app")
		if _, err := osStat(prog); err != nil {
			return nil, err
		}
		if _, err := osStat(filepath.Join(dir, "src/main.tsx")); err != nil {
			return nil, err
		}
		args = []string{"src/main.tsx", "--bundle", "--minify", "--sourcemap", "--outdir=" + tmp, "--log-level=warning"}
	case "hello":
		prog = filepath.Join(c.bin, r.goos, "hello")
	default:
		prog = filepath.Join(c.bin, r.goos, "micro")
		args = []string{w.name, strconv.Itoa(n)}
		if w.arg != nil {
			args = append(args, w.arg(c))
		}
	}
	var cmd *exec.Cmd
	if r.native {
		cmd = exec.Command(prog, args...)
	} else {
		a := append([]string{"run"}, r.mode.flags...)
		a = append(a, prog)
		cmd = exec.Command(c.denizen, append(a, args...)...)
	}
	cmd.Dir = dir
	return cmd, nil
}

func osStat(p string) (os.FileInfo, error) {
	fi, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("missing %s (run scripts/corpus)", p)
	}
	return fi, nil
}

// The longest a micro or process sample may take.
const sampleTimeout = 60 * time.Second

// One sample: ns/op for micro workloads, ms of wall time for process ones.
func sample(c *config, w workload, r *runner, n int) (float64, error) {
	tmp, err := os.MkdirTemp(c.out, "run-")
	if err != nil {
		return 0, err
	}
	defer os.RemoveAll(tmp)
	cmd, err := command(c, w, r, n, tmp)
	if err != nil {
		return 0, err
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	// Bounded: a sample that hangs (a guest that deadlocks) is killed and
	// its column becomes n/a.
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(sampleTimeout):
		cmd.Process.Kill()
		<-done
		return 0, fmt.Errorf("timed out after %v (killed)", sampleTimeout)
	}
	el := time.Since(start)
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 200 {
			msg = msg[:200]
		}
		return 0, fmt.Errorf("%v: %s", err, msg)
	}
	if w.kind == "process" {
		return float64(el.Nanoseconds()) / 1e6, nil
	}
	f := strings.Fields(stdout.String())
	if len(f) != 2 || f[0] != "ns/op" {
		return 0, fmt.Errorf("unexpected output %q", stdout.String())
	}
	return strconv.ParseFloat(f[1], 64)
}

// The columns: native first, then every guest OS in every mode.
func newRunners(c *config) []*runner {
	runners := []*runner{{key: "native", goos: "linux", native: true}}
	for _, g := range c.guests {
		for _, m := range c.modes {
			k := g.goos
			if m.name != "" {
				k += " " + m.name
			}
			runners = append(runners, &runner{key: k, goos: g.goos, mode: m})
		}
	}
	return runners
}

func runWorkload(c *config, w workload) *result {
	runners := newRunners(c)
	res := &result{Workload: w.name, What: w.what, Unit: "ns/op", Guests: map[string]*guestRes{}}
	n := 0
	if w.kind == "micro" {
		// Calibrate on the native build: iterations for about targetNs.
		n = 1000
		for tries := 0; tries < 6; tries++ {
			v, err := sample(c, w, runners[0], n)
			if err != nil {
				runners[0].err = err.Error()
				break
			}
			if float64(n)*v >= w.targetNs/4 || tries == 5 {
				n = int(w.targetNs / v)
				break
			}
			n *= 8
		}
		if n < 1 {
			n = 1
		}
		res.Iters = n
	} else {
		res.Unit = "ms"
	}
	perRep := 1
	if w.perRep > 0 {
		perRep = w.perRep
	}
	// Interleaved: every repetition runs every runner once, so that a slow
	// phase of the machine hits all columns alike.
	for rep := 0; rep < c.reps; rep++ {
		for i := 0; i < perRep; i++ {
			for _, r := range runners {
				if r.err != "" {
					continue
				}
				v, err := sample(c, w, r, n)
				if err != nil {
					r.err = err.Error()
					continue
				}
				if c.verbose {
					note("%s %s: %.1f", w.name, r.key, v)
				}
				r.samples = append(r.samples, v)
			}
		}
	}
	nat := toStat(runners[0])
	res.Native = nat
	for _, r := range runners[1:] {
		g := &guestRes{stat: *toStat(r)}
		if g.Error == "" && nat.Error == "" && nat.Median > 0 {
			g.Ratio = round(g.Median/nat.Median, 3)
			if w.kind == "process" {
				g.DeltaMs = round(g.Median-nat.Median, 2)
			}
		}
		res.Guests[r.key] = g
	}
	return res
}

func toStat(r *runner) *stat {
	s := &stat{Samples: r.samples, Error: r.err}
	if r.err == "" && len(r.samples) > 0 {
		v := append([]float64(nil), r.samples...)
		sort.Float64s(v)
		m := v[len(v)/2]
		if len(v)%2 == 0 {
			m = (v[len(v)/2-1] + v[len(v)/2]) / 2
		}
		s.Median = round(m, 3)
	} else if r.err == "" {
		s.Error = "no samples"
	}
	return s
}

func round(v float64, d int) float64 {
	p, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', d, 64), 64)
	return p
}

func guestKeys(c *config) []string {
	var k []string
	for _, g := range c.guests {
		for _, m := range c.modes {
			s := g.goos
			if m.name != "" {
				s += " " + m.name
			}
			k = append(k, s)
		}
	}
	return k
}

func fmtVal(v float64) string {
	switch {
	case v >= 100000:
		return fmt.Sprintf("%.0f", v)
	case v >= 100:
		return fmt.Sprintf("%.1f", v)
	default:
		return fmt.Sprintf("%.2f", v)
	}
}

func printRow(c *config, r *result, header bool) {
	keys := guestKeys(c)
	if header {
		fmt.Printf("\n%-14s %-6s %11s", "workload", "unit", "native")
		for _, k := range keys {
			fmt.Printf(" | %22s %7s", k, "ratio")
		}
		fmt.Println()
		fmt.Println(strings.Repeat("-", 33+len(keys)*33))
	}
	nat := "n/a"
	if r.Native.Error == "" {
		nat = fmtVal(r.Native.Median)
	}
	fmt.Printf("%-14s %-6s %11s", r.Workload, r.Unit, nat)
	var errs []string
	for _, k := range keys {
		g := r.Guests[k]
		if g == nil || g.Error != "" {
			fmt.Printf(" | %22s %7s", "n/a", "")
			if g != nil {
				errs = append(errs, k+": "+g.Error)
			}
			continue
		}
		ratio := ""
		if g.Ratio > 0 {
			ratio = fmt.Sprintf("x%.2f", g.Ratio)
		}
		v := fmtVal(g.Median)
		if g.DeltaMs != 0 {
			v = fmt.Sprintf("%s (%+.2f)", v, g.DeltaMs)
		}
		fmt.Printf(" | %22s %7s", v, ratio)
	}
	fmt.Println()
	if r.Native.Error != "" {
		errs = append([]string{"native: " + r.Native.Error}, errs...)
	}
	for _, e := range errs {
		fmt.Printf("    n/a %s\n", e)
	}
}
