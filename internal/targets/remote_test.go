package targets

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// site serves a fictional aggregator: a feed, a sitemap index with a
// gzipped child, an index naming itself, nested indexes, a page and a
// broken sitemap.
func site(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var fetches atomic.Int32
	mux := http.NewServeMux()
	var srv *httptest.Server
	xmlDoc := func(ct, body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ct)
			io.WriteString(w, strings.ReplaceAll(body, "BASE", srv.URL))
		}
	}
	mux.HandleFunc("/feed", xmlDoc("application/rss+xml", `<rss version="2.0"><channel><title>Digest</title><link>BASE/</link>
<item><link>BASE/2026/harbour</link></item><item><link>/2026/tides</link></item></channel></rss>`))
	mux.HandleFunc("/sitemap_index.xml", xmlDoc("application/xml", `<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>BASE/sitemap-news.xml</loc></sitemap><sitemap><loc>BASE/sitemap-old.xml.gz</loc></sitemap>
<sitemap><loc>BASE/sitemap_index.xml</loc></sitemap></sitemapindex>`))
	mux.HandleFunc("/sitemap-news.xml", xmlDoc("text/xml", `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>BASE/2026/harbour</loc></url><url><loc>BASE/2026/market</loc></url></urlset>`))
	mux.HandleFunc("/sitemap-old.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		fmt.Fprintf(zw, `<urlset><url><loc>%s/2019/archive</loc></url></urlset>`, srv.URL)
		zw.Close()
		w.Header().Set("Content-Type", "application/gzip")
		w.Write(buf.Bytes())
	})
	mux.HandleFunc("/deep/", func(w http.ResponseWriter, r *http.Request) {
		// /deep/N names /deep/N+1: an endless chain of indexes.
		var n int
		fmt.Sscanf(r.URL.Path, "/deep/%d", &n)
		fmt.Fprintf(w, `<sitemapindex><sitemap><loc>%s/deep/%d</loc></sitemap></sitemapindex>`, srv.URL, n+1)
	})
	mux.HandleFunc("/2026/page", xmlDoc("text/html", `<!DOCTYPE html><html><head><title>P</title></head><body><p>x<br></p></body></html>`))
	mux.HandleFunc("/hidden-feed", xmlDoc("text/plain", `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><link href="BASE/2026/atom-item"/></entry></feed>`))
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fetches.Add(1)
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &fetches
}

func fetcher(client *http.Client) FetchFunc {
	return func(ctx context.Context, u string) ([]byte, string, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return nil, "", err
		}
		resp, err := client.Do(req)
		if err != nil {
			return nil, "", err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, "", fmt.Errorf("HTTP %d", resp.StatusCode)
		}
		body, err := io.ReadAll(resp.Body)
		return body, resp.Header.Get("Content-Type"), err
	}
}

func TestExpandRemote(t *testing.T) {
	srv, _ := site(t)
	fetch := fetcher(srv.Client())
	u := func(p string) string { return srv.URL + p }
	tests := []struct {
		name     string
		args     []string
		opts     Options
		want     []string
		errCount int
	}{
		{"feed", []string{u("/feed")}, Options{Fetch: fetch},
			[]string{u("/2026/harbour"), u("/2026/tides")}, 0},
		{"sitemap index with gzip child and a self loop", []string{u("/sitemap_index.xml")}, Options{Fetch: fetch},
			[]string{u("/2026/harbour"), u("/2026/market"), u("/2019/archive")}, 0},
		{"page URL is not fetched", []string{u("/2026/page")}, Options{Fetch: fetch},
			[]string{u("/2026/page")}, 0},
		{"page URL sniffed stays a target", []string{u("/2026/page")}, Options{Fetch: fetch, SniffURLs: true},
			[]string{u("/2026/page")}, 0},
		{"feed without a feed-like URL needs sniffing", []string{u("/hidden-feed")}, Options{Fetch: fetch},
			[]string{u("/hidden-feed")}, 0},
		{"sniffed by content, not content type", []string{u("/hidden-feed")}, Options{Fetch: fetch, SniffURLs: true},
			[]string{u("/2026/atom-item")}, 0},
		{"without fetch a feed URL is a target", []string{u("/feed")}, Options{},
			[]string{u("/feed")}, 0},
		{"missing sitemap is an error, the rest goes on", []string{u("/gone-sitemap.xml"), u("/feed")}, Options{Fetch: fetch},
			[]string{u("/2026/harbour"), u("/2026/tides")}, 1},
		{"nested indexes stop at the depth limit", []string{u("/deep/0")}, Options{Fetch: fetch, SniffURLs: true, MaxSitemapDepth: 2},
			[]string{}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts, errs := collect(t, context.Background(), tt.args, tt.opts)
			assert.Equal(t, tt.want, refs(ts))
			assert.Len(t, errs, tt.errCount, "%v", errs)
			for _, tg := range ts {
				assert.Equal(t, URL, tg.Kind)
			}
		})
	}
}

func TestExpandDepthError(t *testing.T) {
	srv, fetches := site(t)
	_, errs := collect(t, context.Background(), []string{srv.URL + "/deep/0"}, Options{Fetch: fetcher(srv.Client()), SniffURLs: true})
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], ErrTooDeep)
	assert.EqualValues(t, 4, fetches.Load(), "the argument and three nested indexes (the default depth)")
}

func TestExpandStopsEarly(t *testing.T) {
	srv, _ := site(t)
	n := 0
	for tg, err := range Expand(context.Background(), []string{srv.URL + "/sitemap_index.xml", "testdata/site"}, Options{Fetch: fetcher(srv.Client())}) {
		require.NoError(t, err)
		require.NotEmpty(t, tg.Ref)
		n++
		if n == 2 {
			break
		}
	}
	assert.Equal(t, 2, n)
}

func TestExpandCancelled(t *testing.T) {
	srv, _ := site(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var got []string
	var last error
	for tg, err := range Expand(ctx, []string{"testdata/site/posts", srv.URL + "/feed"}, Options{Fetch: fetcher(srv.Client())}) {
		if err != nil {
			last = err
			continue
		}
		got = append(got, tg.Ref)
		cancel()
	}
	assert.Len(t, got, 1)
	assert.ErrorIs(t, last, context.Canceled)
}
