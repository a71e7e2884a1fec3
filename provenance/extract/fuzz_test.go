package extract_test

import (
	"errors"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/text"
)

// FuzzExtract feeds arbitrary bytes as a page: Extract must return either
// an *Error or an article whose text and spans are consistent.
func FuzzExtract(f *testing.F) {
	for _, seed := range []string{
		"",
		"<html><body><p>short</p></body></html>",
		string(page("", "")),
		string(page(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","isBasedOn":{"url":"https://planet.test/a"}}]}</script>`, `<p>Source: <a href="https://planet.test/a">Planet</a></p>`)),
		"<frameset><frame src=a></frameset>",
		strings.Repeat("<div>", 300),
		"<p>\xff\xfe broken</p>",
		"<script>var a = '<div>'</script><!-- <div> --><svg><path/></svg>",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		a, err := extract.Extract(body, pageURL, extract.Options{MaxBytes: 1 << 20})
		if err != nil {
			var xe *extract.Error
			if !errors.As(err, &xe) || xe.Reason == "" {
				t.Fatalf("error is not a *extract.Error with a reason: %v", err)
			}
			return
		}
		checkArticle(t, a)
	})
}

// FuzzReferences varies the anchor, its label and the page's canonical:
// every reference must be an absolute http(s) URL on another site, listed
// once, in descending confidence.
func FuzzReferences(f *testing.F) {
	f.Add("Source:", "https://planet.test/a?utm_source=x", "Planet", "https://planet.test/a")
	f.Add("", "https://news.google.com/articles/x?url=https%3A%2F%2Fplanet.test%2Fb", "Reference", "/local")
	f.Add("Quelle :", "//cdn.test/x#frag", "来源", "javascript:alert(1)")
	f.Add("via", "https://l.facebook.com/l.php?u=%zz", "", "https://vigourfeed.test/self")
	f.Fuzz(func(t *testing.T, label, href, anchorText, canonical string) {
		esc := func(s string) string {
			return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
		}
		body := page(`<link rel="canonical" href="`+esc(canonical)+`">`,
			`<p>`+esc(label)+` <a href="`+esc(href)+`">`+esc(anchorText)+`</a></p>`)
		a, err := extract.Extract(body, pageURL, extract.Options{})
		if err != nil {
			t.Fatalf("a full article page failed: %v", err)
		}
		checkArticle(t, a)
		seen := map[string]bool{}
		for i, r := range a.References {
			u, err := url.Parse(r.URL)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Fatalf("reference %q is not an absolute http(s) URL", r.URL)
			}
			if extract.SameSite(r.URL, pageURL) {
				t.Fatalf("same-site reference %q", r.URL)
			}
			if seen[r.URL] {
				t.Fatalf("duplicate reference %q", r.URL)
			}
			seen[r.URL] = true
			if i > 0 && r.Confidence > a.References[i-1].Confidence {
				t.Fatalf("references not sorted by confidence: %+v", a.References)
			}
		}
	})
}

func checkArticle(t *testing.T, a *extract.Article) {
	t.Helper()
	if strings.TrimSpace(a.Text) == "" || !utf8.ValidString(a.Text) {
		t.Fatalf("article with empty or invalid text %q", a.Text)
	}
	r := text.NewRunes(a.Text)
	for _, sp := range a.Paragraphs {
		if sp.Start < 0 || sp.End < sp.Start || sp.End > r.Len() {
			t.Fatalf("span %+v out of range", sp)
		}
		if got := a.Text[r.ByteOffset(sp.Start):r.ByteOffset(sp.End)]; got != sp.Text {
			t.Fatalf("span %+v does not slice to its text (%q)", sp, got)
		}
	}
	switch a.Type {
	case "article", "listing", "unknown":
	default:
		t.Fatalf("type %q", a.Type)
	}
}
