package statements

// The frames of particular cues: "according to", stance nouns and
// adjectives, passives, participles, polls, headlines and colons.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/text"
)

// stanceNoun reads the stance noun at token c: the content is what the
// stance is about, up to the clause's end or its verb; the holder is a
// possessive before the noun, or the phrase after "from" ("criticism from
// the council that …"), or no one written.
func stanceNoun(d *doc, reg *registry, sent span, i0, j0, c int) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c+1].End}, cueToken: c, stance: true}
	if c > i0 && isPossessive(d.toks[c-1].Norm) && d.gapClean(c-1, c, -1) {
		f.subj, f.hasSubj = [2]int{c - 1, c}, true
	}
	k := c + 2
	if d.toks[c+1].Norm == "from" {
		b := k
		for b < j0 && b < k+6 && d.gapClean(b-1, b, -1) && d.toks[b].Norm != "that" && d.toks[b].Norm != "over" && d.toks[b].Norm != "about" {
			b++
		}
		if _, e, ok := nounPhrase(d, k, b-1); ok && b > k && e == b {
			f.subj, f.hasSubj = [2]int{k, b}, true
		}
		k = b
		if k < j0 && d.toks[k].Norm != "that" {
			return f, false // "criticism from the council" with no words
		}
		k++
	}
	if k >= j0 || d.inQuote(d.toks[k].Start) >= 0 && d.toks[c+1].Norm != "that" {
		return f, false
	}
	clause := d.toks[k-1].Norm == "that" // "complaints that the ferry was late": a whole clause
	end := contentEnd(d, sent)
	for x := k + 1; x < j0; x++ {
		if clauseGap(d.s[d.toks[x-1].End:d.toks[x].Start]) || !clause && (finiteVerbs[d.toks[x].Norm] || x >= k+12) {
			end = d.toks[x-1].End
			break
		}
	}
	f.content = span{d.toks[k].Start, end}
	// without a holder the stance is credited to no one written ("calls
	// for an inquiry grew"); Compare does not check stances
	return f, true
}

// heldBy returns the token after "by"/"from" in a phrase [a, b) of the form
// "a statement by X", so X speaks rather than the document; else a.
func heldBy(d *doc, a, b int) int {
	for x := a; x+2 < b && x < a+4; x++ {
		if documentNouns[d.toks[x].Norm] && (d.toks[x+1].Norm == "by" || d.toks[x+1].Norm == "from") {
			return x + 2
		}
	}
	return a
}

// passiveAsk reports whether "asked" at token c is passive, with no asker
// written: "was asked about", "when asked whether", "Asked about …, X".
func passiveAsk(d *doc, i0, c int) bool {
	if c == i0 || clauseGap(d.s[d.toks[c-1].End:d.toks[c].Start]) {
		return true
	}
	switch d.toks[c-1].Norm {
	case "was", "were", "is", "are", "been", "being", "be", "when", "if", "after", "once":
		return true
	}
	return false
}

// askedObjectAt returns the token that opens what "asked" at c asks
// about: "about", "whether" or a question word, right after it or past a
// few words of when, where or how ("Asked on Fox News who leads …", "Asked
// specifically what …"); it returns -1 when there is none, when a name or
// a noun follows "asked" (an active question: "asked Mook if …"), or when
// the question word opens a relative clause ("asked by a reporter who …").
func askedObjectAt(d *doc, c, j0 int) int {
	if c+1 < j0 && !askedObjects[d.toks[c+1].Norm] {
		w := d.toks[c+1]
		if !openingPrepositions[w.Norm] && !circumstantial[w.Norm] && !(strings.HasSuffix(w.Norm, "ly") && !w.Capital) {
			return -1 // "asked Mook if": an active question, its asker written
		}
	}
	for k := c + 1; k < j0 && k <= c+maxAskGap; k++ {
		if k > c+1 && !d.gapClean(k-1, k, -1) {
			break
		}
		if askedObjects[d.toks[k].Norm] {
			if p := d.toks[k-1]; k > c+1 && relativePronouns[d.toks[k].Norm] && !p.Capital && !strings.HasSuffix(p.Norm, "ly") {
				return -1 // "asked by a reporter who had covered …": a relative clause
			}
			return k
		}
		if k > c+1 && verbLike(d, k) {
			break
		}
	}
	return -1
}

// maxAskGap bounds the words between "asked" and what it asks about.
const maxAskGap = 6

// askedAbout reads a passive question, "X was asked about the fares": the
// benchmark attributes the question's topic to no one written. The content
// runs to the end of the clause.
func askedAbout(d *doc, sent span, j0, c int) (frame, bool) {
	w := askedObjectAt(d, c, j0)
	f := frame{cue: span{d.toks[c].Start, d.toks[w].End}, cueToken: c}
	k := w + 1
	if whWords[d.toks[w].Norm] {
		f.cue.end, k = d.toks[c].End, w // "Asked which county …": the question is the words
	}
	if k >= j0 {
		return f, false
	}
	f.content = span{d.toks[k].Start, clauseEndAfter(d, sent, k)}
	return f, true
}

// quotedAsSaying reads "The Herald quoted a pilot as saying (that) …",
// the outlet's report, and "X was quoted as saying …", X's words.
func quotedAsSaying(d *doc, sent span, i0, j0, c int) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c}
	k := -1
	for x := c + 1; x+1 < j0 && x < c+12; x++ {
		if d.toks[x].Norm == "as" && (d.toks[x+1].Norm == "saying" || d.toks[x+1].Norm == "telling") {
			k = x + 2
			break
		}
	}
	if k < 0 || k >= j0 {
		return f, false
	}
	if d.toks[k].Norm == "that" && k+1 < j0 {
		k++
	}
	s := c - 1
	for s >= i0 && isAux(d.toks[s]) && d.gapClean(s, s+1, i0-1) {
		s--
	}
	if s >= i0 {
		if a, b, ok := subjectBefore(d, i0, s); ok {
			f.subj, f.hasSubj = [2]int{a, b}, true
		}
	}
	f.content = span{d.toks[k].Start, contentEnd(d, sent)}
	return f, true
}

