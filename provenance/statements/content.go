package statements

// Where a frame's words begin and end: after the cue, before an inverted
// speaker, short of a circumstance or a title.

import (
	"sort"
	"strings"

	"github.com/provcheck/provcheck/provenance/text"
)

// maxContentTokens bounds a reported statement: real clauses are far
// shorter, and a text without punctuation must not make every statement run
// to the end of one endless sentence.
const maxContentTokens = 250

// capContent cuts content c after maxContentTokens tokens.
func capContent(d *doc, c span) span {
	i, j := d.tokRange(c.start, c.end)
	if j-i > maxContentTokens {
		c.end = d.toks[i+maxContentTokens-1].End
	}
	return c
}

// contentEnd trims the sentence's final punctuation off a content span.
func contentEnd(d *doc, sent span) int {
	e := sent.end
	for e > sent.start && strings.ContainsRune(".!?;", rune(d.s[e-1])) {
		e--
	}
	return e
}

// circumstance reports whether the clause from token k to the sentence's
// end only tells when or where something was said: it opens with a
// preposition or a day and holds no comma, colon or quotation that could
// lead to the words themselves.
func circumstance(d *doc, k int, sent span) bool {
	_, j := d.tokRange(sent.start, sent.end)
	if j-k > maxLookBack || !circumstantial[d.toks[k].Norm] && !placePrepositions[d.toks[k].Norm] || strings.ContainsAny(d.s[d.toks[k].Start:sent.end], ":;“\"") {
		return false // a long tail is no mere when and where
	}
	for x := k + 1; x < j; x++ {
		if strings.Contains(d.s[d.toks[x-1].End:d.toks[x].Start], ",") && strings.HasSuffix(d.toks[x].Norm, "ing") && !d.toks[x].Capital {
			return true // "said on Monday, easing fears …": a participle's phrase of its own
		}
		if n := d.toks[x].Norm; n == "that" || subjectPronouns[n] || cueVerbs[n] != "" && !nounUse(d, x) || finiteVerbs[n] {
			return false // "on Monday he would run": a clause follows
		}
	}
	return true
}

// endOfSubordinate ends the words of a frame whose clause is subordinate
// where the main clause resumes: "When she said the pier would close,
// voters were angry", "Smith, who warned that the pier would close, was
// right". The comma after the words closes the subordinate clause.
func endOfSubordinate(d *doc, i0, j0 int, f frame) int {
	if !f.hasSubj || f.content.start < f.cue.end {
		return f.content.end
	}
	s := f.subj[0]
	var relative bool
	switch {
	case relativeOpeners[d.toks[s].Norm] && s > i0 && clauseGap(d.s[d.toks[s-1].End:d.toks[s].Start]):
		relative = true // "Smith, who warned …, was right"
	case f.subj[1] < j0 && d.toks[f.subj[1]].Norm == "who" && inAppositive(d, i0, f.subj[1]):
		relative = true // "Ruiz, a nurse who asked …, said"
	case s > i0 && subordinators[d.toks[s-1].Norm] && (s-1 == i0 || clauseGap(d.s[d.toks[s-2].End:d.toks[s-1].Start])):
	default:
		return f.content.end
	}
	for x := f.cueToken + 1; x < j0 && d.toks[x].Start < f.content.end; x++ {
		if d.toks[x-1].Start >= f.content.start && strings.Contains(d.s[d.toks[x-1].End:d.toks[x].Start], ",") && mainClauseAt(d, x, j0, relative) {
			return max(trimQuoteMarks(d.s, f.content.start, d.toks[x-1].End), f.content.start)
		}
	}
	return f.content.end
}

// inAppositive reports whether token s stands in a phrase set off by a
// comma after a name: "Ana Ruiz, a retired nurse who …". A relative clause
// there closes with the appositive, at a comma the main verb follows.
func inAppositive(d *doc, i0, s int) bool {
	for x := s - 1; x > i0 && x >= s-5; x-- {
		if clauseGap(d.s[d.toks[x-1].End:d.toks[x].Start]) {
			return d.toks[x-1].Capital && appositiveOpeners[d.toks[x].Norm]
		}
	}
	return false
}

