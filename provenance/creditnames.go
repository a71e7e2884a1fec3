package provenance

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/publicsuffix"
)

// Where a credit was found on the copy's page (CreditMatch.Where).
const (
	WhereBody       = "body"
	WhereByline     = "byline"
	WhereCreditLine = "credit-line"
	WhereLinkText   = "link-text"
	WhereLink       = "link"     // an anchor to the original
	WhereRedirect   = "redirect" // a reference that redirected to the original
)

// creditPlace is one part of the copy's page where a credit may be
// written, and what kind of part it is.
type creditPlace struct {
	where, text, url string
}

// creditPlaces are the parts of the copy's page a credit may be written
// in: the body, the byline, the credit lines extract dropped from the body,
// the captions, asides, small print and footers readability drops, and the
// anchor texts of all links, as written (an acronym is told from a word by
// its case).
func creditPlaces(d *document) []creditPlace {
	ps := []creditPlace{{where: WhereBody, text: d.art.Text}, {where: WhereByline, text: d.art.Byline}}
	for _, l := range d.art.CreditLines {
		ps = append(ps, creditPlace{where: WhereCreditLine, text: l})
	}
	for _, n := range d.art.Notes {
		ps = append(ps, creditPlace{where: n.Where, text: n.Text})
	}
	for _, l := range d.art.Links {
		ps = append(ps, creditPlace{where: WhereLinkText, text: l.Text, url: l.URL})
	}
	return ps
}

// creditText is every credit place's text in one string, for the upstream
// credit check.
func creditText(places []creditPlace) string {
	var b strings.Builder
	for _, p := range places {
		b.WriteString(p.text)
		b.WriteString("\n")
	}
	return b.String()
}

// nameForm is one way a page may write a name: in full, shortened
// ("Harbor Ledger" for "The Harbor Ledger"), by initials ("THL", matched
// as written) or by its web domain.
type nameForm struct {
	text    string
	acronym bool
	exact   bool // only as written: a name of generic words alone ("The Times")
}

// genericWords say nothing about which publisher is meant: host labels
// every site has ("www", "news", "m") and words many outlets' names share.
// A name form made of them alone is no name.
var genericWords = map[string]bool{
	"the": true, "a": true, "www": true, "m": true, "amp": true, "mobile": true, "news": true,
	"edition": true, "editions": true, "english": true, "local": true, "home": true, "web": true,
	"online": true, "live": true, "app": true, "beta": true, "en": true, "international": true,
	"national": true, "world": true, "global": true, "daily": true, "today": true, "media": true,
	"press": true, "times": true, "post": true, "journal": true, "herald": true, "gazette": true,
	"tribune": true, "ledger": true, "star": true, "courier": true, "review": true, "weekly": true,
	"network": true, "group": true, "digital": true, "story": true, "stories": true, "top": true,
	"latest": true, "info": true, "blog": true, "blogs": true, "feeds": true, "rss": true,
}

// generic reports whether every word of name is a generic word.
func generic(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), notWordRune) {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

// leadingArticles a site name may start with and a credit leave out.
var leadingArticles = []string{"the ", "le ", "la ", "les ", "el ", "die ", "der ", "das ", "il ", "de "}

// taglineCuts separate a site name from its tagline ("Harbor Ledger –
// Calder's newspaper").
var taglineCuts = []string{" | ", " – ", " — ", " - ", ": ", " · "}

// siteNameForms are the ways a page may write site name: in full, without
// its tagline, without its leading article, and by initials with and
// without the article ("THL", "HL").
func siteNameForms(site string) []nameForm {
	site = strings.TrimSpace(site)
	if site == "" {
		return nil
	}
	if generic(site) {
		return []nameForm{{text: site, exact: true}}
	}
	short := site
	for _, c := range taglineCuts {
		if i := strings.Index(short, c); i > 0 {
			short = strings.TrimSpace(short[:i])
		}
	}
	out := []nameForm{{text: site}, {text: short}}
	for _, art := range leadingArticles {
		if len(short) > len(art) && strings.EqualFold(short[:len(art)], art) {
			out = append(out, nameForm{text: strings.TrimSpace(short[len(art):])})
		}
	}
	for _, f := range append(shortForms(short), allInitials(short)) {
		if isAcronym(f) && utf8.RuneCountInString(f) < 3 {
			continue // "DM", "HL": two letters stand for too much ("Send us a DM")
		}
		out = append(out, nameForm{text: f, acronym: isAcronym(f)})
	}
	return distinctive(out)
}

// allInitials spells every capitalised word of name, a leading article
// too ("The Harbor Ledger" → "THL"); "" when that is under three letters,
// which initials already covers.
func allInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	if s := b.String(); len(s) >= 3 && isAcronym(s) && !ordinaryAcronyms[s] {
		return s
	}
	return ""
}