// headlineColon reads the headline convention "Pence: Flowers won't be at
// the debate", a short name opening a paragraph before a colon.
func headlineColon(d *doc, sent span, i0, j0 int) (frame, bool) {
	if sent.start > 0 && d.s[sent.start-1] != '\n' || j0-i0 < 4 || d.inQuote(d.toks[i0].Start) >= 0 {
		return frame{}, false
	}
	for k := i0; k < j0-3 && k < i0+4; k++ {
		if !d.toks[k].Capital || notNames[d.toks[k].Norm] || labelWords[baseNorm(d.toks[k])] {
			return frame{}, false
		}
		gap := d.s[d.toks[k].End:d.toks[k+1].Start]
		if strings.HasPrefix(gap, ":") {
			return frame{cue: span{d.toks[k].End, d.toks[k].End + 1}, cueToken: k, subj: [2]int{i0, k + 1}, hasSubj: true,
				content: span{d.toks[k+1].Start, contentEnd(d, sent)}}, true
		}
		if gap != " " {
			return frame{}, false
		}
	}
	return frame{}, false
}

// headlineCue reads a Title Case headline line "Lindsey Graham Says Trump
// Could Address Clean Energy": a capitalised name, then a capitalised
// reporting verb, then what was said.
func headlineCue(d *doc, sent span, i0, j0 int) (frame, bool) {
	if sent.start > 0 && d.s[sent.start-1] != '\n' || j0-i0 < 4 || !titleCase(d.toks[i0:j0]) || d.inQuote(d.toks[i0].Start) >= 0 {
		return frame{}, false
	}
	for c := i0 + 1; c < j0-1 && c <= i0+5; c++ {
		t := d.toks[c]
		if base := cueVerbs[t.Norm]; base != "" && !strings.HasSuffix(t.Norm, "ing") && t.Norm != base+"ed" && t.Capital {
			if !d.gapClean(c-1, c, i0) {
				return frame{}, false
			}
			return frame{cue: span{t.Start, t.End}, cueToken: c, subj: [2]int{i0, c}, hasSubj: true,
				content: span{d.toks[c+1].Start, contentEnd(d, sent)}}, true
		}
		if !t.Capital || t.Stop || notNames[t.Norm] || !d.gapClean(c-1, c, i0) && !d.nameGap(c-1, c) {
			return frame{}, false
		}
	}
	return frame{}, false
}

// headlineVerb reads a sentence-case headline, the first line of a text:
// "Brook calls Reyes a risk to the harbour", "Reyes targets Brook over
// fares", "Brook to press council on fares". A name opens it and a verb
// follows, in the headline's present tense or as "to" and a verb; the
// rest of the line is what the name says or does. A name there is often
// met only later in the story, so no person need be known yet.
func headlineVerb(d *doc, sent span, i0, j0 int) (frame, bool) {
	if strings.TrimSpace(d.s[:sent.start]) != "" || strings.ContainsRune(d.s[sent.start:sent.end], '\n') || j0-i0 < 4 || titleCase(d.toks[i0:j0]) {
		return frame{}, false
	}
	c := i0
	for c < j0 && c < i0+4 && d.toks[c].Capital && !d.toks[c].Stop && !notNames[d.toks[c].Norm] && (c == i0 || d.gapClean(c-1, c, -1) || d.nameGap(c-1, c)) {
		c++
	}
	if c == i0 || c+2 >= j0 || !d.gapClean(c-1, c, -1) || isPossessive(d.toks[c-1].Norm) || !namedInBody(d, sent.end, d.toks[c-1].Surface) {
		return frame{}, false // "Trump's rivals pull …", "Fiery words light up …": no one named
	}
	e := c // the name's end
	t := d.toks[c]
	if t.Norm == "to" && !d.toks[c+1].Capital && !d.toks[c+1].Stop {
		c++ // "Brook to press council on fares"
	} else if t.Capital || t.Stop || t.Number || eventVerbs[t.Norm] || strings.HasSuffix(t.Norm, "ing") || nounEnding(t.Norm) ||
		cueVerbs[t.Norm] == "" {
		return frame{}, false
	}
	lemma := cueVerbs[d.toks[c].Norm]
	f := frame{cue: span{t.Start, d.toks[c].End}, cueToken: c, subj: [2]int{i0, e}, hasSubj: true,
		stance: lemma == "" || actVerbs[lemma]}
	k := c + 1
	if particleOf(d.toks[c].Norm, d.toks[k].Norm) || d.toks[k].Norm == "at" || d.toks[k].Norm == "on" {
		k++ // "swipes at Reyes", "calls on the council"
	}
	f.content = span{d.toks[k].Start, contentEnd(d, sent)}
	return f, k < j0
}

// namedInBody reports whether word w, capitalised in a headline, stands
// capitalised after a lower-case word somewhere in the text after byte
// from, as a name does and an adjective opening a headline ("Fiery
// words") does not.
func namedInBody(d *doc, from int, w string) bool {
	for i := from; ; {
		k := strings.Index(d.s[i:], " "+w)
		if k < 0 {
			return false
		}
		at := i + k
		j := at
		for j > from && d.s[j-1] == ' ' {
			j--
		}
		r, _ := utf8.DecodeLastRuneInString(d.s[from:j])
		end := at + 1 + len(w)
		if unicode.IsLower(r) && (end == len(d.s) || !unicode.IsLetter(nextRune(d.s, end))) {
			return true
		}
		i = at + 1
	}
}