// mainClauseAt reports whether the main clause resumes at token x after a
// comma: its verb, after a relative clause ("Smith, who warned …, was
// right"), or a short subject and its verb, after a subordinate one
// ("When she said …, voters were angry"). A list or an aside goes on
// instead: "…said the pier, the port and the bridge would close".
func mainClauseAt(d *doc, x, j0 int, relative bool) bool {
	if relative {
		for x+1 < j0 && (asides[d.toks[x].Norm] || isAux(d.toks[x]) && !verbLike(d, x)) {
			x++ // "Smith, who said …, later resigned"
		}
		return verbLike(d, x)
	}
	switch w := d.toks[x].Norm; {
	case relativePronouns[w]:
		return false // "…said the plan, which was costly, would work"
	case subjectPronouns[w] && x+1 < j0 && !d.toks[x+1].Stop:
		return true // "When he said …, he meant it"
	}
	for y := x; y < j0 && y < x+5; y++ {
		if y > x && !d.gapClean(y-1, y, -1) || d.toks[y].Norm == "and" || d.toks[y].Norm == "or" {
			return false
		}
		if y > x && (verbLike(d, y) || pluralSubject(d.toks[y-1]) && !d.toks[y].Stop && !d.toks[y].Capital) {
			return true // "…, voters were angry", "…, voters get angry"
		}
	}
	return false
}

// verbLike reports whether token x reads as a finite verb: an auxiliary, a
// cue verb that is not a noun here, or a past form.
func verbLike(d *doc, x int) bool {
	return mainVerb(d.toks[x]) || cueVerbs[d.toks[x].Norm] != "" && !nounUse(d, x)
}

func lastCommaBefore(d *doc, sent span, b int) int {
	seg := d.s[sent.start:b]
	if k := strings.LastIndexAny(seg, ","); k >= 0 {
		return trimQuoteMarks(d.s, sent.start, sent.start+k)
	}
	return trimQuoteMarks(d.s, sent.start, b)
}

func trimQuoteMarks(s string, lo, hi int) int {
	for hi > lo {
		c := s[hi-1]
		if c == ' ' || c == '"' || c == ',' {
			hi--
			continue
		}
		if strings.HasSuffix(s[lo:hi], "”") || strings.HasSuffix(s[lo:hi], "’") {
			hi -= len("”")
			continue
		}
		break
	}
	return hi
}

// contentAfter reads the attributed clause after the cue at token c, or the
// clause before the subject when the sentence ends with "…, X said".
func contentAfter(d *doc, sent span, i0, j0, c int, f frame) (frame, bool) {
	k := wordsStart(d, j0, c)
	tail := 0
	if k < j0 {
		tail = j0 - k
	}
	if c+1 < j0 && strings.HasPrefix(d.s[d.toks[c].End:d.toks[c+1].Start], ",") || k > c+1 && k < j0 && dayWords[d.toks[c+1].Norm] && strings.HasPrefix(d.s[d.toks[k-1].End:d.toks[k].Start], ",") {
		tail = 0 // ", he said, and …", ", he said Friday, as …": the attribution is parenthetical
	}
	if k == c+1 && k+1 == j0 && (d.toks[k].Norm == "out" || d.toks[k].Norm == "up") && d.gapClean(c, k, -1) {
		tail = 0 // "…, as critics point out": the verb's particle, no words
	}
	if k < j0 && j0-k <= maxLookBack && (k == c+1 || addressVerbs[cueVerbs[d.toks[c].Norm]]) && circumstanceAfterQuote(d, sent, j0, k, f) {
		tail = 0 // "“…,” X said at a briefing on Monday": the words are the quote's
	}
	particle := k == c+1 && k+1 < j0 && particleOf(d.toks[c].Norm, d.toks[k].Norm) && d.gapClean(k, k+1, -1) && !dayWords[d.toks[k+1].Norm]
	if particle {
		k++ // "commented on the rules", "boasted of his skills": the preposition is the verb's
	}
	circ := k < j0 && !particle && circumstance(d, k, sent)
	if end, ok := wordsBeforeSpeaker(d, sent, i0, j0, c, k, tail, circ, f); ok {
		f.content = span{sent.start, end}
		return f, true
	}
	if k+1 < j0 && k == c+1 && (d.toks[k].Norm == "and" || d.toks[k].Norm == "or") && verbLike(d, k+1) {
		return f, false // "who said and did the same things": a second verb's object
	}
	if k >= j0 || f.adverb && k == c+1 && adverbial[d.toks[k].Norm] && !sayingVerbs[d.toks[c].Norm] || cueVerbs[d.toks[c].Norm] == "" && k == c+1 && clauseGap(d.s[d.toks[c].End:d.toks[k].Start]) {
		return f, false // "responded to requests", "campaigned at the debate": an act, no words
	}
	if circ || writtenTo(d, c, k, j0) || addsQuantity(d, c, k, j0) {
		return f, false // "said on Saturday night at the gala": when and where, not what
	}
	start := d.toks[k].Start
	if q := d.inQuote(start); q >= 0 {
		start = d.quotes[q].open
	}
	f.content = span{start, contentEnd(d, sent)}
	return f, true
}

