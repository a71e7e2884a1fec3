package provenance

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/provcheck/provcheck/crawler"
	"github.com/provcheck/provcheck/provenance/extract"
	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/match"
	"github.com/provcheck/provcheck/provenance/text"
)

// checkCredit decides whether the copy credits its original: a link to it
// (after redirects and canonicalisation), its publisher and author named,
// the original's own upstream credits kept, and no byline of its own.
func checkCredit(r *Report, copyDoc *document, orig *candidate) (Attribution, []finding.Finding) {
	places := creditPlaces(copyDoc)
	publishers, authors := publisherForms(orig.doc, copyDoc), authorNames(orig.doc.art.Byline)
	a := Attribution{
		Link:         linkTo(copyDoc, r.References, originalKeys(orig)),
		LinksToChain: linksToChain(copyDoc, orig),
		Publisher:    findPublisher(places, publishers, displayName(orig.doc)),
		Author:       findAuthor(places, authors),
	}
	a.LinksToOriginal, a.NamesPublisher, a.NamesAuthor = a.Link != nil, a.Publisher != nil, a.Author != nil
	if b := copyDoc.art.Byline; strings.TrimSpace(b) != "" {
		own := []creditPlace{{where: WhereByline, text: b}}
		a.BylineClaimed = findAuthor(own, authors) == nil && findPublisher(own, publishers, "") == nil
	}
	var fs []finding.Finding
	copyNames := newNamer(creditText(places))
	a.UpstreamCredits, fs = upstreamCredits(copyNames, orig)
	a.Verdict = creditVerdict(a)
	if !derived(orig.align.Relation) {
		return a, nil
	}
	a, rfs := creditRepublished(a, copyNames, orig, republishedFrom(orig.doc))
	return a, append(append(fs, creditFindings(a, copyDoc, orig)...), rfs...)
}

func creditVerdict(a Attribution) string {
	switch {
	case a.LinksToOriginal && (a.NamesPublisher || a.NamesAuthor):
		return Credited
	case a.LinksToOriginal || a.NamesPublisher || a.NamesAuthor || a.LinksToChain:
		return PartlyCredited
	}
	return Uncredited
}

// creditWithoutOriginal judges the credit when no original was found: a
// page that credits nothing is uncredited; one whose credit leads to a dead
// page, a homepage or an unrelated page credits wrongly; otherwise (the
// reference could not be reached) nothing can be said.
func creditWithoutOriginal(refs []Reference) Attribution {
	a := Attribution{Verdict: CreditUnknown, UpstreamCredits: []Credit{}}
	if len(refs) == 0 {
		a.Verdict = Uncredited
	}
	for _, ref := range refs {
		wrongPage := ref.ErrorKind == string(crawler.KindHTTPStatus) && ref.HTTPStatus >= 400 && ref.HTTPStatus < 500
		if wrongPage || ref.PageType == extract.TypeListing || ref.Relation == string(match.Unrelated) {
			a.Verdict = WronglyCredited
		}
	}
	return a
}

