package extract

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// page is what one walk over the untouched tree learns, before readability
// mutates it: the whole page's links, metadata and reference clues.
type page struct {
	url      *url.URL
	base     *url.URL
	links    []Link
	anchors  []anchor
	meta     map[string]string // name= / property= / itemprop= (lower-cased) → first content
	metaPos  map[string]int
	relLinks map[string]string // rel= (lower-cased) → first href, absolute
	relPos   map[string]int
	jsonLD   []jsonLDScript
	ld       jsonLD
	timeAttr string // first <time datetime>
	lang     string
	title    string

	frameset    bool
	scripts     int
	textRunes   int // visible text outside <a>
	linkRunes   int // visible text inside <a>
	disclaimers []string
	bareLabels  []string // blocks that are only a source label and hold no link
	notes       []Note   // captions, asides, small print and footers
}

// anchor is one <a href> with what surrounds it.
type anchor struct {
	link  Link
	pos   int    // document order among all nodes
	label string // the Reference/Source/... label naming it, "" if none
}

type jsonLDScript struct {
	raw string
	pos int
}

// scanPage walks doc once. Depth was bounded before parsing, so recursion
// is safe here.
func scanPage(doc *html.Node, u *url.URL) *page {
	pg := &page{url: u, base: u, meta: map[string]string{}, metaPos: map[string]int{},
		relLinks: map[string]string{}, relPos: map[string]int{}}
	pos := 0
	var walk func(n *html.Node, inA bool)
	walk = func(n *html.Node, inA bool) {
		pos++
		switch n.Type {
		case html.TextNode:
			r := utf8.RuneCountInString(strings.TrimSpace(n.Data))
			if inA {
				pg.linkRunes += r
			} else {
				pg.textRunes += r
			}
			return
		case html.ElementNode:
			if !pg.element(n, pos) {
				return
			}
			if n.Data == "a" {
				inA = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inA)
		}
	}
	walk(doc, false)
	pg.ld = parseJSONLD(pg.jsonLD)
	return pg
}

// element records what n tells; it reports whether to descend into n.
func (pg *page) element(n *html.Node, pos int) bool {
	switch n.Data {
	case "html":
		pg.lang = strings.TrimSpace(attr(n, "lang"))
	case "base":
		if b, err := pg.url.Parse(attr(n, "href")); err == nil && attr(n, "href") != "" {
			pg.base = b
		}
	case "frameset":
		pg.frameset = true
	case "title":
		if pg.title == "" {
			pg.title = textOf(n, 0)
		}
		return false
	case "script":
		pg.scripts++
		if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") && n.FirstChild != nil {
			pg.jsonLD = append(pg.jsonLD, jsonLDScript{raw: n.FirstChild.Data, pos: pos})
		}
		return false
	case "style", "noscript", "template", "svg":
		return false
	case "meta":
		pg.addMeta(n, pos)
	case "link":
		pg.addRel(n, pos)
	case "time":
		if pg.timeAttr == "" {
			pg.timeAttr = strings.TrimSpace(attr(n, "datetime"))
		}
	case "a":
		pg.addAnchor(n, pos)
	case "p", "div", "footer", "section", "aside":
		if d := disclaimerIn(n); d != "" {
			pg.disclaimers = append(pg.disclaimers, d)
		}
		pg.addBareLabel(n)
	case "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "dt":
		pg.addBareLabel(n)
	}
	pg.addNote(n)
	return true
}

// addBareLabel records a block that is only a source label ("Reference",
// "Source:") and holds no link itself: on a copy whose link was lost, the
// one trace of the source it named.
func (pg *page) addBareLabel(n *html.Node) {
	if textSize(n, 40) > 40 || hasAnchor(n) {
		return
	}
	t := textOf(n, 60)
	if lt := strings.ToLower(t); t != "" && hasLabelHint(lt) && reBareLabel.MatchString(lt) {
		pg.bareLabels = append(pg.bareLabels, t)
	}
}

// hasAnchor reports whether n holds an <a href>.
func hasAnchor(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == "a" && attr(c, "href") != "" || hasAnchor(c)) {
			return true
		}
	}
	return false
}

func (pg *page) addMeta(n *html.Node, pos int) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	for _, k := range []string{"property", "name", "itemprop"} {
		key := strings.ToLower(strings.TrimSpace(attr(n, k)))
		if key == "" {
			continue
		}
		if _, ok := pg.meta[key]; !ok {
			pg.meta[key] = content
			pg.metaPos[key] = pos
		}
	}
}

func (pg *page) addRel(n *html.Node, pos int) {
	href := strings.TrimSpace(attr(n, "href"))
	if href == "" {
		return
	}
	abs, err := pg.resolve(href)
	if err != nil {
		return
	}
	for rel := range strings.FieldsSeq(strings.ToLower(attr(n, "rel"))) {
		if _, ok := pg.relLinks[rel]; !ok {
			pg.relLinks[rel] = abs.String()
			pg.relPos[rel] = pos
		}
	}
}

func (pg *page) addAnchor(n *html.Node, pos int) {
	href := strings.TrimSpace(attr(n, "href"))
	if href == "" || strings.HasPrefix(href, "#") {
		return
	}
	abs, err := pg.resolve(href)
	if err != nil || abs.Scheme == "javascript" || abs.Scheme == "data" {
		return
	}
	l := Link{URL: abs.String(), Text: textOf(n, 0), Rel: strings.TrimSpace(attr(n, "rel"))}
	pg.links = append(pg.links, l)
	pg.anchors = append(pg.anchors, anchor{link: l, pos: pos, label: labelFor(n, l.Text)})
}

// resolve makes href absolute against the page's base. A page read from
// a file or stdin has no web scheme: a protocol-relative link ("//host/a")
// is taken as https, as a browser would load it from the saved page's
// site, rather than as a file path on another host.
func (pg *page) resolve(href string) (*url.URL, error) {
	if strings.HasPrefix(href, "//") && pg.base.Scheme != "http" && pg.base.Scheme != "https" {
		return url.Parse("https:" + href)
	}
	return pg.base.Parse(href)
}
