package crawler

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCache(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", html200(article))
	mux.HandleFunc("/spa", html200(`<body><noscript>Enable JavaScript to continue.</noscript><script src=x.js></script></body>`))
	mux.HandleFunc("/gone", http.NotFound)
	log := newServerLog()
	srv := httptest.NewServer(log.wrap(mux))
	defer srv.Close()
	dir := t.TempDir()
	opts := testOptions()
	opts.CacheDir = dir

	first, err := fetch(t, newCrawler(t, opts), srv.URL+"/a")
	require.NoError(t, err)
	assert.False(t, first.FromCache)
	_, err = fetch(t, newCrawler(t, opts), srv.URL+"/spa")
	require.Equal(t, KindUnverifiable, KindOf(err))
	_, err = fetch(t, newCrawler(t, opts), srv.URL+"/gone")
	require.Equal(t, KindHTTPStatus, KindOf(err))

	t.Run("fresh hit", func(t *testing.T) {
		page, err := fetch(t, newCrawler(t, opts), srv.URL+"/a")
		require.NoError(t, err)
		assert.True(t, page.FromCache)
		assert.Equal(t, first.SHA256, page.SHA256)
		assert.Equal(t, first.Body, page.Body)
		assert.Equal(t, 1, log.count("/a"))
	})
	t.Run("offline hit keeps the unverifiable verdict", func(t *testing.T) {
		o := opts
		o.Offline = true
		page, err := fetch(t, newCrawler(t, o), srv.URL+"/spa")
		assert.Equal(t, KindUnverifiable, KindOf(err))
		assert.Contains(t, err.Error(), "JavaScript")
		require.NotNil(t, page)
		assert.True(t, page.FromCache)
	})
	t.Run("offline miss", func(t *testing.T) {
		o := opts
		o.Offline = true
		_, err := fetch(t, newCrawler(t, o), srv.URL+"/gone")
		assert.Equal(t, KindNotInCache, KindOf(err))
		assert.Contains(t, err.Error(), srv.URL+"/gone")
		assert.Equal(t, 1, log.count("/gone"), "offline must not touch the network")
	})
	t.Run("refresh refetches", func(t *testing.T) {
		o := opts
		o.Refresh = true
		page, err := fetch(t, newCrawler(t, o), srv.URL+"/a")
		require.NoError(t, err)
		assert.False(t, page.FromCache)
		assert.Equal(t, 2, log.count("/a"))
	})
	t.Run("expired refetches", func(t *testing.T) {
		o := opts
		o.CacheTTL = time.Nanosecond
		page, err := fetch(t, newCrawler(t, o), srv.URL+"/a")
		require.NoError(t, err)
		assert.False(t, page.FromCache)
		assert.Equal(t, 3, log.count("/a"))
	})
	t.Run("corrupt entry is a miss", func(t *testing.T) {
		c := newCrawler(t, opts)
		require.NoError(t, os.WriteFile(c.cache.path(srv.URL+"/a"), []byte("{not json"), 0o644))
		page, err := fetch(t, c, srv.URL+"/a")
		require.NoError(t, err)
		assert.False(t, page.FromCache)
	})
	t.Run("no temp files left", func(t *testing.T) {
		leftovers, err := filepath.Glob(filepath.Join(dir, "*", ".tmp-*"))
		require.NoError(t, err)
		assert.Empty(t, leftovers)
	})
}
