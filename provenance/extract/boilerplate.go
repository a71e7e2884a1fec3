package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Aggregator disclaimers: whole paragraphs that say the page is a copy.
// They are listed in Boilerplate wherever on the page they appear.
// Matched on lower-cased text, after a cheap keyword check. Each phrase
// speaks of the page itself ("this article was automatically aggregated");
// a story about aggregators words these differently ("the stories were
// aggregated without permission"). Rights given away are reRightsGiven.
var reDisclaimer = regexp.MustCompile(`denial of responsibility|is an automatic aggregator|` +
	`all trademarks belong to their rightful owners|hyperlink to the primary source is specified|` +
	`automatically (?:generated|aggregated) from (?:the )?(?:source|rss|feed)|` +
	`this (?:article|story|post|content) (?:was|is|has been) (?:auto-?generated|automatically generated|aggregated) (?:from|by)|` +
	`this (?:article|story|post|content|news item|item|page) (?:was|is|has been) ` +
	`(?:automatically |auto-?)(?:aggregated|collected|imported|fetched|published|posted)\b|` +
	`we (?:do not|don't) (?:own|claim ownership of) (?:this|the) content`)

// reOwnership is a sentence of its own in which the site disowns the
// content: "AggregatorHub does not own the content." It is tried only on
// short paragraphs and must make up a whole sentence, as "The club does
// not own the stadium" or "Meta does not own the content users post" are
// news.
var reOwnership = regexp.MustCompile(`(?:^|[.!?]\s+)(?:[\pL\d][\pL\d.&'’-]*\s+){1,3}` +
	`(?:do|does)(?: not|n't|n’t) (?:own|claim (?:any )?(?:ownership of|rights? (?:to|over))) ` +
	`(?:this|the|any of the|any of this) (?:content|article|story|material|news|post)s?` +
	`(?: (?:on|of) this (?:page|site|website))?\s*(?:[.!]|$)`)

// reOwnershipReported is the same denial reported by a story: its subject
// ends in a pronoun or a verb of saying ("Meta says it does not own the
// content."), where a disclaimer names the site or says "we".
var reOwnershipReported = regexp.MustCompile(`\b(?:it|they|he|she|that|which|who|says?|said|claims?|claimed|insists?|insisted|argues?|argued|adds?|added|notes?|noted|tells?|told)\s+` +
	`(?:do|does)(?: not|n't|n’t) (?:own|claim)`)

// reRightsGiven is the page giving its rights away: "All rights belong to
// the original publisher." It must open the paragraph (after a label such
// as "Disclaimer:") and end its sentence at the owner, and it is tried only
// on short paragraphs, since a story reports the same words: "All rights
// belong to the original publisher, the site's terms say", "The site says
// all rights belong to …", "All rights to the footage remain with the
// original broadcaster, the judge ruled".
var reRightsGiven = regexp.MustCompile(`^(?:(?:copyright |legal )?(?:disclaimer|notice|note|copyright)\s*[:—–-]\s*)?` +
	`all (?:rights|credits?|copyrights?)(?: and \w+)? (?:belong|go|remain) (?:to|with) (?:the|their|its) ` +
	`(?:original|respective|rightful) (?:publisher|author|owner|source|creator|copyright holder)s?` +
	`(?: of (?:this|the) (?:content|article|story|post|material))?\s*(?:[.!]|$)`)

// maxAfterRights bounds what may follow the rights sentence in its
// paragraph: a disclaimer's tail ("Contact us for removal."), not a story
// going on about the line it quotes.
const maxAfterRights = 80

// rightsGiven reports whether a lower-cased, trimmed paragraph is a
// reRightsGiven disclaimer, with no more than a short sentence after it.
func rightsGiven(lower string) bool {
	loc := reRightsGiven.FindStringIndex(lower)
	return loc != nil && utf8.RuneCountInString(lower[loc[1]:]) <= maxAfterRights
}

