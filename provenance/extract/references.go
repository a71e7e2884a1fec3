package extract

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
)

// Confidence scale of references: how sure the page is that the URL is its
// source. A label written next to the link is the page's own word; the
// metadata kinds are explicit but sometimes template defaults; a link that
// merely names a publisher, or comes last, is a guess.
const (
	ConfLabelled          = 0.95
	ConfJSONLDBasedOn     = 0.9
	ConfOriginalSource    = 0.9
	ConfSyndicationSource = 0.88
	ConfCanonical         = 0.85
	ConfOGURL             = 0.85
	ConfJSONLDCitation    = 0.7
	ConfPublisherLink     = 0.5
	ConfLastLink          = 0.3
)

// lastLinks is how many of the article body's final external links count
// as KindLastLink.
const lastLinks = 2

type refCandidate struct {
	Reference
	pos int
}

// findReferences lists the page's references, best first, and the
// labelled links it had to ignore. Same-site URLs are never references:
// the page's own canonical is not a source.
func findReferences(pg *page, links []Link, page *url.URL) ([]Reference, []IgnoredReference) {
	self := selfURL(pg, page)
	var cs []refCandidate
	var ignored []IgnoredReference
	add := func(raw, kind, text string, conf float64, pos int) {
		u, ok := CleanURL(raw, pg.base)
		if ok && !SameSite(u, self) {
			cs = append(cs, refCandidate{Reference{URL: u, Kind: kind, Text: text, Confidence: conf}, pos})
			return
		}
		if kind == KindLabelled {
			ignored = append(ignored, ignoredLabel(raw, u, text, self, ok))
		}
	}
	ld := pg.ld
	for _, s := range ld.basedOn {
		add(s, KindJSONLDBasedOn, "isBasedOn", ConfJSONLDBasedOn, ld.pos)
	}
	for _, s := range ld.citations {
		add(s, KindJSONLDCitation, "citation", ConfJSONLDCitation, ld.pos)
	}
	add(pg.relLinks["canonical"], KindCanonical, "rel=canonical", ConfCanonical, pg.relPos["canonical"])
	add(pg.meta["og:url"], KindOGURL, "og:url", ConfOGURL, pg.metaPos["og:url"])
	add(pg.meta["original-source"], KindOriginalSource, "original-source", ConfOriginalSource, pg.metaPos["original-source"])
	add(pg.meta["syndication-source"], KindSyndicationSource, "syndication-source", ConfSyndicationSource, pg.metaPos["syndication-source"])
	var bodyExternal []anchor
	for i, an := range pg.anchors {
		switch {
		case an.label != "":
			add(an.link.URL, KindLabelled, an.label, ConfLabelled, an.pos)
		case links[i].InArticle && namesPublisher(an.link.Text, an.link.URL):
			add(an.link.URL, KindPublisherLink, an.link.Text, ConfPublisherLink, an.pos)
		}
		if links[i].InArticle && !isSocial(an.link.URL) && !SameSite(an.link.URL, self) {
			bodyExternal = append(bodyExternal, an)
		}
	}
	for _, an := range bodyExternal[max(0, len(bodyExternal)-lastLinks):] {
		add(an.link.URL, KindLastLink, an.link.Text, ConfLastLink, an.pos)
	}
	return dedupe(cs), ignored
}

// ignoredLabel says why a labelled link u (raw as written; ok when it is
// a web address) is no reference of the page at self.
func ignoredLabel(raw, u, label, self string, ok bool) IgnoredReference {
	switch {
	case !ok && relative(raw):
		return IgnoredReference{URL: raw, Text: label, Reason: IgnoredRelative}
	case !ok:
		return IgnoredReference{URL: raw, Text: label, Reason: IgnoredNotWeb}
	case URLKey(u) == URLKey(self):
		return IgnoredReference{URL: u, Text: label, Reason: IgnoredSelf}
	}
	return IgnoredReference{URL: u, Text: label, Reason: IgnoredSameSite}
}

// selfURL is the URL that identifies the page. A page read from a file or
// standard input has no web address of its own, so it is known by the
// og:url or canonical it declares, and those are not taken for references
// (a saved page's canonical is the page itself far more often than a
// syndication credit).
func selfURL(pg *page, page *url.URL) string {
	if page.Scheme == "http" || page.Scheme == "https" {
		return page.String()
	}
	for _, raw := range []string{pg.meta["og:url"], pg.relLinks["canonical"]} {
		if u, ok := CleanURL(raw, pg.base); ok {
			return u
		}
	}
	return page.String()
}

// dedupe keeps one reference per normalised URL, the most confident, and
// sorts by confidence then document order.
func dedupe(cs []refCandidate) []Reference {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Confidence != cs[j].Confidence {
			return cs[i].Confidence > cs[j].Confidence
		}
		return cs[i].pos < cs[j].pos
	})
	seen := map[string]bool{}
	out := []Reference{}
	for _, c := range cs {
		k := URLKey(c.URL)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, c.Reference)
	}
	return out
}

// socialSites host share buttons and profiles, not stories' sources.
var socialSites = map[string]bool{
	"facebook.com": true, "twitter.com": true, "x.com": true, "instagram.com": true,
	"linkedin.com": true, "pinterest.com": true, "youtube.com": true, "tiktok.com": true,
	"reddit.com": true, "whatsapp.com": true, "t.me": true, "telegram.me": true, "vk.com": true,
	"tumblr.com": true, "flipboard.com": true, "threads.net": true, "bsky.app": true, "wa.me": true,
}

func isSocial(u string) bool { return socialSites[Site(u)] }

// publisherWords mark an anchor text as a publication's name.
var rePublisherWords = regexp.MustCompile(`(?i)\b(?:news|times|post|journal|herald|tribune|gazette|daily|press|guardian|telegraph|chronicle|observer|reuters|associated press|bloomberg|bbc|cnn|npr|wire|magazine|review|standard|independent|mirror|express|courier|inquirer|examiner|register|bulletin|dispatch|sentinel|monitor|insider|reporter|today|weekly|quartz)\b`)

// namesPublisher reports whether anchor text is the name of the linked
// publication: it spells the site's domain, or it is a short title-case
// name with a newspaper word ("The Daily Planet").
func namesPublisher(text, link string) bool {
	if text == "" || len(text) > 60 || isSocial(link) {
		return false
	}
	squashed := squash(text)
	label, _, _ := strings.Cut(Site(link), ".")
	if len(squashed) >= 3 && len(label) >= 3 && (squashed == label || strings.HasPrefix(squashed, label) ||
		strings.TrimPrefix(squashed, "the") == label) {
		return true
	}
	words := strings.Fields(text)
	if len(words) > 5 || !rePublisherWords.MatchString(text) {
		return false
	}
	for _, w := range words {
		if r := []rune(w); len(r) > 0 && !strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZ", r[0]) && len(w) > 3 {
			return false
		}
	}
	return true
}

// squash lower-cases s and keeps only letters and digits.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// relative reports whether a link, made absolute against a page with no
// web address, was a relative one: it has no scheme, or the file scheme
// resolution gave it.
func relative(abs string) bool {
	u, err := url.Parse(abs)
	return err == nil && (u.Scheme == "" || u.Scheme == "file")
}
