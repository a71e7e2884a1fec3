package crawler

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const article = `<!doctype html><html><head><title>T</title></head><body><article><p>` +
	`The council approved the budget on Tuesday after a long debate about schools, roads and the new library. ` +
	`Residents who spoke at the meeting were divided, and the mayor promised a review in the spring.</p></article></body></html>`

func TestFetchMisbehavingServers(t *testing.T) {
	var flaky atomic.Int32
	bomb := gzipBomb(t, 16<<20)
	require.Less(t, len(bomb), 1<<20, "the bomb must be smaller than the limit it blows")
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", html200(article))
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte("<html><body>"))
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/429-then-200", func(w http.ResponseWriter, r *http.Request) {
		if flaky.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		html200(article)(w, r)
	})
	mux.HandleFunc("/429-long", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	mux.HandleFunc("/500", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/404", http.NotFound)
	mux.HandleFunc("/reset", func(w http.ResponseWriter, r *http.Request) {
		conn, _, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		if tc, ok := conn.(*net.TCPConn); ok {
			_ = tc.SetLinger(0) // RST, not FIN
		}
		_ = conn.Close()
	})
	mux.HandleFunc("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	mux.HandleFunc("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		_, _ = fmt.Sscan(r.PathValue("n"), &n)
		if n > 0 {
			http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusMovedPermanently)
			return
		}
		html200(article)(w, r)
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := []byte(strings.Repeat("<p>more</p>", 1000))
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/bomb", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		_, _ = w.Write(bomb)
	})
	mux.HandleFunc("/doc.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		_, _ = w.Write([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))
	})
	mux.HandleFunc("/disguised.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		_, _ = w.Write([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"))
	})
	mux.HandleFunc("/noise", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no type at all: the body decides
		_, _ = w.Write([]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00>\x00"))
	})
	mux.HandleFunc("/data.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"a":1}`))
	})
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte("User-agent: *\nDisallow: /private\n"))
	})
	mux.HandleFunc("/private/page", html200(article))
	log := newServerLog()
	srv := httptest.NewServer(log.wrap(mux))
	defer srv.Close()

	tests := []struct {
		name   string
		path   string
		opts   func(*Options)
		kind   ErrorKind
		status int
		errHas string
		check  func(t *testing.T, p *Page)
	}{
		{name: "ok", path: "/ok", check: func(t *testing.T, p *Page) {
			assert.Contains(t, string(p.Body), "council approved")
			assert.Equal(t, http.StatusOK, p.Status)
			assert.Len(t, p.SHA256, 64)
			assert.Equal(t, len(article), p.Bytes)
		}},
		{name: "slow headers past timeout", path: "/slow", opts: func(o *Options) { o.Timeout = 300 * time.Millisecond }, kind: KindTimeout},
		{name: "slow body past timeout", path: "/slow-body", opts: func(o *Options) { o.Timeout = 300 * time.Millisecond }, kind: KindTimeout},
		{name: "429 with Retry-After then 200", path: "/429-then-200", opts: func(o *Options) { o.Retries = 2 }, check: func(t *testing.T, p *Page) {
			assert.Equal(t, 2, log.count("/429-then-200"))
		}},
		{name: "429 asking for more than the timeout", path: "/429-long", opts: func(o *Options) { o.Retries = 2 }, kind: KindHTTPStatus, status: 429, errHas: "the server asked to retry after 1h0m0s, longer than the request timeout (5s): not retried"},
		{name: "500", path: "/500", kind: KindHTTPStatus, status: 500},
		{name: "404", path: "/404", kind: KindHTTPStatus, status: 404},
		{name: "connection reset", path: "/reset", opts: func(o *Options) { o.Retries = 1 }, kind: KindNetwork},
		{name: "redirect loop", path: "/loop/a", kind: KindRedirects, errHas: "loop"},
		{name: "10 redirects", path: "/chain/10", check: func(t *testing.T, p *Page) {
			assert.Len(t, p.Redirects, 10)
			assert.Equal(t, srv.URL+"/chain/0", p.FinalURL)
			assert.Equal(t, ViaHTTP, p.Redirects[0].Via)
			assert.Equal(t, http.StatusMovedPermanently, p.Redirects[0].Status)
		}},
		{name: "11 redirects", path: "/chain/11", kind: KindRedirects, errHas: "too many"},
		{name: "endless body", path: "/endless", opts: func(o *Options) { o.MaxBodyBytes = 256 << 10 }, kind: KindTooLarge, errHas: "more than 262144 bytes (the body limit, --max-body)"},
		{name: "gzip bomb", path: "/bomb", opts: func(o *Options) { o.MaxBodyBytes = 1 << 20 }, kind: KindTooLarge},
		{name: "pdf", path: "/doc.pdf", kind: KindNotHTML, errHas: "application/pdf"},
		{name: "pdf labelled html", path: "/disguised.pdf", kind: KindNotHTML, errHas: "application/pdf"},
		{name: "json", path: "/data.json", kind: KindNotHTML, errHas: "application/json"},
		{name: "binary with no type", path: "/noise", kind: KindNotHTML, errHas: "binary data"},
		{name: "robots disallow", path: "/private/page", kind: KindRobots},
		{name: "robots ignored", path: "/private/page", opts: func(o *Options) { o.IgnoreRobots = true }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opts := testOptions()
			if tc.opts != nil {
				tc.opts(&opts)
			}
			c := newCrawler(t, opts)
			page, err := fetch(t, c, srv.URL+tc.path)
			if tc.kind == "" {
				require.NoError(t, err)
				require.NotNil(t, page)
				if tc.check != nil {
					tc.check(t, page)
				}
				return
			}
			require.Error(t, err)
			var fe *FetchError
			require.True(t, errors.As(err, &fe), "error %v is not a *FetchError", err)
			assert.Equal(t, tc.kind, fe.Kind, "error: %v", err)
			assert.Equal(t, srv.URL+tc.path, fe.URL)
			if tc.status != 0 {
				assert.Equal(t, tc.status, fe.Status)
				require.NotNil(t, fe.Page)
				assert.Equal(t, tc.status, fe.Page.Status)
			}
			if tc.errHas != "" {
				assert.Contains(t, err.Error(), tc.errHas)
			}
		})
	}
}

