package statements

// The frame of a verb of saying, believing or acting: its subject, found
// past auxiliaries, asides and appositives, and whether a word is a verb.

import (
	"strings"

	"github.com/provcheck/provcheck/provenance/text"
)

// looksLikeVerb guesses, without a tagger, that token c is the finite verb
// of a clause whose subject is a named or pronoun speaker: "Clinton
// blasted …", "He is demanding …". Such statements are beliefs and acts
// as much as words, which the benchmark counts as attributions.
func looksLikeVerb(d *doc, reg *registry, c, i0 int) bool {
	t := d.toks[c]
	if t.Stop || t.Number || len(t.Norm) < 4 || c == i0 {
		return false
	}
	w := t.Norm
	if nounEnding(w) {
		return false
	}
	verbish := strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "es") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") || irregularPast[w]
	k := c - 1
	aux, modal := false, false
	for k >= i0 && k > c-maxAux && isAux(d.toks[k]) && d.gapClean(k, k+1, i0-1) {
		aux = aux || auxVerbs[d.toks[k].Norm]
		modal = modal || modalAux[d.toks[k].Norm]
		k--
	}
	if aux && strings.HasSuffix(w, "ing") || modal && !isAux(t) && !isPossessive(w) && !notVerbs[w] {
		verbish = true // "has cast", "will accept": a verb follows a modal or "has"
	}
	if !verbish && !aux && k >= i0 && k == c-1 && pluralSubject(d.toks[k]) && objectFollows(d, c) {
		verbish = true // "voters want a change", "they blame Trump"
	}
	if !verbish || k < i0 || !d.gapClean(k, k+1, i0-1) || isSpeakerNoun(w) || eventVerbs[w] || inOpeningPhrase(d, i0, c) {
		return false
	}
	return introducesClause(d, c) || actsAsSpeaker(d, reg, k, c, aux)
}

