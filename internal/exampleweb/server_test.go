package exampleweb

import (
	"context"
	"io"
	"net"
	"net/http"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testFS() fstest.MapFS {
	f := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	return fstest.MapFS{
		"README.md":                                 f("not a host"),
		"news.alpha.example/index.html":             f("alpha home"),
		"news.alpha.example/robots.txt":             f("User-agent: *\nAllow: /\n"),
		"news.alpha.example/world/story.html":       f("alpha story"),
		"news.alpha.example/world/index.html":       f("alpha world section"),
		"news.alpha.example/gone.html":              f("tombstone"),
		"news.alpha.example/gone.html.status":       f("410\n"),
		"news.alpha.example/gone.html.headers":      f("# why\nX-Removed: legal\nCache-Control: no-store\n"),
		"news.alpha.example/moved.status":           f("301"),
		"news.alpha.example/moved.headers":          f("Location: http://beta.example/\n"),
		"news.alpha.example/report.pdf":             f("%PDF-1.4"),
		"news.alpha.example/api/feed.json":          f(`{"items":[]}`),
		"beta.example/index.html":                   f("beta home"),
		"beta.example/bad.html":                     f("bad"),
		"beta.example/bad.html.status":              f("teapot"),
		"beta.example/a/b.html":                     f("beta a/b"),
		"beta.example/a/b.html.headers":             f("Content-Type: text/html; charset=iso-8859-1"),
		"Upper.example/index.html":                  f("ignored: host dirs are lower-case"),
		"news.alpha.example/.well-known/index.html": f("hidden ok"),
	}
}

type response struct {
	status int
	body   string
	header http.Header
}

func get(t *testing.T, c *http.Client, method, url string) response {
	t.Helper()
	req, err := http.NewRequestWithContext(t.Context(), method, url, nil)
	require.NoError(t, err)
	resp, err := c.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return response{resp.StatusCode, string(b), resp.Header}
}

func TestStartListsHosts(t *testing.T) {
	s, err := Start(testFS())
	require.NoError(t, err)
	defer s.Close()

	assert.Equal(t, []string{"beta.example", "news.alpha.example"}, s.Hosts())
	res := s.Resolve()
	assert.Len(t, res, 2)
	for _, h := range s.Hosts() {
		assert.Equal(t, s.Addr(), res[h])
	}
	assert.Regexp(t, `^127\.0\.0\.1:\d+$`, s.Addr())
}

func TestStartEmptyFS(t *testing.T) {
	_, err := Start(fstest.MapFS{"cases.json": {Data: []byte("[]")}})
	assert.Error(t, err)
}

func TestServeRoutes(t *testing.T) {
	s, err := Start(testFS())
	require.NoError(t, err)
	defer s.Close()
	c := s.Client()

	tests := []struct {
		name, url   string
		status      int
		body        string
		contentType string
	}{
		{"host root is index.html", "http://news.alpha.example/", 200, "alpha home", "text/html; charset=utf-8"},
		{"no trailing slash", "http://news.alpha.example", 200, "alpha home", "text/html; charset=utf-8"},
		{"host routing", "http://beta.example/", 200, "beta home", "text/html; charset=utf-8"},
		{"host is case-insensitive", "http://BETA.example/", 200, "beta home", "text/html; charset=utf-8"},
		{"exact file", "http://news.alpha.example/world/story.html", 200, "alpha story", "text/html; charset=utf-8"},
		{"extensionless tries .html", "http://news.alpha.example/world/story", 200, "alpha story", "text/html; charset=utf-8"},
		{"directory is index.html", "http://news.alpha.example/world/", 200, "alpha world section", "text/html; charset=utf-8"},
		{"directory without slash", "http://news.alpha.example/world", 200, "alpha world section", "text/html; charset=utf-8"},
		{"robots", "http://news.alpha.example/robots.txt", 200, "User-agent: *\nAllow: /\n", "text/plain; charset=utf-8"},
		{"pdf", "http://news.alpha.example/report.pdf", 200, "%PDF-1.4", "application/pdf"},
		{"json", "http://news.alpha.example/api/feed.json", 200, `{"items":[]}`, "application/json"},
		{"dotted directory", "http://news.alpha.example/.well-known/", 200, "hidden ok", "text/html; charset=utf-8"},
		{"query ignored", "http://news.alpha.example/world/story?utm_source=x", 200, "alpha story", "text/html; charset=utf-8"},
		{"cannot climb out of the host", "http://beta.example/../news.alpha.example/world/story.html", 404, "", ""},
		{"unknown path", "http://news.alpha.example/nope", 404, "", ""},
		{"page of another host", "http://beta.example/world/story.html", 404, "", ""},
		{"unknown host", "http://dead.example/", 404, "", ""},
		{"upper-case dir is not a host", "http://upper.example/", 404, "", ""},
		{"status files are not served", "http://news.alpha.example/gone.html.status", 404, "", ""},
		{"headers files are not served", "http://news.alpha.example/gone.html.headers", 404, "", ""},
		{"status file", "http://news.alpha.example/gone.html", 410, "tombstone", "text/html; charset=utf-8"},
		{"status file on extensionless path", "http://news.alpha.example/gone", 410, "tombstone", "text/html; charset=utf-8"},
		{"bad status file", "http://beta.example/bad.html", 500, "", ""},
		{"headers override content type", "http://beta.example/a/b", 200, "beta a/b", "text/html; charset=iso-8859-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := get(t, c, http.MethodGet, tt.url)
			assert.Equal(t, tt.status, r.status)
			if tt.body != "" {
				assert.Equal(t, tt.body, r.body)
			}
			if tt.contentType != "" {
				assert.Equal(t, tt.contentType, r.header.Get("Content-Type"))
			}
		})
	}
}