// colonIntro returns the attribution of a sentence ending "X said:", whose
// quotation follows in the next sentence or paragraph.
func colonIntro(d *doc, sent span) *frame {
	if !strings.HasSuffix(strings.TrimSpace(d.s[sent.start:sent.end]), ":") {
		return nil
	}
	i0, j0 := d.tokRange(sent.start, sent.end)
	if j0-i0 < 2 {
		return nil
	}
	c := j0 - 1
	for c > i0 && (d.toks[c].Norm == "follows" || d.toks[c].Norm == "as" || d.toks[c].Norm == "statement" || d.toks[c].Norm == "a" || d.toks[c].Norm == "in") {
		c--
	}
	if cueVerbs[d.toks[c].Norm] == "" {
		return nil
	}
	k := c - 1
	for k >= i0 && auxVerbs[d.toks[k].Norm] {
		k--
	}
	if k < i0 {
		return nil
	}
	a, b, ok := subjectBefore(d, i0, k)
	if !ok {
		return nil
	}
	return &frame{cue: span{d.toks[c].Start, d.toks[c].End}, subj: [2]int{a, b}, hasSubj: true, cueToken: c, content: span{sent.end, sent.end}}
}

// transcriptLabel reads the speaker of a transcript line, “PENCE: Well, …”.
func transcriptLabel(d *doc, reg *registry, q quote) (*Speaker, text.Span, bool) {
	i, j := d.tokRange(q.start, q.end)
	k := i
	for k < j && k < i+3 && isAllCaps(d.toks[k].Surface) {
		k++
	}
	if k == i || k >= j || !strings.HasPrefix(d.s[d.toks[k-1].End:d.toks[k].Start], ":") {
		return nil, text.Span{}, false
	}
	label := d.s[d.toks[i].Start:d.toks[k-1].End]
	ms := d.span(d.toks[i].Start, d.toks[k-1].End)
	last := strings.ToLower(d.toks[k-1].Surface)
	if n := reg.latest(reg.byLower[last], "person"); n >= 0 {
		return reg.speakerOf(reg.ents[n]), ms, true
	}
	return &Speaker{Name: label, Kind: "person"}, ms, true
}

func isAllCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// quoteFollows reports whether a quotation or a colon follows token c.
func quoteFollows(d *doc, c int) bool {
	if c+1 >= len(d.toks) {
		return false
	}
	return strings.ContainsAny(d.s[d.toks[c].End:d.toks[c+1].Start], ":“\"«")
}

// participleFrame reads "…, asking, “Why?”": the speaker is the person the
// sentence named last before the participle.
func participleFrame(d *doc, reg *registry, sent span, j0, c int) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c}
	m := reg.recent(d.toks[c].Start, func(e *entity) bool { return e.kind == "person" })
	if m == nil || m.start < sent.start {
		return f, false
	}
	i, j := d.tokRange(m.start, m.end)
	if j <= i {
		return f, false
	}
	f.subj, f.hasSubj = [2]int{i, j}, true
	start := d.toks[c].End
	if q := d.inQuote(nextStart(d, c)); q >= 0 {
		start = d.quotes[q].open
	}
	f.content = span{start, contentEnd(d, sent)}
	return f, f.content.end > f.content.start
}

// inPoll reads "In a Kelby Herald poll released Monday, 50 percent chose
// Brook": the phrase up to the comma names the source, the rest of the
// sentence is what it found.
func inPoll(d *doc, sent span, j0, c int) (frame, bool) {
	for k := c + 1; k < j0-2 && k < c+14; k++ {
		if !clauseGap(d.s[d.toks[k].End:d.toks[k+1].Start]) {
			continue
		}
		for x := c + 1; x <= k; x++ {
			if pollNouns[d.toks[x].Norm] && d.inQuote(d.toks[x].Start) < 0 {
				return frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c, subj: [2]int{c + 1, k + 1}, hasSubj: true,
					content: span{d.toks[k+1].Start, contentEnd(d, sent)}}, true
			}
		}
		return frame{}, false
	}
	return frame{}, false
}

// framed reports whether byte b lies in the content of one of fs: an
// evidential inside reported words ("X said the deal seemed to …") is X's.
func framed(fs []frame, b int) bool {
	return framedWhere(fs, b, func(frame) bool { return true })
}

// framedWhere reports whether byte b lies in the content of one of the
// last maxFramesBack frames of fs that keep holds for.
func framedWhere(fs []frame, b int, keep func(frame) bool) bool {
	for i := len(fs) - 1; i >= 0 && i >= len(fs)-maxFramesBack; i-- {
		if f := fs[i]; f.content.start <= b && b < f.content.end && keep(f) {
			return true
		}
	}
	return false
}

// maxFramesBack bounds how many of a sentence's earlier frames framed
// looks at, so a sentence of thousands of cues stays linear.
const maxFramesBack = 32

// passiveBy reads "Y was echoed by X" around the participle at token c:
// X, a name or a speaker noun after "by", holds the stance or said the
// words; Y, the clause's subject, is what they hold or said.
func passiveBy(d *doc, sent span, i0, j0, c int) (frame, bool) {
	b := c + 2
	for b < j0 && b < c+8 && (d.toks[b].Capital || appositiveOpeners[d.toks[b].Norm] && d.toks[b].Norm != "who" && d.toks[b].Norm != "whose" || !d.toks[b].Stop && !d.toks[b].Number ||
		agentLinks[d.toks[b].Norm] && b+1 < j0 && !d.toks[b+1].Number) && (d.gapClean(b-1, b, -1) || d.nameGap(b-1, b)) &&
		!(b > c+2 && (strings.HasSuffix(d.toks[b].Norm, "ing") || subjectPronouns[d.toks[b].Norm])) {
		b++ // "by some of her rivals", "by dozens of papers"; not "ranging", "I spoke to"
	}
	for b > c+2 && agentLinks[d.toks[b-1].Norm] {
		b--
	}
	if b == c+2 || !(d.toks[b-1].Capital || isSpeakerNoun(d.toks[b-1].Norm) || agentLinks[d.toks[c+2].Norm] && strings.HasSuffix(d.toks[b-1].Norm, "s")) {
		return frame{}, false
	}
	be := c - 1
	for be > i0 && !beVerbs[d.toks[be].Norm] && be > c-3 {
		be-- // past the adverb of "was jointly written"
	}
	for be > i0+1 && auxVerbs[d.toks[be-1].Norm] && d.gapClean(be-1, be, -1) {
		be-- // "Ada Brook has been criticized": the words are "Ada Brook"
	}
	a := be
	for a > i0 && a > be-maxLookBack && !clauseGap(d.s[d.toks[a-1].End:d.toks[a].Start]) {
		a--
	}
	if a == be || d.inQuote(d.toks[a].Start) >= 0 {
		return frame{}, false
	}
	lemma := cueVerbs[d.toks[c].Norm]
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c, subj: [2]int{c + 2, b}, hasSubj: true,
		stance: lemma == "" || actVerbs[lemma] || eventVerbs[d.toks[c].Norm]}
	f.content = span{d.toks[a].Start, d.toks[be-1].End}
	return f, !eventVerbs[d.toks[c].Norm]
}