func TestFetchInvalidURL(t *testing.T) {
	c := newCrawler(t, testOptions())
	for _, u := range []string{"", "ftp://example.com/x", "mailto:a@b.c", "http://", "not a url at all"} {
		_, err := fetch(t, c, u)
		assert.Equal(t, KindInvalidURL, KindOf(err), "%q: %v", u, err)
	}
}

// The guard tests run with AllowPrivateNetwork=false. The test server
// listens on 127.0.0.2 and only that /32 is let through, so a refusal of
// 127.0.0.1 or 169.254.169.254 shows the guard at work on the dialled
// address, including after a redirect and through the Resolve map.
func TestSSRFGuard(t *testing.T) {
	target := serveOn(t, "127.0.0.1:0", http.HandlerFunc(html200(article)))
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", html200(article))
	mux.HandleFunc("/to-loopback", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, target.URL+"/secret", http.StatusFound)
	})
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	mux.HandleFunc("/to-resolved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://internal.example/", http.StatusFound)
	})
	srv := serveOn(t, "127.0.0.2:0", mux)
	_, targetPort, _ := net.SplitHostPort(strings.TrimPrefix(target.URL, "http://"))

	opts := testOptions()
	opts.AllowPrivateNetwork = false
	opts.ConnectTimeout = 500 * time.Millisecond
	opts.allowPrefixes = []netip.Prefix{netip.MustParsePrefix("127.0.0.2/32")}
	opts.Resolve = map[string]string{
		"internal.example": "127.0.0.1:" + targetPort,
		"news.example":     "127.0.0.1:" + targetPort,
	}
	c := newCrawler(t, opts)

	page, err := fetch(t, c, srv.URL+"/ok")
	require.NoError(t, err, "the allowed address must still work")
	assert.Contains(t, string(page.Body), "council")

	tests := []struct {
		name, url string
		hops      int
	}{
		{"loopback literal", target.URL + "/secret", 0},
		{"metadata literal", "http://169.254.169.254/latest/meta-data/", 0},
		{"rfc1918 literal", "http://10.0.0.1/", 0},
		{"cgnat literal", "http://100.64.0.1/", 0},
		{"ipv6 ula literal", "http://[fd00::1]/", 0},
		{"ipv6 link-local literal", "http://[fe80::1]/", 0},
		{"unspecified", "http://0.0.0.0/", 0},
		{"multicast", "http://224.0.0.1/", 0},
		{"resolve map onto loopback", "http://news.example/", 0},
		{"redirect to loopback", srv.URL + "/to-loopback", 1},
		{"redirect to metadata", srv.URL + "/to-metadata", 1},
		{"redirect through resolve map", srv.URL + "/to-resolved", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := fetch(t, c, tc.url)
			require.Error(t, err)
			assert.Equal(t, KindBlocked, KindOf(err), "error: %v", err)
			var fe *FetchError
			require.ErrorAs(t, err, &fe)
			if tc.hops > 0 {
				require.NotNil(t, fe.Page, "redirect evidence expected")
				assert.Len(t, fe.Page.Redirects, tc.hops)
			}
		})
	}
}