// hostForms are the ways a page may write the publisher's web address:
// its registrable domain ("tidewater.example") and that domain's own label
// ("tidewater"), never a subdomain's ("news"), which names no publisher.
func hostForms(pageURL string) []nameForm {
	u, err := url.Parse(pageURL)
	if err != nil || u.Hostname() == "" {
		return nil
	}
	host := strings.ToLower(u.Hostname())
	domain, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		domain = strings.TrimPrefix(host, "www.")
	}
	out := []nameForm{{text: domain}}
	if label, _, ok := strings.Cut(domain, "."); ok && utf8.RuneCountInString(label) > 3 {
		out = append(out, nameForm{text: label})
	}
	return distinctive(out)
}

// distinctive drops the empty, duplicate and generic forms.
func distinctive(forms []nameForm) []nameForm {
	var out []nameForm
	seen := map[string]bool{}
	for _, f := range forms {
		key := strings.ToLower(f.text)
		if f.text == "" || seen[key] || !f.acronym && !f.exact && generic(f.text) {
			continue
		}
		seen[key] = true
		out = append(out, f)
	}
	return out
}

// publisherForms are the ways a copy may name the original's publisher,
// less any form that also names the copy's own publisher: a copy's own
// footer or masthead is no credit to a publisher whose name it shares.
func publisherForms(orig, copyDoc *document) []nameForm {
	forms := append(siteNameForms(orig.art.SiteName), hostForms(orig.info.URL)...)
	if copyDoc == nil {
		return forms
	}
	own := newNamer(copyDoc.art.SiteName + "\n" + strings.Join(formTexts(hostForms(copyDoc.info.URL)), "\n"))
	var out []nameForm
	for _, f := range forms {
		if !own.hasForm(f) {
			out = append(out, f)
		}
	}
	return out
}

func formTexts(forms []nameForm) []string {
	out := make([]string, 0, len(forms))
	for _, f := range forms {
		out = append(out, f.text)
	}
	return out
}

// publisherNames are the texts of the original's publisher's name forms.
func publisherNames(d *document) []string {
	return formTexts(publisherForms(d, nil))
}

// hasForm reports whether the namer's text writes form f: an acronym or a
// generic name as written, any other name in any case, as whole words.
func (n *namer) hasForm(f nameForm) bool {
	return n.formAt(f) >= 0
}

// formAt is the byte offset where the text writes form f, -1 if nowhere.
func (n *namer) formAt(f nameForm) int {
	hay, needle := n.lower, strings.ToLower(f.text)
	if f.acronym || f.exact || oneCapitalWord(f.text) || len(hay) != len(n.text) || len(needle) != len(f.text) {
		hay, needle = n.text, f.text // lowering moved offsets: match as written
	}
	if needle == "" {
		return -1
	}
	for from := 0; from <= len(hay); {
		i := strings.Index(hay[from:], needle)
		if i < 0 {
			return -1
		}
		i += from
		if wordEdge(hay, i) && wordEdge(hay, i+len(needle)) {
			return i
		}
		from = i + 1
	}
	return -1
}

// oneCapitalWord reports whether a name form is one capitalised word
// ("Sun" of "The Sun"), which must match as written: "the sun" in a story
// names no newspaper.
func oneCapitalWord(s string) bool {
	return !strings.ContainsAny(s, " .") && capitalised(s)
}

// furniture are the credit places taken from page furniture (captions,
// asides, small print, footers), where names stand for many things: a list
// of partner sites, a newsletter plug. There a name credits only in a note
// that says it credits.
var furniture = map[string]bool{"figcaption": true, "aside": true, "small": true, "footer": true, "credit": true}

// storyOriginWording is the part of creditWording by which a page says
// the story itself came from elsewhere: "first appeared in",
// "republished", "produced by".
const storyOriginWording = `originally|first (?:published|appeared)|published (?:by|in|on)|appeared (?:in|on|first)|produced by|republished|reprinted|syndicated`