// agentLinks join the words of a counted or described agent after "by":
// "some of her rivals", "a number of experts", "dozens of papers".
var agentLinks = wordSet(`of some many several a an the her his their its dozens scores hundreds number`)

// adjectiveFrame reads "X is (a) critical of Y" around the stance word at
// token c: the subject before the form of "be", the words after the link.
func adjectiveFrame(d *doc, sent span, i0, j0, c int) (frame, bool) {
	link := c + 1
	if d.toks[c].Norm == "against" {
		link = c // "are against abolishing …"
	} else if !stanceLinks[d.toks[link].Norm] || !d.gapClean(c, link, -1) {
		return frame{}, false
	}
	k := c - 1
	for k > i0 && (isAux(d.toks[k]) && !beVerbs[d.toks[k].Norm] && !negatedBe[d.toks[k].Norm] || degreeWords[d.toks[k].Norm] || !d.toks[k].Stop && !d.toks[k].Capital && !isAux(d.toks[k]) && !negatedBe[d.toks[k].Norm] && c-k <= 4 || d.toks[k].Norm == "and" && c-k <= 3) && d.gapClean(k, k+1, -1) {
		k-- // "is a consistent and outspoken supporter of"
	}
	if k <= i0 || !beVerbs[d.toks[k].Norm] && !negatedBe[d.toks[k].Norm] && d.toks[k].Norm != "remain" && d.toks[k].Norm != "remains" && d.toks[k].Norm != "became" {
		return frame{}, false
	}
	k--
	for stop := k - maxAux; k >= i0 && k > stop && isAux(d.toks[k]) && d.gapClean(k, k+1, -1); k-- {
	}
	if k < i0 || !d.gapClean(k, k+1, -1) {
		return frame{}, false
	}
	a, b, ok := subjectBefore(d, i0, k)
	if !ok {
		if a, ok = quantitySubject(d, i0, k); !ok {
			a, ok = describedSubject(d, i0, k) // "Some pilots were willing …", "The union is opposed to …"
		}
		if !ok {
			return frame{}, false
		}
		b = k + 1
	}
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c, subj: [2]int{a, b}, hasSubj: true, stance: true}
	if link+1 >= j0 {
		return f, false
	}
	f.content = span{d.toks[link+1].Start, contentEnd(d, sent)}
	if link == c {
		f.content.start = d.toks[c+1].Start
	}
	return f, true
}

// negatedBe are the forms of "be" with "not" run in: "weren't too concerned".
var negatedBe = wordSet(`isn't wasn't aren't weren't`)

// framedBySpeech reports whether byte b lies inside the words of an
// earlier frame that reports speech, among the last maxFramesBack. An
// act's frame ("rejected the plan, arguing that …") yields to the
// participle that says what was said.
func framedBySpeech(d *doc, fs []frame, b int) bool {
	return framedWhere(fs, b, func(f frame) bool { return !isAct(d, f) })
}

// isAct reports whether a frame credits an act rather than words.
func isAct(d *doc, f frame) bool {
	w := d.toks[f.cueToken].Norm
	lemma := cueVerbs[w]
	return f.stance || !speechParticiples[lemma] && !sayingVerbs[w]
}

// endActsBefore ends the act frames that run over byte b at the comma
// before it, leaving the rest of the sentence to the participle at b.
func endActsBefore(d *doc, sent span, fs []frame, b int) {
	for i, f := range fs {
		if f.content.start < b && b < f.content.end && isAct(d, f) {
			fs[i].content.end = lastCommaBefore(d, sent, b)
		}
	}
}

// clauseEndAfter is where the clause holding token c ends: the first
// comma, semicolon or dash after it, or the sentence's end (bounded, as
// content is, by maxContentTokens).
func clauseEndAfter(d *doc, sent span, c int) int {
	_, j0 := d.tokRange(sent.start, sent.end)
	for x := c + 1; x < j0 && x < c+maxContentTokens; x++ {
		if clauseGap(d.s[d.toks[x-1].End:d.toks[x].Start]) {
			return d.toks[x-1].End
		}
	}
	return contentEnd(d, sent)
}

// passiveCue reports whether token c is the past participle of a cue verb,
// which after a form of "be" credits words, a judgement or an act to no
// one named: "was accused of", "is said to be", "was backed as". An act
// followed only by when or where ("was seen at the rally", "were released
// on Monday") credits no one with anything.
func passiveCue(d *doc, sent span, c int) bool {
	t := d.toks[c]
	lemma := cueVerbs[t.Norm]
	if lemma == "" || evidentials[t.Norm] || !strings.HasSuffix(t.Norm, "ed") && !irregularParticiples[t.Norm] {
		return false
	}
	return !actVerbs[lemma] || c+1 < len(d.toks) && !circumstance(d, c+1, sent)
}

// afterBe reports whether token c follows a form of "be", directly or
// past adverbs: "was accused", "was roundly criticized", "is also said".
func afterBe(d *doc, i0, c int) bool {
	for k := c - 1; k >= i0 && k >= c-3; k-- {
		switch w := d.toks[k].Norm; {
		case beVerbs[w]:
			return true
		case w == "not" || w == "never" || asides[w] || isAux(d.toks[k]) && !auxVerbs[w]: // an adverb
		default:
			return false
		}
	}
	return false
}

