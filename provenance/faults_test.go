package provenance

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance/finding"
)

// TestMisbehavingReferences runs the real crawler against loopback servers
// that fail in the ways the web does: each reference gets its own finding,
// and the report still names the original among them.
func TestMisbehavingReferences(t *testing.T) {
	copyPage := `<!DOCTYPE html><html lang="en"><head><title>Depot to close</title></head><body><article><h1>Depot to close</h1>` +
		`<p>` + story + `</p>` +
		`<p>Source: <a href="http://docs.example/report.pdf">the report</a></p>` +
		`<p>Source: <a href="http://private.example/story">the private wire</a></p>` +
		`<p>Source: <a href="http://slow.example/story">the slow paper</a></p>` +
		`<p>Source: <a href="http://gone.example/story">the old link</a></p>` +
		`<p>Source: <a href="http://news.example/story">the Brenmoor Herald</a></p>` +
		`</article></body></html>`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Host + r.URL.Path {
		case "agg.example/copy":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(copyPage))
		case "docs.example/report.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			_, _ = w.Write([]byte("%PDF-1.7\n"))
		case "private.example/robots.txt":
			_, _ = w.Write([]byte("User-agent: *\nDisallow: /\n"))
		case "slow.example/story":
			select {
			case <-time.After(3 * time.Second):
			case <-r.Context().Done():
			}
		case "news.example/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			_, _ = w.Write([]byte(article("Depot to close", story, "")))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	addr := srv.Listener.Addr().String()
	resolve := map[string]string{}
	for _, h := range []string{"agg.example", "docs.example", "private.example", "slow.example", "gone.example", "news.example"} {
		resolve[h] = addr
	}
	c, err := crawler.New(crawler.Options{Resolve: resolve, AllowPrivateNetwork: true, HostDelay: -1, Retries: -1, Timeout: 500 * time.Millisecond})
	require.NoError(t, err)
	defer c.Close()

	r := NewChecker(c, Options{}).Check(context.Background(), "http://agg.example/copy")
	require.NotNil(t, r.Original, "the good reference still wins")
	assert.Equal(t, "http://news.example/story", r.Original.URL)
	byURL := map[string]finding.Code{}
	for _, f := range r.Findings {
		if f.Evidence.URL != "" {
			byURL[f.Evidence.URL] = f.Code
		}
	}
	assert.Equal(t, finding.ReferenceNotHTML, byURL["http://docs.example/report.pdf"])
	assert.Equal(t, finding.ReferenceRobotsDisallowed, byURL["http://private.example/story"])
	assert.Equal(t, finding.ReferenceFetchFailed, byURL["http://slow.example/story"])
	assert.Equal(t, finding.ReferenceFetchFailed, byURL["http://gone.example/story"])
	kinds := map[string]string{}
	for _, ref := range r.References {
		kinds[ref.URL] = ref.ErrorKind
	}
	assert.Equal(t, string(crawler.KindTimeout), kinds["http://slow.example/story"])
	assert.Equal(t, string(crawler.KindHTTPStatus), kinds["http://gone.example/story"])
}