// writtenTo reports whether the words after a verb of writing or replying
// at c only say to whom or to what ("had written to the chief executive
// asking for a meeting", "would reply to the council's letter"): "to"
// follows, and no "that" clause or quotation does.
func writtenTo(d *doc, c, k, j0 int) bool {
	if !toWhomVerbs[cueVerbs[d.toks[c].Norm]] || k >= j0 || d.toks[k].Norm != "to" {
		return false
	}
	for x := k + 1; x < j0; x++ {
		if d.toks[x].Norm == "that" || d.inQuote(d.toks[x].Start) >= 0 {
			return false
		}
	}
	return true
}

var toWhomVerbs = wordSet(`write reply respond`)

// addsQuantity reports whether "add" at c adds an amount, not words: a
// number stands among the first words after it, before any "that", and no
// clause follows ("will add as much as 20 minutes", "added 4% in the
// quarter").
func addsQuantity(d *doc, c, k, j0 int) bool {
	if cueVerbs[d.toks[c].Norm] != "add" || clauseFollows(d, k, j0) {
		return false // "added 20 people had been hurt": a clause
	}
	for x := k; x < j0 && x < k+4; x++ {
		if d.toks[x].Norm == "that" || d.inQuote(d.toks[x].Start) >= 0 {
			return false
		}
		if d.toks[x].Number {
			return true
		}
	}
	return false
}

// circumstanceAfterQuote reports whether the words from token k on, after
// "“…,” X said", only tell when, where, how or about what the quote was
// said, or to whom: they open with a preposition or an adverb, or follow a
// verb of telling, and hold no "that" clause of their own.
func circumstanceAfterQuote(d *doc, sent span, j0, k int, f frame) bool {
	w := d.toks[k].Norm
	// "“…,” she told an audience of academics", not "told reporters that …"
	told := addressVerbs[cueVerbs[d.toks[f.cueToken].Norm]] && d.toks[k-1].Norm != "that" && !clauseFollows(d, k, j0)
	opens := told || circumstantial[w] || quoteCircumstance[w] || mannerAdverb(d, k, j0) ||
		w == "to" && k+1 < j0 && (nounMarker(d.toks[k+1].Norm) || d.toks[k+1].Capital || addressee(d, k+1, j0)) // "to a crowd", not "to add"
	if !opens || !quoteJustBefore(d, sent, f.cue.start) || strings.ContainsAny(d.s[d.toks[k].Start:sent.end], ":;") {
		return false
	}
	for x := k; x < j0 && (x == k || !clauseGap(d.s[d.toks[x-1].End:d.toks[x].Start])); x++ {
		if d.toks[x].Norm == "that" {
			return false // "said in a statement that …": the words follow
		}
	}
	return true
}