// evidentialFrame reads the clause around an evidential verb at token c,
// from the clause's start to the sentence's end. The noun phrase just
// before it, when it names someone, is the one who seems or is expected to
// act ("Voters seem to care …", "Obama appeared to suggest …").
func evidentialFrame(d *doc, sent span, i0, c int) (frame, bool) {
	a := c
	for a > i0 && a > c-maxLookBack && !clauseGap(d.s[d.toks[a-1].End:d.toks[a].Start]) {
		a--
	}
	if a == c || d.inQuote(d.toks[a].Start) >= 0 {
		return frame{}, false
	}
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c, content: span{d.toks[a].Start, contentEnd(d, sent)}, stance: true}
	if relativePronouns[d.toks[a].Norm] {
		f.content.end = clauseEndAfter(d, sent, c) // "Smith, who is widely seen as a moderate, said …"
	}
	k := c - 1
	for k > a && isAux(d.toks[k]) {
		k--
	}
	if s, e, ok := nounPhrase(d, a, k); ok {
		f.subj, f.hasSubj = [2]int{s, e}, true
	}
	return f, true
}

// lastSpeech returns the frame read last in sentence sent when it is one
// of saying, with a speaker, whose words stand before its cue ("…, an
// official said, adding that …"); an act's or a noun's frame does not
// speak for the participle.
func lastSpeech(prev []frame, sent span) (frame, bool) {
	if n := len(prev); n > 0 {
		if g := prev[n-1]; g.hasSubj && !g.stance && g.cue.start >= sent.start && g.content.end <= g.cue.start {
			return g, true
		}
	}
	return frame{}, false
}

// participleClause reads "X rejected the plan, arguing (that) it cost too
// much": the words follow the participle; the speaker is the one who spoke
// just before it, else the subject of the sentence's main clause, else of
// the attribution before it, else the noun phrase opening the sentence,
// else the person it named last.
func participleClause(d *doc, reg *registry, sent span, i0, j0, c int, prev []frame) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c}
	k, _ := wordsAfterCue(d, j0, c)
	if k+1 >= j0 {
		return f, false
	}
	if g, ok := lastSpeech(prev, sent); ok {
		f.subj, f.hasSubj = g.subj, true // "…, an official said, adding that …": the one who said it adds
	} else if a, b, ok := mainSubject(d, i0, c); ok {
		f.subj, f.hasSubj = [2]int{a, b}, true
	} else if len(prev) > 0 && prev[len(prev)-1].hasSubj {
		f.subj, f.hasSubj = prev[len(prev)-1].subj, true
	} else if a, b, ok := openingSubject(d, i0, c); ok {
		f.subj, f.hasSubj = [2]int{a, b}, true
	} else if m := reg.recent(d.toks[c].Start, func(e *entity) bool { return e.kind == "person" }); m != nil && m.start >= sent.start {
		if i, j := d.tokRange(m.start, m.end); j > i {
			f.subj, f.hasSubj = [2]int{i, j}, true
		}
	}
	f.content = span{d.toks[k].Start, contentEnd(d, sent)}
	return f, true
}

// wordsAfterCue returns the first token of the words after the cue at c,
// past the one told, a particle and "that" ("telling Reuters that",
// "pointing out that", "calling for"), and whether a "that" introduced
// them.
func wordsAfterCue(d *doc, j0, c int) (int, bool) {
	k := wordsStart(d, j0, c)
	if k == c+1 && k < j0 && (d.toks[k].Norm == "out" || d.toks[k].Norm == "for" || d.toks[k].Norm == "to" || d.toks[k].Norm == "about") {
		k++ // "pointing out", "calling for", "referring to", "talking about"
	}
	if k < j0 && d.toks[k].Norm == "that" {
		return k + 1, true
	}
	// "that" right after the cue or its particle opens a clause; further
	// on, it may open a relative clause inside the object ("criticize the
	// plan that …")
	return k, (k == c+2 || k == c+3 && d.toks[c+1].Norm == "out") && d.toks[k-1].Norm == "that"
}

// infinitiveFrame reads a cue verb after "to" that says what the clause's
// subject set out to do: "Critics waited in the snow to heckle him",
// "Celebrities went on Twitter to applaud the announcement".
func infinitiveFrame(d *doc, sent span, i0, j0, c int) (frame, bool) {
	if c+1 >= j0 {
		return frame{}, false
	}
	a, b, ok := openingSubject(d, i0, c)
	if !ok {
		return frame{}, false
	}
	if head := d.toks[b-1]; head.Norm == "it" || isPossessive(head.Norm) || !(head.Capital || isSpeakerNoun(head.Norm) || pronouns[head.Norm] != "") {
		return frame{}, false // "It is hard to believe …", "Obama's plan to offer …" credit no one
	}
	if o, ok := objectBeforeTo(d, b, c-1); ok {
		a, b = o, c-1 // "The mayor got the council to approve …": the council approves
	}
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c, subj: [2]int{a, b}, hasSubj: true, stance: true}
	f.content = span{d.toks[c+1].Start, objectEnd(d, sent, c+1)}
	if k, clause := wordsAfterCue(d, j0, c); clause && k+1 < j0 {
		f.content = span{d.toks[k].Start, contentEnd(d, sent)} // "quick to point out that …": a clause, not an object
	}
	return f, true
}

// objectBeforeTo finds the object that a verb such as "got" or "urged"
// after the subject (ending before token b) takes before the "to" at token
// to: that object, not the subject, does what the infinitive says. It
// returns the object's first token.
func objectBeforeTo(d *doc, b, to int) (int, bool) {
	v := b
	for v < to && v < b+maxAux && isAux(d.toks[v]) {
		v++
	}
	if v+1 >= to || to-(v+1) > 5 || !controlVerbs[d.toks[v].Norm] {
		return 0, false // "Critics waited to heckle …", "She took the opportunity to praise …"
	}
	for x := v + 1; x < to; x++ {
		if !d.gapClean(x-1, x, -1) {
			return 0, false
		}
	}
	head := d.toks[to-1]
	return v + 1, head.Capital || isSpeakerNoun(head.Norm) || head.Norm == "him" || head.Norm == "her" || head.Norm == "them" || head.Norm == "us" || head.Norm == "me"
}

