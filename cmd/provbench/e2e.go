package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/internal/batch"
	"github.com/provcheck/provcheck/provenance"
	"github.com/provcheck/provcheck/provenance/match/spin"
	"github.com/provcheck/provcheck/report"
)

// The e2e suite builds a loopback web of aggregator copies and their
// originals, served by a child process so that the figures count only
// provcheck's own CPU, and checks it in one batch with politeness off.
const (
	e2eHosts    = 20
	e2eServeEnv = "PROVBENCH_E2E_SERVE"
	e2eDataEnv  = "PROVBENCH_E2E_DATA"
)

// e2eSizes are the batch sizes measured, to show memory staying flat as
// the batch grows; the web serves the largest.
func e2eSizes() []int { return []int{250, 500, 1000} }

func runE2E(ctx context.Context, data string, w io.Writer) error {
	if data == "" {
		data = "provenance/match/testdata/spin"
	}
	texts, err := e2eTexts(data)
	if err != nil {
		return err
	}
	addr, stop, err := startE2EServer(ctx, data)
	if err != nil {
		return err
	}
	defer stop()
	fmt.Fprintf(w, "e2e: %d-host loopback web served by a child process; %d source texts; GOMAXPROCS %d\n",
		2*e2eHosts, len(texts), runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "%8s %10s %12s %14s %14s %8s\n", "targets", "wall s", "articles/s", "CPU ms/article", "peak heap MB", "failed")
	for _, n := range e2eSizes() {
		res, err := e2eRun(ctx, addr, n)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%8d %10.2f %12.1f %14.2f %14.1f %8d\n", n, res.wall.Seconds(), float64(n)/res.wall.Seconds(),
			float64(res.cpu.Microseconds())/1000/float64(n), float64(res.peakHeap)/(1<<20), res.notFail)
	}
	return nil
}

type e2eResult struct {
	wall, cpu time.Duration
	peakHeap  uint64
	notFail   int // copies whose original was not found
}

// e2eRun checks n copies in one batch, streaming the reports to a JSONL
// writer that discards them, and samples the heap while it runs.
func e2eRun(ctx context.Context, addr string, n int) (e2eResult, error) {
	resolve := map[string]string{}
	for h := range e2eHosts {
		resolve[aggHost(h)], resolve[origHost(h)] = addr, addr
	}
	c, err := crawler.New(crawler.Options{Resolve: resolve, AllowPrivateNetwork: true, HostDelay: -1, Retries: -1,
		HostParallelism: 4, Concurrency: 16})
	if err != nil {
		return e2eResult{}, err
	}
	defer c.Close()
	refs := make([]string, n)
	for i := range refs {
		refs[i] = fmt.Sprintf("http://%s/story/%d", aggHost(i%e2eHosts), i)
	}
	w, _ := report.New("jsonl", io.Discard, report.Options{})
	var res e2eResult
	runtime.GC()
	var peak atomic.Uint64
	stopSampling := sampleHeap(&peak)
	cpu0, start := cpuTime(), time.Now()
	err = batch.Run(ctx, 4, batch.Refs(refs...), func(ctx context.Context, j batch.Job) *provenance.Report {
		return batch.Check(ctx, c, provenance.Options{}, &batch.Gate{}, j)
	}, func(r *provenance.Report) error {
		if r.Original == nil {
			res.notFail++
		}
		return w.WriteReport(r)
	})
	res.wall, res.cpu = time.Since(start), cpuTime()-cpu0
	stopSampling()
	res.peakHeap = peak.Load()
	return res, errors.Join(err, w.Close())
}

func sampleHeap(peak *atomic.Uint64) (stop func()) {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(10 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done) }
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func aggHost(i int) string  { return fmt.Sprintf("www.aggregator%02d.example", i%e2eHosts) }
func origHost(i int) string { return fmt.Sprintf("www.newsroom%02d.example", i%e2eHosts) }

// startE2EServer runs this binary again as the web's server and waits for
// it to print its address.
func startE2EServer(ctx context.Context, data string) (string, func(), error) {
	exe, err := os.Executable()
	if err != nil {
		return "", nil, err
	}
	cmd := exec.CommandContext(ctx, exe)
	cmd.Env = append(os.Environ(), e2eServeEnv+"=1", e2eDataEnv+"="+data)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return "", nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return "", nil, fmt.Errorf("start e2e server: %w", err)
	}
	stop := func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		stop()
		return "", nil, fmt.Errorf("e2e server: %w", err)
	}
	return strings.TrimSpace(line), stop, nil
}

// serveE2E is the child process: it builds the web and serves it on
// loopback until killed.
func serveE2E() error {
	texts, err := e2eTexts(os.Getenv(e2eDataEnv))
	if err != nil {
		return err
	}
	sizes := e2eSizes()
	pages := e2eWeb(texts, sizes[len(sizes)-1])
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	fmt.Println(ln.Addr().String())
	return http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.Host+r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, body)
	}))
}

// e2eWeb makes n originals, each a distinct mix of the source texts'
// sentences with its own figures, and a spun, credited copy of each.
func e2eWeb(texts []string, n int) map[string]string {
	sentences := make([][]string, len(texts))
	for i, t := range texts {
		sentences[i] = strings.SplitAfter(t, ". ")
	}
	pages := make(map[string]string, 2*n)
	sp := spin.New(7)
	for i := range n {
		src := sentences[i%len(sentences)]
		rot := i % len(src)
		body := append(append([]string{}, src[rot:]...), src[:rot]...)
		body = append(body, fmt.Sprintf("Officials counted %d visitors on day %d of the review. ", 37*i+11, i+1))
		orig := strings.Join(body, "")
		origURL := fmt.Sprintf("http://%s/news/%d", origHost(i), i)
		pages[origHost(i)+fmt.Sprintf("/news/%d", i)] = e2ePage(fmt.Sprintf("Newsroom story %d", i), orig, "")
		copyText, _ := sp.Spin(orig, spin.Options{Swap: 0.2, Reorder: 0.2, Merge: 0.1})
		pages[aggHost(i)+fmt.Sprintf("/story/%d", i)] = e2ePage(fmt.Sprintf("Aggregated story %d", i), copyText, origURL)
	}
	return pages
}

func e2ePage(title, body, reference string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html lang=en><head><title>%s</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>%s</h1>",
		html.EscapeString(title), html.EscapeString(title))
	for _, p := range strings.SplitAfter(body, ". ") {
		fmt.Fprintf(&b, "<p>%s</p>", html.EscapeString(p))
	}
	if reference != "" {
		fmt.Fprintf(&b, "<p><a href=\"%s\">Reference</a></p>", reference)
	}
	b.WriteString("</article><footer>© Example</footer></body></html>")
	return b.String()
}

func e2eTexts(dir string) ([]string, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		return nil, fmt.Errorf("e2e: no source texts in %s (run from the repository root or pass --data)", dir)
	}
	sort.Strings(names)
	out := make([]string, 0, len(names))
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, strings.Join(strings.Fields(string(b)), " "))
	}
	return out, nil
}
