package provenance

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// republication is a page's own word that its story comes from another
// publisher, with no link that could be followed there: "This article
// first appeared in The Harbor Ledger".
type republication struct {
	name  string     // the publisher credited, as written
	where string     // the credit place it was read in (body, credit-line, a note's kind)
	line  string     // the sentence that says so
	span  *text.Span // that sentence in the page's text, when it is in the body
}

// storyOrigin finds the wording by which a page says its story came from
// elsewhere (the story-origin part of creditWording).
var storyOrigin = regexp.MustCompile(`(?i)\b(?:` + storyOriginWording + `)\b`)

// storySubject opens a sentence about the page's own story ("This article
// first appeared in…"). In a body, where stories cite other outlets' work
// ("The report, first published by the Institute…"), only such a sentence,
// or one the wording opens ("Originally published by…"), speaks of the page.
var storySubject = regexp.MustCompile(`^(?i:this|the following) (?i:article|story|piece|post|column|content|feature|essay)\b`)

// subjectReach is how far after the subject the wording may start, in
// bytes: " was originally", " is republished".
const subjectReach = 24

// originName is the name run right after the wording, past prepositions
// and small words in lower case ("in The Harbor Ledger", "with permission
// from the Post"; "Originally published by …"): the small words, a
// lower-case "the", and the name.
var originName = regexp.MustCompile(`^((?:[ \t]+(?:in|on|by|from|at|with|permission|courtesy|of|here|and|is|was|under|first|published|appeared|online))*)[ \t]+(the[ \t]+)?([A-Z][\p{L}&'’-]*(?:[ \t]+(?:[A-Z][\p{L}&'’-]*|of|for|de))*)`)

// republishedFrom is the first place where page d says in words that it
// republishes another publisher's story, nil if none does: its body's
// sentences, then its credit lines, then its notes (captions, asides,
// footers).
func republishedFrom(d *document) *republication {
	runes := text.NewRunes(d.art.Text)
	for _, r := range text.Sentences(d.art.Text) {
		if name := originCredit(d, d.art.Text[r.Start:r.End]); name != "" {
			span := runes.Span(r.Start, r.End)
			return &republication{name: name, where: WhereBody, line: span.Text, span: &span}
		}
	}
	places := make([]creditPlace, 0, len(d.art.CreditLines)+len(d.art.Notes))
	for _, l := range d.art.CreditLines {
		places = append(places, creditPlace{where: WhereCreditLine, text: l})
	}
	for _, n := range d.art.Notes {
		places = append(places, creditPlace{where: n.Where, text: n.Text})
	}
	for _, p := range places {
		for _, r := range text.Sentences(p.text) {
			if name := originCredit(d, p.text[r.Start:r.End]); name != "" {
				return &republication{name: name, where: p.where, line: strings.TrimSpace(p.text[r.Start:r.End])}
			}
		}
	}
	return nil
}

// originCredit is the publisher sentence s of page d says the story came
// from, "" when s says no such thing or names d's own publisher (a print
// edition, a sister title of the same name). The sentence must be about
// the page's story ("This article was originally published by Futurism")
// or open with the wording ("Originally published on Live Science"); a
// name after "by" in the latter must read as a publication's, not a
// producer's or photographer's.
func originCredit(d *document, s string) string {
	s = strings.TrimLeft(s, " \t\"'“‘(*_")
	from, subject := 0, false
	if m := storySubject.FindStringIndex(s); m != nil {
		from, subject = m[1], true
	}
	w := storyOrigin.FindStringIndex(s[from:])
	if w == nil || subject && w[0] > subjectReach || !subject && (w[0] > 0 || strings.HasPrefix(strings.ToLower(s), "published")) {
		return "" // "Published in Business": a dateline's section, no source
	}
	titled, lead, name := originAfter(s[from+w[1]:])
	if !extract.NamedSource(name) || !copiedFrom(strings.ToLower(s[from+w[0]:from+w[1]]), lead) {
		return ""
	}
	titled = titled || strings.HasPrefix(name, "The ") // "the Valley Echo" is no person
	byPerson := !subject && !titled && slices.Contains(lead, "by") && !outlet(name, s)
	if byPerson || ownPublisher(d, name) {
		return ""
	}
	return name
}