// mannerAdverb reports whether token k is an adverb in -ly that tells how
// something was said ("said carefully, as …", "said happily on MSNBC"):
// punctuation or a preposition follows it, as none follows "family" in
// "said family members had been told".
func mannerAdverb(d *doc, k, j0 int) bool {
	t := d.toks[k]
	if !strings.HasSuffix(t.Norm, "ly") || t.Capital || t.Stop {
		return false
	}
	return k+1 >= j0 || !d.gapClean(k, k+1, -1) || notContent[d.toks[k+1].Norm] || quoteCircumstance[d.toks[k+1].Norm]
}

// quoteJustBefore reports whether a quotation closes in the sentence, with
// a comma, a question or an exclamation, just before the cue at byte b,
// with no more than the speaker between them: "“…,” Mr. Hedge said".
func quoteJustBefore(d *doc, sent span, b int) bool {
	q, ok := quoteClosingBefore(d, sent, b)
	if !ok {
		return false
	}
	words, after := strings.TrimRight(d.s[q.start:q.end], " "), strings.TrimLeft(d.s[q.close:b], " ")
	closed := strings.HasPrefix(after, ",") || words != "" && strings.ContainsRune(",?!", rune(words[len(words)-1]))
	i, j := d.tokRange(q.close, b)
	return closed && j-i <= maxAttributionTokens
}

// quoteClosingBefore returns the last quotation that closes at or before
// byte b, when it closes within sentence sent. Quotations are outermost,
// so they close in the order they open.
func quoteClosingBefore(d *doc, sent span, b int) (quote, bool) {
	qi := sort.Search(len(d.quotes), func(k int) bool { return d.quotes[k].close > b }) - 1
	if qi < 0 || d.quotes[qi].close <= sent.start {
		return quote{}, false
	}
	return d.quotes[qi], true
}

// maxAttributionTokens bounds the speaker and cue between a quote and what
// follows its attribution ("Michael C. Cernech, the city manager, said").
const maxAttributionTokens = 10

// afterDay steps over a day named right after a cue: "vowed Tuesday to
// remain", "said Monday night that".
func afterDay(d *doc, k, j0 int) int {
	if k+1 >= j0 || !dayWords[d.toks[k].Norm] || !d.gapClean(k-1, k, -1) || !d.gapClean(k, k+1, -1) || verbLike(d, k+1) {
		return k // "He said Friday was the deadline": the day is the words' subject
	}
	k++
	if k < j0 && timeNouns[d.toks[k].Norm] && !dayWords[d.toks[k].Norm] && d.gapClean(k-1, k, -1) {
		k++ // "Monday night"
	}
	return k
}

// particleOf reports whether the preposition prep belongs to the cue verb
// w, so that what follows it is the verb's object: "focused on",
// "boasted of", "called for".
func particleOf(w, prep string) bool {
	return strings.Contains(" "+verbParticles[cueVerbs[w]]+" ", " "+prep+" ")
}

// wordsStart is the first token of the words after the cue at c: past the
// one told ("told reporters", "warned the board") and a "that" close by.
func wordsStart(d *doc, j0, c int) int {
	k := afterDay(d, c+1, j0)
	base := cueVerbs[d.toks[c].Norm]
	if (base == "tell" || base == "warn" || base == "assure" || base == "remind") && k < j0 && d.toks[k].Norm != "that" {
		for k < j0 && k < c+5 && d.gapClean(k-1, k, c+1) && d.toks[k].Norm != "that" && addressee(d, k, j0) {
			k++
		}
		if k+1 < j0 && k > c+1 && strings.TrimSpace(d.s[d.toks[k-1].End:d.toks[k].Start]) == "(" && strings.HasPrefix(strings.TrimSpace(d.s[d.toks[k].End:d.toks[k+1].Start]), ")") {
			k++ // "told the Associated Press (AP), …": the one told's short name
		}
	}
	for look := k; look < j0 && look < c+6; look++ {
		if look == c+1 && d.toks[look].Norm == "to" && look+1 < j0 && !nounMarker(d.toks[look+1].Norm) {
			break // "declined to concur with that assessment": an infinitive, and a determiner
		}
		if d.toks[look].Norm == "that" && (!actVerbs[base] && base != "" || clauseFollows(d, look+1, j0)) {
			return look + 1
		}
		if gap := d.s[d.toks[look-1].End:d.toks[look].Start]; strings.ContainsAny(gap, ",:;“\"") || clauseGap(gap) || d.toks[look].Norm == "and" || d.toks[look].Norm == "but" {
			break // "making this argument and claiming that …": the "that" is another verb's
		}
	}
	return k
}

