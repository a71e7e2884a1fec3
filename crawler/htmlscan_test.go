package crawler

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRefresh(t *testing.T) {
	tests := []struct {
		in     string
		delay  int
		target string
		ok     bool
	}{
		{"0; url=/next", 0, "/next", true},
		{"0;URL='http://x.example/a b'", 0, "http://x.example/a b", true},
		{`5, url="/q?x=1"`, 5, "/q?x=1", true},
		{"  3 ; url = /spaced ", 3, "/spaced", true},
		{"0.5; url=/half", 0, "/half", true},
		{"300", 300, "", true},
		{"0;/bare", 0, "/bare", true},
		{"url=/nodelay", 0, "", false},
		{"", 0, "", false},
		{"99999999999999999999; url=/huge", maxRefreshDelay + 1, "/huge", true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			delay, target, ok := parseRefresh(tc.in)
			assert.Equal(t, tc.ok, ok)
			if tc.ok {
				assert.Equal(t, tc.delay, delay)
				assert.Equal(t, tc.target, target)
			}
		})
	}
}

func TestNextHop(t *testing.T) {
	base := &Page{FinalURL: "https://amp.example/story/amp", Status: 200}
	tests := []struct {
		name, html, next, via string
	}{
		{"meta refresh", `<meta http-equiv="Refresh" content="0; url=/real">`, "https://amp.example/real", ViaMetaRefresh},
		{"slow refresh is an auto-reload", `<meta http-equiv="refresh" content="300; url=/other">`, "", ""},
		{"prompt refresh to itself is a hop (a loop)", `<meta http-equiv="refresh" content="0; url=/story/amp">`, "https://amp.example/story/amp", ViaMetaRefresh},
		{"refresh to itself by full URL", `<meta http-equiv="refresh" content="5;URL='https://amp.example/story/amp#top'">`, "https://amp.example/story/amp", ViaMetaRefresh},
		{"slow refresh to itself is an auto-reload", `<meta http-equiv="refresh" content="30; url=/story/amp">`, "", ""},
		{"reload without a URL", `<meta http-equiv="refresh" content="0">`, "", ""},
		{"amp attribute", `<html amp><head><link rel="canonical" href="https://news.example/story"></head>`, "https://news.example/story", ViaAMPCanonical},
		{"amp bolt", `<html ⚡ lang="en"><head><link rel="Canonical" href="/story"></head>`, "https://amp.example/story", ViaAMPCanonical},
		{"canonical without amp", `<html><head><link rel="canonical" href="/story"></head>`, "", ""},
		{"amp pointing at itself", `<html amp><link rel="canonical" href="https://amp.example/story/amp">`, "", ""},
		{"refresh to javascript:", `<meta http-equiv="refresh" content="0; url=javascript:alert(1)">`, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			next, via := nextHop(base, scanHTML([]byte(tc.html)))
			assert.Equal(t, tc.next, next)
			assert.Equal(t, tc.via, via)
		})
	}
}

func TestUnverifiableReason(t *testing.T) {
	long := "<p>" + strings.Repeat("The minister said the reform would take effect next year, and critics disagreed. ", 8) + "</p>"
	tests := []struct {
		name, html, url, want string
	}{
		{"article", "<html><body>" + long + "</body></html>", "https://n.example/a", ""},
		{"article with cookie banner", `<body><div>We use cookies. Accept all?</div>` + long + `</body>`, "https://n.example/a", ""},
		{"spa shell", `<html><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="/app.js"></script></body></html>`, "https://n.example/a", "needs JavaScript"},
		{"scripts only", `<html><body><div id="app"></div><script>boot()</script></body></html>`, "https://n.example/a", "needs JavaScript"},
		{"noscript but real text", `<body><noscript>Please enable JavaScript</noscript>` + long + `</body>`, "https://n.example/a", ""},
		{"consent wall", `<body><h1>Before you continue</h1><p>We use cookies and data to deliver our services.</p><button>Accept all</button><button>Reject all</button></body>`, "https://n.example/a", "consent wall"},
		{"consent host", `<body><p>Hi</p></body>`, "https://consent.example.com/ml?continue=x", "consent wall"},
		{"paywall json-ld", `<head><script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":"False"}</script></head><body><p>The first paragraph of the story only.</p></body>`, "https://n.example/a", "paywall"},
		{"paywall json-ld with full text", `<head><script type="application/ld+json">{"isAccessibleForFree": false}</script></head><body>` + long + `</body>`, "https://n.example/a", ""},
		{"subscribe prompt", `<body><p>Opening line of the story.</p><div>Subscribe to continue reading.</div></body>`, "https://n.example/a", "paywall"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := unverifiableReason(&Page{FinalURL: tc.url}, scanHTML([]byte(tc.html)))
			if tc.want == "" {
				assert.Empty(t, got)
			} else {
				assert.Contains(t, got, tc.want)
			}
		})
	}
}

