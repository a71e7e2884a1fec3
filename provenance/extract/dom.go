package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// attr returns the value of n's attribute key ("" when absent).
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// blockTags are the elements that start a new line of text: a label and
// its anchor must share one of them to count as "in the same block".
var blockTags = map[string]bool{
	"p": true, "div": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true,
	"section": true, "article": true, "aside": true, "header": true, "footer": true, "nav": true,
	"main": true, "figure": true, "figcaption": true, "table": true, "tr": true, "td": true,
	"th": true, "form": true, "body": true, "pre": true, "address": true, "details": true,
}

func isBlock(n *html.Node) bool { return n.Type == html.ElementNode && blockTags[n.Data] }

// skipTags hold no user-visible text.
var skipTags = map[string]bool{
	"script": true, "style": true, "noscript": true, "template": true, "svg": true,
	"head": true, "iframe": true, "object": true, "canvas": true,
}

// textOf is n's visible text, white space collapsed, cut off after about
// limit bytes (0: no limit) so that looking around an anchor stays cheap.
func textOf(n *html.Node, limit int) string {
	var b strings.Builder
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return limit == 0 || b.Len() < limit
		case html.ElementNode:
			if skipTags[n.Data] {
				return true
			}
			if n.Data == "br" || blockTags[n.Data] {
				b.WriteByte(' ')
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
	return collapseSpace(b.String())
}

// blockOf is the nearest block-level ancestor of n (or the root).
func blockOf(n *html.Node) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if isBlock(p) {
			return p
		}
		n = p
	}
	return n
}

// textBefore is up to about limit bytes of the text that precedes n inside
// block, nearest last.
func textBefore(n, block *html.Node, limit int) string {
	var parts []string
	total, seen := 0, 0
	for ; n != nil && n != block; n = n.Parent {
		for s := n.PrevSibling; s != nil && total < limit && seen < 24; s = s.PrevSibling {
			seen++
			t := textOf(s, limit)
			parts = append(parts, t)
			total += len(t)
		}
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
		b.WriteByte(' ')
	}
	return collapseSpace(b.String())
}

// prevElement is the nearest preceding element sibling of n that has text,
// skipping white space and comments; nil if there is none.
func prevElement(n *html.Node) *html.Node {
	for s := n.PrevSibling; s != nil; s = s.PrevSibling {
		switch s.Type {
		case html.ElementNode:
			if skipTags[s.Data] {
				continue
			}
			return s
		case html.TextNode:
			if strings.TrimSpace(s.Data) != "" {
				return nil // loose text sits between: no heading right before
			}
		}
	}
	return nil
}