// originAfter reads the name run after the wording in rest: whether a
// lower-case "the" stood before it, the small words before it, and the
// name ("" when none). A run that only says when or in what form the story
// ran ("in Portuguese", "in Saturday's print edition") names no publisher;
// one named after it by a preposition is read instead ("in Portuguese by
// The Valley Echo", "in Monday's print edition of the Valley Echo").
func originAfter(rest string) (titled bool, lead []string, name string) {
	for range 3 {
		m := originName.FindStringSubmatch(rest)
		if m == nil {
			return false, lead, ""
		}
		lead, name = append(lead, strings.Fields(m[1])...), upstreamName(m[3])
		if !extract.EditionName(name) {
			return m[2] != "", lead, name
		}
		rest = pastEditionWords(rest[len(m[0]):])
		if n := originName.FindStringSubmatch(rest); n == nil || !slices.ContainsFunc(strings.Fields(n[1]), isPreposition) {
			return false, lead, "" // "in Portuguese and translated by …": no publisher
		}
	}
	return false, lead, ""
}

// pastEditionWords is s past the edition words, numbers and commas it opens
// with (" print edition of …" → " of …", " 3, 2024, by …" → " by …").
func pastEditionWords(s string) string {
	for {
		t := strings.TrimLeft(s, " \t,")
		end := strings.IndexAny(t, " \t,")
		if end <= 0 || !extract.EditionWord(t[:end]) {
			return s
		}
		s = t[end:]
	}
}

// isPreposition reports whether w may put a publisher after an edition or a
// language: "in Portuguese by …", "print edition of …".
func isPreposition(w string) bool {
	switch w {
	case "by", "of", "from", "in", "on", "at":
		return true
	}
	return false
}

// copiedFrom reports whether the wording, with the small words after it,
// says the page was copied from the name that follows. "Republished",
// "reprinted" and "syndicated" say so only with where from ("republished
// from", "with permission of"): "This article was reprinted on Wired" says
// another page copied this one. "Originally" says so only of publishing
// ("Originally from Ohio, …" is no credit).
func copiedFrom(wording string, lead []string) bool {
	switch wording {
	case "republished", "reprinted", "syndicated":
		return slices.Contains(lead, "from") || slices.Contains(lead, "permission") || slices.Contains(lead, "courtesy")
	case "originally":
		return slices.Contains(lead, "published") || slices.Contains(lead, "appeared")
	}
	return true
}

// ownPublisher reports whether name is page d's own publisher, in full or
// in part ("the Ledger" on The Harbor Ledger's page).
func ownPublisher(d *document, name string) bool {
	forms := append(siteNameForms(d.art.SiteName), hostForms(d.info.URL)...)
	if newNamer(d.art.SiteName + "\n" + strings.Join(formTexts(forms), "\n")).names(name) {
		return true
	}
	n := newNamer(name)
	for _, f := range forms {
		if n.hasForm(f) {
			return true
		}
	}
	return false
}

// republishedFindings says that the page taken as the original is itself
// a republished copy by its own word, with the sentence as evidence: the
// first publisher's page was never found, so it was not checked.
func republishedFindings(orig *candidate, rp *republication) []finding.Finding {
	if rp == nil {
		return nil
	}
	ev := finding.Evidence{URL: orig.doc.info.URL, Detail: fmt.Sprintf("%s: %s", rp.where, rp.line)}
	if rp.span != nil {
		ev.Source = rp.span
		if p := passageCovering(orig.align.Passages, *rp.span); p != nil {
			ev.Copy = &p.Copy
		}
	}
	return []finding.Finding{finding.New(finding.OriginalIsCopy,
		fmt.Sprintf("%s says it republishes a story first published by %s, but links no page of it; that original was not found or checked",
			displayName(orig.doc), rp.name), ev)}
}

// creditRepublished judges the copy's credit when its original is a
// republished copy by its own word: crediting the republisher and not
// the first publisher is credit of a kind (partial), as crediting a
// middle copy of a followed chain is.
func creditRepublished(a Attribution, copyNames *namer, orig *candidate, rp *republication) (Attribution, []finding.Finding) {
	if rp == nil || copyNames.names(rp.name) {
		return a, nil
	}
	if a.Verdict == Credited {
		a.Verdict = PartlyCredited
	}
	return a, []finding.Finding{finding.New(finding.CreditPublisherNotNamed,
		fmt.Sprintf("the copy does not name %s, which %s says first published the story", rp.name, displayName(orig.doc)),
		finding.Evidence{URL: orig.doc.info.URL, Detail: "publisher: " + rp.name})}
}
