package crawler

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// politeServer serves every host name given to it (via the Resolve map) from
// one loopback server, logging arrivals per Host header.
func politeServer(t *testing.T, robots string, hold time.Duration) (*serverLog, map[string]string, string) {
	t.Helper()
	log := newServerLog()
	srv := httptest.NewServer(log.wrap(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if robots == "" {
				http.NotFound(w, r)
				return
			}
			_, _ = w.Write([]byte(robots))
			return
		}
		time.Sleep(hold)
		html200(article)(w, r)
	})))
	t.Cleanup(srv.Close)
	addr := strings.TrimPrefix(srv.URL, "http://")
	resolve := map[string]string{}
	for i := range 4 {
		resolve[fmt.Sprintf("h%d.test", i)] = addr
	}
	return log, resolve, addr
}

// fetchAll fetches urls concurrently and fails the test on any error.
func fetchAll(t *testing.T, c *Crawler, urls []string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	errs := make([]error, len(urls))
	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = c.Fetch(ctx, u)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		require.NoError(t, err, urls[i])
	}
}

func minGap(times []time.Time) time.Duration {
	gap := time.Duration(1<<63 - 1)
	for i := 1; i < len(times); i++ {
		gap = min(gap, times[i].Sub(times[i-1]))
	}
	return gap
}

// The spacing is read from the server's arrival log, not a client timer, and
// only a generous lower bound is asserted.
func TestHostDelaySpacing(t *testing.T) {
	log, resolve, _ := politeServer(t, "", 0)
	opts := testOptions()
	opts.Resolve = resolve
	opts.HostDelay = 80 * time.Millisecond
	c := newCrawler(t, opts)
	var urls []string
	for i := range 4 {
		urls = append(urls, fmt.Sprintf("http://h0.test/p%d", i), fmt.Sprintf("http://h1.test/p%d", i))
	}
	fetchAll(t, c, urls)
	for _, host := range []string{"h0.test", "h1.test"} {
		arrivals := log.hostArrivals(host)
		require.Len(t, arrivals, 5, "robots.txt once, then four pages")
		assert.GreaterOrEqual(t, minGap(arrivals), 70*time.Millisecond, host)
	}
	assert.Equal(t, 2, log.count("/robots.txt"), "robots.txt fetched once per host")
}

func TestCrawlDelay(t *testing.T) {
	log, resolve, _ := politeServer(t, "User-agent: *\nCrawl-delay: 0.2\nDisallow: /private\n", 0)
	opts := testOptions()
	opts.Resolve = resolve
	c := newCrawler(t, opts)
	fetchAll(t, c, []string{"http://h0.test/a", "http://h0.test/b", "http://h0.test/c"})
	arrivals := log.hostArrivals("h0.test")
	require.Len(t, arrivals, 4)
	assert.GreaterOrEqual(t, minGap(arrivals), 180*time.Millisecond)
}

func TestHostParallelismAndConcurrency(t *testing.T) {
	tests := []struct {
		name                  string
		hostPar, global       int
		wantHostMax, wantGlob int
	}{
		{"one per host", 1, 8, 1, 4},
		{"two per host", 2, 8, 2, 8},
		{"global limit", 4, 3, 3, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			log, resolve, _ := politeServer(t, "", 30*time.Millisecond)
			opts := testOptions()
			opts.Resolve = resolve
			opts.HostParallelism = tc.hostPar
			opts.Concurrency = tc.global
			c := newCrawler(t, opts)
			var urls []string
			for h := range 4 {
				for i := range 4 {
					urls = append(urls, fmt.Sprintf("http://h%d.test/p%d", h, i))
				}
			}
			fetchAll(t, c, urls)
			perHost, all := log.maxima()
			require.Len(t, perHost, 4)
			for host, n := range perHost {
				assert.LessOrEqual(t, n, tc.wantHostMax, host)
			}
			assert.LessOrEqual(t, all, tc.wantGlob)
		})
	}
}

// TestRobotsServerErrorDisallows follows RFC 9309 §2.3.1.4: a robots.txt
// that answers 5xx means the whole site is disallowed; one that answers
// 4xx means no rules. --ignore-robots still fetches.
func TestRobotsServerErrorDisallows(t *testing.T) {
	for _, tt := range []struct {
		status  int
		ignore  bool
		blocked bool
	}{
		{http.StatusInternalServerError, false, true},
		{http.StatusServiceUnavailable, false, true},
		{http.StatusNotFound, false, false},
		{http.StatusForbidden, false, false},
		{http.StatusInternalServerError, true, false},
	} {
		t.Run(fmt.Sprintf("%d ignore=%v", tt.status, tt.ignore), func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					w.WriteHeader(tt.status)
					return
				}
				html200(article)(w, r)
			}))
			t.Cleanup(srv.Close)
			opts := testOptions()
			opts.IgnoreRobots = tt.ignore
			c := newCrawler(t, opts)
			for range 2 { // the second fetch is answered from the robots cache
				_, err := fetch(t, c, srv.URL+"/story")
				if !tt.blocked {
					require.NoError(t, err)
					continue
				}
				assert.Equal(t, KindRobots, KindOf(err))
				assert.ErrorContains(t, err, fmt.Sprintf("robots.txt answered HTTP %d", tt.status))
			}
		})
	}
}

// TestRobotsOfADeadHostNamesTheHost: a host that refuses connections is a
// network error about the host, not a robots.txt problem.
func TestRobotsOfADeadHostNamesTheHost(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	srv.Close()
	_, err := fetch(t, newCrawler(t, testOptions()), srv.URL+"/story")
	assert.Equal(t, KindNetwork, KindOf(err))
	assert.NotContains(t, err.Error(), "robots.txt")
	assert.ErrorContains(t, err, srv.URL+": dial tcp")
}