// rightsHints are words every reRightsGiven match contains.
var rightsHints = []string{"belong", "remain", " go "}

// disclaimerHints are words every reDisclaimer match contains.
var disclaimerHints = []string{"responsib", "aggregat", "trademark", "primary source", "automatically", "auto", "originally", "generated", "syndicated", "content"}

// ownershipHints are words every reOwnership match contains.
var ownershipHints = []string{"not own", "n't own", "n’t own", "not claim", "n't claim", "n’t claim"}

// isDisclaimer reports whether lower-cased text is an aggregator disclaimer.
func isDisclaimer(lower string) bool {
	if containsAny(lower, disclaimerHints) && reDisclaimer.MatchString(lower) {
		return true
	}
	short := len(lower) <= 4*maxNoticeRunes && utf8.RuneCountInString(lower) <= maxNoticeRunes
	if short && containsAny(lower, rightsHints) && rightsGiven(strings.TrimSpace(lower)) {
		return true
	}
	return short && containsAny(lower, ownershipHints) && reOwnership.MatchString(lower) && !reOwnershipReported.MatchString(lower)
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// Short paragraphs that are site furniture, not story: share and subscribe
// prompts, comment prompts, image-rights badges, bare source labels.
// Matched on lower-cased text.
var reFurniture = regexp.MustCompile(`^(?:` +
	`dmca(?:\.com)? (?:compliant image|protection status)|` +
	`leave a (?:comment|reply)|post a comment.*|(?:\d+ )?comments?|no comments? yet|add (?:a )?comment|` +
	`share (?:this|on|via)\b.*|share:?|tweet|pin it|email|print|close|caption|skip to (?:main )?content|sign in|log ?in|` +
	`(?:subscribe|sign up|register)\b.*(?:newsletters?|inbox)\b.*|subscribe|` +
	`(?:get|receive) (?:the|our) .*newsletters?.*|let our news meet your inbox.*|` +
	`follow (?:us|him|her|them|me) on\b.*|follow \S+(?: \S+)? on (?:twitter|facebook|instagram|youtube|linkedin)\b.*|` +
	`(?:like|enjoy|enjoyed) this (?:story|article|post)\?.*|` +
	`if you (?:enjoyed|liked) this (?:article|story|post)\b.*|text size|post (?:a )?comment.*|like us on facebook\b.*|` +
	`(?:related|recommended|popular|trending|latest|more) (?:posts?|articles?|stories|news|videos?|content|reading)\b.*|` +
	`you (?:may|might) (?:also )?(?:like|enjoy|be interested in).*|don'?t miss|trending(?: now)?|highlights|tags?|` +
	`(?:read|see|watch|listen) (?:more|next|also|this)\b.*|(?:related|also|see also|more|read|listen|download|itunes|watch)\s*:.*|` +
	`click here\b.*|this slideshow requires javascript\.?|this website uses cookies\b.*|` +
	`advertisement|advert|sponsored(?: content)?|breaking news|` +
	`copyright\b.*|©.*|about the author|` +
	`(?:` + labelNouns + `|` + labelCJK + `)\s*[:：]?` +
	`)\s*[.:!]?$`)

// reFurnitureInside matches furniture by a phrase anywhere in a short
// paragraph; furnitureHints gate it, as unanchored patterns are slow.
var (
	reFurnitureInside = regexp.MustCompile(`\baffiliate (?:links?|commissions?|partnerships?)\b|\bfollow (?:us|him|her|them|me) (?:on|@)|` +
		`\ball rights reserved\b|\bby clicking here\b`)
	furnitureHints = []string{"affiliate", "follow", "rights reserved", "clicking here"}
)

func isFurnitureLine(lower string) bool {
	if reFurniture.MatchString(lower) {
		return true
	}
	for _, h := range furnitureHints {
		if strings.Contains(lower, h) {
			return reFurnitureInside.MatchString(lower)
		}
	}
	return false
}

// maxFurnitureRunes bounds what reFurniture may remove: longer paragraphs
// are prose that happens to start like a prompt.
const maxFurnitureRunes = 160

// Site notices: a cookie-consent notice and a plug for the site's news app,
// which pages whose class names do not tell leave inside the article. Both
// address the reader from their first words ("We use cookies…", "Download
// the … app for the latest headlines"); a story reporting on cookies or an
// app quotes or attributes such words, and an app a story tells readers
// about is rarely one for news. Matched on lower-cased text.
var reNotice = regexp.MustCompile(`^(?:` +
	`(?:we|this (?:web ?)?site|our (?:web ?)?site|this page) uses? cookies\b.*|` +
	`by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web ?)?site\b.*\bcookies\b.*|` +
	`(?:download|get|install) (?:the|our) (?:\S+ ){0,4}app\b.*\b(?:news|headlines|alerts|stories)\b.*` +
	`)$`)

// noticeHints are words every reNotice match contains.
var noticeHints = []string{"cookies", "app"}

// maxNoticeRunes bounds a site notice: cookie notices run longer than
// prompts, and a longer paragraph is prose.
const maxNoticeRunes = 2 * maxFurnitureRunes

func isSiteNotice(lower string) bool {
	for _, h := range noticeHints {
		if strings.Contains(lower, h) {
			return reNotice.MatchString(lower)
		}
	}
	return false
}

// stripBoilerplate drops disclaimer and furniture paragraphs, returning the
// kept paragraphs and the removed ones.
func stripBoilerplate(paras []string) (kept, removed []string) {
	for _, p := range paras {
		if isBoilerplate(p) {
			removed = append(removed, p)
			continue
		}
		kept = append(kept, p)
	}
	return kept, removed
}

func isBoilerplate(p string) bool {
	if len(p) > 4*maxFurnitureRunes {
		return isDisclaimer(strings.ToLower(p))
	}
	lower := strings.ToLower(p)
	n := utf8.RuneCountInString(p)
	return isDisclaimer(lower) || n <= maxFurnitureRunes && isFurnitureLine(lower) || n <= maxNoticeRunes && isSiteNotice(lower)
}

// disclaimerIn returns the text of a leaf block that is an aggregator
// disclaimer ("" otherwise). Only leaf blocks are read so that the page
// walk stays linear.
func disclaimerIn(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isBlock(c) {
			return ""
		}
	}
	if size := textSize(n, 2000); size < 30 || size > 2000 || !mayBeDisclaimer(n) {
		return ""
	}
	t := textOf(n, 2000)
	if isDisclaimer(strings.ToLower(t)) {
		return t
	}
	return ""
}