func creditFindings(a Attribution, copyDoc *document, orig *candidate) []finding.Finding {
	// Only a claim of copying needs the copied words as evidence; a missing
	// name or link is shown by the URL and the name itself.
	copied := finding.Evidence{URL: orig.doc.info.URL}
	if p := longest(orig.align.Passages); p != nil {
		copied.Copy, copied.Source = &p.Copy, &p.Source
	}
	site := displayName(orig.doc)
	var fs []finding.Finding
	add := func(c finding.Code, msg, detail string) {
		e := finding.Evidence{URL: orig.doc.info.URL, Detail: detail}
		if c == finding.CreditMissing || c == finding.BylineClaimed {
			e = copied
			e.Detail = detail
		}
		fs = append(fs, finding.New(c, msg, e))
	}
	// a link to the publisher's homepage or another of its pages is a
	// credit of a kind, and the message says so rather than "no link"
	siteLink := !a.LinksToOriginal && !a.LinksToChain && linksToSite(copyDoc, orig)
	switch a.Verdict {
	case Uncredited:
		add(finding.CreditMissing, fmt.Sprintf("the copy derives from %s but neither links to it nor names it", site), "no link, publisher or author")
	case PartlyCredited:
		if !a.LinksToOriginal && !a.LinksToChain {
			named := site
			if !a.NamesPublisher {
				named = "the original's author"
			}
			msg, detail := fmt.Sprintf("the copy names %s but does not link to the original", named), "no link to the original"
			if siteLink {
				msg = fmt.Sprintf("the copy names %s and links to the publisher's site, but not to the original article", named)
				detail = "link to the publisher's site, not to the article"
			}
			add(finding.CreditNoLink, msg, detail)
		}
	}
	// a local original with no site name has no publisher to look for
	if a.Verdict != Uncredited && !a.NamesPublisher && site != orig.doc.info.URL {
		add(finding.CreditPublisherNotNamed, fmt.Sprintf("the copy does not name the original's publisher, %s", site), "publisher: "+site)
	}
	if a.Verdict != Uncredited && !a.NamesAuthor && orig.doc.art.Byline != "" {
		add(finding.CreditAuthorNotNamed, fmt.Sprintf("the copy does not name the original's author, %s", orig.doc.art.Byline), "author: "+orig.doc.art.Byline)
	}
	if a.BylineClaimed {
		add(finding.BylineClaimed, fmt.Sprintf("the copy carries the byline %q on work copied from %s", copyDoc.art.Byline, site), "copy byline: "+copyDoc.art.Byline)
	}
	return fs
}

// originalKeys are the canonical forms of every URL the original answers to.
func originalKeys(orig *candidate) map[string]bool {
	keys := map[string]bool{}
	add := func(u string) {
		if u != "" {
			keys[extract.URLKey(u)] = true
		}
	}
	p := orig.doc.page
	add(orig.doc.info.URL)
	add(p.URL)
	add(p.FinalURL)
	add(orig.doc.art.Canonical)
	for _, rd := range p.Redirects {
		add(rd.From)
		add(rd.To)
	}
	return keys
}

// linkTo is the first link of the copy, or reference it gave that
// redirected there, that lands on the original; nil if none does.
func linkTo(copyDoc *document, refs []Reference, keys map[string]bool) *CreditMatch {
	for _, l := range copyDoc.art.Links {
		if keys[extract.URLKey(l.URL)] {
			return &CreditMatch{Name: l.URL, Found: l.Text, Where: WhereLink, Text: l.Text, URL: l.URL}
		}
	}
	for _, ref := range refs {
		if ref.FoundOn == "" && ref.Kind != KindDeclared && ref.Fetch != nil && keys[extract.URLKey(ref.Fetch.FinalURL)] {
			return &CreditMatch{Name: ref.Fetch.FinalURL, Found: ref.Text, Where: WhereRedirect, Text: ref.Text, URL: ref.URL}
		}
	}
	return nil
}

// linksToSite reports whether the copy links to a page of the original's
// site other than the original (its homepage, a section).
func linksToSite(copyDoc *document, orig *candidate) bool {
	sites := map[string]bool{}
	for _, u := range []string{orig.doc.info.URL, orig.doc.page.FinalURL, orig.doc.art.Canonical} {
		if s := extract.Site(u); s != "" {
			sites[s] = true
		}
	}
	for _, l := range copyDoc.art.Links {
		if sites[extract.Site(l.URL)] {
			return true
		}
	}
	return false
}

// linksToChain reports whether the copy links to a page between it and the
// original: it credits the republisher it took the story from, which is
// credit of a kind.
func linksToChain(copyDoc *document, orig *candidate) bool {
	if len(orig.chain) < 3 {
		return false
	}
	between := map[string]bool{}
	for _, c := range orig.chain[1 : len(orig.chain)-1] {
		between[extract.URLKey(c.URL)] = true
	}
	for _, l := range copyDoc.art.Links {
		if between[extract.URLKey(l.URL)] {
			return true
		}
	}
	return false
}

func displayName(d *document) string {
	if d.art.SiteName != "" {
		return d.art.SiteName
	}
	if u, err := url.Parse(d.info.URL); err == nil && u.Hostname() != "" {
		return u.Hostname()
	}
	return d.info.URL // a local file has no host to name
}

var bylineSplit = regexp.MustCompile(`(?i)\s*(?:,|\band\b|&|\|)\s*`)

