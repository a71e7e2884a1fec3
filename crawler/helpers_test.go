package crawler

import (
	"bytes"
	"compress/gzip"
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// testOptions are fast, loopback-friendly options for tests.
func testOptions() Options {
	return Options{
		AllowPrivateNetwork: true,
		HostDelay:           -1,
		Timeout:             5 * time.Second,
		ConnectTimeout:      2 * time.Second,
		Retries:             -1,
	}
}

func newCrawler(t testing.TB, opts Options) *Crawler {
	t.Helper()
	c, err := New(opts)
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func fetch(t testing.TB, c *Crawler, u string) (*Page, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	return c.Fetch(ctx, u)
}

// serverLog records when each request arrived at the server, by host.
type serverLog struct {
	mu       sync.Mutex
	arrivals map[string][]time.Time
	paths    []string
	inFlight map[string]int
	maxIn    map[string]int
	global   int
	maxAll   int
}

func newServerLog() *serverLog {
	return &serverLog{arrivals: map[string][]time.Time{}, inFlight: map[string]int{}, maxIn: map[string]int{}}
}

func (l *serverLog) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.mu.Lock()
		l.arrivals[r.Host] = append(l.arrivals[r.Host], time.Now())
		l.paths = append(l.paths, r.URL.Path)
		l.inFlight[r.Host]++
		l.maxIn[r.Host] = max(l.maxIn[r.Host], l.inFlight[r.Host])
		l.global++
		l.maxAll = max(l.maxAll, l.global)
		l.mu.Unlock()
		defer func() {
			l.mu.Lock()
			l.inFlight[r.Host]--
			l.global--
			l.mu.Unlock()
		}()
		h.ServeHTTP(w, r)
	})
}

func (l *serverLog) hostArrivals(host string) []time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]time.Time(nil), l.arrivals[host]...)
}

// maxima returns the most requests seen in flight at once, per host and in all.
func (l *serverLog) maxima() (map[string]int, int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	perHost := make(map[string]int, len(l.maxIn))
	for h, n := range l.maxIn {
		perHost[h] = n
	}
	return perHost, l.maxAll
}

func (l *serverLog) count(path string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := 0
	for _, p := range l.paths {
		if p == path {
			n++
		}
	}
	return n
}

// serveOn starts h on a specific loopback address such as "127.0.0.2:0".
func serveOn(t testing.TB, addr string, h http.Handler) *httptest.Server {
	t.Helper()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Skipf("cannot listen on %s: %v", addr, err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.Listener.Close()
	srv.Listener = l
	srv.Start()
	t.Cleanup(srv.Close)
	return srv
}

// gzipBomb is a small gzip stream that inflates to n zero bytes.
func gzipBomb(t testing.TB, n int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	require.NoError(t, err)
	chunk := make([]byte, 1<<16)
	for written := 0; written < n; written += len(chunk) {
		_, err := zw.Write(chunk)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func html200(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(body))
	}
}
