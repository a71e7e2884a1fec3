package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// BenchmarkCrawl fetches 1,000 pages spread over 20 loopback host names, with
// politeness off (no robots, no delay, wide parallelism) and on (robots.txt,
// a small per-host delay, one request per host at a time). It reports pages/s
// and allocations per page.
func BenchmarkCrawl(b *testing.B) {
	const hosts, pages = 20, 1000
	body := []byte(strings.Repeat(article, 4))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			_, _ = w.Write([]byte("User-agent: *\nDisallow: /private\n"))
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(body)
	}))
	defer srv.Close()
	resolve := map[string]string{}
	for h := range hosts {
		resolve[fmt.Sprintf("h%02d.bench", h)] = strings.TrimPrefix(srv.URL, "http://")
	}
	urls := make([]string, pages)
	for i := range urls {
		urls[i] = fmt.Sprintf("http://h%02d.bench/article/%d", i%hosts, i)
	}
	modes := []struct {
		name string
		opts Options
	}{
		{"politeness=off", Options{IgnoreRobots: true, HostDelay: -1, HostParallelism: 8, Concurrency: 64}},
		{"politeness=on", Options{HostDelay: 5 * time.Millisecond, HostParallelism: 1, Concurrency: 8}},
	}
	for _, m := range modes {
		b.Run(m.name, func(b *testing.B) {
			opts := m.opts
			opts.AllowPrivateNetwork, opts.Resolve, opts.Retries = true, resolve, -1
			var ms0, ms1 runtime.MemStats
			var elapsed time.Duration
			b.ReportAllocs()
			runtime.ReadMemStats(&ms0)
			for b.Loop() {
				c, err := New(opts)
				if err != nil {
					b.Fatal(err)
				}
				start := time.Now()
				crawlAll(b, c, urls, 32)
				elapsed += time.Since(start)
				_ = c.Close()
			}
			runtime.ReadMemStats(&ms1)
			n := float64(b.N * pages)
			b.ReportMetric(n/elapsed.Seconds(), "pages/s")
			b.ReportMetric(float64(ms1.Mallocs-ms0.Mallocs)/n, "allocs/page")
		})
	}
}

// crawlAll fetches urls with a fixed pool of workers, as a CLI would.
func crawlAll(b *testing.B, c *Crawler, urls []string, workers int) {
	ctx := context.Background()
	next := make(chan string)
	var wg sync.WaitGroup
	var failed sync.Once
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for u := range next {
				if _, err := c.Fetch(ctx, u); err != nil {
					failed.Do(func() { b.Error(err) })
				}
			}
		}()
	}
	for _, u := range urls {
		next <- u
	}
	close(next)
	wg.Wait()
}