// clauseFollows reports whether a clause opens at token k, as after the
// conjunction "that", rather than a noun phrase, as after the determiner
// ("rejected that idea on Monday"): a verb stands within a few words.
// Only acts need the test: after a verb of saying "that" opens a clause.
func clauseFollows(d *doc, k, j0 int) bool {
	for x := k; x < j0 && x < k+8; x++ {
		t := d.toks[x]
		if x > k && clauseGap(d.s[d.toks[x-1].End:t.Start]) {
			return false
		}
		if mainVerb(t) || cueVerbs[t.Norm] != "" || subjectPronouns[t.Norm] {
			return true
		}
	}
	return false
}

// addressee reports whether token k may stand in the object of a telling
// verb: a name, a pronoun, "reporters", "the board".
func addressee(d *doc, k, j0 int) bool {
	t := d.toks[k]
	switch t.Norm {
	case "reporters", "them", "us", "me":
		return true
	case "the", "a":
		return k+1 < j0 && (speakerNouns[d.toks[k+1].Norm] || d.toks[k+1].Capital)
	}
	return t.Capital || pronouns[t.Norm] != "" || speakerNouns[t.Norm]
}

// wordsBeforeSpeaker returns where the words end when they stand before
// the speaker: "“…,” X said", "…, X said in an interview". Nothing (or
// only when and where) follows the cue, and the sentence does not merely
// open with a phrase of time or place.
func wordsBeforeSpeaker(d *doc, sent span, i0, j0, c, k, tail int, circ bool, f frame) (int, bool) {
	before := d.s[sent.start:d.toks[f.subj[0]].Start]
	// "Later on ''This Week,'' Sanders questioned …": a title closes there, not speech
	quoted := quoteCloses(before) && !titleQuoteCloses(d, sent, d.toks[f.subj[0]].Start)
	short := tail <= 4 && (tail == 0 || k >= j0 || quoted || notContent[d.toks[k].Norm] || circumstantial[d.toks[k].Norm])
	if !(short || circ) || cueVerbs[d.toks[c].Norm] == "" || d.toks[f.subj[0]].Norm == "who" {
		return 0, false
	}
	if !quoted && (opensBefore(d, i0, f.subj[0]) || !strings.ContainsAny(before, ",”\"")) || strings.TrimSpace(before) == "" || openingPhrase(d, sent, f.subj[0]) {
		return 0, false
	}
	end := lastCommaBefore(d, sent, d.toks[f.subj[0]].Start)
	if qi := d.inQuote(d.toks[i0].Start); qi >= 0 && d.quotes[qi].close < end && !quoted {
		end = d.quotes[qi].close // "“…,” Google's chief executive, X, told": the quote, not its speaker's title
	} else if e := titleBefore(d, sent, end); e > sent.start {
		end = e // "Y, the harbour master, X, told": Y, not the speaker's title
	}
	return end, true
}

// relativeSubject reports whether the sentence from token i0 opens with a
// name and a relative clause set off by commas that runs up to the cue at
// c: the name is the cue's subject ("Gareth Pryce, whose home was flooded,
// said …"), not words said by whoever follows the cue.
func relativeSubject(d *doc, i0, c int) bool {
	if c < 1 || !strings.Contains(d.s[d.toks[c-1].End:d.toks[c].Start], ",") {
		return false
	}
	for x := i0 + 1; x < c && x <= i0+5; x++ {
		t := d.toks[x]
		if (t.Norm == "who" || t.Norm == "whose") && strings.Contains(d.s[d.toks[x-1].End:t.Start], ",") {
			return true
		}
		if !t.Capital {
			return false
		}
	}
	return false
}