func TestResolveMapAllowedWithFlag(t *testing.T) {
	srv := httptest.NewServer(html200(article))
	defer srv.Close()
	opts := testOptions()
	opts.Resolve = map[string]string{"news.example": strings.TrimPrefix(srv.URL, "http://")}
	c := newCrawler(t, opts)
	page, err := fetch(t, c, "http://news.example/story")
	require.NoError(t, err)
	assert.Equal(t, "http://news.example/story", page.FinalURL)
	assert.Contains(t, string(page.Body), "council")
}

// TestResolveOnly: a hermetic run (the demo) dials only the hosts it maps;
// any other host, named or reached by a redirect, fails without a DNS
// query, which on a machine with no network could hang or leak the name.
func TestResolveOnly(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/story", html200(article))
	mux.HandleFunc("/away", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://elsewhere.example/story", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	opts := testOptions()
	opts.Resolve = map[string]string{"news.example": strings.TrimPrefix(srv.URL, "http://")}
	opts.ResolveOnly = true
	c := newCrawler(t, opts)
	tests := []struct {
		name, url string
		ok        bool
	}{
		{"mapped host", "http://news.example/story", true},
		{"mapped host, other case", "http://NEWS.example/story", true},
		{"unmapped host", "http://elsewhere.example/story", false},
		{"redirect to an unmapped host", "http://news.example/away", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page, err := fetch(t, c, tc.url)
			if tc.ok {
				require.NoError(t, err)
				assert.Contains(t, string(page.Body), "council")
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrNotResolved)
		})
	}
}

func TestFetchCancelledContext(t *testing.T) {
	arrived := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		arrived <- struct{}{}
		<-r.Context().Done()
	}))
	defer srv.Close()
	opts := testOptions()
	opts.Timeout = time.Minute
	c := newCrawler(t, opts)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-arrived
		cancel()
	}()
	_, err := c.Fetch(ctx, srv.URL+"/hang")
	assert.Equal(t, KindTimeout, KindOf(err))
	assert.ErrorIs(t, err, context.Canceled)
}

// TestRetriedStatuses retries the statuses that say "try later" (rate
// limits, an overloaded server, a gateway without a good answer from the
// site behind it) with the same backoff, and not a 500 or a 404.
func TestRetriedStatuses(t *testing.T) {
	tests := []struct {
		status  int
		retried bool
	}{
		{http.StatusTooManyRequests, true},
		{http.StatusBadGateway, true},
		{http.StatusServiceUnavailable, true},
		{http.StatusGatewayTimeout, true},
		{http.StatusInternalServerError, false},
		{http.StatusNotImplemented, false},
		{http.StatusNotFound, false},
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.status), func(t *testing.T) {
			var hits atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/robots.txt" {
					http.NotFound(w, r)
					return
				}
				if hits.Add(1) == 1 {
					http.Error(w, "the harbour desk is busy", tc.status)
					return
				}
				html200(article)(w, r)
			}))
			defer srv.Close()
			opts := testOptions()
			opts.Retries = 2
			page, err := fetch(t, newCrawler(t, opts), srv.URL+"/tide-times")
			if !tc.retried {
				assert.Equal(t, KindHTTPStatus, KindOf(err))
				assert.EqualValues(t, 1, hits.Load(), "asked once")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, http.StatusOK, page.Status)
			assert.EqualValues(t, 2, hits.Load(), "asked again after the backoff")
		})
	}
}