// authorNames splits a byline ("By Ana Ruiz and Tom Lee") into names.
func authorNames(byline string) []string {
	b := strings.TrimSpace(byline)
	if l := strings.ToLower(b); strings.HasPrefix(l, "by ") {
		b = b[3:]
	}
	var out []string
	for _, n := range bylineSplit.Split(b, -1) {
		if n = strings.TrimSpace(n); len(strings.Fields(n)) >= 2 && !roleOnly(n) {
			out = append(out, n)
		}
	}
	return out
}

// roleWords describe a byline's job, not its person: "Priya Okafor |
// Staff Writer" has one name, and an aggregator signing "Staff Writer"
// does not name her.
var roleWords = map[string]bool{
	"staff": true, "writer": true, "writers": true, "reporter": true, "reporters": true,
	"correspondent": true, "correspondents": true, "editor": true, "editors": true,
	"contributor": true, "contributing": true, "columnist": true, "senior": true, "chief": true,
	"deputy": true, "special": true, "political": true, "business": true, "news": true,
	"desk": true, "team": true, "bureau": true, "wire": true, "service": true, "services": true,
	"producer": true, "photographer": true, "analyst": true, "freelance": true, "guest": true,
	"newsroom": true, "digital": true, "online": true, "web": true, "sports": true, "science": true,
	"health": true, "local": true, "our": true, "the": true, "a": true, "of": true, "for": true,
	"and": true, "at": true, "large": true, "investigative": true, "data": true, "video": true,
}

// roleOnly reports whether every word of a byline piece is a role word.
func roleOnly(piece string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(piece), notWordRune) {
		if !roleWords[w] {
			return false
		}
	}
	return true
}

// upstreamCue finds credits to an outlet: "first reported by the Financial
// Times", "according to the Financial Times", "as reported by Reuters".
var upstreamCue = regexp.MustCompile(`(?:(?:[Ff]irst |[Oo]riginally |[Aa]s )?(?:reported|published) by|[Aa]ccording to (?:a report (?:by|in|from) )?the|[Aa]ccording to a report (?:by|in|from)|[Cc]iting|told) ((?:the )?(?:[A-Z][\p{L}&'’-]*)(?:[ \t]+(?:[A-Z][\p{L}&'’-]*|of|for|de))*)`)

// upstreamCueBare finds the credits a wire gets without an article or
// after the claim: "according to Reuters", "Bloomberg reported", "the Wall
// Street Journal reported". The name must say it is an outlet's (outlet
// words), since "according to Ana Ruiz" or "the Port Authority reported"
// credit a source, not a newsroom.
var upstreamCueBare = regexp.MustCompile(`(?:[Aa]ccording to (` + outletName + `)|(?:\b[Tt]he )?(` + outletName + `)[ \t]+(?:first |originally |had |has )?(?:reported|revealed|wrote)\b)`)

// upstreamCueForeign finds the credits French, German, Spanish, Italian
// and Portuguese stories give an outlet: "Selon l'AFP", "d'après le
// quotidien …", "rapporte Le Monde", "laut dpa", "Wie die Deutsche
// Presse-Agentur berichtete", "nach Informationen der …", "Según informó
// la agencia Efe", "de acuerdo con el diario …", "Secondo l'Ansa", "come
// riporta il Corriere …", "Segundo a Lusa", "avançou o jornal …". The
// name must still be an outlet's (outlet), so "Selon Marc Roux" or "laut
// Polizei" credit no newsroom.
var upstreamCueForeign = regexp.MustCompile(`(?:` +
	`(?:[Ss]elon|[Dd]['’]après|rapporte|a rapporté|révèle|a révélé|[Cc]omme l['’]a (?:rapporté|révélé)|[Ll]aut|[Nn]ach Informationen|` +
	`[Ss]egún(?: (?:informó|informa|publicó|publica|adelantó|adelanta|ha informado|recoge))?|[Dd]e acuerdo con|` +
	`[Ss]econdo(?: quanto (?:riporta|riferisce|scrive))?|[Cc]ome (?:riporta|riferisce|scrive|riportato da)|riferisce|` +
	`[Ss]egundo|[Cc]itado pel[oa]|avançou|avança|noticiou)` +
	`[ \t]+(?:l['’]|(?:le|la|les|der|die|des|dem|el|los|las|il|lo|i|gli|a|o|as|os)[ \t]+)?` +
	`(?:(` + foreignOutletNoun + `)[ \t]+)?` +
	`(` + foreignOutletName + `|dpa|afp|apa|epd|kna)` +
	`|[Ww]ie (?:die |der |das )?(` + foreignOutletName + `|dpa)[ \t]+(?:berichtet|berichtete|meldet|meldete|schreibt|schrieb)\b)`)