// titleQuoteCloses reports whether the quotation closing just before byte
// b is the name of a show or a book, not speech.
func titleQuoteCloses(d *doc, sent span, b int) bool {
	q, ok := quoteClosingBefore(d, sent, b)
	return ok && strings.Trim(d.s[q.close:b], " ,") == "" && isTitleQuote(d, q)
}

// opensBefore reports whether the words before the subject at token s are
// only an opening phrase ending in a comma, past which the subject's
// article or title stands: "Holding open a book, Beck said", "As a phone
// rang, the announcer said". The words are then after the cue. Words in
// -ing that hold a verb of their own are a clause ("Spending helped
// growth, an official said"), not an opening phrase.
func opensBefore(d *doc, i0, s int) bool {
	a := afterOpening(d, i0, s+1)
	if !openers[d.toks[i0].Norm] && !openingPrepositions[d.toks[i0].Norm] {
		for x := i0 + 1; x < a-1; x++ {
			if mainVerb(d.toks[x]) {
				return false // "Spending helped growth, an official said": a clause, not an opening phrase
			}
		}
	}
	if a == s-1 {
		w := d.toks[a].Norm
		return nounMarker(w) || personTitles[strings.TrimSuffix(w, ".")]
	}
	return a == s && a > i0
}

// titleBefore returns where the words end when the stretch between the
// last comma before end and end is a speaker's title ("…, the harbour
// master, Ada Brook, said"): a short noun phrase opened by an article or a
// possessive, with no verb. It returns sent.start when there is none.
func titleBefore(d *doc, sent span, end int) int {
	k := strings.LastIndexByte(d.s[sent.start:end], ',')
	if k < 0 {
		return sent.start
	}
	i, j := d.tokRange(sent.start+k, end)
	if j-i == 0 || j-i > 8 || !appositiveOpeners[d.toks[i].Norm] && !isPossessive(d.toks[i].Norm) {
		return sent.start
	}
	for _, t := range d.toks[i:j] {
		if finiteVerbs[t.Norm] || cueVerbs[t.Norm] != "" || t.Norm == "who" || t.Norm == "that" {
			return sent.start
		}
	}
	return trimQuoteMarks(d.s, sent.start, sent.start+k)
}

// quoteCloses reports whether the words before a speaker end with a closing
// quotation mark, as in "“…,” X said".
func quoteCloses(before string) bool {
	t := strings.TrimRight(before, " ,—–-\u00a0")
	return strings.HasSuffix(t, "”") || strings.HasSuffix(t, "\"") || strings.HasSuffix(t, "'")
}

// openingPhrase reports whether the words before the subject token a are a
// short opening phrase of time or place ("Earlier,", "On Monday,"), no
// quotation and no clause of their own.
func openingPhrase(d *doc, sent span, a int) bool {
	i0, _ := d.tokRange(sent.start, sent.end)
	if a-i0 > 3 || strings.ContainsAny(d.s[sent.start:d.toks[a].Start], "“”\"") {
		return false
	}
	for x := i0; x < a; x++ {
		if finiteVerbs[d.toks[x].Norm] || cueVerbs[d.toks[x].Norm] != "" {
			return false
		}
	}
	return true
}

// trimTrailing drops the comma or colon that closes a quote before its
// attribution ("…delayed," she said).
func trimTrailing(s string, lo, hi int) int {
	for hi > lo && strings.ContainsRune(",;: ", rune(s[hi-1])) {
		hi--
	}
	return hi
}

func contentWordsIn(d *doc, start, end int) int {
	i, j := d.tokRange(start, end)
	n := 0
	for _, t := range d.toks[i:j] {
		if !t.Stop {
			n++
		}
	}
	return n
}

// isAux reports whether t may stand between a subject and its verb: an
// auxiliary ("has", "also") or an adverb of manner ("sharply", "privately").
func isAux(t text.Token) bool {
	return auxVerbs[t.Norm] || !t.Capital && len(t.Norm) > 4 && strings.HasSuffix(t.Norm, "ly") && !t.Stop && !lyNouns[t.Norm]
}
