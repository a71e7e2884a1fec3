package provenance

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/text"
)

// copyCredits are the byte ranges of the copy's text that credit a source
// rather than tell the story, as the credit check reads them: a credit line
// naming the original's publisher or author, an outlet the original
// credits or a source link's text after a source label ("Originally
// reported by Ana Ruiz for the Gazette"); an upstream credit ("first
// reported by the FT"); a report credited to an outlet ("an earlier FT
// report"). The statement check leaves them out (statements.Options).
func copyCredits(copyDoc *document, orig *candidate, upstream []Credit) []text.Range {
	txt := copyDoc.art.Text
	names := append(publisherNames(orig.doc), authorNames(orig.doc.art.Byline)...)
	var outlets []string
	for _, c := range upstream {
		outlets = append(outlets, c.Name)
		names = append(names, c.Name)
		names = append(names, shortForms(c.Name)...)
	}
	names = append(names, sourceLinkTexts(copyDoc, originalKeys(orig))...)
	out := creditLines(txt, names)
	out = append(out, labelledLines(txt)...)
	out = append(out, upstreamMentions(txt, outlets)...)
	return append(out, creditedReports(txt, append(outlets, orig.doc.art.SiteName))...)
}

// sourceLinkTexts are the texts of the copy's links to the original and of
// the links extract labelled as the copy's source.
func sourceLinkTexts(copyDoc *document, keys map[string]bool) []string {
	labelled := map[string]bool{}
	for _, ref := range copyDoc.art.References {
		if ref.Kind == extract.KindLabelled {
			labelled[extract.URLKey(ref.URL)] = true
		}
	}
	var out []string
	for _, l := range copyDoc.art.Links {
		if k := extract.URLKey(l.URL); keys[k] || labelled[k] {
			out = append(out, l.Text)
		}
	}
	return out
}

// labelReach is how far before a name a source label may start: labels
// are short (extract.LabelEnding reads the last 64 bytes).
const labelReach = 200

// trailingThe is the article a label leaves before a name ("first
// appeared in the Gazette").
var trailingThe = regexp.MustCompile(`(?i)\bthe\s+$`)

// creditLines finds each of names that a source label stands before, in
// the same paragraph, by extract's rule for a labelled link; the range runs
// from the label to the end of the name.
func creditLines(txt string, names []string) []text.Range {
	re := namesPattern(names)
	if re == nil {
		return nil
	}
	var out []text.Range
	for _, m := range re.FindAllStringIndex(txt, -1) {
		if !wordEdge(txt, m[0]) || !wordEdge(txt, m[1]) {
			continue // part of a longer word
		}
		from := max(0, m[0]-labelReach)
		if nl := strings.LastIndexByte(txt[from:m[0]], '\n'); nl >= 0 {
			from += nl + 1
		}
		before := txt[from:m[0]]
		if t := trailingThe.FindStringIndex(before); t != nil {
			before = before[:t[0]]
		}
		if i := extract.LabelEnding(before); i >= 0 {
			out = append(out, text.Range{Start: from + i, End: m[1]})
		}
	}
	return out
}

// labelledLines are the copy's lines that are only a credit: a source
// label with its colon, in any language extract reads labels in
// ("Fuente:", "Fonte:", "Quelle:", "Source :"), then a source's name, and
// perhaps its address in brackets. A source the original does not name
// (a text file names none) is still no speaker: "Fuente" says nothing.
func labelledLines(txt string) []text.Range {
	var out []text.Range
	for start := 0; start < len(txt); {
		end := strings.IndexByte(txt[start:], '\n')
		if end < 0 {
			end = len(txt)
		} else {
			end += start
		}
		line := strings.TrimSpace(txt[start:end])
		if c := strings.IndexAny(line, ":："); c > 0 && c <= 24 && extract.LabelEnding(line[:c+1]+" ") == 0 {
			name, _, _ := strings.Cut(line[c+1:], "(")
			if creditName(strings.TrimSpace(name)) {
				lead := strings.Index(txt[start:end], line)
				out = append(out, text.Range{Start: start + lead, End: start + lead + len(line)})
			}
		}
		start = end + 1
	}
	return out
}