func TestFetchFollowsRefreshAndAMP(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/refresh", html200(`<html><head><meta http-equiv="refresh" content="0; url=/moved"></head><body>Moved.</body></html>`))
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/amp", http.StatusFound) })
	mux.HandleFunc("/amp", html200(`<!doctype html><html ⚡><head><link rel="canonical" href="/canonical"></head><body>AMP copy</body></html>`))
	mux.HandleFunc("/canonical", html200(article))
	mux.HandleFunc("/refresh-loop", html200(`<meta http-equiv="refresh" content="0; url=/refresh-loop2">`))
	mux.HandleFunc("/refresh-loop2", html200(`<meta http-equiv="refresh" content="0; url=/refresh-loop">`))
	mux.HandleFunc("/self-refresh", html200(`<html><head><meta http-equiv="refresh" content="0; url=/self-refresh?"></head><body>One moment.</body></html>`))
	mux.HandleFunc("/redirect-to-self-refresh", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/self-refresh", http.StatusFound) })
	mux.HandleFunc("/live", html200(`<html><head><meta http-equiv="refresh" content="30; url=/live"></head><body>`+article+`</body></html>`))
	mux.HandleFunc("/refresh-chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		_, _ = fmt.Sscan(r.PathValue("n"), &n)
		html200(fmt.Sprintf(`<meta http-equiv="refresh" content="0; url=/refresh-chain/%d">`, n+1))(w, r)
	})
	mux.HandleFunc("/spa", html200(`<html><body><div id="root"></div><noscript>Please enable JavaScript.</noscript><script src="/a.js"></script></body></html>`))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := newCrawler(t, testOptions())

	page, err := fetch(t, c, srv.URL+"/refresh")
	require.NoError(t, err)
	assert.Equal(t, srv.URL+"/refresh", page.URL)
	assert.Equal(t, srv.URL+"/canonical", page.FinalURL)
	assert.Contains(t, string(page.Body), "council")
	require.Len(t, page.Redirects, 3)
	assert.Equal(t, []string{ViaMetaRefresh, ViaHTTP, ViaAMPCanonical},
		[]string{page.Redirects[0].Via, page.Redirects[1].Via, page.Redirects[2].Via})
	assert.Equal(t, srv.URL+"/amp", page.Redirects[2].From)

	_, err = fetch(t, c, srv.URL+"/refresh-loop")
	assert.Equal(t, KindRedirects, KindOf(err))
	assert.ErrorIs(t, err, errRedirectLoop)

	for _, p := range []string{"/self-refresh", "/redirect-to-self-refresh"} {
		_, err = fetch(t, c, srv.URL+p)
		assert.Equal(t, KindRedirects, KindOf(err), p)
		assert.ErrorIs(t, err, errRedirectLoop, p)
		assert.ErrorContains(t, err, "redirect loop at "+srv.URL+"/self-refresh", p)
	}
	page, err = fetch(t, c, srv.URL+"/live")
	require.NoError(t, err, "a live page reloading itself every 30 s is read as it is")
	assert.Empty(t, page.Redirects)

	_, err = fetch(t, c, srv.URL+"/refresh-chain/0")
	assert.Equal(t, KindRedirects, KindOf(err))
	assert.ErrorIs(t, err, errTooManyRedirects)

	page, err = fetch(t, c, srv.URL+"/spa")
	assert.Equal(t, KindUnverifiable, KindOf(err))
	assert.Contains(t, err.Error(), "JavaScript")
	require.NotNil(t, page)
	var fe *FetchError
	require.ErrorAs(t, err, &fe)
	assert.Same(t, page, fe.Page)
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`<meta http-equiv="refresh" content="0; url=/x"><html amp><link rel=canonical href=/c>`), "text/html")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "text/html; charset=utf-16")
	f.Add([]byte(`<meta charset="shift_jis">`+"\x93\xfa\x96{"), "")
	f.Add([]byte("<noscript>enable javascript</noscript><script>"), "text/html; charset=iso-2022-kr")
	f.Fuzz(func(t *testing.T, body []byte, contentType string) {
		out, _, _ := decodeHTML(body, contentType)
		if !utf8.Valid(out) {
			t.Fatalf("decodeHTML returned invalid UTF-8 for %q", body)
		}
		s := scanHTML(out)
		page := &Page{FinalURL: "https://f.example/a/b", Body: out}
		_, _ = nextHop(page, s)
		_ = unverifiableReason(page, s)
		_, _, _ = parseRefresh(string(body))
	})
}