func TestServeHeadersFile(t *testing.T) {
	s, err := Start(testFS())
	require.NoError(t, err)
	defer s.Close()

	r := get(t, s.Client(), http.MethodGet, "http://news.alpha.example/gone.html")
	assert.Equal(t, "legal", r.header.Get("X-Removed"))
	assert.Equal(t, "no-store", r.header.Get("Cache-Control"))
}

func TestServeRedirectWithoutBody(t *testing.T) {
	s, err := Start(testFS())
	require.NoError(t, err)
	defer s.Close()

	r := get(t, s.Client(), http.MethodGet, "http://news.alpha.example/moved")
	assert.Equal(t, http.StatusMovedPermanently, r.status)
	assert.Equal(t, "http://beta.example/", r.header.Get("Location"))
	assert.Empty(t, r.body)
}

func TestServeMethods(t *testing.T) {
	s, err := Start(testFS())
	require.NoError(t, err)
	defer s.Close()
	c := s.Client()

	head := get(t, c, http.MethodHead, "http://beta.example/")
	assert.Equal(t, http.StatusOK, head.status)
	assert.Equal(t, "9", head.header.Get("Content-Length"))
	assert.Empty(t, head.body)

	post := get(t, c, http.MethodPost, "http://beta.example/")
	assert.Equal(t, http.StatusMethodNotAllowed, post.status)
}

func TestDirectRequestWithoutHostHeaderMatch(t *testing.T) {
	s, err := Start(testFS())
	require.NoError(t, err)
	defer s.Close()

	// Addressed by IP, the request names no fixture host and must 404.
	r := get(t, http.DefaultClient, http.MethodGet, "http://"+s.Addr()+"/")
	assert.Equal(t, http.StatusNotFound, r.status)
}

func TestHeadersFileMalformed(t *testing.T) {
	s, err := Start(fstest.MapFS{
		"x.example/p.html":         {Data: []byte("p")},
		"x.example/p.html.headers": {Data: []byte("no colon here\n")},
	})
	require.NoError(t, err)
	defer s.Close()

	r := get(t, s.Client(), http.MethodGet, "http://x.example/p")
	assert.Equal(t, http.StatusInternalServerError, r.status)
}

// TestResolveMapDialer fetches through a dialer that consults Resolve the way
// crawler.Options.Resolve does: known host names go to the server, the rest
// to the system resolver.
func TestResolveMapDialer(t *testing.T) {
	s, err := Start(testFS())
	require.NoError(t, err)
	defer s.Close()
	resolve := s.Resolve()
	var d net.Dialer
	c := &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			host, _, err := net.SplitHostPort(addr)
			if err != nil {
				return nil, err
			}
			if to, ok := resolve[host]; ok {
				addr = to
			}
			return d.DialContext(ctx, network, addr)
		},
	}}

	r := get(t, c, http.MethodGet, "http://news.alpha.example/world/story")
	assert.Equal(t, http.StatusOK, r.status)
	assert.Equal(t, "alpha story", r.body)
	r = get(t, c, http.MethodGet, "http://beta.example:80/a/b.html")
	assert.Equal(t, http.StatusOK, r.status)
	assert.Equal(t, "beta a/b", r.body)
}

func BenchmarkServe(b *testing.B) {
	s, err := Start(testFS())
	require.NoError(b, err)
	defer s.Close()
	c := s.Client()
	for b.Loop() {
		resp, err := c.Get("http://news.alpha.example/world/story")
		if err != nil {
			b.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
}