// foreignOutletNoun is the kind of outlet a foreign credit may name
// before the name ("la agencia Efe", "le quotidien …"): the name after it
// is an outlet's whatever its words.
const foreignOutletNoun = `agence|quotidien|journal|hebdomadaire|magazine|chaîne|radio|Nachrichtenagentur|Agentur|Zeitung|Zeitschrift|Magazin|` +
	`agencia|diario|periódico|cadena|emisora|revista|agenzia|quotidiano|giornale|emittente|rivista|agência|jornal|diário|semanário|televisão`

// foreignOutletName is a capitalised name of up to six words, joined by
// the connectors of those languages ("La Voix du Nord", "Corriere della
// Sera", "Diário de Notícias").
const foreignOutletName = `[A-Z][\p{L}&'’.-]*(?:[ \t]+(?:[A-Z][\p{L}&'’.-]*|de|du|des|di|del|della|da|do|dos|das)){0,5}`

// sentenceStarters are capitalised words a name run may start with that
// belong to no name ("Yesterday Bloomberg reported").
var sentenceStarters = map[string]bool{"Yesterday": true, "Today": true, "Earlier": true, "Later": true, "On": true,
	"In": true, "Last": true, "This": true, "But": true, "And": true, "Also": true, "Meanwhile": true, "However": true, "As": true}

// upstreamMatches are the upstream credits of src as [cue start, name
// start, name end] byte offsets, in order of the patterns.
func upstreamMatches(src string) [][3]int {
	var out [][3]int
	for _, m := range upstreamCue.FindAllStringSubmatchIndex(src, -1) {
		out = append(out, [3]int{m[0], m[2], m[3]})
	}
	for _, m := range upstreamCueForeign.FindAllStringSubmatchIndex(src, -1) {
		g := 4 // the name after a cue; 6 the name of "Wie die … berichtete"
		if m[4] < 0 {
			g = 6
		}
		out = append(out, [3]int{m[0], m[g], m[g+1]})
	}
	for _, m := range upstreamCueBare.FindAllStringSubmatchIndex(src, -1) {
		g := 2
		if m[2] < 0 {
			g = 4
		}
		start := m[g]
		for w, _, ok := strings.Cut(src[start:m[g+1]], " "); ok && sentenceStarters[w]; w, _, ok = strings.Cut(src[start:m[g+1]], " ") {
			start += len(w) + 1
		}
		if outletWord.MatchString(src[start:m[g+1]]) {
			out = append(out, [3]int{m[0], start, m[g+1]})
		}
	}
	return out
}

// upstreamCredits lists the outlets other than its own the original
// credits and whether the copy still names them, in full or by a short form ("FT"); each dropped
// one is a finding with the original's sentence and the copy's matching
// passage.
func upstreamCredits(copyNames *namer, orig *candidate) ([]Credit, []finding.Finding) {
	src := orig.doc.art.Text
	runes := text.NewRunes(src)
	credits := []Credit{}
	var fs []finding.Finding
	sentences := text.Sentences(src)
	// the original citing its own newsroom ("Nach Informationen der
	// Rundschau" in the Breisgauer Rundschau) credits no one upstream
	own := newNamer(strings.Join(publisherNames(orig.doc), "\n"))
	for _, m := range upstreamMatches(src) {
		name := upstreamName(src[m[1]:m[2]])
		if !outlet(name, src[m[0]:m[2]]) || credited(credits, name) || own.names(name) {
			continue
		}
		kept := copyNames.names(name)
		credits = append(credits, Credit{Name: name, Kept: kept})
		if kept {
			continue
		}
		sent := sentenceAt(sentences, m[0], m[2])
		span := runes.Span(sent.Start, sent.End)
		ev := finding.Evidence{Source: &span, URL: orig.doc.info.URL, Detail: "upstream credit: " + name}
		if p := passageCovering(orig.align.Passages, span); p != nil {
			ev.Copy = &p.Copy
		}
		fs = append(fs, finding.New(finding.UpstreamCreditDropped,
			fmt.Sprintf("the original credits %s; the copy does not", name), ev))
	}
	return credits, fs
}