// creditWording marks a note that credits a source: "first published by",
// "Source:", "Photo:", "©".
var creditWording = regexp.MustCompile(`(?i)©|\b(?:sources?|via|` + storyOriginWording + `|reporting|reported by|written by|story by|courtesy|copyright|credits?|photo(?:graph)?s?|images?)\b`)

// findPublisher is where the copy first names the original's publisher,
// nil if nowhere.
func findPublisher(places []creditPlace, forms []nameForm, name string) *CreditMatch {
	for _, p := range places {
		if furniture[p.where] && !creditWording.MatchString(p.text) {
			continue
		}
		n := newNamer(p.text)
		for _, f := range forms {
			if i := n.formAt(f); i >= 0 {
				return newMatch(name, p, i, i+len(f.text))
			}
		}
	}
	return nil
}

// findAuthor is where the copy first names one of the original's authors,
// nil if nowhere.
func findAuthor(places []creditPlace, authors []string) *CreditMatch {
	for _, p := range places {
		for _, a := range authors {
			if s, e := authorAt(p.text, a); s >= 0 {
				return newMatch(a, p, s, e)
			}
		}
	}
	return nil
}

// matchContext is how much of the place around a match the evidence
// quotes, in bytes each side.
const matchContext = 80

func newMatch(name string, p creditPlace, start, end int) *CreditMatch {
	from, to := max(0, start-matchContext), min(len(p.text), end+matchContext)
	if nl := strings.LastIndexByte(p.text[from:start], '\n'); nl >= 0 {
		from += nl + 1
	}
	if nl := strings.IndexByte(p.text[end:to], '\n'); nl >= 0 {
		to = end + nl
	}
	for from > 0 && !utf8.RuneStart(p.text[from]) {
		from++
	}
	for to < len(p.text) && !utf8.RuneStart(p.text[to]) {
		to--
	}
	return &CreditMatch{Name: name, Found: p.text[start:end], Where: p.where, Text: strings.TrimSpace(p.text[from:to]), URL: p.url}
}

// word is one word of a text and its byte range.
type word struct {
	text       string
	start, end int
}

func words(s string) []word {
	var out []word
	start := -1
	for i, r := range s {
		if notWordRune(r) && r != '.' {
			if start >= 0 {
				out = append(out, word{s[start:i], start, i})
				start = -1
			}
		} else if start < 0 && !notWordRune(r) {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, word{s[start:], start, len(s)})
	}
	return out
}

// nameReach is how many words may stand between a surname and the first
// name or initial it goes with ("Priya K. Okafor", "Okafor, Priya").
const nameReach = 3

// authorAt is the byte range where text names author: the full name, or
// the surname with the first name or its initial close by, in either
// order ("Priya K. Okafor", "P. Okafor", "Okafor, Priya"); -1, -1 if
// nowhere. A surname alone may be anyone's.
func authorAt(text, author string) (int, int) {
	if i := newNamer(text).formAt(nameForm{text: author}); i >= 0 {
		return i, i + len(author)
	}
	parts := strings.Fields(author)
	if len(parts) < 2 {
		return -1, -1
	}
	first, last := parts[0], parts[len(parts)-1]
	ws := words(text)
	for k, w := range ws {
		if !strings.EqualFold(strings.TrimSuffix(w.text, "."), last) || !capitalised(w.text) {
			continue // "will take long" names no Will Long
		}
		for j := max(0, k-nameReach); j <= min(len(ws)-1, k+nameReach); j++ {
			if j != k && firstNameOf(ws[j].text, first) {
				return min(w.start, ws[j].start), max(w.end, ws[j].end)
			}
		}
	}
	return -1, -1
}

// firstNameOf reports whether w writes first name first in full or as its
// initial ("P." or "P").
func firstNameOf(w, first string) bool {
	initial := strings.HasSuffix(w, ".")
	w = strings.TrimSuffix(w, ".")
	if strings.EqualFold(w, first) && capitalised(w) {
		return true
	}
	r, size := utf8.DecodeRuneInString(w)
	f, _ := utf8.DecodeRuneInString(first)
	// "A" and "I" are words before they are initials: "A Brown University study"
	return size == len(w) && capitalised(w) && r == unicode.ToUpper(f) && (initial || r != 'A' && r != 'I')
}

// capitalised reports whether w opens with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