// creditName reports whether s may be the name a credit line gives: one
// to eight words, the first capitalised, no clause punctuation (the name's
// joiners are those of any language: "Diario del Puerto", "Jornal do Cais").
func creditName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	n := len(strings.Fields(s))
	return n > 0 && n <= 8 && (unicode.IsUpper(r) || unicode.IsDigit(r)) && !strings.ContainsAny(s, ",;!?") && !strings.Contains(s, ". ")
}

// namesPattern matches any of names, longest first, in any case; nil when
// there are none. Word edges are tested apart: \b knows only ASCII
// letters, and would miss "Élise Roux".
func namesPattern(names []string) *regexp.Regexp {
	var alts []string
	for _, n := range names {
		if n = strings.TrimSpace(n); len(n) >= 2 {
			alts = append(alts, regexp.QuoteMeta(n))
		}
	}
	if len(alts) == 0 {
		return nil
	}
	slices.SortFunc(alts, func(a, b string) int { // longest first, equal ones together
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return regexp.MustCompile(`(?i)(?:` + strings.Join(slices.Compact(alts), "|") + `)`)
}

// upstreamMentions are the copy's upstream credits ("first reported by
// the FT", "according to the Financial Times") to an outlet of outlets,
// the cue with the name.
func upstreamMentions(txt string, outlets []string) []text.Range {
	var out []text.Range
	for _, m := range upstreamMatches(txt) {
		if name := upstreamName(txt[m[1]:m[2]]); knownOutlet(name, outlets) {
			out = append(out, text.Range{Start: m[0], End: m[2]})
		}
	}
	return out
}

// outletName is a capitalised name of up to six words.
const outletName = `[A-Z][\p{L}&'’.-]*(?:[ \t]+(?:[A-Z][\p{L}&'’.-]*|of|for|de)){0,5}`

// reportOf finds a report credited to an outlet, written as a noun phrase
// a verb of saying may take ("confirming an earlier FT report", "denied a
// report in the Marr Courant"): it credits the outlet and states nothing.
// A that-clause after it is the claim, and lies outside the match.
var reportOf = regexp.MustCompile(`\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat)(?:[ \t]+(?:earlier|previous|recent|new|exclusive|original|separate|latest|first))?[ \t]+` +
	`(?:(` + outletName + `)[ \t]+(?:report|story|article|investigation|scoop|interview)s?` +
	`|(?:report|story|article|investigation|scoop|interview)s?[ \t]+(?:(?:first[ \t]+|originally[ \t]+)?(?:published|reported|carried|broadcast|aired)[ \t]+)?(?:in|by|from|on)[ \t]+(?:the[ \t]+)?(` + outletName + `))\b`)

// creditedReports are the copy's reports credited to one of outlets.
func creditedReports(txt string, outlets []string) []text.Range {
	var out []text.Range
	for _, m := range reportOf.FindAllStringSubmatchIndex(txt, -1) {
		g := 2
		if m[2] < 0 {
			g = 4
		}
		name := strings.TrimSuffix(strings.TrimSuffix(upstreamName(txt[m[g]:m[g+1]]), "'s"), "’s")
		if knownOutlet(name, outlets) {
			out = append(out, text.Range{Start: m[0], End: m[1]})
		}
	}
	return out
}

// knownOutlet reports whether name is one of outlets, the outlets the
// credit check knows (the original's publisher and upstream credits), by
// any form. A credit to another outlet stays in the story: a copy that
// gives a scoop to itself ("first published by NewsPulse Daily") changes
// a fact, which the statement and drift checks show.
func knownOutlet(name string, outlets []string) bool {
	for _, o := range outlets {
		if o != "" && sameOutlet(name, o) {
			return true
		}
	}
	return false
}