// rawDisclaimerHints are fragments of reDisclaimer's phrases that do not
// depend on capitalisation, to test text nodes without lower-casing them.
var rawDisclaimerHints = []string{"esponsib", "ggregat", "rademark", "rimary source", "utomatically", "uto-generated", "utogenerated", "wnership", "own this content", "own the content",
	"uto-", "elong", "ELONG", "emain", "EMAIN", "ot own", "OT OWN", "'t own", "’t own", "'T OWN", "’T OWN", "ot claim", "OT CLAIM", "'t claim", "’t claim"}

// mayBeDisclaimer reports whether a text node under n holds a disclaimer
// fragment; most blocks are ruled out without building their text.
func mayBeDisclaimer(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			for _, h := range rawDisclaimerHints {
				if strings.Contains(c.Data, h) {
					return true
				}
			}
		case html.ElementNode:
			if !skipTags[c.Data] && mayBeDisclaimer(c) {
				return true
			}
		}
	}
	return false
}

// mergeBoilerplate lists removed paragraphs, then page disclaimers the body
// text never held, each once.
func mergeBoilerplate(removed, disclaimers []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append(removed, disclaimers...) {
		if k := strings.ToLower(s); !seen[k] {
			seen[k] = true
			out = append(out, s)
		}
	}
	return out
}