// mainVerb reports whether t is surely a verb, not a noun that a cue verb
// may also spell ("ahead by ten points"): an auxiliary, a verb of saying,
// or a past or event form.
func mainVerb(t text.Token) bool {
	return finiteVerbs[t.Norm] || modalAux[t.Norm] || sayingVerbs[t.Norm] ||
		!t.Capital && (strings.HasSuffix(t.Norm, "ed") || irregularPast[t.Norm] || eventVerbs[t.Norm])
}

// objectEnd is where the object of an act that opens at token k ends: at
// the clause's next comma or dash, or before the main clause's verb ("A
// group backing Gov. Huckabee ran ads").
func objectEnd(d *doc, sent span, k int) int {
	_, j0 := d.tokRange(sent.start, sent.end)
	relative := false // "the plan that lawmakers passed": that verb is the clause's
	for x := k + 1; x < j0 && x < k+maxContentTokens; x++ {
		if clauseGap(d.s[d.toks[x-1].End:d.toks[x].Start]) {
			return d.toks[x-1].End
		}
		switch {
		case relativePronouns[d.toks[x].Norm]:
			relative = true
		case mainVerb(d.toks[x]) && relative:
			relative = false
		case mainVerb(d.toks[x]):
			return d.toks[x-1].End
		}
	}
	return contentEnd(d, sent)
}

// gerundFrame reads a cue's gerund after a preposition, done by the
// clause's subject: "Cruz and Paul do it by proposing a tax", "After
// thanking the crowd, Trump said …".
func gerundFrame(d *doc, sent span, i0, j0, c int) (frame, bool) {
	p := c - 1
	if !gerundPrepositions[d.toks[p].Norm] || c+1 >= j0 || !d.gapClean(c, c+1, -1) {
		return frame{}, false // "After agreeing, the senator …": no object
	}
	if d.toks[p].Norm == "by" && p > i0 && (strings.HasSuffix(d.toks[p-1].Norm, "ed") || irregularParticiples[d.toks[p-1].Norm]) && afterBe(d, i0, p-1) {
		return frame{}, false // "was defeated by opposing forces": an agent, not a gerund
	}
	var a, b int
	var ok bool
	if p == i0 || clauseGap(d.s[d.toks[p-1].End:d.toks[p].Start]) {
		// an opening phrase: the subject follows its comma
		x := c + 1
		for x < j0 && x < c+maxLookBack && !strings.Contains(d.s[d.toks[x-1].End:d.toks[x].Start], ",") {
			x++
		}
		if x >= j0 || x >= c+maxLookBack {
			return frame{}, false
		}
		a, b, ok = subjectAfter(d, x, j0)
	} else {
		a, b, ok = openingSubject(d, i0, p)
	}
	if !ok || d.toks[b-1].Norm == "it" || !(d.toks[b-1].Capital || isSpeakerNoun(d.toks[b-1].Norm) || pronouns[d.toks[b-1].Norm] != "") {
		return frame{}, false
	}
	lemma := cueVerbs[d.toks[c].Norm]
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c, subj: [2]int{a, b}, hasSubj: true, stance: actVerbs[lemma]}
	f, ok = contentAfter(d, sent, i0, j0, c, f)
	if ok && (p == i0 || clauseGap(d.s[d.toks[p-1].End:d.toks[p].Start])) {
		f.content.end = min(f.content.end, lastCommaBefore(d, sent, d.toks[a].Start))
	}
	return f, ok && f.content.start >= f.cue.end && f.content.end > f.content.start
}

// subjectAfter finds the subject noun phrase that starts at token x: a
// pronoun, or a name or a speaker noun of a few words.
func subjectAfter(d *doc, x, j0 int) (int, int, bool) {
	if pronouns[d.toks[x].Norm] != "" {
		return x, x + 1, true
	}
	head := -1 // the last name or speaker noun of the phrase
	for e := x; e < j0 && e < x+6 && (e == x || d.gapClean(e-1, e, -1) || d.nameGap(e-1, e)); e++ {
		t := d.toks[e]
		if t.Capital || isSpeakerNoun(t.Norm) {
			head = e
		} else if e > x && (t.Stop || isAux(t) || cueVerbs[t.Norm] != "") {
			break
		}
	}
	return x, head + 1, head >= x
}

// nounParticiple reads a cue's participle straight after the speaker it
// describes: "a group backing Gov. Huckabee", "a new poll showing Clinton
// ahead".
func nounParticiple(d *doc, reg *registry, sent span, i0, j0, c int) (frame, bool) {
	if c+1 >= j0 || d.toks[c+1].Norm == "by" || isPossessive(d.toks[c-1].Norm) {
		return frame{}, false // "reporting by Kylie MacLellan", "Breitbart's reporting team"
	}
	a, b, ok := nounPhrase(d, i0, c-1)
	if !ok || pronouns[d.toks[b-1].Norm] != "" || !isSpeakerNoun(d.toks[b-1].Norm) && reg.mentionAt(d.toks[b-1].Start) == nil {
		return frame{}, false
	}
	lemma := cueVerbs[d.toks[c].Norm]
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c, subj: [2]int{a, b}, hasSubj: true, stance: actVerbs[lemma]}
	f, ok = contentAfter(d, sent, i0, j0, c, f)
	if ok && f.content.start > d.toks[c].End {
		i, _ := d.tokRange(f.content.start, f.content.end)
		f.content.end = min(f.content.end, objectEnd(d, sent, i)) // the main clause's verb follows the object
	}
	return f, ok
}

