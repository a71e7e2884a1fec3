package crawler

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/nlnwa/gowarc/v3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// assertValidWARC reads every record back with digest checks on.
func assertValidWARC(t *testing.T, path string) {
	t.Helper()
	r, err := gowarc.NewWarcFileReader(path, 0, gowarc.WithStrictValidation())
	require.NoError(t, err)
	defer r.Close()
	n := 0
	types := map[string]int{}
	responses := map[string]bool{}
	var concurrent []string
	for rec, err := range r.Records() {
		require.NoError(t, err)
		assert.Empty(t, rec.Validation)
		validation, err := rec.WarcRecord.ValidateDigest()
		require.NoError(t, err)
		assert.Empty(t, validation)
		if n == 0 {
			assert.Equal(t, gowarc.Warcinfo, rec.WarcRecord.Type(), "the run opens with a warcinfo record")
		}
		types[rec.WarcRecord.Type().String()]++
		h := rec.WarcRecord.WarcHeader()
		switch rec.WarcRecord.Type() {
		case gowarc.Response:
			responses[h.Get(gowarc.WarcRecordID)] = true
		case gowarc.Request:
			concurrent = append(concurrent, h.Get(gowarc.WarcConcurrentTo))
		}
		n++
		_ = rec.Close()
	}
	assert.Greater(t, types["response"], 8, "one record per response, robots.txt included")
	assert.Equal(t, types["response"], types["request"], "every response has its request: %v", types)
	for _, id := range concurrent {
		assert.True(t, responses[id], "request record tied to a response: %s", id)
	}
}

// A crawl archived to WARC and replayed with the server gone gives the same
// pages, evidence and failure kinds.
func TestArchiveReplay(t *testing.T) {
	for _, name := range []string{"run.warc", "run.warc.gz"} {
		t.Run(name, func(t *testing.T) {
			var flaky atomic.Int32
			mux := http.NewServeMux()
			mux.HandleFunc("/a", html200(article))
			mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/a", http.StatusMovedPermanently) })
			mux.HandleFunc("/latin", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html; charset=windows-1252")
				_, _ = w.Write(encode(t, charmap.Windows1252, "<p>Café crème"))
			})
			mux.HandleFunc("/gone", http.NotFound)
			mux.HandleFunc("/doc.pdf", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "application/pdf")
				_, _ = w.Write([]byte("%PDF-1.4"))
			})
			mux.HandleFunc("/big", html200("<p>"+strings.Repeat("x", 200<<10)))
			mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
				if flaky.Add(1) == 1 {
					w.WriteHeader(http.StatusServiceUnavailable)
					return
				}
				html200(article)(w, r)
			})
			mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
				_, _ = w.Write([]byte("User-agent: *\nDisallow: /private\n"))
			})
			srv := httptest.NewServer(mux)
			paths := []string{"/a", "/old", "/latin", "/gone", "/doc.pdf", "/big", "/busy", "/private/x"}
			archive := filepath.Join(t.TempDir(), name)

			opts := testOptions()
			opts.MaxBodyBytes = 100 << 10
			opts.Retries = 1
			opts.Archive = archive
			live := newCrawler(t, opts)
			type result struct {
				page *Page
				kind ErrorKind
			}
			want := map[string]result{}
			for _, p := range paths {
				page, err := fetch(t, live, srv.URL+p)
				want[p] = result{page, KindOf(err)}
			}
			require.NoError(t, live.Close())
			srv.Close()

			assertValidWARC(t, archive)
			opts.Archive, opts.Replay = "", archive
			replay := newCrawler(t, opts)
			for _, p := range paths {
				page, err := fetch(t, replay, srv.URL+p)
				w := want[p]
				assert.Equal(t, w.kind, KindOf(err), "%s: %v", p, err)
				if w.kind == "" {
					require.NotNil(t, page, p)
					assert.Equal(t, w.page.SHA256, page.SHA256, p)
					assert.Equal(t, w.page.Body, page.Body, p)
					assert.Equal(t, w.page.FinalURL, page.FinalURL, p)
					assert.Equal(t, w.page.Redirects, page.Redirects, p)
				}
			}
			assert.Equal(t, ErrorKind(""), want["/busy"].kind, "the live crawl retried the 503")
			_, err := fetch(t, replay, srv.URL+"/never-fetched")
			assert.Equal(t, KindNotInCache, KindOf(err))
		})
	}
}