// nounEnding reports whether w ends as only nouns and possessives do:
// "appearances", "headquarters", "the magazine's".
func nounEnding(w string) bool {
	for _, suf := range []string{"'s", "’s", "ances", "ences", "ments", "ships", "nesses", "quarters", "ities", "tions", "sions"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return strings.Contains(w, "://") || w == "https" || w == "http"
}

// actsAsSpeaker reports whether token k, just before the verb-like word at
// c with no clause after it, is a subject whose acts count as attributions:
// "He blasted …", "Clinton wants …", "Voters rejected …".
func actsAsSpeaker(d *doc, reg *registry, k, c int, aux bool) bool {
	switch d.toks[k].Norm {
	case "he", "she", "they", "we", "i":
		return true
	}
	if reg != nil && reg.isPerson(d.toks[k].Start) {
		return true
	}
	if reducedRelative(d, c, aux) {
		return false // "data related to …", "goods sold to …": the word modifies its noun
	}
	if isSpeakerNoun(d.toks[k].Norm) && !d.toks[k].Capital {
		return true
	}
	// after another name, an -s word is as often a plural noun ("Iowa
	// caucuses", "Republican partisans") as a verb: only a past form counts
	w := d.toks[c].Norm
	return reg != nil && reg.mentionAt(d.toks[k].Start) != nil && (aux || strings.HasSuffix(w, "ed") || irregularPast[w])
}

// inOpeningPhrase reports whether token c stands in a prepositional phrase
// opening the sentence ("In a poll released Monday, …"), where a word in
// -ed modifies a noun rather than acting as the clause's verb.
func inOpeningPhrase(d *doc, i0, c int) bool {
	if !openingPrepositions[d.toks[i0].Norm] || c-i0 > maxLookBack {
		return false
	}
	for x := i0; x < c; x++ {
		if clauseGap(d.s[d.toks[x].End:d.toks[x+1].Start]) {
			return false
		}
	}
	return true
}

// reducedRelative reports whether the -ed word at c, with no auxiliary
// before it and a preposition after it, reads as a participle modifying the
// noun before it rather than as that noun's verb.
func reducedRelative(d *doc, c int, aux bool) bool {
	if aux || !strings.HasSuffix(d.toks[c].Norm, "ed") || c+1 >= len(d.toks) || !d.gapClean(c, c+1, -1) {
		return false
	}
	switch w := d.toks[c+1].Norm; w {
	case "to":
		// "refused to entertain the idea": an infinitive, not "data related to …"
		return !infinitiveVerbs[cueVerbs[d.toks[c].Norm]] || c+2 >= len(d.toks) || d.toks[c+2].Stop || d.toks[c+2].Capital || d.toks[c+2].Number
	case "in", "by", "with", "from", "for", "on", "at", "as", "into", "under", "near":
		return !particleOf(d.toks[c].Norm, w) || c > 0 && !d.gapClean(c-1, c, -1) // "voted for the delay" is the verb's own; "the bill, voted on in May" is not
	default:
		return dayWords[w] // "a poll released Monday"
	}
}

// pluralSubject reports whether t can be the subject of a bare present
// verb: a plural pronoun or a plural group noun.
func pluralSubject(t text.Token) bool {
	switch t.Norm {
	case "they", "we", "i", "you", "who":
		return true
	}
	return !t.Capital && strings.HasSuffix(t.Norm, "s") && isSpeakerNoun(t.Norm)
}

// objectFollows reports whether the token after c opens an object or a
// complement: a determiner, a pronoun, a name, "to" or "that".
func objectFollows(d *doc, c int) bool {
	if c+1 >= len(d.toks) || !d.gapClean(c, c+1, -1) {
		return false
	}
	n := d.toks[c+1]
	switch n.Norm {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "him", "them", "it", "to", "that", "this", "these", "those", "what", "how", "whether":
		return true
	}
	return n.Capital
}

// nounAfterName reports whether token c, a word that is a noun as often as
// a cue ("states", "debate", "attacks"), follows a name that is no
// person's and so reads as its modifier: "Rust Belt states", "the
// Republican debate".
func nounAfterName(d *doc, reg *registry, c, i0 int) bool {
	if c == i0 || !nounCues[d.toks[c].Norm] && !pluralNounCues[d.toks[c].Norm] || !d.gapClean(c-1, c, -1) {
		return false
	}
	if c+1 < len(d.toks) && d.toks[c+1].Norm == "that" && strings.HasSuffix(d.toks[c].Norm, "s") && d.gapClean(c, c+1, -1) {
		return false // "The Tax Policy Center estimates that …": a verb with its clause
	}
	p := d.toks[c-1]
	return (p.Capital && pronouns[p.Norm] == "" && !quantityWords[p.Norm] && !reg.isPerson(p.Start)) || p.Norm == "each" || p.Norm == "every"
}

// nounMarker words make the next word a noun: "Trump's tweet", "the show".
func nounMarker(w string) bool {
	switch w {
	case "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those":
		return true
	}
	return strings.HasSuffix(w, "'s")
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || w == "his" || w == "her" || w == "their"
}

// verbFrame reads the attribution around the reporting verb at token c.
func verbFrame(d *doc, sent span, i0, j0, c int, prev *frame) (frame, bool) {
	f := frame{cue: span{d.toks[c].Start, d.toks[c].End}, cueToken: c}
	k := c - 1
	passive := false
	for k >= i0 && k > c-maxAux && isAux(d.toks[k]) && d.gapClean(k, k+1, i0-1) {
		passive = passive || beVerbs[d.toks[k].Norm] && !strings.HasSuffix(d.toks[c].Norm, "ing")
		f.adverb = f.adverb || !auxVerbs[d.toks[k].Norm]
		k--
	}
	if w, ok := relativeWho(d, i0, k, c); ok && !passive {
		f.subj, f.hasSubj = [2]int{w, w + 1}, true // "X, who said …": resolve reads X through "who"
		return contentAfter(d, sent, i0, j0, c, f)
	}
	k = beforeParenthesis(d, i0, beforeTimePhrase(d, i0, k))
	if a, ok := quantitySubject(d, i0, k); ok && !passive {
		f.subj, f.hasSubj = [2]int{a, k + 1}, true // "About 6 in 10 riders want …", "61 percent say …"
		return contentAfter(d, sent, i0, j0, c, f)
	}
	switch aside := beforeAside(d, i0, k); {
	case k >= i0 && quoteEndsAt(d, k, c):
		// "“… for Donald …,” said X": a name in the quote is not who says it
	case aside != k && !passive:
		k = aside
		f.subj[0], f.subj[1], f.hasSubj = nounPhrase(d, i0, k)
	default:
		f.subj, f.hasSubj = subjectAt(d, i0, k, c, passive, prev)
	}
	if f.hasSubj {
		return contentAfter(d, sent, i0, j0, c, f)
	}
	if !passive && speakerOpens(d, i0, k, c) {
		// "A spokeswoman, Ruth Okafor, said the company …": the sentence
		// opens with its speaker, so "said the company" is no inversion
		if g, ok := speakerBeforeComma(d, sent, i0, j0, k, c, f); ok {
			return g, true
		}
	}
	if g, ok := invertedFrame(d, sent, i0, j0, c, f); ok {
		return g, true
	}
	if !passive {
		if g, ok := speakerBeforeComma(d, sent, i0, j0, k, c, f); ok {
			return g, true
		}
		if a, b, ok := subjectBeforeAsides(d, i0, k); ok {
			f.subj, f.hasSubj = [2]int{a, b}, true
			return contentAfter(d, sent, i0, j0, c, f)
		}
	}
	if g, ok := itIsFrame(d, sent, i0, j0, c, f); ok {
		return g, true
	}
	if passive && addressVerbs[cueVerbs[d.toks[c].Norm]] {
		return toldFrame(d, sent, j0, c, f) // "Staff were told that …": they heard it
	}
	if g, ok := sayingWithoutSubject(d, sent, i0, j0, c, f); ok {
		return g, true
	}
	if a, ok := describedSubject(d, i0, k); ok && !passive && cueVerbs[d.toks[c].Norm] != "" && !actVerbs[cueVerbs[d.toks[c].Norm]] && cueIsVerb(d, j0, c) {
		// "The inquiry found that …", "The state admitted it …", "The
		// resolution supported …": a verb of saying or stance, not of an act,
		// credits a subject of common nouns too
		f.subj, f.hasSubj = [2]int{a, k + 1}, true
		return contentAfter(d, sent, i0, j0, c, f)
	}
	return f, false
}

// describedSubject finds a subject described by common nouns that ends at
// token k and opens its clause: a determiner or a possessive, then up to
// four modifiers and the noun ("The inquiry", "the state's top court",
// "This new report"). Names and speaker nouns are read by the rules above.
func describedSubject(d *doc, i0, k int) (int, bool) {
	if k < i0 || d.toks[k].Stop || d.toks[k].Capital || d.toks[k].Number || verbLike(d, k) || strings.HasSuffix(d.toks[k].Norm, "ing") {
		return 0, false
	}
	a := k
	for a > i0 && a > k-5 && d.gapClean(a-1, a, -1) {
		p := d.toks[a-1]
		if nounMarker(p.Norm) {
			a--
			if strings.HasSuffix(p.Norm, "'s") && a > i0 && nounMarker(d.toks[a-1].Norm) && d.gapClean(a-1, a, -1) {
				a-- // "the state's top court"
			}
			break
		}
		if p.Stop || p.Number || verbLike(d, a-1) || d.inQuote(p.Start) >= 0 {
			return 0, false
		}
		a--
	}
	if !nounMarker(d.toks[a].Norm) || a > i0 && !clauseGap(d.s[d.toks[a-1].End:d.toks[a].Start]) && !quantityBreaks[d.toks[a-1].Norm] {
		return 0, false
	}
	return a, true
}

// believingVerb reports whether the token at c is a verb of saying or
// believing used as a verb ("few believe …", "the task force announced
// …"), not a noun ("his comments", "a plan"), a modifier ("self-described")
// or an infinitive, which other rules read.
func believingVerb(d *doc, c int) bool {
	t := d.toks[c]
	lemma := cueVerbs[t.Norm]
	if lemma == "" || actVerbs[lemma] || strings.HasSuffix(t.Norm, "ing") || pluralNounCues[t.Norm] || nounUse(d, c) {
		return false
	}
	p := d.toks[c-1]
	return p.Norm != "to" && !p.Number && !strings.HasSuffix(d.s[:t.Start], "-") && !stanceAdjectives[p.Norm]
}

// wholeSpeaker reports whether the phrase [s, e) can name a speaker by
// itself: not a lone title ("Mrs."), quantifier ("Several") or possessor
// ("Trump's", of "Trump's inner circle"), nor the capitals of a longer
// phrase ("Economic", of "Economic espionage").
func wholeSpeaker(d *doc, s, e int) bool {
	last := d.toks[e-1].Norm
	if e-s == 1 && (personTitles[strings.TrimSuffix(last, ".")] || quantifiers[last]) {
		return false
	}
	if e < len(d.toks) && d.gapClean(e-1, e, -1) && !d.toks[e].Capital && !d.toks[e].Stop && !verbLike(d, e) {
		return false // "Economic espionage refers to …": a capital cut from a longer phrase
	}
	return !isPossessive(last)
}

// opensSubject reports whether t may open the subject of a clause after a
// verb of believing: a pronoun, an article, a name, a number, a
// quantifier or a noun for people ("few believe most voters …").
func opensSubject(t text.Token) bool {
	return subjectPronouns[t.Norm] || nounMarker(t.Norm) || t.Capital || t.Number || quantifiers[t.Norm] || isSpeakerNoun(t.Norm)
}

// sayingWithoutSubject reads a verb of saying or believing whose subject
// the rules above could not delimit ("Ford itself said …", "Yin Myint May,
// 60, a doctor, said …", "many officials on the island believe …") when a
// clause follows it: the words are read after the cue, and the speaker is
// the sentence's main or opening subject, when one names someone.
func sayingWithoutSubject(d *doc, sent span, i0, j0, c int, f frame) (frame, bool) {
	if c == i0 || !sayingVerbs[d.toks[c].Norm] && !believingVerb(d, c) {
		return f, false
	}
	k := wordsStart(d, j0, c)
	if k >= j0 || verbLike(d, k) || isAux(d.toks[k]) || notContent[d.toks[k].Norm] || d.toks[k-1].Norm != "that" && !clauseFollows(d, k, j0) {
		return f, false // "what Trump says is true": the verb's subject, not its words
	}
	if !sayingVerbs[d.toks[c].Norm] && d.toks[k-1].Norm != "that" && (!opensSubject(d.toks[k]) || !verbBeforeComma(d, k, j0)) {
		return f, false // "a private email account", "showed up": no clause opens there
	}
	if quoteJustBefore(d, sent, d.toks[c].Start) {
		return f, false // "“…,” said a data expert who …": the speaker follows
	}
	s, e, ok := mainSubject(d, i0, c)
	if !ok {
		s, e, ok = openingSubject(d, i0, c)
	}
	if !ok || d.inQuote(d.toks[s].Start) >= 0 || !wholeSpeaker(d, s, e) {
		return f, false
	}
	f.subj, f.hasSubj = [2]int{s, e}, true
	return contentAfter(d, sent, i0, j0, c, f)
}

// quoteEndsAt reports whether a quotation ends with token k, closed with a
// comma just before the cue at c: "…,” said X".
func quoteEndsAt(d *doc, k, c int) bool {
	gap := d.s[d.toks[k].End:d.toks[c].Start]
	return d.inQuote(d.toks[k].Start) >= 0 && strings.Contains(gap, ",") && strings.ContainsAny(gap, "”\"'’»")
}

// subjectAt finds the subject that ends at token k before the verb at c: a
// noun phrase, the subject of the frame before an "and", or a record that
// shows something ("New filings show …"). A passive verb's subject is what
// was done, not who did it, so only the "and" stands for it.
func subjectAt(d *doc, i0, k, c int, passive bool, prev *frame) ([2]int, bool) {
	if k < i0 {
		return [2]int{}, false
	}
	if !passive {
		if a, b, ok := subjectBefore(d, i0, k); ok {
			return [2]int{a, b}, true
		}
	}
	if d.toks[k].Norm == "and" && prev != nil && prev.hasSubj {
		return prev.subj, true
	}
	if !passive && coordinated(d, k, c) && !pluralNounCues[d.toks[c].Norm] && !nounCues[d.toks[c].Norm] {
		// "Reyes came to Kelby and recounted …", "Brook paused, then revealed
		// …": the verb shares the subject of the clause's first verb
		if s, e, ok := mainSubject(d, i0, k+1); ok && e <= k {
			return [2]int{s, e}, true
		}
		if s, e, ok := openingSubject(d, i0, k); ok && e < k && (d.toks[e-1].Capital || pronouns[d.toks[e-1].Norm] != "") && d.gapClean(e-1, e, -1) && !d.toks[e].Stop && !d.toks[e].Capital {
			return [2]int{s, e}, true // "Brook cast the blame …, and emphasized …"
		}
	}
	if !passive && evidenceNouns[d.toks[k].Norm] && evidenceVerbs[cueVerbs[d.toks[c].Norm]] {
		if a, ok := phraseBefore(d, i0, k+1); ok {
			return [2]int{a, k + 1}, true
		}
	}
	if !passive && evidenceVerbs[cueVerbs[d.toks[c].Norm]] {
		if a, ok := evidenceSubject(d, i0, k); ok {
			return [2]int{a, k + 1}, true
		}
	}
	return [2]int{}, false
}

// evidenceSubject finds a record that shows something, headed by an
// evidence noun somewhere in the phrase that ends at token k and opens its
// clause: "A video of the episode shows …", "New polls released Sunday
// showed …". Only a participle or a day may follow the noun; no other verb
// stands in the phrase.
func evidenceSubject(d *doc, i0, k int) (int, bool) {
	a, head := k, -1
	for ; a >= i0 && a > k-maxEvidenceWords; a-- {
		t := d.toks[a]
		if evidenceNouns[t.Norm] {
			head = a
		} else if !strings.HasSuffix(t.Norm, "ed") && verbLike(d, a) || d.inQuote(t.Start) >= 0 {
			return 0, false
		}
		if a == i0 || clauseGap(d.s[d.toks[a-1].End:t.Start]) || quantityBreaks[d.toks[a-1].Norm] {
			break
		}
	}
	if head < 0 || a < i0 || a == k-maxEvidenceWords {
		return 0, false
	}
	return a, true
}

// maxEvidenceWords bounds a record's phrase: "A video of the episode".
const maxEvidenceWords = 8

// speakerOpens reports whether the sentence opens with a noun phrase and a
// name set off by commas that ends at token k, before the cue at c: "A
// spokeswoman for Northline, Ruth Okafor, said …".
func speakerOpens(d *doc, i0, k, c int) bool {
	if k < i0 {
		return false
	}
	a, _, ok := commaSubject(d, i0, k)
	s := afterOpening(d, i0, c)
	if !ok || s >= a-1 || !d.toks[a].Capital || !(nounMarker(d.toks[s].Norm) || d.toks[s].Capital || isSpeakerNoun(d.toks[s].Norm)) {
		return false
	}
	for x := s; x < a; x++ {
		if verbLike(d, x) || isAux(d.toks[x]) || d.inQuote(d.toks[x].Start) >= 0 {
			return false
		}
	}
	return true
}

// invertedFrame reads "…, said X" and "…,” said X": the speaker after the
// cue, the words before it. After "told" a name is whom they told ("…,
// Laszlo Bock, told The New York Times"), so such cues are never inverted.
func invertedFrame(d *doc, sent span, i0, j0, c int, f frame) (frame, bool) {
	if c <= i0 || c+1 >= j0 || !strings.ContainsAny(d.s[d.toks[c-1].End:d.toks[c].Start], ",”\"") || addressVerbs[cueVerbs[d.toks[c].Norm]] || d.inQuote(d.toks[c+1].Start) >= 0 {
		return f, false // "…, said, “We want …”": the quote is what was said, not who said it
	}
	if relativeSubject(d, i0, c) {
		return f, false // "Gareth Pryce, whose home was flooded, said an engineer told him …"
	}
	b := c + 1
	for b < j0 && b < c+6 && (invertedWord(d.toks[b]) || roleBeforeName(d, b, j0)) && (d.gapClean(b-1, b, c+1) || d.nameGap(b-1, b)) {
		b++
	}
	if b == c+1 || !(d.toks[b-1].Capital || pronouns[d.toks[b-1].Norm] != "" || isSpeakerNoun(d.toks[b-1].Norm)) || !subjectEnds(d, b, j0) {
		if b = describedSpeaker(d, c+1, j0); b < 0 {
			return f, false
		}
	}
	if !clauseBefore(d, i0, c) && !(b < j0 && clauseGap(d.s[d.toks[b-1].End:d.toks[b].Start])) {
		// "Critics, including the mayor, say they …": the subject, not
		// words; but "The trust, said Jan Ode, had ignored …" interrupts them
		return f, false
	}
	f.subj, f.hasSubj = [2]int{c + 1, b}, true
	if s, e, ok := appositiveName(d, b, j0); ok && !d.toks[b-1].Capital {
		f.subj = [2]int{s, e} // "…,” said the group's chair, Iris Holm": the name
	}
	f.content = span{sent.start, lastCommaBefore(d, sent, d.toks[c].Start)}
	return f, true
}

// clauseBefore reports whether the words before the cue at c could be what
// an inverted cue reports: quoted words, or a clause with a verb of its
// own. A bare noun phrase before "…, say they" is the verb's subject.
func clauseBefore(d *doc, i0, c int) bool {
	for x := i0; x < c; x++ {
		if d.inQuote(d.toks[x].Start) >= 0 || verbLike(d, x) || presentVerb(d, i0, x, c) {
			return true
		}
	}
	return false
}

// presentVerb reports whether token x reads as a verb in the present
// tense ("Clinton also lacks in …", "His bid appears to …"): a lower-case
// word in -s, no noun marker before it, and a small word right after it,
// where a plural noun would end its phrase at a comma.
func presentVerb(d *doc, i0, x, c int) bool {
	t := d.toks[x]
	if t.Capital || t.Stop || len(t.Norm) < 4 || !strings.HasSuffix(t.Norm, "s") || strings.HasSuffix(t.Norm, "ss") || x == i0 || x+1 >= c {
		return false
	}
	p := d.toks[x-1]
	return !nounMarker(p.Norm) && !p.Number && d.gapClean(x-1, x, -1) && d.gapClean(x, x+1, -1) && d.toks[x+1].Stop
}

// roleBeforeName reports whether the lower-case word at b names a role
// before a name after an inverted cue ("said pilot Tom Reyes", "said
// harbour pilot Tom Reyes"): a content word, no verb, with only such
// words between it and a capitalised word.
func roleBeforeName(d *doc, b, j0 int) bool {
	for k := b; k < j0 && k < b+3; k++ {
		t := d.toks[k]
		if t.Capital {
			return k > b && !notNames[t.Norm]
		}
		if t.Stop || t.Number || cueVerbs[t.Norm] != "" || mainVerb(t) || k+1 >= len(d.toks) || !d.gapClean(k, k+1, -1) {
			return false
		}
	}
	return false
}

// appositiveName finds the name set off by a comma after a described
// speaker that ends before token b, past a short "of the group": "the
// group's chair, Iris Holm", "the chair of the group, Iris Holm, …".
func appositiveName(d *doc, b, j0 int) (int, int, bool) {
	k := b
	if k < j0 && (d.toks[k].Norm == "of" || d.toks[k].Norm == "for" || d.toks[k].Norm == "at") {
		for k++; k < j0 && k < b+5 && d.gapClean(k-1, k, -1); k++ {
		}
	}
	if k >= j0 || !strings.Contains(d.s[d.toks[k-1].End:d.toks[k].Start], ",") || !d.toks[k].Capital || notNames[d.toks[k].Norm] && !personTitles[d.toks[k].Norm] {
		return 0, 0, false // "Dr" and "Mr" open a name, other such words a clause
	}
	e := k + 1
	for e < j0 && e < k+4 && d.toks[e].Capital && (d.gapClean(e-1, e, -1) || d.nameGap(e-1, e)) {
		e++
	}
	if e < j0 && !strings.ContainsAny(d.s[d.toks[e-1].End:d.toks[e].Start], ",.;") {
		return 0, 0, false
	}
	return k, e, true
}

// invertedWord reports whether t may stand in a speaker named after the
// cue: a name or title, a pronoun, an article, a quantifier or a speaker noun.
func invertedWord(t text.Token) bool {
	return t.Capital && (!notNames[t.Norm] || personTitles[t.Norm]) || pronouns[t.Norm] != "" || t.Norm == "the" || t.Norm == "a" || quantifiers[t.Norm] || isSpeakerNoun(t.Norm) || roleModifiers[t.Norm]
}

// roleModifiers stand before a title in a speaker named after the cue:
// "said former mayor Ada Brook", "says political scientist Tom Black".
var roleModifiers = wordSet(`former longtime veteran senior top political chief deputy acting retired`)

// describedSpeaker returns the end of a speaker described, not named,
// after an inverted cue at a: an article, modifiers and a speaker noun ("a
// longtime GOP data expert who …", "a senior administration official").
// It returns -1 when there is none.
func describedSpeaker(d *doc, a, j0 int) int {
	if w := d.toks[a].Norm; w != "a" && w != "an" && w != "the" && w != "another" {
		return -1
	}
	end := -1
	for b := a + 1; b < j0 && b < a+maxDescribedWords && d.gapClean(b-1, b, a); b++ {
		t := d.toks[b]
		if t.Stop && t.Norm != "of" || verbLike(d, b) {
			break // "a handful of pilots"
		}
		if isSpeakerNoun(t.Norm) {
			end = b + 1
		}
	}
	if end < 0 || !subjectEnds(d, end, j0) {
		return -1
	}
	return end
}

// maxDescribedWords bounds an inverted speaker's description.
const maxDescribedWords = 8

// speakerBeforeComma finds the speaker of a verb of saying whose subject
// the rules above missed: the phrase before it, or the name before the
// cue's opening comma or between the commas ("A lawyer for the outlets,
// David Schulz, said …", "Derek Mitchell, who served as ambassador, said …").
func speakerBeforeComma(d *doc, sent span, i0, j0, k, c int, f frame) (frame, bool) {
	w := d.toks[c].Norm
	if sayingVerbs[w] && c > i0 && k >= i0 && (!d.toks[k].Stop || pronouns[d.toks[k].Norm] != "") {
		if a, ok := phraseBefore(d, i0, c); ok && a <= k {
			f.subj, f.hasSubj = [2]int{a, c}, true
			if k < c-1 {
				f.subj[1] = k + 1 // leave out "has", "also"
			}
			return contentAfter(d, sent, i0, j0, c, f)
		}
	}
	if !(sayingVerbs[w] || cueVerbs[w] != "" && !actVerbs[cueVerbs[w]]) || k < i0 || c+1 >= j0 || strings.ContainsAny(d.s[d.toks[k].End:d.toks[c].Start], "”\"'") || notContent[d.toks[c+1].Norm] && d.toks[wordsStart(d, j0, c)-1].Norm != "that" {
		return f, false // "…, said in …" tells when or where, unless "that" follows
	}
	a, b, ok := commaSubject(d, i0, k)
	if !ok {
		return f, false
	}
	f.subj, f.hasSubj = [2]int{a, b}, true
	if g, ok := contentAfter(d, sent, i0, j0, c, f); ok && (g.content.start >= d.toks[c].End || g.content.end <= d.toks[a].Start) {
		return g, true
	}
	return f, false
}

// itIsFrame reads "it is suspected that …": an attribution without a source.
func itIsFrame(d *doc, sent span, i0, j0, c int, f frame) (frame, bool) {
	if c-2 < i0 || d.toks[c-2].Norm != "it" || d.toks[c-1].Norm != "is" && d.toks[c-1].Norm != "was" || c+1 >= j0 || d.toks[c+1].Norm != "that" {
		return f, false
	}
	f.content = span{d.toks[c+1].End, contentEnd(d, sent)}
	for f.content.start < f.content.end && d.s[f.content.start] == ' ' {
		f.content.start++
	}
	return f, true
}

// toldFrame reads a passive verb of address, "Staff have been told that
// 25 posts will go": its subject heard the words, so no one written said
// them. The words run from after "that", or the verb, to the clause's end.
func toldFrame(d *doc, sent span, j0, c int, f frame) (frame, bool) {
	k := c + 1
	if k < j0 && d.toks[k].Norm == "that" {
		k++
	} else if !clauseFollows(d, k, j0) {
		return f, false // "were told about the cuts", "was informed by letter"
	}
	if k >= j0 || d.inQuote(d.toks[k].Start) >= 0 {
		return f, false
	}
	f.content = span{d.toks[k].Start, contentEnd(d, sent)}
	f.reported = true // "Ode said staff had been told that …" is Ode's
	return f, true
}

// beforeParenthesis steps back over a parenthesis that closes after token
// k, such as a party and state after a name ("Warren (D-MA) said"), to the
// token before it opens.
func beforeParenthesis(d *doc, i0, k int) int {
	if k < i0 || k+1 >= len(d.toks) || !strings.Contains(d.s[d.toks[k].End:d.toks[k+1].Start], ")") {
		return k
	}
	for x := k; x > i0 && x > k-6; x-- {
		if strings.Contains(d.s[d.toks[x-1].End:d.toks[x].Start], "(") {
			return x - 1
		}
	}
	return k
}

// beforeAside steps back over an aside between commas that ends at token
// k, to the subject before it.
func beforeAside(d *doc, i0, k int) int {
	if k-1 < i0 || !asides[d.toks[k].Norm] || k+1 >= len(d.toks) || !strings.Contains(d.s[d.toks[k].End:d.toks[k+1].Start], ",") ||
		!strings.Contains(d.s[d.toks[k-1].End:d.toks[k].Start], ",") {
		return k
	}
	return k - 1
}

// subjectBeforeAsides finds the subject set off from its verb by one to
// three phrases between commas: "Judge Jan Ode, in her dissent, said",
// "Ada Brook, dean of the law school, said", "Tom Reyes, a former pilot,
// whose roots are in Kelby, said". k is the last token before the verb.
func subjectBeforeAsides(d *doc, i0, k int) (int, int, bool) {
	end := k
	for range 3 {
		if end < i0 || end+1 >= len(d.toks) || !strings.Contains(d.s[d.toks[end].End:d.toks[end+1].Start], ",") {
			return 0, 0, false
		}
		a := end
		for a > i0 && a > end-15 && !clauseGap(d.s[d.toks[a-1].End:d.toks[a].Start]) {
			a--
		}
		if a <= i0 || !strings.Contains(d.s[d.toks[a-1].End:d.toks[a].Start], ",") || !asidePhrase(d, a, end) {
			return 0, 0, false
		}
		if s, e, ok := nounPhrase(d, i0, a-1); ok && pronouns[d.toks[e-1].Norm] == "" && !asides[d.toks[e-1].Norm] && !notNames[d.toks[e-1].Norm] && opensClause(d, i0, s) {
			if end == k && !d.toks[e-1].Capital && allCapitals(d, a, end) {
				return a, end + 1, true // "A Twitter spokesman, Christopher Abboud, said": the name
			}
			return s, e, true // not "Nevertheless, despite such steps, questions persist"
		}
		end = a - 1
	}
	return 0, 0, false
}

// allCapitals reports whether tokens a..b, at most four, are all
// capitalised: a name.
func allCapitals(d *doc, a, b int) bool {
	if b-a >= 4 {
		return false
	}
	for x := a; x <= b; x++ {
		if !d.toks[x].Capital || notNames[d.toks[x].Norm] {
			return false
		}
	}
	return true
}

// opensClause reports whether the phrase at token s opens its clause,
// perhaps after an article: "A Twitter spokesman, …".
func opensClause(d *doc, i0, s int) bool {
	if s > i0 && nounMarker(d.toks[s-1].Norm) && d.gapClean(s-1, s, -1) {
		s--
	}
	return s == i0 || clauseGap(d.s[d.toks[s-1].End:d.toks[s].Start])
}

// asidePhrase reports whether tokens a..b hold a phrase set off by commas
// rather than a clause: no verb, unless a relative pronoun opens it.
func asidePhrase(d *doc, a, b int) bool {
	switch d.toks[a].Norm {
	case "who", "whose", "which":
		return true
	}
	for x := a; x <= b; x++ {
		t := d.toks[x]
		if cueVerbs[t.Norm] != "" && !nounUse(d, x) && !determinedNoun(d, a, x) || finiteVerbs[t.Norm] || d.inQuote(t.Start) >= 0 {
			return false
		}
	}
	return true
}

// determinedNoun reports whether token x closes a noun phrase opened by a
// determiner a few words before it, from token a on: "a stiff challenge".
func determinedNoun(d *doc, a, x int) bool {
	for p := x - 1; p >= a && p >= x-3; p-- {
		if nounMarker(d.toks[p].Norm) {
			return true
		}
		if d.toks[p].Stop || cueVerbs[d.toks[p].Norm] != "" {
			return false
		}
	}
	return false
}

// beforeTimePhrase steps back over a phrase of time between a subject and
// its verb: "The senator on Tuesday dismissed …", "Clinton last week said
// …". k is the phrase's last token; it returns the token before the phrase.
func beforeTimePhrase(d *doc, i0, k int) int {
	if k-1 < i0 || !timeNouns[d.toks[k].Norm] || !d.gapClean(k, k+1, -1) {
		return k // "Smith, who resigned last week, said": the phrase ends an aside
	}
	a := k - 1
	if dayWords[d.toks[a].Norm] && a-1 >= i0 && d.toks[a-1].Norm == "on" {
		a-- // "on Tuesday night"
	}
	switch d.toks[a].Norm {
	case "on", "last", "this", "next", "earlier", "later":
	default:
		return k
	}
	if d.toks[a].Norm == "this" && a-1 >= i0 && (d.toks[a-1].Norm == "earlier" || d.toks[a-1].Norm == "later") {
		a--
	}
	for x := a; x < k; x++ {
		if !d.gapClean(x, x+1, -1) {
			return k
		}
	}
	return a - 1
}

// relativeWho finds the "who" or "which" among the auxiliaries k..c-1
// before a cue, past a phrase of time, when it opens a relative clause
// after a comma: "Obama, who called the nominee unfit, …", "The union,
// which on Monday endorsed Brook, …". The clause's speaker is the noun
// phrase before the comma.
func relativeWho(d *doc, i0, k, c int) (int, bool) {
	if t := beforeTimePhrase(d, i0, k); t < k && t >= i0 && relativeOpeners[d.toks[t].Norm] {
		k = t // "who on Tuesday endorsed"
	}
	for w := max(k, i0); w < c; w++ {
		if !relativeOpeners[d.toks[w].Norm] {
			continue
		}
		if w-1 < i0 || !strings.Contains(d.s[d.toks[w-1].End:d.toks[w].Start], ",") {
			return 0, false
		}
		if d.toks[w].Norm == "which" {
			p := d.toks[w-1]              // "the lawsuit, which challenges …": a thing may hold a stance
			name := p.Capital && w-1 > i0 // "the Harbour Trust, which …", though "trust" is a verb too
			return w, !p.Stop && !p.Number && (name || !verbLike(d, w-1)) && d.inQuote(p.Start) < 0
		}
		_, _, ok := nounPhrase(d, i0, w-1)
		return w, ok
	}
	return 0, false
}

// relativeOpeners open a relative clause whose subject they stand for.
var relativeOpeners = wordSet(`who which`)

// subjectEnds reports whether an inverted speaker ("…, said X") ends at
// token b: the sentence or clause ends there, or only a phrase of time or
// place follows. "…, said he did not see it" is a cue with its own clause.
func subjectEnds(d *doc, b, j0 int) bool {
	if b >= j0 || clauseGap(d.s[d.toks[b-1].End:d.toks[b].Start]) || strings.ContainsAny(d.s[d.toks[b-1].End:d.toks[b].Start], ".;:(“\"") {
		return true
	}
	w := d.toks[b].Norm
	return notContent[w] || circumstantial[w] || cueVerbs[w] != "" || w == "of" || w == "who" || w == "in"
}

// nounUse reports whether token x, a cue word, is used as a noun after a
// determiner, a number or a preposition ("in reference to", "his remarks",
// "ten points").
func nounUse(d *doc, x int) bool {
	if x == 0 {
		return false
	}
	p := d.toks[x-1].Norm
	return nounMarker(p) || d.toks[x-1].Number || p == "in" || p == "of" || p == "with" || p == "for" || p == "to" && !strings.HasSuffix(d.toks[x].Norm, "s")
}

// verbBeforeComma reports whether a verb, not an infinitive, follows token
// k before any punctuation: "she would still consider" is a clause, "the
// desire to run for mayor, told" is not.
func verbBeforeComma(d *doc, k, j0 int) bool {
	for x := k + 1; x < j0 && x < k+8 && d.gapClean(x-1, x, -1); x++ {
		if verbLike(d, x) && d.toks[x-1].Norm != "to" {
			return true
		}
	}
	return false
}

// quantitySubject finds a subject that ends at token k and opens its clause
// with a share or a count of people, as polls report them: "About 6 in 10
// riders", "61 percent", "a third of pilots", "Most in Kelby", "Few". It
// returns the subject's first token. The clause opens at the sentence's
// start, a comma or dash, or a conjunction ("…, while 61 percent say …"),
// and holds no verb of its own before k; a participle may qualify the
// people ("voters going to the polls").
func quantitySubject(d *doc, i0, k int) (int, bool) {
	if k < i0 || d.toks[k].Capital && k == i0 && !quantityWords[d.toks[k].Norm] {
		return 0, false // a name alone, not "Others" or "Few"
	}
	a, placed := k, false
	for a > i0 && a > k-maxQuantityWords && !clauseGap(d.s[d.toks[a-1].End:d.toks[a].Start]) && !quantityBreaks[d.toks[a-1].Norm] {
		if p := d.toks[a-1]; !strings.HasSuffix(p.Norm, "ing") && verbLike(d, a-1) || d.inQuote(p.Start) >= 0 {
			return 0, false // "…, who leads about 900 crews, said": a verb's object
		}
		placed = placed || placePrepositions[d.toks[a-1].Norm]
		a--
	}
	if t := d.toks[k]; !quantityHead(t) && !(placed && !t.Stop && !verbish(t.Norm)) {
		return 0, false // "… in a prison and says …", "10 percentage points"
	}
	if a == k-maxQuantityWords {
		return 0, false
	}
	x := a
	for x < k && quantityHedges[d.toks[x].Norm] {
		x++ // "only about", "more than", "at least"
	}
	t := d.toks[x]
	switch {
	case t.Number || numberWords[t.Norm] && (!t.Capital || x == i0):
		// "61 percent", "Thirty-seven percent", "4 in 10", "34,000 people", "33%,";
		// a number alone is an age or a count of things ("Ada Brook, 69, told",
		// "758 pledged"), and a sum is no one ("$58 million")
		alone := x == k && !strings.Contains(d.s[t.End:nextStart(d, k)], "%")
		return a, !alone && (x == 0 || !strings.ContainsAny(d.s[d.toks[x-1].End:t.Start], "$£€"))
	case shareWords[t.Norm] || (t.Norm == "a" || t.Norm == "one" || t.Norm == "two" || t.Norm == "three") && x < k && shareWords[d.toks[x+1].Norm]:
		return a, true // "a third of pilots", "two-thirds", "half", "a majority"
	case quantityWords[t.Norm] && (x == k || d.toks[x+1].Norm == "of" || d.toks[x+1].Norm == "in" || x+1 == k && isSpeakerNoun(d.toks[k].Norm)):
		return a, true // "Most in Kelby", "many of them", "Few", "some voters"
	case x > a && quantityWords[d.toks[x-1].Norm] && x == k && strings.HasSuffix(t.Norm, "s") && !t.Capital:
		return a, true // "Some pilots", not the hedge of "some 40 percent"
	}
	return 0, false
}

// quantityHead reports whether t may end a quantified subject: people
// ("riders", "the crowd"), a name, the share or count itself ("61
// percent", "Few") or a pronoun ("most of them"). "10 percentage points",
// "a five-year harbour plan" end in no such word; a place may end the
// subject too, after its preposition ("in each town").
func quantityHead(t text.Token) bool {
	w := t.Norm
	switch {
	case t.Number, shareWords[w], quantityWords[w], quantityEnds[w], numberWords[w], w == "percent":
		return true
	case t.Stop || verbish(w):
		return false
	}
	return t.Capital || isSpeakerNoun(w) || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// verbish reports whether w reads as a verb's past or present form.
func verbish(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularPast[w] || cueVerbs[w] != "" && !strings.HasSuffix(w, "s")
}

// maxQuantityWords bounds a quantified subject: "About two-thirds of
// harbour voters in all five towns voting Tuesday".
const maxQuantityWords = 16

// quantityBreaks end the walk back to a quantified subject's start: a
// conjunction or a subordinator opens its clause.
var quantityBreaks = wordSet(`and but while whereas although though because since if when that as or yet`)

// quantityEnds are the small words that may end a quantified subject:
// "most of them", "half of those".
var quantityEnds = wordSet(`them those these us you`)

// quantityHedges stand before a share or a count: "only about 4 in 10".
var quantityHedges = wordSet(`only just about nearly roughly almost around over under approximately
	more less fewer than at least an estimated slightly some not`)

// shareWords name a share of a group.
var shareWords = wordSet(`half third thirds quarter quarters fifth fifths majority plurality minority`)

// quantityWords count people without a number: "Most want …", "Few believe …".
var quantityWords = wordSet(`most many few several some everyone nobody none others both`)

// coordinated reports whether the verb at c is joined to an earlier verb
// of its clause: "and" or "but" is the token k before it, or ", then"
// follows k.
func coordinated(d *doc, k, c int) bool {
	switch d.toks[k].Norm {
	case "and", "but":
		return true
	}
	return k+1 < c && d.toks[k+1].Norm == "then" && strings.Contains(d.s[d.toks[k].End:d.toks[k+1].Start], ",")
}

// infinitiveVerbs take an infinitive of what their subject wants, means or
// refuses to do: "refused to entertain the idea", "vowed to fight on".
var infinitiveVerbs = wordSet(`refuse decide decline want plan vow pledge promise agree threaten hope seek
	choose opt aim intend wish desire expect urge vote`)

// cueIsVerb reports whether the cue word at c, after a described subject,
// is the clause's verb rather than the noun that ends its subject ("a
// simple question elicits …", "the new plan is …").
func cueIsVerb(d *doc, j0, c int) bool {
	w := d.toks[c].Norm
	if nounCues[w] || pluralNounCues[w] {
		return false
	}
	if c+1 >= j0 || d.toks[c+1].Norm == "that" || !d.gapClean(c, c+1, -1) {
		return true
	}
	n := d.toks[c+1]
	presentVerb := strings.HasSuffix(n.Norm, "s") && !strings.HasSuffix(n.Norm, "ss") && !n.Capital && c+2 < j0 && nounMarker(d.toks[c+2].Norm)
	return !mainVerb(n) && !presentVerb // "a simple question elicits a …"
}