// credited reports whether credits already name the outlet name, perhaps
// by another form ("the FT" after "the Financial Times").
func credited(credits []Credit, name string) bool {
	for _, c := range credits {
		if sameOutlet(c.Name, name) {
			return true
		}
	}
	return false
}

// outletWord marks the name of a news outlet. "Agency" is left out: a news
// agency's name says "News" or "Press", and "the Environment Standards
// Agency" is a source of facts, whose dropping attribution-dropped reports.
var outletWord = regexp.MustCompile(`(?i)\b(times|post|news|journal|press|reuters|bloomberg|herald|tribune|guardian|telegraph|gazette|wire|magazine|daily|radio|tv|network|financial|associated|ledger|courier|courant|chronicle|observer|examiner|inquirer|dispatch|sentinel|monitor|bulletin|mail|mirror|express|record|register|review|today|insider|media|broadcasting|channel|weekly|star|standard|independent|economist|politico|axios|bbc|cnn|nbc|abc|cbs|fox|npr|ap|afp|msnbc|cnbc|pbs|sky|itv|ft|wsj|nyt|wapo|huffpost|presse|agentur|nachrichten|zeitung|rundschau|kurier|anzeiger|tagblatt|efe|ansa|lusa|dpa|apa|epd|kna|kyodo|jiji)\b`)

// foreignOutletKind finds the kind of outlet a foreign credit names
// before the name ("agencia Efe").
var foreignOutletKind = regexp.MustCompile(`(?:^|[ \t'’])(?:` + foreignOutletNoun + `)[ \t]`)

// outlet reports whether the name a credit gives is a news outlet's: its
// name says so ("Ledger", "Times"), or the credit says it broke the story
// ("first published by the Coastal Ledger"). A lone word must say so
// itself: "according to the Treasury", "citing Brook" credit no outlet.
func outlet(name, credit string) bool {
	if outletWord.MatchString(name) || foreignOutletKind.MatchString(credit) {
		return true
	}
	l := strings.ToLower(credit)
	first := strings.Contains(l, "first ") || strings.Contains(l, "originally ")
	if first && (strings.Contains(l, "reported by the ") || strings.Contains(l, "published by the ")) {
		return true
	}
	return len(strings.Fields(name)) > 1 && !looksLikePerson(name)
}

// upstreamName trims what the cue pattern may drag along: a leading "the"
// and trailing connectors ("the Financial Times of" → "Financial Times").
func upstreamName(s string) string {
	words := strings.Fields(strings.TrimSuffix(strings.TrimPrefix(s, "the "), ".")) // a sentence's full stop
	for len(words) > 1 && strings.ToLower(words[len(words)-1]) == words[len(words)-1] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// looksLikePerson is a conservative guess that "Carlos Perez" is a person,
// not an outlet: two or three capitalised words with no outlet word.
func looksLikePerson(name string) bool {
	words := strings.Fields(name)
	if len(words) > 3 || strings.HasPrefix(name, "the ") {
		return false
	}
	return !outletWord.MatchString(name)
}

// sentenceAt is the sentence holding the byte range [start, end), or the
// range itself when no sentence does.
func sentenceAt(sentences []text.Range, start, end int) text.Range {
	for _, r := range sentences {
		if r.Start <= start && end <= r.End {
			return r
		}
	}
	return text.Range{Start: start, End: end}
}

func passageCovering(ps []match.Passage, src text.Span) *match.Passage {
	var best *match.Passage
	bestOverlap := 0
	for i := range ps {
		o := min(ps[i].Source.End, src.End) - max(ps[i].Source.Start, src.Start)
		if o > bestOverlap {
			best, bestOverlap = &ps[i], o
		}
	}
	return best
}
