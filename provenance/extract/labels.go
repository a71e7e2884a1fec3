package extract

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// Label vocabulary. nouns name a source on their own ("Source:",
// "Reference"); leads introduce one inline ("via X", "Originally published
// at X"). CJK labels have no word boundaries, so they get no \b.
const (
	labelNouns = `references?|sources?|credits?|quellen?|fuentes?|fontes?|bronn?en|bron|źródło|источник|kaynak|` +
		`original (?:article|story|post)|read the original(?: article| story| post)?|h/t|hat tip`
	labelLeads = `via|vía|originally (?:published|posted|appeared)(?: (?:at|on|in|by))?|` +
		`(?:first )?published (?:at|on|in|by)|read more (?:at|on)|read (?:it |the )?(?:original|full)(?: article| story| post)? (?:at|on)|` +
		`(?:h/t|hat tip)(?: to)?|d'après|gefunden bei|publicado (?:en|originalmente en)|publié (?:sur|dans)`
	labelCJK = `来源|來源|出典|출처|出处|出處|原文`
)

var (
	// anchor text that is itself the label: "Reference", "Source: Daily Planet".
	reAnchorNoun = regexp.MustCompile(`(?i)^(?:` + labelNouns + `|` + labelCJK + `)\s*(?:[:：].*)?$`)
	// anchor text that starts with a lead: "via Daily Planet", "Read more at ...".
	reAnchorLead = regexp.MustCompile(`(?i)^(?:` + labelLeads + `)\s*[:：]?\s+\S`)
	// text right before the anchor in its block ends with a label.
	reTextBefore = regexp.MustCompile(`(?i)(?:(?:^|[^\p{L}])(?:` + labelNouns + `|` + labelLeads + `)|` + labelCJK + `)\s*[:：]?\s*[-–—]?\s*$`)
	// "Sources: A, B and" — later anchors of a labelled list.
	reTextBeforeList = regexp.MustCompile(`(?i)(?:(?:^|[^\p{L}])(?:` + labelNouns + `)|` + labelCJK + `)\s*[:：]\s*[^.!?:]{0,160}(?:[,;/|&·•]|\band|\bund|\by|\bet)\s*$`)
	// a heading or paragraph that is only a label.
	reBareLabel = regexp.MustCompile(`(?i)^(?:` + labelNouns + `|` + labelCJK + `|via)\s*[:：]?$`)
	// label words that credit a picture, not the story.
	reMediaCredit = regexp.MustCompile(`(?i)(?:image|photo|picture|foto|bild|video|illustration|graphic)s?\s*(?:` + labelNouns + `)\s*[:：]?\s*[-–—]?\s*$`)
)

// labelFor returns the label that names anchor a as a source: its own text,
// the text just before it in its block, or a label heading/paragraph right
// before that block. "" when nothing labels it.
func labelFor(a *html.Node, text string) string {
	if text != "" && len(text) < 200 && (reAnchorNoun.MatchString(text) || reAnchorLead.MatchString(text)) {
		return text
	}
	block := blockOf(a)
	before := textBefore(a, block, 200)
	if before != "" && !reMediaCredit.MatchString(before) {
		if m := reTextBefore.FindString(before); m != "" {
			return cleanLabel(m)
		}
		if m := reTextBeforeList.FindString(before); m != "" {
			return cleanLabel(m)
		}
	}
	if before != "" && len(before) > 3 {
		return "" // the anchor sits inside prose: a heading above is not its label
	}
	n := block
	for range 3 {
		if n == nil || n.Type != html.ElementNode || n.Data == "body" {
			break
		}
		if prev := prevElement(n); prev != nil {
			if t := textOf(prev, 60); reBareLabel.MatchString(t) {
				return t
			}
			if prev.Data != n.Data { // a sibling item (li after li) defers to the list's heading
				break
			}
		}
		n = n.Parent
	}
	return ""
}

// cleanLabel trims punctuation around a matched label.
func cleanLabel(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimLeft(s, " ([|•·—–-")
	if i := strings.IndexAny(s, ":："); i > 0 {
		s = s[:i]
	}
	return strings.TrimSpace(strings.TrimRight(s, " -–—"))
}
