package targets

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/mmcdole/gofeed"
)

// maxUnzipped bounds a gzipped sitemap once inflated (the sitemap protocol
// allows 50 MB).
const maxUnzipped = 64 << 20

type docKind int

const (
	docUnknown docKind = iota
	docHTML
	docFeed
	docSitemap
)

// url expands a URL argument: a feed or sitemap is fetched and expanded,
// anything else is a target itself.
func (e *expander) url(u, via string, depth int) bool {
	if e.seen[u] {
		e.named++
		return true
	}
	if e.opts.Fetch == nil || !(e.opts.SniffURLs || looksLikeFeed(u)) {
		return e.emit(Target{Ref: u, Kind: URL, Via: via})
	}
	e.seen["sitemap "+u] = true
	body, ct, err := e.opts.Fetch(e.ctx, u)
	if err != nil {
		return e.fail(u, via, fmt.Errorf("fetch %s: %w", u, err))
	}
	return e.document(u, via, body, ct, depth)
}

// document expands a fetched or read document by what its content is.
func (e *expander) document(ref, via string, data []byte, contentType string, depth int) bool {
	data, err := gunzip(data)
	if err != nil {
		return e.fail(ref, via, fmt.Errorf("%s: %w", ref, err))
	}
	switch sniff(data, contentType) {
	case docSitemap:
		return e.sitemap(ref, data, depth)
	case docFeed:
		return e.feed(ref, data)
	case docHTML:
		if isURL(ref) {
			return e.emit(Target{Ref: ref, Kind: URL, Via: via})
		}
		return e.emit(Target{Ref: ref, Kind: HTML, Path: ref, HTML: data, Via: via})
	}
	return e.fail(ref, via, fmt.Errorf("%w: %s is not HTML, Markdown, a feed or a sitemap", ErrUnsupported, ref))
}

func gunzip(data []byte) ([]byte, error) {
	if !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		return data, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, maxUnzipped+1))
	if err != nil {
		return nil, fmt.Errorf("gunzip: %w", err)
	}
	if len(out) > maxUnzipped {
		return nil, fmt.Errorf("gunzip: more than %d bytes", maxUnzipped)
	}
	return out, nil
}

// sniff tells a document's kind by its root element (or, for JSON, by
// gofeed's detector); the content type only decides when the content
// does not.
func sniff(data []byte, contentType string) docKind {
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(trimmed, []byte("{")):
		if gofeed.DetectFeedType(bytes.NewReader(trimmed)) == gofeed.FeedTypeJSON {
			return docFeed
		}
		return docUnknown
	case bytes.HasPrefix(trimmed, []byte("<")):
		switch strings.ToLower(rootElement(trimmed)) {
		case "urlset", "sitemapindex":
			return docSitemap
		case "rss", "feed", "rdf":
			return docFeed
		}
		return docHTML
	}
	if strings.Contains(strings.ToLower(contentType), "html") {
		return docHTML
	}
	return docUnknown
}

// rootElement is the local name of the first element, or "" when the
// document is not well-formed enough to tell (HTML often is not).
func rootElement(data []byte) string {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	for range 64 {
		tok, err := d.RawToken()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local
		}
	}
	return ""
}

// feed yields the item links of an RSS, Atom or JSON feed.
func (e *expander) feed(ref string, data []byte) bool {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return e.fail(ref, "", fmt.Errorf("parse feed %s: %w", ref, err))
	}
	return e.nonEmpty(ref, "", "is a feed with no item links", func() bool { return e.items(ref, f) })
}

// items yields the links of a feed's items.
func (e *expander) items(ref string, f *gofeed.Feed) bool {
	base := ref
	if !isURL(base) {
		base = f.Link
	}
	for _, it := range f.Items {
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link = strings.TrimSpace(link); link == "" {
			continue
		}
		if !e.loc(resolve(base, link), ref) {
			return false
		}
	}
	return true
}

// loc yields a page URL named by a feed or sitemap.
func (e *expander) loc(u, via string) bool {
	if !isURL(u) {
		return e.fail(u, via, fmt.Errorf("%w: %s names %q, not an http(s) URL", ErrUnsupported, via, u))
	}
	return e.emit(Target{Ref: u, Kind: URL, Via: via})
}

func resolve(base, ref string) string {
	b, err := url.Parse(base)
	if err != nil || base == "" {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// sitemapDoc covers both <urlset> and <sitemapindex>; encoding/xml
// matches the elements whatever their namespace.
type sitemapDoc struct {
	XMLName  xml.Name
	URLs     []sitemapLoc `xml:"url"`
	Sitemaps []sitemapLoc `xml:"sitemap"`
}

type sitemapLoc struct {
	Loc string `xml:"loc"`
}

// sitemap yields the <loc>s of a urlset, and fetches and expands the
// sitemaps of an index down to MaxSitemapDepth.
func (e *expander) sitemap(ref string, data []byte, depth int) bool {
	var doc sitemapDoc
	if err := xml.Unmarshal(data, &doc); err != nil {
		return e.fail(ref, "", fmt.Errorf("parse sitemap %s: %w", ref, err))
	}
	return e.nonEmpty(ref, "", "is a sitemap naming no page", func() bool { return e.locs(ref, doc, depth) })
}

// locs yields the pages of a sitemap and expands its child sitemaps.
func (e *expander) locs(ref string, doc sitemapDoc, depth int) bool {
	for _, l := range doc.URLs {
		if !e.loc(strings.TrimSpace(l.Loc), ref) {
			return false
		}
	}
	for _, s := range doc.Sitemaps {
		if !e.childSitemap(strings.TrimSpace(s.Loc), ref, depth+1) {
			return false
		}
	}
	return true
}

func (e *expander) childSitemap(u, via string, depth int) bool {
	max := e.opts.MaxSitemapDepth
	if max <= 0 {
		max = 3
	}
	switch {
	case e.seen["sitemap "+u]:
		e.named++
		return true
	case !isURL(u):
		return e.fail(u, via, fmt.Errorf("%w: sitemap index %s names %q, not an http(s) URL", ErrUnsupported, via, u))
	case depth > max:
		return e.fail(u, via, fmt.Errorf("sitemap %s: %w", u, errTooDeep(max)))
	case e.opts.Fetch == nil:
		return e.fail(u, via, fmt.Errorf("sitemap %s: %w", u, ErrNoFetch))
	}
	e.seen["sitemap "+u] = true
	body, ct, err := e.opts.Fetch(e.ctx, u)
	if err != nil {
		return e.fail(u, via, fmt.Errorf("fetch %s: %w", u, err))
	}
	return e.document(u, via, body, ct, depth)
}

// ErrTooDeep is returned (wrapped) for sitemap indexes nested deeper than
// Options.MaxSitemapDepth.
var ErrTooDeep = errors.New("sitemap indexes nested too deep")

func errTooDeep(max int) error { return fmt.Errorf("%w (limit %d)", ErrTooDeep, max) }
