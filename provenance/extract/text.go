package extract

import (
	"net/url"
	"strings"

	"github.com/provcheck/provcheck/provenance/text"
	"golang.org/x/net/html"
)

// setText joins paragraphs with blank lines and records each one's span.
func (a *Article) setText(paras []string) {
	a.Text = strings.Join(paras, "\n\n")
	r := text.NewRunes(a.Text)
	a.Paragraphs = make([]text.Span, 0, len(paras))
	off, words := 0, 0
	for _, p := range paras {
		a.Paragraphs = append(a.Paragraphs, r.Span(off, off+len(p)))
		off += len(p) + 2
		words += len(strings.Fields(p))
	}
	a.WordCount = words
}

// articleLinks is the set of absolute URLs linked from the extracted body.
// readability rewrites the tree, so anchors are matched by URL, not node.
func articleLinks(body *html.Node, base *url.URL) map[string]bool {
	set := map[string]bool{}
	if body == nil {
		return set
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "a" {
			if u, err := base.Parse(strings.TrimSpace(attr(n, "href"))); err == nil {
				set[u.String()] = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	return set
}
