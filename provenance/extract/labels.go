package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Label vocabulary. nouns name a source on their own ("Source:",
// "Reference"); leads introduce one inline ("via X", "Originally published
// at X"). CJK labels have no word boundaries, so they get no \b.
const (
	labelNouns = `references?|sources?|credits?|quellen?|fuentes?|fontes?|bronn?en|bron|źródło|источник|kaynak|` +
		`original (?:article|story|post)|read the original(?: article| story| post)?|full (?:story|article)|h/t|hat tip`
	// "first reported by" stays out: inside a story it credits an upstream
	// scoop ("first reported by the Financial Times"), not the page's source.
	labelLeads = `via|vía|(?:originally (?:published|posted|appeared|reported|written)|first (?:published|posted|appeared))(?: (?:at|on|in|by|for))?` +
		// "Originally reported by Grace Okafor for <a>The Courier</a>": a byline between lead and outlet.
		`(?: [\p{L}.'’ -]{1,60} (?:for|at|in|on))?|` +
		`(?:first )?published (?:at|on|in|by)|read more (?:at|on)|continue reading (?:at|on|in)|read (?:it |the )?(?:original|full)(?: article| story| post)? (?:at|on)|` +
		`(?:h/t|hat tip)(?: to)?|d'après|gefunden bei|publicado (?:en|originalmente en)|publié (?:sur|dans)`
	labelCJK = `来源|來源|出典|출처|出处|出處|原文`
)

var (
	// anchor text that is itself the label: "Reference", "Source: Daily Planet".
	reAnchorNoun = regexp.MustCompile(`^(?:` + labelNouns + `|` + labelCJK + `)\s*(?:[:：].*)?$`)
	// anchor text that starts with a lead: "via Daily Planet", "Read more at ...".
	reAnchorLead = regexp.MustCompile(`^(?:` + labelLeads + `)\s*[:：]?\s+\S`)
	// text right before the anchor in its block ends with a label.
	reTextBefore = regexp.MustCompile(`(?:(?:^|[^\p{L}])(?:` + labelNouns + `|` + labelLeads + `)|` + labelCJK + `)\s*[:：]?\s*[-–—]?\s*$`)
	// "Sources: A, B and" — later anchors of a labelled list.
	reTextBeforeList = regexp.MustCompile(`(?:(?:^|[^\p{L}])(?:` + labelNouns + `)|` + labelCJK + `)\s*[:：]\s*[^.!?:]{0,160}(?:[,;/|&·•]|\band|\bund|\by|\bet)\s*$`)
	// a heading or paragraph that is only a label.
	reBareLabel = regexp.MustCompile(`^(?:` + labelNouns + `|` + labelCJK + `|via)\s*[:：]?$`)
	// a label, the source's name, then the link: "Originally published by
	// the Ledger: <a>", "Source: Daily Planet (<a>link</a>)". A label noun
	// needs its colon here; the name is checked by NamedSource.
	reNamedBefore = regexp.MustCompile(`(?:(?:^|[^\p{L}])(?:(?:` + labelNouns + `)\s*[:：]|` + labelLeads + `)|(?:` + labelCJK + `)\s*[:：]?)` +
		`\s*([\p{L}\p{N}.&'’ -]{1,60}?)\s*[:：(,|–—-]\s*$`)
	// label words that credit a picture, not the story.
	reMediaCredit = regexp.MustCompile(`(?:image|photo|picture|foto|bild|video|illustration|graphic)s?\s*(?:` + labelNouns + `)\s*[:：]?\s*[-–—]?\s*$`)
)

// labelHints are fragments every label contains; text without any of them
// skips the regular expressions, which dominate the page walk otherwise.
var labelHints = []string{"ref", "sourc", "credit", "quelle", "fuente", "fonte", "bron", "źród", "источ", "kaynak",
	"origin", "first", "full", "continue", "h/t", "hat tip", "via", "vía", "publi", "read", "d'après", "gefunden", "来源", "來源", "出典", "출처", "出处", "出處", "原文"}

func hasLabelHint(lower string) bool {
	for _, h := range labelHints {
		if strings.Contains(lower, h) {
			return true
		}
	}
	return false
}

// tail is the last n bytes of s, starting at a rune boundary.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// labelFor returns the label that names anchor a as a source: its own text,
// the text just before it in its block, or a label heading/paragraph right
// before that block. "" when nothing labels it.
func labelFor(a *html.Node, text string) string {
	if lt := strings.ToLower(text); lt != "" && len(lt) < 200 && hasLabelHint(lt) &&
		(reAnchorNoun.MatchString(lt) || reAnchorLead.MatchString(lt)) {
		return text
	}
	block := blockOf(a)
	before := textBefore(a, block, 200)
	if i := LabelEnding(before); i >= 0 {
		return cleanLabel(before[i:])
	}
	if far := tail(before, 220); strings.ContainsAny(far, ":：") && hasLabelHint(strings.ToLower(far)) {
		lf := strings.ToLower(far)
		if m := reTextBeforeList.FindStringIndex(lf); m != nil {
			return cleanLabel(far[m[0]:m[1]])
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
			if textSize(prev, 40) <= 40 {
				t := textOf(prev, 60)
				if lt := strings.ToLower(t); hasLabelHint(lt) && reBareLabel.MatchString(lt) {
					return t
				}
			}
			if prev.Data != n.Data { // a sibling item (li after li) defers to the list's heading
				break
			}
		}
		n = n.Parent
	}
	return ""
}

// LabelEnding is where a source label that ends before starts
// ("Source: ", "Originally reported by Ana Ruiz for "): the label that,
// written before a link, makes the link the page's source. -1 when before
// ends in none. Labels are short and end-anchored: only the last bytes can
// hold one (a "Sources: A, B" list is left to labelFor).
func LabelEnding(before string) int {
	near := tail(before, 64)
	ln := lowerInPlace(near)
	if !hasLabelHint(ln) {
		return namedLabel(before)
	}
	m := reTextBefore.FindStringIndex(ln)
	if m == nil {
		return namedLabel(before)
	}
	if reMediaCredit.MatchString(ln) || !standsAlone(near[:m[0]], near[m[0]:m[1]]) {
		return -1
	}
	return len(before) - len(near) + labelStart(near, m[0], m[1])
}

// labelStart skips the non-letter a label match must open with.
func labelStart(near string, start, end int) int {
	for start < end && !unicode.IsLetter(rune(near[start])) && near[start] < utf8.RuneSelf {
		start++
	}
	return start
}

// namedLabel is LabelEnding for a label that names the source before
// linking it ("Source: Daily Planet (", "Originally published by the
// Ledger: "): where the label starts, or -1.
func namedLabel(before string) int {
	near := tail(before, 128)
	ln := lowerInPlace(near)
	if !hasLabelHint(ln) {
		return -1
	}
	m := reNamedBefore.FindStringSubmatchIndex(ln)
	if m == nil || reMediaCredit.MatchString(ln[:m[2]]) || !NamedSource(near[m[2]:m[3]]) {
		return -1
	}
	return len(before) - len(near) + labelStart(near, m[0], m[1])
}

// nameJoiners are the lower-case words an outlet's name may hold.
var nameJoiners = map[string]bool{"the": true, "of": true, "for": true, "and": true, "&": true, "de": true, "la": true, "le": true, "el": true, "der": true, "die": true}

// dateWordsEN are capitalised words that name a date, not a source: "first
// published in March (".
var dateWordsEN = wordSet(`january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday`)

// editionWordsEN are capitalised words that, alone or together, name when
// or in what form a page's own publication ran, not another publisher: a
// season or a day ("the Winter issue", "Today's edition"), an edition,
// issue or section ("the Weekend Edition", "Print"), a language
// ("originally published in Portuguese"). A name may hold them ("The
// Irish Times", "Harper's Magazine"); one made of nothing else is no source.
var editionWordsEN = wordSet(`spring summer autumn fall winter today yesterday tonight
	edition editions issue issues print section supplement magazine weekend online web website site digital version newsletter
	english spanish french german italian portuguese dutch flemish russian ukrainian polish czech slovak hungarian romanian
	bulgarian serbian croatian slovenian greek turkish arabic hebrew persian farsi urdu hindi bengali punjabi tamil chinese
	mandarin cantonese japanese korean vietnamese thai indonesian malay tagalog filipino swahili swedish norwegian danish
	finnish icelandic catalan basque galician welsh irish gaelic latin yiddish`)

// bareWord is w lower-cased without what may cling to a date, edition or
// language word: a full stop or comma, a possessive ("Saturday’s"), a
// "-language" ("Korean-language").
func bareWord(w string) string {
	lw := strings.TrimRight(strings.ToLower(w), ".,;:")
	for _, suf := range []string{"'s", "’s", "'", "’", "-language"} {
		lw = strings.TrimSuffix(lw, suf)
	}
	return lw
}

// EditionWord reports whether w names a date, a season, an edition, issue
// or section, or a language, or is a number ("2023", "3,"): a word of
// "in Saturday's print edition", "in the Autumn 2023 issue".
func EditionWord(w string) bool {
	lw := bareWord(w)
	return dateWordsEN[lw] || editionWordsEN[lw] || lw != "" && strings.Trim(lw, "0123456789,./-") == ""
}

// EditionName reports whether s, a capitalised run, is made of edition
// words and joiners alone ("Saturday’s", "the Weekend Edition",
// "Portuguese"): when or in what form a story ran, not who published it.
func EditionName(s string) bool {
	words := strings.Fields(s)
	for _, w := range words {
		if !EditionWord(w) && !nameJoiners[strings.ToLower(w)] {
			return false
		}
	}
	return len(words) > 0
}

// NamedSource reports whether s, as written, is a source's name: one to
// six words, each capitalised or a joiner ("the", "of"), the last
// capitalised, no date ("Friday’s" neither) and not only edition words.
func NamedSource(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || EditionName(s) {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		switch {
		case dateWordsEN[bareWord(w)]:
			return false
		case unicode.IsUpper(r) || unicode.IsDigit(r):
		case nameJoiners[lw] && i < len(words)-1:
		default:
			return false
		}
	}
	return true
}

// lowerInPlace lowers s rune by rune, keeping a rune whose lower case
// takes other bytes ("İ"), so offsets into the result are offsets into s.
func lowerInPlace(s string) string {
	return strings.Map(func(r rune) rune {
		if l := unicode.ToLower(r); utf8.RuneLen(l) == utf8.RuneLen(r) {
			return l
		}
		return r
	}, s)
}

// standsAlone reports whether a label found before an anchor is one, not
// a word of prose ("shipped via <a>", "open source <a>"): a colon or a
// multi-word lead settles it; a bare word must open its clause.
func standsAlone(prefix, label string) bool {
	l := cleanLabel(label)
	if strings.ContainsAny(label, ":：") || strings.Contains(l, " ") || !utf8.ValidString(l) || l != "" && l[0] >= utf8.RuneSelf {
		return true
	}
	if i := strings.LastIndexAny(prefix, ".!?|([—–-;"); i >= 0 {
		prefix = prefix[i+1:]
	}
	return len(strings.Fields(prefix)) <= 2
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
