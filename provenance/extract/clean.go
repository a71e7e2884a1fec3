package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// reFurnitureClass matches class and id tokens of page furniture that
// readability keeps inside the body it picks: captions and credits, share
// bars, related-story lists, newsletter prompts, bylines and datelines,
// tag lists, breadcrumbs.
var reFurnitureClass = regexp.MustCompile(`(?i)(?:^|[-_])(?:` +
	`caption|captions|credit|credits|image-credit|photo-credit|` +
	`share|shares|sharing|sharebar|share-bar|social|socials|` +
	`related|recirc|recirculation|more-stories|also-like|read-more|readmore|` +
	`newsletter|subscribe|subscription|signup|` +
	`byline|author|authors|dateline|timestamp|date|published|` +
	`tags|tag-list|taglist|breadcrumb|breadcrumbs|` +
	`promo|advert|ad-container|toolbar|print|` +
	`standfirst|dek|strapline|kicker|teaser|subtitle` +
	`)(?:$|[-_])`)

// cleanArticle removes furniture from readability's chosen body in place.
// It runs after readability so that it cannot change which block readability
// picks, only what of that block is kept.
func cleanArticle(root *html.Node) {
	// A match that holds much of the body is a wrapper whose class merely
	// mentions furniture ("entry-content-read-more"): keep it.
	bigShare := textSize(root, 0) * 2 / 5
	var doomed []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n != root && isFurniture(n) && textSize(n, bigShare+1) <= bigShare {
			doomed = append(doomed, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, n := range doomed {
		n.Parent.RemoveChild(n)
	}
}

func isFurniture(n *html.Node) bool {
	switch n.Data {
	case "figcaption", "nav", "button", "aside":
		return true
	case "ul", "ol":
		if isLinkList(n) {
			return true
		}
	case "p", "h2", "h3", "h4", "h5", "h6":
		if isLinkOnly(n) {
			return true
		}
	}
	return hasFurnitureClass(n)
}

func hasFurnitureClass(n *html.Node) bool {
	for _, key := range []string{"class", "id"} {
		for tok := range strings.FieldsSeq(attr(n, key)) {
			if reFurnitureClass.MatchString(tok) {
				return true
			}
		}
	}
	return false
}

// isLinkList reports whether list n is a list of links (related stories):
// at least two items and nearly all of its text inside anchors.
func isLinkList(n *html.Node) bool {
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.Data == "li" {
			items++
		}
	}
	if items < 2 {
		return false
	}
	all, linked := linkText(n)
	return all > 0 && linked*10 >= all*9
}

// isLinkOnly reports whether a short paragraph or heading is one link.
func isLinkOnly(n *html.Node) bool {
	all, linked := linkText(n)
	return all > 0 && all <= 150 && linked*20 >= all*19
}

// linkText counts the non-space text bytes of n, and those inside anchors.
func linkText(n *html.Node) (all, linked int) {
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inA bool) {
		if n.Type == html.TextNode {
			k := len(strings.TrimSpace(n.Data))
			all += k
			if inA {
				linked += k
			}
			return
		}
		if n.Type == html.ElementNode && n.Data == "a" {
			inA = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inA)
		}
	}
	walk(n, false)
	return all, linked
}

// textSize counts the non-space bytes of n's visible text, stopping once
// it passes limit (0: no limit).
func textSize(n *html.Node, limit int) int {
	size := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			for i := 0; i < len(n.Data); i++ {
				if c := n.Data[i]; c != ' ' && c != '\n' && c != '\t' && c != '\r' {
					size++
				}
			}
			return limit == 0 || size <= limit
		case html.ElementNode:
			if skipTags[n.Data] {
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(n)
	return size
}