// mainSubject finds the subject of the sentence's first clause before
// token c: the first name, pronoun or speaker noun that opens a clause and
// is followed by a verb. "Hours later, Trump returned the compliment,
// telling Reuters …" gives Trump, past "Hours later".
func mainSubject(d *doc, i0, c int) (int, int, bool) {
	for x := i0 + 1; x < c && x < i0+maxLookBack; x++ {
		if !verbLike(d, x) || d.toks[x].Capital {
			continue
		}
		k := x - 1
		for k > i0 && isAux(d.toks[k]) && !verbLike(d, k) && d.gapClean(k, k+1, -1) {
			k-- // "Albright recently urged"
		}
		if !d.gapClean(k, k+1, -1) {
			if s, e, ok := subjectBeforeAsides(d, i0, k); ok {
				return s, e, true // "Christie, New Jersey's governor, repeated …"
			}
			continue
		}
		if s, e, ok := nounPhrase(d, i0, k); ok && e == k+1 && opensClause(d, i0, s) && d.toks[s].Norm != "it" && !notNames[d.toks[e-1].Norm] {
			return s, e, true
		}
	}
	return 0, 0, false
}

// openingSubject is the noun phrase that opens a sentence: a pronoun, a
// name, or a determiner and up to three nouns ("The council").
func openingSubject(d *doc, i0, c int) (int, int, bool) {
	start := i0
	i0 = afterOpening(d, i0, c)
	if w := d.toks[i0].Norm; (w == "but" || w == "and" || w == "yet" || w == "so") && i0+1 < c {
		i0++ // "But Williams, who …, added": the conjunction opens no phrase
	}
	if pronouns[d.toks[i0].Norm] != "" {
		return i0, i0 + 1, true
	}
	b := i0
	if w := d.toks[b].Norm; w == "the" || w == "a" || w == "an" {
		b++
	}
	e := b
	for e < c && e < b+4 && !d.toks[e].Stop && cueVerbs[d.toks[e].Norm] == "" && !(e > b && mainVerb(d.toks[e])) && (e == b || d.gapClean(e-1, e, -1)) {
		e++
	}
	for e > b && !d.toks[e-1].Capital && !isSpeakerNoun(d.toks[e-1].Norm) && !(e-1 == b && i0 > start) {
		e-- // "The harbour council rejected …": the phrase ends at its head noun
	}
	return i0, e, e > b
}

// afterOpening returns the first token after an opening phrase's comma, or
// i0 when the sentence does not open with such a phrase before token c.
func afterOpening(d *doc, i0, c int) int {
	w := d.toks[i0].Norm
	if (asides[w] || sentenceAdverbs[w]) && i0+1 < c && strings.Contains(d.s[d.toks[i0].End:d.toks[i0+1].Start], ",") {
		return afterOpening(d, i0+1, c) // "However, he held his fire …", "Also, when …, they …"
	}
	if !openers[w] && !openingPrepositions[w] && !strings.HasSuffix(w, "ing") {
		return i0
	}
	for x := i0; x+1 < c && x < i0+maxLookBack; x++ {
		if strings.Contains(d.s[d.toks[x].End:d.toks[x+1].Start], ",") {
			return x + 1
		}
	}
	return i0
}

// introducesClause reports whether token c is followed by "that", a colon
// or a quotation, as verbs of saying and believing are.
func introducesClause(d *doc, c int) bool {
	for k := c + 1; k < len(d.toks) && k <= c+2; k++ {
		gap := d.s[d.toks[k-1].End:d.toks[k].Start]
		if strings.ContainsAny(gap, ":“\"«") {
			return true
		}
		if strings.ContainsAny(gap, ".;,") {
			return false
		}
		if d.toks[k].Norm == "that" {
			return true
		}
	}
	return false
}

func accordingTo(d *doc, sent span, i0, j0, c int) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c+1].End}, cueToken: c}
	a := c + 2
	b := a
	for b < j0 && b < a+10 && (d.gapClean(b-1, b, a) || d.nameGap(b-1, b)) && !(auxVerbs[d.toks[b].Norm] && b > a) {
		b++
	}
	if b == a {
		return f, false
	}
	f.subj, f.hasSubj = [2]int{a, b}, true
	if h := heldBy(d, a, b); h > a {
		f.subj[0] = h // "according to a statement by the council": the council's words
	}
	if b < j0 {
		if e := appositiveEnd(d, b); e > b {
			b = e
		}
	}
	if c <= i0+1 {
		if b >= j0 {
			return f, false
		}
		f.content = span{d.toks[b].Start, contentEnd(d, sent)}
		return f, true
	}
	if strings.Contains(d.s[d.toks[c-1].End:d.toks[c].Start], ",") {
		if b+1 < j0 && strings.Contains(d.s[d.toks[b-1].End:d.toks[b].Start], ",") && openingOnly(d, i0, c) {
			// "In addition, according to the department, nine million workers
			// …": an opening phrase is no clause; the words follow X
			f.content = span{d.toks[b].Start, contentEnd(d, sent)}
			return f, true
		}
		end := strings.LastIndex(d.s[sent.start:d.toks[c].Start], ",")
		f.content = span{sent.start, sent.start + end} // "Y, according to X"
		return f, true
	}
	// "Entering June, Clinton leads by 271 delegates according to a count":
	// the clause just before the cue
	s := c - 1
	for s > i0 && s > c-maxLookBack && !clauseGap(d.s[d.toks[s-1].End:d.toks[s].Start]) {
		s--
	}
	f.content = span{d.toks[s].Start, d.toks[c-1].End}
	return f, true
}

// openingOnly reports whether the tokens i0..c-1 before a cue hold no
// verb and open with no subordinator: an opening phrase ("In addition",
// "One Sunday in late 2001"), not a clause.
func openingOnly(d *doc, i0, c int) bool {
	if c-i0 > maxLookBack || subordinators[d.toks[i0].Norm] {
		return false
	}
	for x := i0; x < c; x++ {
		if verbLike(d, x) && !d.toks[x].Capital || d.inQuote(d.toks[x].Start) >= 0 {
			return false // "In May" names a month, not a modal
		}
	}
	return true
}

func inViewOf(d *doc, sent span, i0, j0, c int) (frame, bool) {
	f := frame{cue: span{d.toks[c-1].Start, d.toks[c].End}, cueToken: c}
	f.subj, f.hasSubj = [2]int{c - 1, c}, true
	if c+1 >= j0 {
		return f, false
	}
	f.content = span{d.toks[c+1].Start, contentEnd(d, sent)}
	return f, true
}

// dashCredit reads the credit line set after a quotation, as in a
// collection of readers' or witnesses' words: "“…” ― Ana Ruiz" or
// "“…” — Tom Reyes, a nurse". The name must come straight after the dash
// and end the credit, at a line's end, a comma, a full stop or the next
// quotation. When the quote's sentence has a cue of its own (cued), only a
// name that ends its line or stands before the next quotation is a credit:
// "“…” — Mayor Ana Brook, the council leader, defended it" goes on.
func dashCredit(d *doc, reg *registry, q quote, cued bool) (*Speaker, text.Span, bool) {
	rest := d.s[q.close:min(q.close+200, len(d.s))]
	trimmed := strings.TrimLeft(rest, " \t\u00a0")
	dash := ""
	for _, m := range []string{"―", "—", "–", "- "} {
		if strings.HasPrefix(trimmed, m) {
			dash = m
		}
	}
	if dash == "" {
		return nil, text.Span{}, false
	}
	from := q.close + len(rest) - len(trimmed) + len(dash)
	i, _ := d.tokRange(from, min(from+200, len(d.s)))
	j := i
	for j < len(d.toks) && j < i+5 && d.toks[j].Capital && !d.toks[j].Number && (j == i || sameLine(d, j-1, j)) {
		j++
	}
	if j == i || strings.TrimSpace(d.s[from:d.toks[i].Start]) != "" || !creditEnds(d, j, cued) {
		return nil, text.Span{}, false
	}
	sp, ms := reg.resolve(i, j)
	return sp, ms, sp != nil
}

// creditEnds reports whether a dash credit's name, ending before token j,
// ends the credit: nothing, a line break, a comma, a stop or a quotation
// follows it.
func creditEnds(d *doc, j int, strict bool) bool {
	if j >= len(d.toks) {
		return true
	}
	gap := d.s[d.toks[j-1].End:d.toks[j].Start]
	if strict {
		return strings.ContainsAny(gap, "\n“\"«")
	}
	return strings.ContainsAny(gap, "\n,.“\"«")
}

// sameLine reports whether tokens a and b stand on one line, only spaces
// between them.
func sameLine(d *doc, a, b int) bool {
	gap := d.s[d.toks[a].End:d.toks[b].Start]
	return strings.TrimSpace(gap) == "" && !strings.Contains(gap, "\n")
}

// asPutIt reads "as X put it", whose words stand either after the phrase
// ("As Ruiz put it last week, “…”") or before it ("The levy is a tax, as
// a council memo put it"). c is "put"; the phrase opens with "as" at most
// a dozen words before it.
func asPutIt(d *doc, sent span, i0, j0, c int) (frame, bool) {
	as := c - 1
	for as > i0 && as > c-12 && d.toks[as].Norm != "as" {
		as--
	}
	if d.toks[as].Norm != "as" || as+1 >= c || as > i0 && !clauseGap(d.s[d.toks[as-1].End:d.toks[as].Start]) {
		return frame{}, false
	}
	if !saysItSo(d, c+1, j0) {
		return frame{}, false // "as Tesla put it on sale"
	}
	f := frame{cue: span{d.toks[c].Start, d.toks[c+1].End}, cueToken: c, subj: [2]int{as + 1, c}, hasSubj: true}
	if e := appositiveStart(d, as+1, c); e > as+1 {
		f.subj[1] = e // "As Ana Ruiz, a councillor, put it"
	}
	if h := heldBy(d, f.subj[0], f.subj[1]); h > f.subj[0] {
		f.subj[0] = h
	}
	if as == i0 {
		k := c + 2
		for k < j0 && !clauseGap(d.s[d.toks[k-1].End:d.toks[k].Start]) {
			k++ // "put it last week,"
		}
		if k >= j0 {
			return frame{}, false
		}
		f.content = span{d.toks[k].Start, contentEnd(d, sent)}
		return f, true
	}
	f.content = span{sent.start, d.toks[as-1].End} // "Y, as X put it"
	if k := c + 2; k < j0 && strings.ContainsAny(d.s[d.toks[k-1].End:d.toks[k].Start], ",:") {
		f.content = span{d.toks[k].Start, contentEnd(d, sent)} // "…, as X put it, “Y”"
	}
	return f, true
}

// appositiveStart returns the first comma-gap token after a in [a, b): the
// end of a name followed by its description, or a when there is none.
func appositiveStart(d *doc, a, b int) int {
	for k := a + 1; k < b; k++ {
		if strings.Contains(d.s[d.toks[k-1].End:d.toks[k].Start], ",") {
			return k
		}
	}
	return a
}

// saysItSo reports whether the "it" at token k of "put it" is the words
// themselves: the clause ends after it, or after a few words of time or
// manner ("put it last week,", "put it bluntly:"), with no particle that
// makes "put" a verb of placing ("put it on sale", "put it aside").
func saysItSo(d *doc, k, j0 int) bool {
	for x := k + 1; x <= k+4; x++ {
		if x >= j0 || clauseGap(d.s[d.toks[x-1].End:d.toks[x].Start]) || strings.ContainsAny(d.s[d.toks[x-1].End:d.toks[x].Start], ":“\"") {
			return true
		}
		if placeParticles[d.toks[x].Norm] {
			return false
		}
	}
	return false
}

// placeParticles turn "put it" into placing something: "put it on sale".
var placeParticles = wordSet(`on in into onto up down off out away back aside together forward through to at
	for over under behind before past around`)
