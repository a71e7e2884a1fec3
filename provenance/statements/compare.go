package statements

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// Thresholds of the comparison. A passage is "found" when most of the
// copy's content words are in it or most of its words line up.
const (
	foundCoverage   = 0.6
	foundRatio      = 0.5
	nearVerbatim    = 0.8
	mergedMinWords  = 3
	candidatesPerQ  = 4
	droppedCoverage = 0.6
)

// comparer holds both analysed texts of one Compare call.
type comparer struct {
	cd, sd *doc
	ix     *sourceIndex
	ss     []Statement
	ssByte []span // byte span of each source statement's content
	// ssIx and csIx find the source statements (by bytes) and the copy
	// statements (by code points) meeting a region.
	ssIx, csIx *spanIndex
	// srcNumbers holds every number of the source, once one is asked for.
	srcNumbers numberSet
	// sreg resolves the source's names, once a pronoun of the copy needs
	// a source speaker's gender; creg the copy's, once a speaker named by
	// a bare surname needs the copy's later mentions.
	sreg, creg *registry
	// copyNames and srcNames find the namesakes of each text, once a bare
	// surname may mean one of two people.
	copyNames, srcNames *namesakes
	cs                  []Statement
	// titleFlagged holds the speakers already given a speaker-title-changed
	// finding, by lower-cased name.
	titleFlagged map[string]bool
	// bySpeaker groups the source statements by speaker, sameSpeakerOf
	// keeps which of them each copy speaker may be, and loosePs indexes
	// the passages loosePara weighs.
	bySpeaker     map[speakerKey][]int
	sameSpeakerOf map[speakerKey][]bool
	loosePs       *loosePassages
	// sentNums, srcAt and copyAt keep what numbersIn, srcIndex and
	// copyHasBefore found.
	sentNums      map[[2]int]numberSet
	srcAt, copyAt map[string]int
	// quoteKeys counts the direct statements of the copy and of the
	// original by their words (quoteCount).
	quoteKeys map[string][2]int
}

// Compare checks every statement of copyText against sourceText. It returns
// one Check per statement of the copy, in copy order, and the findings,
// each with evidence in both texts: the statements' own, and the key facts
// the lead and other sentences change (KeyFactDrift).
func Compare(copyText, sourceText string, opts Options) ([]Check, []finding.Finding) {
	cd, sd := newDoc(copyText, opts.Language), newDoc(sourceText, opts.Language)
	cd.credits = creditSpans(cd, opts.Credits)
	c := &comparer{cd: cd, sd: sd, ix: newSourceIndex(sd), ss: checkable(findIn(sd)), titleFlagged: map[string]bool{}}
	for _, st := range c.ss {
		c.ssByte = append(c.ssByte, span{sd.runes.ByteOffset(st.Content.Start), sd.runes.ByteOffset(st.Content.End)})
	}
	cs := c.worthChecking(uncredited(cd, checkable(findIn(cd))))
	c.cs = cs
	c.ssIx, c.csIx = newSpanIndex(c.ssByte), newSpanIndex(contentSpans(cs))
	checks := make([]Check, 0, len(cs))
	var fs []finding.Finding
	cues := make([]attribution, len(cs))
	for i, st := range cs {
		cues[i] = attribution{cue: st.Cue}
		if k := anchorOf(cs, i); k >= 0 && cs[k].Kind == Direct && checks[k].Verdict == Misattributed && checks[k].Source != nil {
			// "“A,” X said. “B.”" gives B to X as firmly as A: when A is
			// misattributed, B is too if the original gives it to A's speaker
			cues[i] = attribution{cue: cues[k].cue, srcSpeaker: checks[k].Source.Speaker}
		}
		ck, f := c.check(st, cues[i])
		checks = append(checks, ck)
		fs = append(fs, f...)
	}
	fs = append(fs, c.droppedAttributions()...)
	drift := keyFactDrift(cd, sd, checks, fs)
	fs = append(explainedNotFound(fs, drift), drift...)
	fs = withoutClaimedMarks(withoutNestedMisattributions(withoutNestedHedges(withoutNestedNotFound(dedupe(fs)))))
	fs = withoutNestedClaims(withoutQuotedAlterations(withoutNestedAlterations(fs)))
	finding.Sort(fs)
	return misattributedWithin(checks), fs
}

// misattributedWithin marks a quote misattributed when it stands inside a
// statement of the same speaker found misattributed: in "X said the results
// were “promising”", the original's words, quote marks and all, are
// someone else's, however short the quote. A quote whose own passage the
// original gives to that speaker keeps its verdict: "X said A and called
// it “B”" may join Y's A to X's own B.
func misattributedWithin(checks []Check) []Check {
	for i := range checks {
		ck := &checks[i]
		if ck.Verdict != Misattributed || ck.Kind == Direct {
			continue
		}
		for j := range checks {
			in := &checks[j]
			if j != i && in.Kind == Direct && in.Verdict != Misattributed && in.Verdict != NotFound && in.Speaker == ck.Speaker &&
				ck.Span.Start <= in.Span.Start && in.Span.End <= ck.Span.End && (in.Source == nil || !sameSpeaker(in.Source.Speaker, in.Speaker)) {
				in.Verdict = Misattributed
			}
		}
	}
	return checks
}

// worthChecking drops the copy's reported statements of fewer than two
// content words ("agree with him", "said the same of Sanders"): no
// passage of the original can confirm or deny them.
func (c *comparer) worthChecking(sts []Statement) []Statement {
	out := sts[:0]
	for _, st := range sts {
		if st.Kind != Reported || contentWords(c.copyTokens(st.Content)) >= 2 {
			out = append(out, st)
		}
	}
	return out
}

// checkable drops the stances and evidential quotes ("the deal seemed to
// …"): they credit an act or hedge a sentence rather than put words in a
// mouth, and as source statements they would hide the attributed
// statements they overlap.
func checkable(sts []Statement) []Statement {
	out := sts[:0]
	for _, st := range sts {
		if st.Kind != Stance && !evidentials[st.Cue] {
			out = append(out, st)
		}
	}
	return out
}

// attribution is what attributes a statement of the copy: its cue, and
// for a linked quote its anchor's cue and the source speaker the anchor's
// words belong to, which the linked quote's source must share.
type attribution struct {
	cue, srcSpeaker string
}

// anchorOf is the index of the statement a linked quote continues: the
// latest earlier statement with the same speaker, or -1. Only a quoted
// anchor carries its speaker over: reported speech is read too loosely.
func anchorOf(cs []Statement, i int) int {
	if !cs[i].Linked || cs[i].Speaker == nil {
		return -1
	}
	for k := i - 1; k >= 0; k-- {
		if cs[k].Speaker == cs[i].Speaker {
			return k
		}
	}
	return -1
}

func (c *comparer) copyTokens(sp text.Span) []text.Token {
	i, j := c.cd.tokRange(c.cd.runes.ByteOffset(sp.Start), c.cd.runes.ByteOffset(sp.End))
	return c.cd.toks[i:j]
}

// best aligns copy tokens with the top candidate units of the source.
func (c *comparer) best(ct []text.Token, direct bool) (alignment, bool) {
	return c.bestBy(ct, direct, nil)
}

// bestBy is best for a statement of speaker sp: of two passages that match
// alike, it prefers the one the original gives to sp, so words repeated in
// a headline or a summary are compared with the speaker's own.
func (c *comparer) bestBy(ct []text.Token, direct bool, sp *Speaker) (alignment, bool) {
	cands := c.ix.candidates(ct, candidatesPerQ)
	if len(cands) == 0 {
		return c.bestOf(ct, direct, sp, c.verbatimUnit(ct))
	}
	best, ok := c.bestOf(ct, direct, sp, cands)
	if !ok || best.share < 1 {
		// mostly stop words ("This one is for you"): the index may offer
		// other passages that share a word or two; the words themselves may
		// stand in the original all the same
		if v := c.verbatimUnit(ct); len(v) > 0 && !slices.Contains(cands, v[0]) {
			if al, vok := c.bestOf(ct, direct, sp, v); vok && (!ok || al.score > best.score) {
				best, ok = al, vok
			}
		}
	}
	return best, ok
}

// verbatimUnit is the indexed unit of the source where the copy's words ct
// stand verbatim, if any.
func (c *comparer) verbatimUnit(ct []text.Token) []int {
	if len(ct) == 0 {
		return nil
	}
	if at := c.srcIndex(c.cd.s[ct[0].Start:ct[len(ct)-1].End]); at >= 0 {
		if si := c.unitAt(at); si >= 0 {
			return []int{si}
		}
	}
	return nil
}

// bestOf is the best alignment of ct with the units cands, and whether it
// is good enough to call the words found.
func (c *comparer) bestOf(ct []text.Token, direct bool, sp *Speaker, cands []int) (alignment, bool) {
	var best alignment
	ok := false
	p := c.ix.newPassage(ct)
	for _, si := range cands {
		al := c.ix.align(p, si, 1)
		if direct && al.share < 1 {
			// a copy may join two quotations the original sets in sentences
			// of their own around "X replied." (see joinQuotes): the words
			// the near window leaves out may be two sentences away
			if wide := c.ix.align(p, si, 2); wide.share > al.share {
				al = wide
			}
		}
		al.score = al.coverage + al.ratio + 0.1*c.sameQuoting(ct, al) + 0.1*c.saidBy(al, sp)
		if !ok || al.score > best.score {
			best, ok = al, true
		}
	}
	if !ok {
		return best, false
	}
	if direct {
		// a quote is the speaker's words: most of them must be there in order
		return best, best.share >= 0.5 || best.coverage >= 0.75 && best.share >= 0.3
	}
	return best, best.coverage >= foundCoverage && (best.share >= 0.3 || contentWords(ct) >= 8) || best.ratio >= foundRatio && best.share >= 0.5
}

// saidBy is 1 when the original gives the passage al aligns with to sp,
// and 0 otherwise.
func (c *comparer) saidBy(al alignment, sp *Speaker) float64 {
	if sp == nil || al.srcTok[1] <= al.srcTok[0] {
		return 0
	}
	b, _ := c.regionSpan(al)
	for _, other := range c.speakersAt(b) {
		if sameSpeaker(other.Name, sp.Name) {
			return 1
		}
	}
	return 0
}

// sameQuoting is the share of aligned words quoted alike in both texts, so
// a quote prefers the quoted one of two identical passages (a headline
// often repeats a quote without marks).
func (c *comparer) sameQuoting(ct []text.Token, al alignment) float64 {
	q := c.quoteMarks(ct, al)
	return 1 - ratio(q.dropped+q.added, q.matched)
}

// unitAt is the indexed unit of the source holding byte b, or -1.
func (c *comparer) unitAt(b int) int {
	us := c.ix.units
	k := sort.Search(len(us), func(k int) bool { return us[k].end > b })
	if k < len(us) && us[k].start <= b {
		return k
	}
	return -1
}

// regionSpan is the source span of an alignment's matched tokens.
func (c *comparer) regionSpan(al alignment) (span, text.Span) {
	b := span{c.sd.toks[al.srcTok[0]].Start, c.sd.toks[al.srcTok[1]-1].End}
	return b, c.sd.span(b.start, b.end)
}

// statementAt is the source statement overlapping b most, or -1; of two
// that overlap it alike, the one with a speaker.
func (c *comparer) statementAt(b span) int {
	best, bestOv := -1, 0
	for _, i := range c.ssIx.near(b) {
		s := c.ssByte[i]
		// of statements with the same words, one with a speaker, and
		// better one that names it, says whose words they are
		ov := 4 * (min(s.end, b.end) - max(s.start, b.start))
		if ov > 0 && c.ss[i].Speaker != nil {
			ov++
		}
		if ov > 0 && sourced(c.ss[i].Speaker) {
			ov += 2
		}
		if ov > bestOv {
			best, bestOv = i, ov
		}
	}
	return best
}

func speakerTitle(sp *Speaker) string {
	if sp == nil {
		return ""
	}
	switch {
	case sp.Title != "" && sp.Affiliation != "":
		return sp.Title + ", " + sp.Affiliation
	case sp.Title != "":
		return sp.Title
	}
	return sp.Affiliation
}

func speakerName(sp *Speaker) string {
	if sp == nil {
		return ""
	}
	return sp.Name
}

// check gives the verdict on one statement of the copy, attributed by at.
func (c *comparer) check(st Statement, at attribution) (Check, []finding.Finding) {
	ck := Check{Kind: st.Kind, Text: st.Content.Text, Span: st.Content, Speaker: speakerName(st.Speaker), SpeakerTitle: speakerTitle(st.Speaker)}
	ct := compared(c.copyTokens(st.Content))
	al, ok := c.bestBy(ct, st.Kind == Direct, st.Speaker)
	if !ok && st.Kind == Reported && len(ct) > 0 {
		if m, ok := c.loosePara(st, ct); ok {
			return c.paraphraseOf(st, m)
		}
	}
	if len(ct) == 0 || !ok {
		ck.Verdict = NotFound
		return ck, []finding.Finding{c.notFound(st)}
	}
	if st.Kind == Direct {
		al = c.trimToQuotes(ct, al)
	}
	if st.Kind == Direct {
		al = c.withTrailingNegation(al)
	}
	ci, cj := c.cd.tokRange(c.cd.runes.ByteOffset(st.Content.Start), c.cd.runes.ByteOffset(st.Content.End))
	al = c.withLeadingWords(al, ci)
	rb, rs := c.regionSpan(al)
	si := c.statementFor(rb, st.Kind)
	var srcSt *Statement
	if si >= 0 {
		srcSt = &c.ss[si]
	}
	m := &match{st: st, ct: ct, src: c.sd.toks[al.srcTok[0]:al.srcTok[1]], al: al, qm: c.quoteMarks(ct, al), cspan: st.Content, rs: rs, srcText: c.sd.s, copyText: c.cd.s}
	m.factSrc = withoutDroppedAppositives(c.sd, al.srcTok[0], al.srcTok[1], ct)
	var elisions []elision
	if st.Kind == Direct {
		elisions = c.readQuote(m, span{c.cd.runes.ByteOffset(st.Content.Start), c.cd.runes.ByteOffset(st.Content.End)})
		rs = m.rs
	}
	st2, ct2 := cueAfter(c.sd, al.srcTok[1], c.trailingCueOf(rb, &st, srcSt)), cueAfter(c.cd, cj, &st)
	m.negatedCue = negatedBefore(c.sd, al.srcTok[0]) != negatedBefore(c.cd, ci) || negatorCount(st2) != negatorCount(ct2)
	if st.Kind != Direct && (m.negatedCue || oppositesBetween(slices.Concat(cueWindow(c.sd, al.srcTok[0]), st2), slices.Concat(cueWindow(c.cd, ci), ct2)) > 0) &&
		cueReversed(c.sd, al.srcTok[0], slices.Concat(m.factSrc, st2), c.cd, ci, slices.Concat(ct, ct2)) {
		m.cueReversed, m.al.exact = true, false
		c.withCueNegation(m, al, cueWindow(c.cd, ci))
		rs = m.rs
	}
	a, z := c.sentTok(al.srcTok[0], false), c.sentTok(al.srcTok[1]-1, true)
	m.sent, m.sentTokens, m.srcNumbers = c.sd.span(c.sd.toks[a].Start, c.sd.toks[z-1].End), c.sd.toks[a:z], c.numbers()
	m.nestsQuote = st.Kind != Direct && c.nestsQuote(st.Content)
	m.sentNumbers = func() numberSet { return c.numbersIn(a, z) }
	ck.Source = &Source{Span: rs, Kind: "unattributed"}
	if si >= 0 {
		ck.Source.Kind, ck.Source.Speaker, ck.Source.SpeakerTitle = string(srcSt.Kind), speakerName(srcSt.Speaker), speakerTitle(srcSt.Speaker)
	}
	if m.srcQuoted() {
		ck.Source.Kind = string(Direct)
	}
	fs := m.verdict(&ck)
	if ck.Verdict == Verbatim {
		fs = append(fs, m.elisionNotes(elisions)...)
	}
	if ck.Verdict == Altered && st.Kind == Direct && st.Speaker != nil {
		c.nameBorrowedWords(fs, m, st.Speaker)
	}
	if len(ct) >= minSpeakerWords {
		fs = append(fs, c.speakerFindings(st, at, srcSt, rb, &ck, m.cspan, rs)...)
		fs = append(fs, c.mergedClaims(st, al, si, m.cspan)...)
	} else if c.shortQuoteMoved(&st, srcSt, ck.Verdict, rb) {
		fs = append(fs, c.speakerFindings(st, at, srcSt, rb, &ck, m.cspan, rs)...)
	}
	if st.Kind != Direct && contentWords(ct) >= 2 || len(ct) >= minSpeakerWords {
		hs := c.hedgeDrift(al, ct, cueOutside(&st, st.Content.Start, st.Content.End), cueOutside(srcSt, rs.Start, rs.End), m.cspan, rs)
		fs = append(fs, m.withoutNegatedHedges(hs)...)
	}
	if st.Kind == Reported {
		fs = append(fs, c.unsupportedClauses(ct, func(k int) bool { return m.al.matched[k] >= 0 })...)
	}
	return ck, fs
}

// minClauseWords is how many content words a clause joined to a reported
// statement needs before it is checked on its own.
const minClauseWords = 4

// unsupportedClauses finds the clauses a reported statement joins with
// "and that" or "but that" whose words, all but a quarter, neither the
// passage matched for the statement (in reports whether it holds ct[k])
// nor any other passage of the original holds: "X wrote that A, and that
// B" where the original has A and nothing of B puts an invented claim in
// X's mouth behind a faithful one.
func (c *comparer) unsupportedClauses(ct []text.Token, in func(k int) bool) []finding.Finding {
	var fs []finding.Finding
	for _, cl := range joinedClauses(ct) {
		words, held := 0, 0
		for k := cl[0]; k < cl[1]; k++ {
			if _, ok := indexKey(ct[k]); ok && !ct[k].Stop {
				words++
				held += b2i(in(k))
			}
		}
		if words < minClauseWords || 4*held > words {
			continue
		}
		if o, ok := c.best(ct[cl[0]:cl[1]], false); ok && o.coverage >= droppedCoverage {
			continue // the original says it elsewhere
		}
		cspan := c.cd.span(ct[cl[0]].Start, ct[cl[1]-1].End)
		fs = append(fs, finding.New(finding.StatementNotFound, fmt.Sprintf("The statement adds to what the original supports a clause it does not support: %q.", clip(cspan.Text)),
			finding.Evidence{Copy: &cspan, Detail: fmt.Sprintf("rule=statement-not-found: %d of the clause's %d content words are in the passage matched for the statement, and no other passage holds most of them", held, words)}))
	}
	return fs
}

// joinedClauses returns the token ranges of ct's clauses after the first
// that "and that" or "but that" opens.
func joinedClauses(ct []text.Token) [][2]int {
	var starts []int
	for k := 1; k+1 < len(ct); k++ {
		if ct[k].Norm == "that" && (ct[k-1].Norm == "and" || ct[k-1].Norm == "but") {
			starts = append(starts, k+1)
		}
	}
	out := make([][2]int, len(starts))
	for i, s := range starts {
		end := len(ct)
		if i+1 < len(starts) {
			end = starts[i+1] - 2
		}
		out[i] = [2]int{s, end}
	}
	return out
}

// withoutNegatedHedges drops the hedge findings below an error on a
// statement that reverses a negation: "did not believe any others were
// involved" → "believed others were involved" drops the negation, which is
// reported as such, rather than hedging a firm statement; "denied that" →
// "confirmed that" reverses the claim rather than firming it up.
func (m *match) withoutNegatedHedges(fs []finding.Finding) []finding.Finding {
	if len(fs) == 0 || !m.cueReversed && !negationReversed(m.factSrc, m.ct) {
		return fs
	}
	return slices.DeleteFunc(fs, func(f finding.Finding) bool {
		return f.Code == finding.HedgeWeakened || m.cueReversed && f.Severity != finding.Error
	})
}

// maxCheckTokens bounds the words of a statement, or of a sentence that
// holds none, that are aligned and diffed with the source: a diff takes
// time in the cube of their length at worst (a long passage repeating
// itself with small changes). No statement or sentence of PolNeAR is
// longer than 1,348 tokens; a longer one is a page set in one quotation
// or one endless sentence, and only its first maxCheckTokens are compared.
const maxCheckTokens = 1500

// compared is the part of a statement's tokens that Compare compares.
func compared(ct []text.Token) []text.Token {
	return ct[:min(len(ct), maxCheckTokens)]
}

// nameBorrowedWords says, on an altered quote's finding, whose words the
// copy added when the original gives them to another speaker than the
// copy's, sp: a quote made of two people's words ("…small pool. These 120 posts are not a
// luxury") puts the second's words in the first's mouth. The words may
// align within the passage found (two quotations joined across their
// attributions) or elsewhere in the original.
func (c *comparer) nameBorrowedWords(fs []finding.Finding, m *match, sp *Speaker) {
	name, words := c.otherSpeakerWithin(m, sp)
	if name == "" {
		name, words = c.otherSpeakerElsewhere(m, sp)
	}
	if name == "" {
		return
	}
	for i := range fs {
		if fs[i].Code == finding.QuoteAltered {
			fs[i].Message += fmt.Sprintf(" Its words \"%s\" are %s's in the original.", clip(words), name)
			fs[i].Evidence.Detail += "; words added from a quote by " + name
		}
	}
}

// otherSpeakerWithin finds a quotation of another speaker than sp inside
// the passage the quote aligned with, whose words the copy repeats (at
// least three content words), and returns the speaker and those words.
func (c *comparer) otherSpeakerWithin(m *match, sp *Speaker) (string, string) {
	for _, k := range c.ssIx.near(c.tokenBytes(m.al.srcTok)) {
		o := c.ss[k]
		i, j := c.sd.tokRange(c.ssByte[k].start, c.ssByte[k].end)
		if o.Kind != Direct || j <= m.al.srcTok[0] || i >= m.al.srcTok[1] || !namedOther(o.Speaker, sp) {
			continue
		}
		first, last, n := -1, -1, 0
		for x, src := range aligned(m) {
			if src >= i && src < j {
				if first < 0 {
					first = x
				}
				last = x
				if _, ok := indexKey(m.ct[x]); ok {
					n++
				}
			}
		}
		if n >= 3 {
			return o.Speaker.Name, c.cd.s[m.ct[first].Start:m.ct[last].End]
		}
	}
	return "", ""
}

// otherSpeakerElsewhere aligns the longest run of the quote's words found
// nowhere in its passage with the rest of the original, and returns the
// speaker of the quotation it stands in, if another than sp.
func (c *comparer) otherSpeakerElsewhere(m *match, sp *Speaker) (string, string) {
	run := longestUnmatched(aligned(m))
	added := m.ct[run[0]:run[1]]
	if contentWords(added) < 3 {
		return "", ""
	}
	al, ok := c.best(added, true)
	if !ok || al.coverage < 0.6 {
		return "", ""
	}
	rb, _ := c.regionSpan(al)
	k := c.statementFor(rb, Direct)
	if k < 0 || !namedOther(c.ss[k].Speaker, sp) {
		return "", ""
	}
	return c.ss[k].Speaker.Name, c.cd.s[added[0].Start:added[len(added)-1].End]
}

// aligned is, per token of the copy's words m.ct, the source token it
// matched or -1; nil when reading the quote with an editor's licence
// (ellipsis, brackets) changed the words since they were aligned.
func aligned(m *match) []int {
	if len(m.al.matched) != len(m.ct) {
		return nil
	}
	return m.al.matched
}

// tokenBytes is the byte span of the source tokens [r[0], r[1]).
func (c *comparer) tokenBytes(r [2]int) span {
	if r[1] <= r[0] {
		return span{}
	}
	return span{c.sd.toks[r[0]].Start, c.sd.toks[r[1]-1].End}
}

// namedOther reports whether o is a known speaker other than sp.
func namedOther(o, sp *Speaker) bool {
	return o != nil && o.Kind != "unknown" && !sameSpeaker(o.Name, sp.Name)
}

// longestUnmatched is the longest run [i, j) of copy tokens the alignment
// matched to nothing.
func longestUnmatched(matched []int) [2]int {
	best, start := [2]int{}, -1
	for k := 0; k <= len(matched); k++ {
		if k < len(matched) && matched[k] < 0 {
			if start < 0 {
				start = k
			}
			continue
		}
		if start >= 0 && k-start > best[1]-best[0] {
			best = [2]int{start, k}
		}
		start = -1
	}
	return best
}

// withTrailingNegation takes into the source passage the negations that
// close its quotation after the last word the copy matched ("Das Geld
// reicht nicht" → "Das Geld reicht"): the alignment stops at its last
// match, so a negation dropped at a quote's end would go unseen.
func (c *comparer) withTrailingNegation(al alignment) alignment {
	toks, end := c.sd.toks, al.srcTok[1]
	if end <= 0 || end > len(toks) {
		return al
	}
	q := c.sd.inQuote(toks[end-1].Start)
	k := end
	for q >= 0 && k < len(toks) && k < end+2 && c.sd.inQuote(toks[k].Start) == q && isNegation(toks[k].Norm) {
		k++
	}
	if k == end || k < len(toks) && c.sd.inQuote(toks[k].Start) == q {
		return al // nothing dropped, or the quotation goes on past it
	}
	al.srcTok[1], al.exact = k, false
	return al
}

// withLeadingWords takes into the source passage the negations and the
// words bounding a number that stand just before the first word the copy
// matched, when the copy has none there: "no factories would be closed"
// → "factories would be closed", "Nearly 40%" → "40%". The alignment
// starts at its first match, so a word dropped at the start of a statement
// would go unseen. ci is the copy statement's first token.
func (c *comparer) withLeadingWords(al alignment, ci int) alignment {
	toks, k := c.sd.toks, al.srcTok[0]
	if k <= 0 || k >= len(toks) || len(al.matched) == 0 || al.matched[0] != k {
		return al // the copy starts with words of its own, which the diff weighs
	}
	q, from := c.sd.inQuote(toks[k].Start), k
	if n := boundBefore(toks, k); n > 0 && boundBefore(c.cd.toks, ci) == 0 {
		k -= n
	}
	for k > 0 && k > from-4 && isNegation(toks[k-1].Norm) && !negatedBefore(c.cd, ci) && !deniedBefore(c.cd, ci) {
		k--
	}
	for x := k; x < from; x++ {
		if c.sd.inQuote(toks[x].Start) != q || !c.sd.gapClean(x, x+1, -1) {
			return al // the words belong to another quotation or clause
		}
	}
	if k < from {
		al.srcTok[0], al.exact = k, false
	}
	return al
}

func (c *comparer) notFound(st Statement) finding.Finding {
	cspan := st.Content
	code, what := finding.StatementNotFound, "statement"
	if st.Kind == Direct {
		code, what = finding.QuoteNotFound, "quote"
	}
	return finding.New(code, fmt.Sprintf("The %s \"%s\" has no support in the original.", what, clip(st.Content.Text)),
		finding.Evidence{Copy: &cspan, Detail: fmt.Sprintf("rule=%s: searched %d source sentences by content words, names and numbers; no passage holds most of its words", code, len(c.sd.sents))})
}

// match is one statement of the copy aligned with its source passage.
type match struct {
	st      Statement
	ct, src []text.Token
	// factSrc is src without the names set off by commas that the copy
	// leaves out ("the chief executive, Lena Fischer, asked"): dropping
	// one changes no fact of the statement.
	factSrc []text.Token
	// negatedCue is set when one text negates the verb before the words
	// and the other does not: "did not believe it would be ready" against
	// "believed it would not be ready" moves the negation, not its sense.
	negatedCue bool
	// cueReversed is set when the negations of cue and words together
	// differ in number: "did not believe any others were involved" →
	// "believed others were involved" reverses the claim.
	cueReversed bool
	// sent spans the source sentences holding src, sentNumbers gives
	// their numbers, and srcNumbers are all the numbers the source gives:
	// a reworded statement is checked against them for a number the
	// original never gave.
	sent        text.Span
	sentTokens  []text.Token
	sentNumbers func() numberSet
	srcNumbers  numberSet
	// nestsQuote is set when a quote of the copy stands inside the
	// statement ("members were “angry and reckless”").
	nestsQuote bool
	al         alignment
	qm         quoteMarks
	cspan, rs  text.Span
	// srcText and copyText are the texts, to show the diff's words as
	// they write them.
	srcText, copyText string
}

func (m *match) ev(detail string) finding.Evidence {
	cs, rs := m.cspan, m.rs
	return finding.Evidence{Copy: &cs, Source: &rs, Detail: detail}
}

// srcQuoted tells whether most aligned source words stand in a quotation.
func (m *match) srcQuoted() bool { return m.qm.srcQuoted*2 >= m.qm.matched }

func (m *match) altered(ck *Check, code finding.Code, msg string) finding.Finding {
	ck.Verdict, ck.Diff = Altered, writtenDiff(m.srcText, m.copyText, m.src, m.ct)
	f := finding.New(code, fmt.Sprintf(msg, clip(m.st.Content.Text)), m.ev(""))
	f.Severity, f.Evidence.Detail = alterationSeverity(code, m.factSrc, m.ct)
	if m.cueReversed {
		f.Severity = finding.Error
		f.Evidence.Detail += "; its cue and words reverse the original's (a negation or an opposite word)"
	}
	return f
}

// verdict compares the words and quote marks of the statement with its
// source passage.
func (m *match) verdict(ck *Check) []finding.Finding {
	st, al, qm, words := m.st, m.al, m.qm, clip(m.st.Content.Text)
	dropped := qm.dropped >= 3 && qm.dropped*2 >= qm.matched
	switch {
	case st.Kind == Direct && m.srcQuoted() && al.exact:
		ck.Verdict = Verbatim
	case st.Kind == Direct && m.srcQuoted():
		return []finding.Finding{m.altered(ck, finding.QuoteAltered, "The quote \"%s\" differs from the original's words.")}
	case st.Kind == Direct:
		ck.Verdict = Paraphrased
		if al.exact {
			ck.Verdict = Verbatim
		}
		if qm.added >= 2 && qm.added*2 >= qm.matched {
			return []finding.Finding{finding.New(finding.QuoteMarksAdded, fmt.Sprintf("The copy quotes \"%s\", which the original does not quote.", words),
				m.ev(fmt.Sprintf("rule=quote-marks-added: %d of the %d matching source words stand outside any quotation", qm.added, qm.matched)))}
		}
	case dropped && al.ratio >= nearVerbatim && m.changesFacts():
		// one finding for the one problem: the words changed, and the marks
		// that would show they are the speaker's are gone too
		f := m.altered(ck, finding.QuoteAltered, "Reported speech changes the quoted words of the original: \"%s\".")
		f.Evidence.Detail += fmt.Sprintf("; the quote marks are dropped (%d of the %d matching words)", qm.dropped, qm.matched)
		return []finding.Finding{f}
	case dropped && m.rewordedChange() != "":
		return []finding.Finding{m.reworded(ck, finding.QuoteAltered, "Reported speech of the original's quote \"%s\" "+m.rewordedChange()+".")}
	case dropped && al.ratio >= nearVerbatim:
		ck.Verdict = Paraphrased
		return []finding.Finding{m.marksDropped()} // the speaker's words, without their marks
	case dropped:
		ck.Verdict = Paraphrased
		return []finding.Finding{finding.New(finding.QuoteParaphrased, fmt.Sprintf("A quote of the original is rendered as reported speech: \"%s\".", words),
			m.ev(fmt.Sprintf("rule=quote-paraphrased: %d of the %d matching words are quoted in the source but not in the copy", qm.dropped, qm.matched)))}
	case al.exact:
		ck.Verdict = Verbatim
	case al.ratio >= nearVerbatim && m.changesFacts():
		// reported words kept but a number, name or negation changed
		return []finding.Finding{m.altered(ck, finding.StatementAltered, "The statement \"%s\" changes a number, name or negation of the original's words.")}
	case st.Kind == Reported && m.rewordedChange() != "":
		return []finding.Finding{m.reworded(ck, finding.StatementAltered, "The statement \"%s\" rewords the original and "+m.rewordedChange()+".")}
	default:
		ck.Verdict = Paraphrased
	}
	return nil
}

// rewordedChange names the fact a reworded statement changes in its
// source passage, or is "": a negation reversed ("had not been consulted"
// → "had been consulted"), or a number the original never gives put in
// place of one its sentence gives ("40 times" → "14 times").
func (m *match) rewordedChange() string {
	switch {
	case m.nestsQuote:
		return "" // the quote inside it is checked on its own
	case m.cueReversed:
		return "reverses what it says"
	case !m.negatedCue && negationReversed(m.factSrc, m.ct):
		return "reverses a negation in it"
	case !m.negatedCue && oppositeWord(m.factSrc, m.ct) != "":
		return "puts the opposite word in it (" + oppositeWord(m.factSrc, m.ct) + ")"
	case numberSwapped(m.sentNumbers(), m.ct, m.srcNumbers) || len(boundChanges(m.sentNumbers(), m.ct, m.srcNumbers)) > 0:
		return "changes a number in it"
	}
	return ""
}

// nestsQuote reports whether a direct quote of the copy lies inside span sp.
func (c *comparer) nestsQuote(sp text.Span) bool {
	for _, k := range c.csIx.near(span{sp.Start, sp.End}) {
		if o := c.cs[k]; o.Kind == Direct && sp.Start <= o.Content.Start && o.Content.End <= sp.End {
			return true
		}
	}
	return false
}

// reworded reports a reworded statement that changes a fact; for a
// number, whose source may stand anywhere in the sentence, the whole
// sentence is the evidence.
func (m *match) reworded(ck *Check, code finding.Code, msg string) finding.Finding {
	if !m.negatedCue && (numberSwapped(m.sentNumbers(), m.ct, m.srcNumbers) || len(boundChanges(m.sentNumbers(), m.ct, m.srcNumbers)) > 0) {
		m.src, m.rs = m.sentTokens, m.sent
	}
	return m.altered(ck, code, msg)
}

// withoutDroppedAppositives returns the tokens [lo, hi) of d without each
// run of capitalised words set off by commas after a lower-case word (an
// appositive name: "its chief executive, Lena Fischer,") whose words the
// copy ct does not use.
func withoutDroppedAppositives(d *doc, lo, hi int, ct []text.Token) []text.Token {
	used := map[string]bool{}
	for _, t := range ct {
		used[t.Norm] = true
	}
	out := d.toks[lo:hi:hi]
	for i := lo + 1; i < hi; i++ {
		if !d.toks[i].Capital || d.toks[i-1].Capital || !strings.Contains(d.s[d.toks[i-1].End:d.toks[i].Start], ",") {
			continue
		}
		j := i
		for j < hi && d.toks[j].Capital && !used[d.toks[j].Norm] && (j == i || d.gapClean(j-1, j, -1) || d.nameGap(j-1, j)) {
			j++
		}
		if j > i && j < len(d.toks) && j-i <= 4 && strings.Contains(d.s[d.toks[j-1].End:d.toks[j].Start], ",") {
			if len(out) == hi-lo {
				out = slices.Clone(out)
			}
			out = slices.DeleteFunc(out, func(t text.Token) bool { return t.Start >= d.toks[i].Start && t.End <= d.toks[j-1].End })
		}
		i = j
	}
	return out
}

// changesFacts reports whether the statement changes a fact of its source
// passage, a negation moved across the cue left aside.
func (m *match) changesFacts() bool {
	if m.cueReversed {
		return true
	}
	if !m.negatedCue {
		return changesFacts(m.factSrc, m.ct)
	}
	for _, fc := range factChanges(m.factSrc, m.ct) {
		if fc.kind != "negation" && fc.kind != "reversal" && fc.op == "insert" {
			return true
		}
	}
	return false
}

// negatedBefore reports whether a negation stands among the few words
// before token k of d, in its sentence: the cue's "did not believe".
func negatedBefore(d *doc, k int) bool {
	for x := k - 1; x >= 0 && x >= k-maxCueNegation; x-- {
		if t := d.toks[x]; isNegation(t.Norm) {
			return true
		} else if x+1 < len(d.toks) && strings.ContainsAny(d.s[t.End:d.toks[x+1].Start], ".!?;") {
			return false
		}
	}
	return false
}

// deniedBefore reports whether a verb that denies what follows stands
// among the few words before token k of d, in its sentence: the copy's
// own "denied there were “plans …”", "refused to “close …”", "ruled out
// …", which carries the negation the quoted words leave out.
func deniedBefore(d *doc, k int) bool {
	w := cueWindow(d, k)
	for i, t := range w {
		if denialWords[t.Stem] || failedTo(w, i) || t.Stem == "rule" && i+1 < len(w) && w[i+1].Norm == "out" {
			return true
		}
	}
	return false
}

// denialWords are the stems of the verbs that deny what they report.
var denialWords = func() map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Tokenize("deny denies denied reject dismiss refute rebut", "") {
		out[t.Stem] = true
	}
	return out
}()

// cueReversed reports whether a statement's cue and words, together,
// reverse the source's (the words src from token k of sd; the copy's ct
// from token ci of cd): the negations of both sides and the words one
// side replaces by their opposite make an odd count. "did not believe any
// others were involved" → "believed others were involved" reverses it,
// "denied that" → "confirmed that" too; a negation moved from the cue into
// the words, or "did not believe it would fail" → "believed it would
// succeed", keeps it; "refused to" or "failed to" negates as "not" does
// ("refused to admit" → "denied").
func cueReversed(sd *doc, k int, src []text.Token, cd *doc, ci int, ct []text.Token) bool {
	sw, cw := cueWindow(sd, k), cueWindow(cd, ci)
	s, c := slices.Concat(sw, src), slices.Concat(cw, ct)
	n := negationCount(s) + negationCount(c) + failedToCount(s) + failedToCount(c)
	return (n+oppositesBetween(s, c))%2 == 1
}

// cueAfter is the cue st gives after its words, which end at token end
// of d, with the negation and auxiliaries before it: "…, and the skipper
// did not agree" negates its cue there, as "did not believe that …" does
// before the words. A negation of another verb between ("…, I don't know
// what she was thinking") is not the cue's. It is nil for a cue before
// the words, or one too far off.
func cueAfter(d *doc, end int, st *Statement) []text.Token {
	if st == nil || st.CueSpan == nil || st.CueSpan.Start < st.Content.End {
		return nil
	}
	x, z := d.tokRange(d.runes.ByteOffset(st.CueSpan.Start), d.runes.ByteOffset(st.CueSpan.End))
	if x < end || z-end > maxCueAfter {
		return nil
	}
	for x > end && d.toks[x].Start-d.toks[x-1].End <= 1 && (d.toks[x-1].Stop || isNegation(d.toks[x-1].Norm) || failedTo(d.toks, x-1)) {
		x--
	}
	return d.toks[x:z:z]
}

// trailingCueOf is the statement of the original over b whose cue, after
// its words, is the copy's statement st's cue ("agreed", "did not agree"),
// or else srcSt: two statements may share words, each with its own cue
// ("…,” he said, adding that he doesn't want …").
func (c *comparer) trailingCueOf(b span, st, srcSt *Statement) *Statement {
	if st.CueSpan == nil || st.CueSpan.Start < st.Content.End {
		return srcSt
	}
	cue := text.Tokenize(st.Cue, "")
	for _, i := range c.ssIx.near(b) {
		s := &c.ss[i]
		if s.CueSpan == nil || s.CueSpan.Start < s.Content.End {
			continue
		}
		if sc := text.Tokenize(s.Cue, ""); len(sc) > 0 && len(cue) > 0 && sameVerb(sc[0].Stem, cue[0].Stem) {
			return s
		}
	}
	return srcSt
}

// maxCueAfter is how many words after a statement's words its cue and
// the cue's negation may take: "…, and the harbour master did not agree".
const maxCueAfter = 8

// cueWindow is the few words before token k of d, in its sentence, where
// a statement's cue and the cue's negation stand.
func cueWindow(d *doc, k int) []text.Token {
	x := k
	for x > 0 && x > k-maxCueNegation-1 && !strings.ContainsAny(d.s[d.toks[x-1].End:d.toks[x].Start], ".!?;") {
		x--
	}
	return d.toks[x:k:k]
}

// withCueNegation takes the source's negated or opposite cue ("did not
// believe", "denied") into the evidence and the diff of a statement whose
// cue the copy reversed, so they show what changed. cw is the copy's cue
// window.
func (c *comparer) withCueNegation(m *match, al alignment, cw []text.Token) {
	k := al.srcTok[0]
	sw := cueWindow(c.sd, k)
	x := k - len(sw)
	for x < k && !isNegation(c.sd.toks[x].Norm) && oppositesBetween(c.sd.toks[x:x+1], cw) == 0 {
		x++
	}
	if x == k {
		return
	}
	if x > 0 && c.sd.toks[x-1].Stop && c.sd.gapClean(x-1, x, -1) {
		x-- // "did not", "would not"
	}
	m.src = c.sd.toks[x:al.srcTok[1]]
	m.rs = c.sd.span(c.sd.toks[x].Start, c.sd.toks[al.srcTok[1]-1].End)
}

// maxCueNegation is how many words before a statement's words its cue's
// negation may stand: "did not publicly believe that".
const maxCueNegation = 5

// negationFlipped reports whether a reworded passage keeps words of the
// source on both sides of a negation it adds or drops: "residents had [not]
// been consulted". Two kept words on each side tie the negation to the
// same claim, not to another part of a looser paraphrase.
func negationFlipped(src, cp []text.Token) bool {
	if negationCount(src) == negationCount(cp) {
		return false // "believed … would not be ready" for "did not believe … would be ready": moved, not flipped
	}
	ops := wordDiff(src, cp)
	for i := 1; i+1 < len(ops); i++ {
		if ops[i].Op == "equal" || !onlyNegations(ops[i].Text) {
			continue
		}
		// a negation replaced by other words is followed by their insert,
		// not by kept words, and is a rewording
		if ops[i-1].Op == "equal" && ops[i+1].Op == "equal" && len(strings.Fields(ops[i-1].Text)) >= 2 && len(strings.Fields(ops[i+1].Text)) >= 2 {
			return true
		}
	}
	return false
}

// negationReversed reports whether a rewording reverses a negation of
// its source: next to kept words, or on the same claim however loosely
// reworded, either way round.
func negationReversed(src, cp []text.Token) bool {
	return negationFlipped(src, cp) || negationLost(src, cp) || negationLost(cp, src) || negationMoved(src, cp)
}

// negationMoved reports whether a rewording takes a negation out of one
// claim and puts one in another, each claim standing reversed in the other
// text ("the deck was not rotten, but the piles needed work" → "the deck
// was rotten, but the piles did not need work"): the two do not cancel
// (factChanges lists both), as they do moved across the cue or with the
// clause they bear on.
func negationMoved(src, cp []text.Token) bool {
	if !claimLost(src, cp) || !claimLost(cp, src) {
		return false
	}
	var del, ins bool
	for _, fc := range factChanges(src, cp) {
		del = del || fc.kind == "negation" && fc.op == "delete"
		ins = ins || fc.kind == "negation" && fc.op == "insert"
	}
	return del && ins
}

// negationLost reports whether text a negates a claim that b states
// plainly, however much else is reworded: a negation of a, the content
// word it governs (the first within three words after it), that word in b
// with no negation among the few words before it, and a second content
// word near it in both texts, which ties the two to the same claim
// ("These posts are not a luxury" → "the posts were a luxury").
func negationLost(a, b []text.Token) bool {
	if negatorCount(a)-negVerbNegationsDropped(a, b) <= negatorCount(b)+negVerbsPutIn(a, b) {
		return false // moved or reworded ("not sending" … "sends", "stopped short of" … "held off", "did not miss" … "made"), not lost
	}
	return claimLost(a, b)
}

// claimLost reports whether a claim a negates stands in b plainly, the
// negations a and b have in all left aside (see negationLost). A verb of
// delay for another before the act ("put off paying" for "held off
// paying") leaves it unplain.
func claimLost(a, b []text.Token) bool {
	for i, t := range a {
		if !isNegation(t.Norm) && (!failedTo(a, i) || negationGoverns(a, i)) {
			continue // "did not avoid paying", "never failed to pay": the act done
		}
		g := governed(a, i)
		if g < 0 {
			continue
		}
		key, _ := indexKey(a[g])
		if failedTo(a, i) && statesPlainly(a, key) {
			continue // "refused to take refugees or take measures": either "take" may be the copy's
		}
		for j := range b {
			if k, ok := indexKey(b[j]); ok && sameVerb(k, key) && !negatedNear(b, j) && !(failedTo(a, i) && framedAnew(b, j)) && !(delayVerb(a, i) && delayedAct(b, j)) && sharesNeighbour(a, g, b, j) {
				return true
			}
		}
	}
	return false
}

// negationGoverns reports whether a negation among the four words before
// a[g] bears on it.
func negationGoverns(a []text.Token, g int) bool {
	for k := max(0, g-4); k < g; k++ {
		if isNegation(a[k].Norm) && governed(a, k) == g {
			return true
		}
	}
	return false
}

// statesPlainly reports whether a word of a with the key stands with no
// negation before it.
func statesPlainly(a []text.Token, key string) bool {
	for j := range a {
		if k, ok := indexKey(a[j]); ok && sameVerb(k, key) && !negatedNear(a, j) {
			return true
		}
	}
	return false
}

// governed is the first content word within three words after a[i], or
// -1. "managed to", "able to" let through what follows: "did not manage
// to win" is "did not win", as "managed to win" is "won". The "short" of
// "fell short of" is part of the negation, as the particle of "shied away
// from" is.
func governed(a []text.Token, i int) int {
	if g := forgoesAct(a, i); g >= 0 {
		return g // "shied away from paying": the act, past the particle
	}
	for g := i + 1; g < len(a) && g <= i+3; g++ {
		if _, ok := indexKey(a[g]); ok && !a[g].Number && !throughTo(a, g) && a[g].Norm != "short" {
			return g
		}
	}
	return -1
}

// throughTo reports whether a[g] is a verb that asserts what it leads to
// ("managed to", "was able to") and so says no more than it.
func throughTo(a []text.Token, g int) bool {
	return g+1 < len(a) && a[g+1].Norm == "to" && throughWords[a[g].Norm]
}

// throughWords are the verbs of "managed to", "was able to".
var throughWords = wordSet(`manage manages managed managing able`)

// framedAnew reports whether b[j] follows a "to" or "of" led by another
// verb than "managed" or "able" ("struggled to win", "came close to
// winning"): that verb, not a "failed to" dropped, frames the claim.
func framedAnew(b []text.Token, j int) bool {
	for x := j - 1; x >= 1 && x >= j-3; x-- {
		if b[x].Norm == "to" || b[x].Norm == "of" {
			return !throughWords[b[x-1].Norm]
		}
	}
	return false
}

// negatorCount counts the negations of ts and the verbs that negate what
// they lead to ("failed to").
func negatorCount(ts []text.Token) int { return negationCount(ts) + failedToCount(ts) }

// sameVerb reports whether two word keys are one verb, the past of an
// irregular verb ("won" for "win") included.
func sameVerb(a, b string) bool {
	if a == b {
		return true
	}
	for _, g := range irregularForms[a] {
		if g == b {
			return true
		}
	}
	return false
}

// negatedNear reports whether a negation, or a verb that negates what it
// leads to ("failed to"), stands among the four words before b[j].
func negatedNear(b []text.Token, j int) bool {
	for k := max(0, j-4); k < j; k++ {
		if isNegation(b[k].Norm) || failedTo(b, k) {
			return true
		}
	}
	return false
}

// sharesNeighbour reports whether another content word stands within four
// words of a[g] and of b[j] alike.
func sharesNeighbour(a []text.Token, g int, b []text.Token, j int) bool {
	near := map[string]bool{}
	for k := max(0, g-4); k < len(a) && k <= g+4; k++ {
		if key, ok := indexKey(a[k]); ok && k != g {
			near[key] = true
		}
	}
	for k := max(0, j-4); k < len(b) && k <= j+4; k++ {
		if key, ok := indexKey(b[k]); ok && k != j && near[key] {
			return true
		}
	}
	return false
}

func onlyNegations(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	for _, w := range ws {
		if !isNegation(w) {
			return false
		}
	}
	return len(ws) > 0
}

// numberSwapped reports whether a reworded passage gives a number that
// the whole source never gives while leaving out one that its source
// sentence gives: "at 27 of them" for "At 17 of them". A number left out
// alone is a paraphrase's licence, and one taken from elsewhere in the
// original is no invention.
func numberSwapped(sent numberSet, cp []text.Token, all numberSet) bool {
	c := numbersOf(cp)
	added, kept := false, 0
	for n := range c {
		added = added || !all.has(n)
		if sent.has(n) {
			kept++
		}
	}
	// the sentence gives a number the copy leaves out when it gives more
	// than the copy keeps: a count, so a page-long sentence is not read
	// for each of its statements
	return added && len(sent) > kept
}

// numbersIn returns the numbers of the source's tokens [a, z), the
// sentences of a statement's passage, computed once for each: the
// statements of one page-long sentence share it.
func (c *comparer) numbersIn(a, z int) numberSet {
	if c.sentNums == nil {
		c.sentNums = map[[2]int]numberSet{}
	}
	if ns, ok := c.sentNums[[2]int{a, z}]; ok {
		return ns
	}
	ns := numbersOf(c.sd.toks[a:z])
	c.sentNums[[2]int{a, z}] = ns
	return ns
}

// srcIndex is strings.Index(source, s), computed once for each s: a page
// of short quotes asks the same of the whole source many times.
func (c *comparer) srcIndex(s string) int {
	if c.srcAt == nil {
		c.srcAt = map[string]int{}
	}
	if at, ok := c.srcAt[s]; ok {
		return at
	}
	at := strings.Index(c.sd.s, s)
	c.srcAt[s] = at
	return at
}

// copyHasBefore reports whether s stands in the copy before byte b: its
// first occurrence, found once for each s, ends by b.
func (c *comparer) copyHasBefore(s string, b int) bool {
	if c.copyAt == nil {
		c.copyAt = map[string]int{}
	}
	at, ok := c.copyAt[s]
	if !ok {
		at = strings.Index(c.cd.s, s)
		c.copyAt[s] = at
	}
	return at >= 0 && at+len(s) <= b
}

// numbers returns every number of the source, computed once.
func (c *comparer) numbers() numberSet {
	if c.srcNumbers == nil {
		c.srcNumbers = numbersOf(c.sd.toks)
	}
	return c.srcNumbers
}

// sentTok returns the first token of the source sentence holding token i,
// or with end set, the index just past its last token.
func (c *comparer) sentTok(i int, end bool) int {
	b := c.sd.toks[i].Start
	k := sort.Search(len(c.sd.sents), func(k int) bool { return c.sd.sents[k].end > b })
	if k == len(c.sd.sents) {
		return min(i+1, len(c.sd.toks))
	}
	a, z := c.sd.tokRange(c.sd.sents[k].start, c.sd.sents[k].end)
	if end {
		return max(z, i+1)
	}
	return min(a, i)
}

func (m *match) marksDropped() finding.Finding {
	return finding.New(finding.QuoteMarksDropped, fmt.Sprintf("The copy drops the quote marks around \"%s\".", clip(m.st.Content.Text)),
		m.ev(fmt.Sprintf("rule=quote-marks-dropped: %d of the %d matching words lost their quote marks", m.qm.dropped, m.qm.matched)))
}

// loosePara finds, for a reported statement whose words are not in the
// source, what the same speaker says on the same matter: a loose
// paraphrase is not an invention. A speaker's consecutive statements in one
// paragraph count as one passage ("“A,” he said. “B.”"), as a rewrite often
// folds them into one sentence. It returns the byte range of the passage,
// the share of the statement's content words found there, and whether the
// passage is quoted.
func (c *comparer) loosePara(st Statement, ct []text.Token) (looseMatch, bool) {
	if st.Speaker == nil || st.Speaker.Kind == "unknown" && !descriptive(st.Speaker.Name) && !namedOnly(st.Speaker.Name) {
		return looseMatch{}, false
	}
	person := st.Speaker.Kind == "person" || namedOnly(st.Speaker.Name)
	need := loosePersonCoverage
	if !person {
		need = looseOtherCoverage // "the firm", "a spokesperson": a vaguer speaker needs more shared words
	}
	var best looseMatch
	q := contentKeys(ct)
	same := c.sameSpeakerStatements(st.Speaker)
	for _, p := range c.loose().sharing(q) {
		if lp := c.loosePs.ps[p]; same[lp.k] {
			// cov as contentCoverage gives it: hits over the copy's content words
			cov := float64(c.loosePs.hits[p]) / float64(len(q))
			if hits := cov * float64(len(q)); cov > best.cov && (hits >= 3 || hits >= 2 && cov >= 0.33 && person) {
				best = looseMatch{k: lp.k, b: lp.b, cov: cov, quoted: c.ss[lp.k].Kind == Direct}
			}
		}
	}
	c.loosePs.clear()
	return best, best.cov >= need
}

// speakerKey is what sameSpeakerAs reads of a speaker.
type speakerKey struct{ name, kind string }

// sameSpeakerStatements marks the source statements whose speaker
// sameSpeakerAs takes for sp. The statements are grouped by speaker once,
// and each group is tested once per copy speaker, not each statement once
// per copy statement.
func (c *comparer) sameSpeakerStatements(sp *Speaker) []bool {
	key := speakerKey{sp.Name, sp.Kind}
	if same, ok := c.sameSpeakerOf[key]; ok {
		return same
	}
	if c.bySpeaker == nil {
		c.bySpeaker, c.sameSpeakerOf = map[speakerKey][]int{}, map[speakerKey][]bool{}
		for k, st := range c.ss {
			if st.Speaker != nil {
				g := speakerKey{st.Speaker.Name, st.Speaker.Kind}
				c.bySpeaker[g] = append(c.bySpeaker[g], k)
			}
		}
	}
	same := make([]bool, len(c.ss))
	for g, members := range c.bySpeaker {
		if c.sameSpeakerAs(sp, &Speaker{Name: g.name, Kind: g.kind}) {
			for _, k := range members {
				same[k] = true
			}
		}
	}
	c.sameSpeakerOf[key] = same
	return same
}

// loosePassages are the passages loosePara weighs, in its order: each
// source statement k alone, then with the next one or two of the same
// speaker that continue it (n). byKey lists the passages holding each
// content key, so a copy statement counts its words' hits in the passages
// that share them rather than testing every passage; hits is that count's
// scratch, zero between calls.
type loosePassages struct {
	ps    []loosePassage
	byKey map[string][]int
	hits  []int
	hit   []int // passages with hits, to clear them
}

type loosePassage struct {
	k, n int
	b    span
}

// loose indexes the source's passages, once.
func (c *comparer) loose() *loosePassages {
	if c.loosePs != nil {
		return c.loosePs
	}
	lp := &loosePassages{byKey: map[string][]int{}}
	for k := range c.ss {
		for n := k; n < len(c.ss) && n < k+3; n++ {
			if n > k && !c.continues(n-1, n) {
				break
			}
			b := span{c.ssByte[k].start, c.ssByte[n].end}
			i, j := c.sd.tokRange(b.start, b.end)
			id := len(lp.ps)
			lp.ps = append(lp.ps, loosePassage{k, n, b})
			for key := range keysOf(c.sd.toks[i:j]) {
				lp.byKey[key] = append(lp.byKey[key], id)
			}
		}
	}
	lp.hits = make([]int, len(lp.ps))
	c.loosePs = lp
	return lp
}

// sharing counts, for each passage, the keys q (repeats counted) it holds,
// and returns in order the passages with two or more: fewer cannot make a
// loose paraphrase.
func (lp *loosePassages) sharing(q []string) []int {
	for _, key := range q {
		for _, p := range lp.byKey[key] {
			if lp.hits[p] == 0 {
				lp.hit = append(lp.hit, p)
			}
			lp.hits[p]++
		}
	}
	var out []int
	for _, p := range lp.hit {
		if lp.hits[p] >= 2 {
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return out
}

// clear zeroes the hit counts sharing left.
func (lp *loosePassages) clear() {
	for _, p := range lp.hit {
		lp.hits[p] = 0
	}
	lp.hit = lp.hit[:0]
}

// contentKeys are the keys of the content words of ts, in order, repeats
// kept.
func contentKeys(ts []text.Token) []string {
	var out []string
	for _, t := range ts {
		if k, ok := indexKey(t); ok {
			out = append(out, k)
		}
	}
	return out
}

// Coverages a loose paraphrase needs: a named person, or a vaguer speaker.
const (
	loosePersonCoverage = 0.25
	looseOtherCoverage  = 0.45
)

// looseMatch is the source passage of a loose paraphrase.
type looseMatch struct {
	k      int  // first source statement of the passage
	b      span // bytes of the passage
	cov    float64
	quoted bool
}

// continues reports whether source statement n follows n-1 by the same
// speaker in the same paragraph.
func (c *comparer) continues(a, n int) bool {
	sa, sn := c.ss[a].Speaker, c.ss[n].Speaker
	if sa == nil || sn == nil || sa.Name != sn.Name || c.ssByte[n].start < c.ssByte[a].end {
		return false
	}
	return !strings.Contains(c.sd.s[c.ssByte[a].end:c.ssByte[n].start], "\n")
}

// sameSpeakerAs tells whether a copy's speaker is the source's: the same
// name, or, for speakers described rather than named, the same
// description in other words ("a fund spokesperson" and "a spokesperson
// for the fund"; "the firm" and "the company").
func (c *comparer) sameSpeakerAs(cp, src *Speaker) bool {
	if src == nil {
		return false
	}
	if sameSpeaker(cp.Name, src.Name) {
		return true
	}
	if cp.Kind == "person" || src.Kind == "person" || !descriptive(cp.Name) || !descriptive(src.Name) {
		return false
	}
	hc, hs := descWords(cp.Name), descWords(src.Name)
	if corporate(hc) && corporate(hs) {
		return true
	}
	for w := range hc {
		if !hs[w] {
			return false
		}
	}
	return len(hc) > 0
}

// namedOnly reports whether an unresolved speaker is a bare name ("Fitch
// said" in a copy that never gives the full name), which the source may
// resolve to its person.
func namedOnly(name string) bool {
	f := strings.Fields(name)
	return len(f) == 1 && isUpperWord(f[0]) && pronouns[strings.ToLower(f[0])] == "" && !notNames[strings.ToLower(f[0])]
}

// descriptive reports whether a speaker's name is a description ("the
// firm", "a spokesperson for the fund") rather than a pronoun or a name.
func descriptive(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && isSpeakerNoun(strings.Trim(f[len(f)-1], ".,")) && pronouns[f[0]] == ""
}

// descWords are the content stems of a description.
func descWords(name string) map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Tokenize(name, "") {
		if k, ok := indexKey(t); ok {
			out[k] = true
		}
	}
	return out
}

// corporate reports whether a description is only a word for a business:
// "the company", "the firm" name the same speaker in a story about one.
func corporate(ws map[string]bool) bool {
	if len(ws) != 1 {
		return false
	}
	for w := range ws {
		return companyWords[w]
	}
	return false
}

var companyWords = wordSet(`compani firm corpor group busi manufactur maker produc`)

func (c *comparer) paraphraseOf(st Statement, m looseMatch) (Check, []finding.Finding) {
	s := c.ss[m.k]
	rs := c.sd.span(m.b.start, m.b.end)
	ck := Check{Kind: st.Kind, Text: st.Content.Text, Span: st.Content, Speaker: speakerName(st.Speaker), SpeakerTitle: speakerTitle(st.Speaker),
		Verdict: Paraphrased, Source: &Source{Span: rs, Kind: string(s.Kind), Speaker: speakerName(s.Speaker), SpeakerTitle: speakerTitle(s.Speaker)}}
	cs := st.Content
	if f, ok := c.looseFactChange(st, m, &ck); ok {
		return ck, []finding.Finding{f}
	}
	i, j := c.sd.tokRange(m.b.start, m.b.end)
	keys := map[string]bool{}
	for _, k := range contentKeys(c.sd.toks[i:j]) {
		keys[k] = true
	}
	ct := compared(c.copyTokens(st.Content))
	fs := c.unsupportedClauses(ct, func(k int) bool { key, _ := indexKey(ct[k]); return keys[key] })
	if !m.quoted {
		return ck, fs
	}
	return ck, append(fs, finding.New(finding.QuoteParaphrased, fmt.Sprintf("A quote of the original is rendered as reported speech: \"%s\".", clip(st.Content.Text)),
		finding.Evidence{Copy: &cs, Source: &rs, Detail: fmt.Sprintf("rule=quote-paraphrased: loose paraphrase; %.0f%% of its content words are in %s's quote", m.cov*100, speakerName(s.Speaker))}))
}

// looseFactChange reports a loose paraphrase that reverses a negation of
// its source passage or gives a number the original never gives in place
// of one the passage gives: however loosely reworded, "40 times" is not
// "14 times", and "not a luxury" is not "a luxury".
func (c *comparer) looseFactChange(st Statement, m looseMatch, ck *Check) (finding.Finding, bool) {
	i, j := c.sd.tokRange(m.b.start, m.b.end)
	src, ct := c.sd.toks[i:j], c.copyTokens(st.Content)
	var what string
	switch {
	case negationReversed(src, ct):
		what = "reverses a negation in it"
	case oppositeWord(src, ct) != "":
		what = "puts the opposite word in it (" + oppositeWord(src, ct) + ")"
	case numberSwapped(numbersOf(src), ct, c.numbers()) || len(boundChanges(numbersOf(src), ct, c.numbers())) > 0:
		what = "changes a number in it"
	default:
		return finding.Finding{}, false
	}
	ck.Verdict, ck.Diff = Altered, writtenDiff(c.sd.s, c.cd.s, src, ct)
	cs, rs := st.Content, ck.Source.Span
	f := finding.New(finding.StatementAltered, fmt.Sprintf("The statement \"%s\" rewords %s's words and %s.", clip(st.Content.Text), ck.Source.Speaker, what),
		finding.Evidence{Copy: &cs, Source: &rs})
	f.Severity, f.Evidence.Detail = alterationSeverity(finding.StatementAltered, src, ct)
	return f, true
}

// minSpeakerWords keeps two-word scare quotes, which recur across an
// article, out of speaker and hedge comparisons; a reported claim needs
// only two content words for its hedges to be weighed.
const minSpeakerWords = 4

// shortQuoteMoved reports whether a quote too short for the speaker
// comparison ("Nobody asked us.") is still one whose speaker can be
// checked: at least two words, copied word for word, said once in each
// text, by two people each named in full, the original's speaker no
// other statement there shares. A short quote said by several ("Yes.",
// "We'll see.") is left alone.
func (c *comparer) shortQuoteMoved(st, srcSt *Statement, v Verdict, rb span) bool {
	if st.Kind != Direct || srcSt == nil || srcSt.Kind != Direct || v != Verbatim || st.Speaker == nil || srcSt.Speaker == nil {
		return false
	}
	ck := quoteKey(c.cd, st.Content)
	if len(strings.Fields(ck)) < 2 || !utterance(c.cd, st.Content) || !utterance(c.sd, srcSt.Content) || quoteKey(c.sd, srcSt.Content) != ck || c.quoteCount(ck) != [2]int{1, 1} {
		return false
	}
	cp, sp := c.namedInFull(st.Speaker), srcSt.Speaker
	if !namedPerson(cp) || !namedPerson(sp) || sameSpeaker(cp.Name, sp.Name) {
		return false
	}
	for _, o := range c.speakersAt(rb) {
		if sameSpeaker(cp.Name, o.Name) {
			return false // the original has it from the copy's speaker too
		}
	}
	return true
}

// utterance reports whether the quote at sp in d is a sentence said, not
// words picked out of one (an "artful smear" inside the writer's
// sentence): it opens with a capital and ends in a stop or a comma
// before its closing mark.
func utterance(d *doc, sp text.Span) bool {
	a, b := d.runes.ByteOffset(sp.Start), d.runes.ByteOffset(sp.End)
	if a >= b || !isUpperWord(d.s[a:b]) {
		return false
	}
	tail := strings.TrimRight(d.s[b:min(len(d.s), b+4)], "”\"'’ ")
	end := strings.TrimRight(d.s[a:b], " ")
	return strings.ContainsAny(end[len(end)-1:], ".,!?") || tail != "" && strings.ContainsAny(tail[:1], ".,!?") && strings.ContainsAny(d.s[b:min(len(d.s), b+4)], "”\"'’")
}

// namedPerson reports whether sp is a person named in full.
func namedPerson(sp *Speaker) bool {
	return sp.Kind == "person" && strings.ContainsAny(strings.TrimSpace(sp.Name), " -")
}

// quoteKey is the words of a quote's span in d, folded and joined by
// spaces.
func quoteKey(d *doc, sp text.Span) string {
	i, j := d.tokRange(d.runes.ByteOffset(sp.Start), d.runes.ByteOffset(sp.End))
	ws := make([]string, 0, j-i)
	for _, t := range d.toks[i:j] {
		ws = append(ws, t.Norm)
	}
	return strings.Join(ws, " ")
}

// quoteCount is how many direct statements of the copy and of the
// original say the words key.
func (c *comparer) quoteCount(key string) [2]int {
	if c.quoteKeys == nil {
		c.quoteKeys = map[string][2]int{}
		for k, sts := range [][]Statement{c.cs, c.ss} {
			d := []*doc{c.cd, c.sd}[k]
			for _, st := range sts {
				if st.Kind == Direct {
					n := c.quoteKeys[quoteKey(d, st.Content)]
					n[k]++
					c.quoteKeys[quoteKey(d, st.Content)] = n
				}
			}
		}
	}
	return c.quoteKeys[key]
}

// quoteMarks counts, over the aligned words, those quoted on one side only.
type quoteMarks struct{ matched, srcQuoted, dropped, added int }

func (c *comparer) quoteMarks(ct []text.Token, al alignment) quoteMarks {
	var q quoteMarks
	for k, m := range al.matched {
		if m < 0 {
			continue
		}
		q.matched++
		inS := c.sd.inQuote(c.sd.toks[m].Start) >= 0
		inC := c.cd.inQuote(ct[k].Start) >= 0
		if inS {
			q.srcQuoted++
		}
		if inS && !inC {
			q.dropped++
		}
		if inC && !inS {
			q.added++
		}
	}
	return q
}

// statementFor is the source statement that best covers the region b,
// preferring one of the copy statement's kind when spans tie.
func (c *comparer) statementFor(b span, kind Kind) int {
	best, bestScore := -1, 0.0
	for _, i := range c.ssIx.near(b) {
		s := c.ssByte[i]
		in := min(s.end, b.end) - max(s.start, b.start)
		if in <= 0 {
			continue
		}
		score := float64(in) / float64(max(s.end, b.end)-min(s.start, b.start))
		if c.ss[i].Kind == kind {
			score += 0.01
		}
		if c.ss[i].Speaker != nil {
			score += 0.005
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// attributed reports whether a direct or reported statement of the source
// with a speaker holds most of b. A stance does not count: its subject
// acts ("Alibaba could be using its equipment"), it does not speak.
func (c *comparer) attributed(b span) bool {
	for _, i := range c.ssIx.near(b) {
		if covers(c.ssByte[i], b) && c.ss[i].Speaker != nil && c.ss[i].Kind != Stance {
			return true
		}
	}
	return false
}

// speakersAt lists the speakers of every source statement covering most of b.
func (c *comparer) speakersAt(b span) []*Speaker {
	var out []*Speaker
	for _, i := range c.ssIx.near(b) {
		if covers(c.ssByte[i], b) && c.ss[i].Speaker != nil {
			out = append(out, c.ss[i].Speaker)
		}
	}
	return out
}

// hedgeDrift compares the certainty of the copy's tokens ct and cue with
// that of the source region al aligns them with, less the region's hedges
// that qualify words the copy left out.
func (c *comparer) hedgeDrift(al alignment, ct []text.Token, cue, srcCue string, cspan, rs text.Span) []finding.Finding {
	carried := make(map[int]bool, len(al.matched))
	for _, m := range al.matched {
		carried[m] = m >= 0
	}
	first := al.srcTok[0]
	src := pairedSource(c.sd.toks[first:al.srcTok[1]], func(i int) bool { return carried[first+i] }, hedgeRanks(ct, cue))
	return hedgeDrift(hedgeLevel(ct, cue), hedgeLevel(src, srcCue), cspan, rs)
}

// cueOutside is st's cue when it stands outside the code points [a, b),
// which are weighed already: "reportedly" in "the agency has reportedly
// been watching" is both the cue and a word of the claim, and counts once.
func cueOutside(st *Statement, a, b int) string {
	if st == nil || st.CueSpan != nil && st.CueSpan.Start >= a && st.CueSpan.End <= b {
		return ""
	}
	return st.Cue
}

// speakerFindings compares the copy's speaker with the source passage's.
func (c *comparer) speakerFindings(st Statement, at attribution, srcSt *Statement, rb span, ck *Check, cspan, rs text.Span) []finding.Finding {
	ev := func(detail string) finding.Evidence {
		s := rs
		return finding.Evidence{Copy: &cspan, Source: &s, Detail: detail}
	}
	cp := st.Speaker
	var sp *Speaker
	if srcSt != nil {
		sp = srcSt.Speaker
	}
	if cp != nil {
		for _, other := range c.speakersAt(rb) {
			if sameSpeaker(cp.Name, other.Name) {
				sp = other // the source also has it from the copy's speaker
			}
		}
	}
	switch {
	case cp == nil && sp != nil && sp.Kind != "unknown":
		return []finding.Finding{finding.New(finding.AttributionDropped, fmt.Sprintf("The original attributes this to %s; the copy attributes it to no one.", sp.Name),
			ev("rule=attribution-dropped: the source passage has a speaker, the copy's has none"))}
	case cp != nil && cp.Kind == "person" && sp == nil:
		return []finding.Finding{finding.New(finding.ClaimAttributedToPerson, fmt.Sprintf("The copy puts an unattributed sentence of the original in %s's mouth.", cp.Name),
			ev("rule=claim-attributed-to-person: the matching source passage is attributed to no one"))}
	case cp == nil || sp == nil:
		return nil
	}
	cp = c.namedInFull(cp)
	if (comparable(cp, sp) || c.namesAnother(cp, sp)) && !sameSpeaker(cp.Name, sp.Name) && !c.pronounMayMean(st, sp) && !c.surnameMayMean(st, srcSt, cp, sp) && !c.writtenTwoWays(cp, sp) && speechCue(at.cue) && (at.srcSpeaker == "" || sameSpeaker(at.srcSpeaker, sp.Name)) && !c.copyAlsoBy(cspan, sp) {
		ck.Verdict = Misattributed
		code := finding.StatementMisattributed
		if st.Kind == Direct {
			code = finding.QuoteMisattributed
		}
		return []finding.Finding{finding.New(code, fmt.Sprintf("The copy attributes this to %s; the original to %s.", cp.Name, sp.Name),
			ev(fmt.Sprintf("rule=%s: copy speaker %q, source speaker %q", code, cp.Name, sp.Name)))}
	}
	if sameSpeaker(cp.Name, sp.Name) && titleChanged(cp, sp) && !c.titleFlagged[strings.ToLower(cp.Name)] {
		c.titleFlagged[strings.ToLower(cp.Name)] = true // one finding per speaker, not per mention
		return []finding.Finding{finding.New(finding.SpeakerTitleChanged, fmt.Sprintf("%s is %q in the copy but %q in the original.", cp.Name, shownRole(speakerTitle(cp)), shownRole(speakerTitle(sp))),
			ev(titleChangeDetail(titleRole(speakerTitle(cp)), speakerTitle(sp))))}
	}
	return nil
}

// copyAlsoBy reports whether another statement of the copy around cspan
// is by sp: a nested attribution ("X said Y found Z") still credits X.
func (c *comparer) copyAlsoBy(cspan text.Span, sp *Speaker) bool {
	for _, k := range c.csIx.near(span{cspan.Start - 2, cspan.End}) {
		if o := c.cs[k]; o.Speaker != nil && o.Content.Start <= cspan.Start && cspan.End <= o.Content.End+2 && sameSpeaker(o.Speaker.Name, sp.Name) {
			return true
		}
	}
	return false
}

// speechLemmas are the verbs that put words in a mouth, as cueVerbs
// lemmatises them; a belief or an act ("wants", "found", "defends") read
// as a cue cannot misattribute words.
var speechLemmas = wordSet(`say tell according explain warn note add claim state announce insist argue
	write tweet declare assert stress highlight respond reply recall acknowledge admit remark comment
	testify predict emphasize emphasise caution urge complain concede contend maintain confirm deny
	reveal disclose allege point observe promise pledge vow boast recount mention reiterate
	repeat quip joke lament assure reassure inform ask answer counter suggest propose recommend
	advise estimate forecast speculate conclude report shout yell retweet email`)

func speechCue(cue string) bool {
	f := strings.Fields(strings.ToLower(cue))
	if len(f) == 0 {
		return false
	}
	if l, ok := cueVerbs[f[0]]; ok {
		return speechLemmas[l]
	}
	return speechLemmas[f[0]] || foreignCues[f[0]] || creditCues[f[0]]
}

// creditCues give words to a speaker without a verb: "as X put it", and
// the dash of a credit line (“…” — X).
var creditCues = wordSet(`put puts — ― –`)

// pronounMayMean reports whether the copy names its speaker only by "he"
// or "she", and the original's speaker sp is a person the copy names
// before it whose gender, as the original shows it, the pronoun fits: the
// pronoun may then mean sp as well as whom the rules resolved it to, and
// a misattribution would rest on that guess.
func (c *comparer) pronounMayMean(st Statement, sp *Speaker) bool {
	if st.SpeakerSpan == nil || sp.Kind != "person" {
		return false
	}
	want := map[string]string{"he": "f", "she": "m"}[strings.ToLower(st.SpeakerSpan.Text)] // the gender it rules out
	if want == "" || !c.copyHasBefore(lastField(sp.Name), c.cd.runes.ByteOffset(st.SpeakerSpan.Start)) {
		return false
	}
	e := c.sourceRegistry().byName(sp.Name)
	return e == nil || e.likelyGender() != want
}

// sourceRegistry resolves the source's names, built once when needed.
func (c *comparer) sourceRegistry() *registry {
	if c.sreg == nil {
		c.sreg = newRegistry(c.sd)
	}
	return c.sreg
}

// copyRegistry resolves the copy's names, built once when needed.
func (c *comparer) copyRegistry() *registry {
	if c.creg == nil {
		c.creg = newRegistry(c.cd)
	}
	return c.creg
}

// namedInFull is the person the copy's speaker names by a bare surname
// the rules could not resolve where it stands ("“…,” Haines said." before
// any "Tom Haines"): the one person of that surname the whole copy names,
// else the one the original names; else sp. A reader of the whole text
// knows whom it means.
func (c *comparer) namedInFull(sp *Speaker) *Speaker {
	if sp.Kind != "unknown" || sp.Title != "" || !isUpperWord(sp.Name) || strings.ContainsAny(sp.Name, " -") {
		return sp
	}
	for _, r := range []*registry{c.copyRegistry(), c.sourceRegistry()} {
		if e := r.onlyPerson(sp.Name); e != nil {
			return r.speakerOf(e)
		}
	}
	return sp
}

// surnameMayMean reports whether the copy names its speaker cp only by a
// surname it gives to the original's speaker sp as well, named before it
// ("Patel said" after both Priya and Raj Patel), or the original so names
// sp and gives the surname to cp as well: the bare surname may mean either
// person, and a misattribution would rest on how the rules chose.
func (c *comparer) surnameMayMean(st Statement, srcSt *Statement, cp, sp *Speaker) bool {
	if w, at, ok := bareSurname(c.cd, st, sp); ok {
		if c.copyNames == nil {
			c.copyNames = newNamesakes(c.copyRegistry())
		}
		if c.copyNames.mayMean(w, at, sp.Name) {
			return true
		}
	}
	if srcSt == nil || srcSt.Speaker != sp {
		return false
	}
	w, at, ok := bareSurname(c.sd, *srcSt, cp)
	if !ok {
		return false
	}
	if c.srcNames == nil {
		c.srcNames = newNamesakes(c.sourceRegistry())
	}
	return c.srcNames.mayMean(w, at, cp.Name)
}

// writtenTwoWays reports whether cp and sp, of one surname and told apart
// only by given names, may be one person written two ways ("Bob Hale" for
// "Robert Hale"): neither text names the other's person by full name. A
// swap between namesakes ("Raj Patel" for "Priya Patel") names a person
// the original names too.
func (c *comparer) writtenTwoWays(cp, sp *Speaker) bool {
	if cp.Kind != "person" || sp.Kind != "person" || !strings.EqualFold(lastField(cp.Name), lastField(sp.Name)) {
		return false
	}
	return !strings.Contains(c.sd.s, cp.Name) && !strings.Contains(c.cd.s, sp.Name)
}

// bareSurname is the word naming st's speaker and its byte offset in d,
// when that is a single name word that is also the surname of the person
// other.
func bareSurname(d *doc, st Statement, other *Speaker) (string, int, bool) {
	if st.SpeakerSpan == nil || other == nil || other.Kind != "person" || !strings.Contains(other.Name, " ") {
		return "", 0, false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(st.SpeakerSpan.Text, "’s"), "'s")
	if strings.ContainsAny(w, " \t\n") || pronouns[strings.ToLower(w)] != "" || !strings.EqualFold(w, lastField(other.Name)) {
		return "", 0, false
	}
	return w, d.runes.ByteOffset(st.SpeakerSpan.Start), true
}

// namesakes tells which people of a text a bare surname may mean.
type namesakes struct {
	reg   *registry
	first map[*entity]int // byte offset of each entity's first mention
}

func newNamesakes(reg *registry) *namesakes {
	n := &namesakes{reg: reg, first: map[*entity]int{}}
	for _, m := range n.reg.mentions {
		if _, ok := n.first[m.ent]; !ok {
			n.first[m.ent] = m.start
		}
	}
	return n
}

// mayMean reports whether surname w, written at byte offset at, may mean
// the person name: the text names before it, by more than the surname, a
// person of that surname who may be name.
func (n *namesakes) mayMean(w string, at int, name string) bool {
	for _, ks := range [][]int{n.reg.byLast[w], n.reg.byFold[foldKey(w)]} {
		for _, k := range ks {
			e := n.reg.ents[k]
			if e.kind == "person" && strings.Contains(e.name, " ") && n.first[e] < at && sameSpeaker(e.name, name) {
				return true
			}
		}
	}
	return false
}

// namesAnother reports whether the copy gives to a person the original
// names elsewhere what the original credits to someone it only describes
// ("a plant manager, who asked not to be named"): the copy's speaker is
// someone else the original knows, so the words are not theirs.
func (c *comparer) namesAnother(cp, sp *Speaker) bool {
	if cp.Kind == "organization" && sp.Kind == "unknown" && c.srcIndex(cp.Name) >= 0 {
		return anotherBody(cp.Name, sp.Name)
	}
	if cp.Kind != "person" || sp.Kind != "unknown" || c.srcIndex(cp.Name) < 0 {
		return false
	}
	desc := strings.ToLower(sp.Name)
	head := lastField(desc)
	if strings.HasPrefix(desc, "the ") && orgWords[head] && len(strings.Fields(desc)) == 2 {
		// "the agency said" given to a person the original names: a body's
		// words are not a person's, unless the copy makes them its officer
		return !strings.Contains(strings.ToLower(speakerTitle(cp)), head)
	}
	if strings.HasPrefix(desc, "the ") || len(newTitleWords(desc, speakerTitle(cp))) == 0 {
		return false // "the council leader" may be the copy's "council leader Priya Shah"
	}
	return pronouns[head] == "" && !strings.HasSuffix(head, "s") && !orgWords[head] && isSpeakerNoun(head)
}

// anotherBody reports whether an organisation the original names (name)
// cannot be the one it only describes ("the board"): the description's
// noun is no word of the name, and not a word for any business, which
// may be whatever company the story is about.
func anotherBody(name, desc string) bool {
	f := strings.Fields(strings.ToLower(desc))
	if len(f) != 2 || f[0] != "the" || !orgWords[f[1]] || sectors[f[1]] == "business" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if w == f[1] {
			return false
		}
	}
	return true
}

// comparable says whether two speakers can be told apart by name: vague
// sources ("officials", an unresolved "he") never contradict anyone.
func comparable(a, b *Speaker) bool {
	return a.Kind != "unknown" && b.Kind != "unknown"
}

// titleChanged reports whether the copy's title or affiliation for a
// speaker says something the source's does not: a content word (after the
// tokenizer's normalisation of case, quote marks, dashes and inflection)
// of the copy's role that the source's title never uses. Typography,
// reordering, a shortened title and a reworded relative clause ("who put
// forward the motion" for "who proposed the motion") are no change.
func titleChanged(cp, src *Speaker) bool {
	tc, ts := titleRole(speakerTitle(cp)), speakerTitle(src)
	if tc == "" || ts == "" {
		return false
	}
	ts += ", " + titleRole(ts) // the original's roles as the copy's are read ("head of" for "chairs")
	ts += sameHead(speakerTitle(cp), speakerTitle(src))
	return len(newTitleWords(tc, ts)) > 0 || formerDropped(tc, ts)
}

// headingNouns name the person at the head of something, as headingVerbs
// say it in a relative clause; read through roleStem, "chair" stands for
// chairman, chairwoman and chairperson too.
var headingNouns = wordSet(`leader chair head chief director manager captain`)

// sameHead returns the words the source's title covers when one title
// says with a heading verb what the other says with a heading noun: "who
// leads the opposition" (read as "head of the opposition") and
// "Opposition leader" name one post. Two nouns ("director" and "head")
// stay two titles.
func sameHead(cpTitle, srcTitle string) string {
	cpNouns, srcNouns := headingNounsIn(cpTitle), headingNounsIn(srcTitle)
	switch {
	case statesHeading(cpTitle) && len(srcNouns) > 0:
		return ", head"
	case statesHeading(srcTitle) && len(cpNouns) > 0:
		return ", " + strings.Join(cpNouns, " ")
	}
	return ""
}

// headingNounsIn returns the heading nouns of a title.
func headingNounsIn(title string) []string {
	var out []string
	for _, t := range text.Tokenize(title, "") {
		if headingNouns[roleStem(t.Norm)] {
			out = append(out, t.Norm)
		}
	}
	return out
}

// statesHeading reports whether a title's relative clause heads
// something: "who leads the opposition", "who chairs the board".
func statesHeading(title string) bool {
	ts := text.Tokenize(title, "")
	for i := 1; i < len(ts); i++ {
		if relativeWords[ts[i-1].Norm] && headingVerbs[ts[i].Norm] {
			return true
		}
	}
	return false
}

// relativeWords open a relative clause kept in a title: "council leader,
// who proposed the motion".
var relativeWords = wordSet(`who whose which`)

// linkingVerbs let a relative clause state a role ("who is the chief
// executive", "who serves as harbour master", "who has been mayor");
// linkingFillers may follow them before the role.
var (
	linkingVerbs   = wordSet(`is was are were became becomes remains remained serves served works worked acts acted`)
	linkingFillers = wordSet(`been also now still then currently formerly previously once as`)
	roleOpeners    = wordSet(`a an the its their his her our`)
)

// headingVerbs state, in the present, that a person heads something;
// roleVerbs state another standing role ("who represents Kelby").
var (
	headingVerbs = wordSet(`chairs heads leads runs directs manages oversees presides captains`)
	roleVerbs    = wordSet(`represents owns edits coaches teaches advises`)
)

// titleRole is a title less its relative clauses, which tell what the
// person did ("who led the study"): their wording is no title, and a copy
// may reword it freely. A clause that states a role gives that role: "who
// is the harbour master" → "the harbour master".
func titleRole(title string) string {
	var kept []string
	for _, part := range strings.Split(title, ", ") { // not "20,000"
		f := strings.Fields(part)
		for i, w := range f {
			w = strings.ToLower(w)
			if relativeWords[w] {
				f = append(f[:i:i], statedRole(f[i+1:])...)
				break
			}
			if w == "who's" || w == "who’s" {
				f = append(f[:i:i], statedRole(append([]string{"is"}, f[i+1:]...))...)
				break
			}
		}
		if len(f) > 0 {
			kept = append(kept, strings.Join(f, " "))
		}
	}
	return strings.Join(kept, ", ")
}

// statedRole is the role a relative clause's words ws state with a
// linking verb or a verb of a standing role ("chairs the housing
// committee"), or nil: the predicate must be a noun phrase ("is the
// harbour master") or name a title ("was elected mayor"); "is not
// related" and "has led the study" state none.
func statedRole(ws []string) []string {
	lower := func(k int) string { return strings.ToLower(ws[k]) }
	if len(ws) > 1 && headingVerbs[lower(0)] {
		// "who chairs the housing committee": what the person heads is the
		// role, whichever verb says so
		return append([]string{"head", "of"}, ws[1:]...)
	}
	if len(ws) > 1 && roleVerbs[lower(0)] {
		return ws
	}
	k := 0
	switch {
	case len(ws) > 1 && (lower(0) == "has" || lower(0) == "have" || lower(0) == "had") && lower(1) == "been":
		k = 2
	case len(ws) > 0 && linkingVerbs[lower(0)]:
		k = 1
	default:
		return nil
	}
	for k < len(ws) && linkingFillers[lower(k)] {
		k++
	}
	if k == len(ws) {
		return nil
	}
	if roleOpeners[lower(k)] || strings.HasSuffix(lower(k), "’s") || strings.HasSuffix(lower(k), "'s") {
		return ws[k:]
	}
	for _, w := range ws[k:] {
		w = strings.ToLower(strings.Trim(w, ".;:()\"“”"))
		if titleNouns[w] || personTitles[w] || titleNouns[strings.TrimSuffix(w, "s")] {
			return ws[k:]
		}
	}
	return nil
}

// shownRole is the part of a title a message quotes: its role, or the
// whole title when that is all relative clause.
func shownRole(title string) string {
	if r := titleRole(title); r != "" {
		return r
	}
	return title
}

// titleChangeDetail says what a changed title adds, or that it drops
// "former".
func titleChangeDetail(tc, ts string) string {
	if added := newTitleWords(tc, ts); len(added) > 0 {
		return fmt.Sprintf("rule=speaker-title-changed: the copy's title or affiliation adds %q", strings.Join(added, " "))
	}
	return "rule=speaker-title-changed: the copy's title drops \"former\""
}

// formerDropped reports whether the original's title says the post is
// past ("former mayor") and the copy's does not ("Mayor"): one of the
// few words whose loss changes who a speaker is.
func formerDropped(tc, ts string) bool {
	cw := strings.Fields(strings.ToLower(tc))
	for _, w := range cw {
		if w == "former" || strings.HasPrefix(w, "ex-") {
			return false
		}
	}
	sw := strings.Fields(strings.ToLower(ts))
	for i, w := range sw {
		if w == "former" && i+1 < len(sw) && slices.Contains(cw, strings.Trim(sw[i+1], ",")) {
			return true // the copy keeps the post ("mayor") but not that it is past
		}
	}
	return false
}

// newTitleWords lists the content words of title tc missing from ts.
func newTitleWords(tc, ts string) []string {
	have := map[string]bool{}
	for _, t := range text.Tokenize(ts, "") {
		if k, ok := indexKey(t); ok {
			have[k] = true
		}
	}
	var out []string
	for _, t := range text.Tokenize(tc, "") {
		if k, ok := indexKey(t); ok && !have[k] && !sharesRoot(k, have) && !honorifics[t.Norm] && !addressTitles[t.Norm] && !addressTitles[t.Norm+"."] && !expandsInto(t.Norm, have) {
			out = append(out, t.Norm)
		}
	}
	return out
}

// titleAcronyms spell out the short forms of titles, so "CEO" is the
// "chief executive" of the original.
var titleAcronyms = map[string]string{
	"ceo": "chief executive officer", "cfo": "chief financial officer", "coo": "chief operating officer",
	"cto": "chief technology officer", "cmo": "chief marketing officer", "mp": "member of parliament",
	"vp": "vice president", "gm": "general manager", "md": "managing director",
}

// expandsInto reports whether w is a title's short form whose spelt-out
// words, "chief" and "officer" aside, the other title all uses: "CEO" for
// "chief executive", not "CFO".
func expandsInto(w string, have map[string]bool) bool {
	long := titleAcronyms[w]
	if long == "" {
		return false
	}
	for _, t := range text.Tokenize(long, "") {
		if k, ok := indexKey(t); ok && !have[k] && t.Norm != "chief" && t.Norm != "officer" {
			return false
		}
	}
	return true
}

// sharesRoot reports whether a word of a title has a relative among have
// that the stemmer left apart ("baker" and "bakery", "economist" and
// "economics"): both begin with the same five letters.
func sharesRoot(k string, have map[string]bool) bool {
	r := []rune(k)
	if len(r) < 5 || strings.HasPrefix(k, "#") {
		return false
	}
	for h := range have {
		if hr := []rune(h); len(hr) >= 5 && string(hr[:5]) == string(r[:5]) {
			return true
		}
	}
	return false
}

// mergedClaims finds parts of a person's statement in the copy that come
// from a different, unattributed sentence of the original.
func (c *comparer) mergedClaims(st Statement, al alignment, si int, cspan text.Span) []finding.Finding {
	if st.Speaker == nil || st.Speaker.Kind != "person" {
		return nil
	}
	per := map[int][2]int{} // sentence -> first/last matched source token
	count := map[int]int{}
	for k, m := range al.matched {
		if m < 0 || c.ix.unitOf[m] < 0 {
			continue
		}
		s := c.ix.unitOf[m]
		if _, ok := indexKey(c.copyTokens(st.Content)[k]); ok {
			count[s]++
		}
		r, ok := per[s]
		if !ok {
			r = [2]int{m, m}
		}
		per[s] = [2]int{min(r[0], m), max(r[1], m)}
	}
	var fs []finding.Finding
	for s, n := range count {
		if n < mergedMinWords {
			continue
		}
		r := per[s]
		b := span{c.sd.toks[r[0]].Start, c.sd.toks[r[1]].End}
		if c.attributed(b) || si >= 0 && c.statementAt(b) == si {
			continue
		}
		rs := c.sd.span(b.start, b.end)
		fs = append(fs, finding.New(finding.ClaimAttributedToPerson, fmt.Sprintf("Words of an unattributed sentence of the original are put in %s's mouth.", st.Speaker.Name),
			finding.Evidence{Copy: &cspan, Source: &rs, Detail: fmt.Sprintf("rule=claim-attributed-to-person: %d content words come from a source sentence with no speaker", n)}))
	}
	return fs
}

// droppedAttributions scans the copy's sentences that hold no statement for
// attributed statements of the source.
func (c *comparer) droppedAttributions() []finding.Finding {
	var fs []finding.Finding
	for _, sent := range c.cd.sents {
		a, b := c.cd.runes.Index(sent.start), c.cd.runes.Index(sent.end)
		if c.csIx.overlaps(span{a, b}) {
			continue
		}
		ct := compared(sentenceTokens(c.cd, sent))
		if contentWords(storyTokens(c.cd, sent)) < 4 {
			// a credit line ("Source: the Gazette") attributes nothing
			continue
		}
		al, ok := c.best(ct, false)
		if !ok || al.coverage < droppedCoverage {
			continue
		}
		rb, rs := c.regionSpan(al)
		k := c.statementAt(rb)
		if k < 0 || !sourced(c.ss[k].Speaker) || !covers(c.ssByte[k], rb) {
			if k = c.clauseCarried(al); k < 0 {
				continue
			}
			rs = c.ss[k].Content // the attributed clause, not the whole sentence around it
		}
		if sharedWords(ct, al) < 3 || c.names(ct, c.ss[k].Speaker) {
			continue // a shared number is no overlap; a sentence naming the speaker still credits it
		}
		cspan := c.cd.span(sent.start, sent.end)
		fs = append(fs, finding.New(finding.AttributionDropped, fmt.Sprintf("The original attributes this to %s; the copy states it without attribution.", c.ss[k].Speaker.Name),
			finding.Evidence{Copy: &cspan, Source: &rs, Detail: fmt.Sprintf("rule=attribution-dropped: unattributed copy sentence matches %.0f%% of the content words of a statement by %s", al.coverage*100, c.ss[k].Speaker.Name)}))
		fs = append(fs, c.hedgeDrift(al, ct, "", cueOutside(&c.ss[k], rs.Start, rs.End), cspan, rs)...)
	}
	return fs
}

// covers reports whether statement span s holds most of region b.
// credited reports whether a source statement names whom it is from: a
// person or body, or a definite description ("the hospital"), not "some
// analysts" or "he".
func credited(sp *Speaker) bool {
	if sp == nil {
		return false
	}
	f := strings.Fields(strings.ToLower(sp.Name))
	definite := len(f) >= 2 && f[0] == "the" && !strings.HasSuffix(f[len(f)-1], "s") // "the hospital", not "the critics"
	return sp.Kind != "unknown" || definite
}

// sourced reports whether a source statement says whom it is from: a
// person or body the story names, or one it keeps anonymous on purpose.
func sourced(sp *Speaker) bool {
	return sp != nil && (sp.Kind != "unknown" || unnamedSource.MatchString(sp.Name))
}

// unnamedSource matches the sources a story keeps anonymous ("two people
// familiar with the matter", "a person briefed on the talks", "officials
// close to the mayor"): dropping them turns a sourced claim into a fact.
var unnamedSource = regexp.MustCompile(`(?i)\b(?:familiar with|knowledge of|briefed on|close to|with direct knowledge|who (?:asked|spoke|requested)|sources?|insiders?)\b`)

// clauseCarried finds an attributed clause of the source that the copy's
// sentence, aligned by al, carries nearly whole: "Elm Ward, which the
// hospital said was no longer fit for purpose" → "Elm Ward, which is no
// longer fit for purpose". It returns the statement's index, or -1.
func (c *comparer) clauseCarried(al alignment) int {
	hit := map[int]bool{}
	for _, m := range al.matched {
		if m >= 0 {
			hit[m] = true
		}
	}
	for _, k := range c.ssIx.near(c.tokenBytes(al.srcTok)) {
		i, j := c.sd.tokRange(c.ssByte[k].start, c.ssByte[k].end)
		if j <= al.srcTok[0] || i >= al.srcTok[1] || !credited(c.ss[k].Speaker) || c.ss[k].Kind == Direct {
			continue
		}
		n, got := 0, 0
		for x := i; x < j; x++ {
			if _, ok := indexKey(c.sd.toks[x]); ok {
				n++
				got += b2i(hit[x])
			}
		}
		if n >= minCarriedWords && got*5 >= n*4 {
			return k
		}
	}
	return -1
}

// minCarriedWords is how many content words an attributed clause needs for
// its carrying over without attribution to count.
const minCarriedWords = 3

func covers(s, b span) bool {
	in := min(s.end, b.end) - max(s.start, b.start)
	return in*2 >= b.end-b.start
}

// contentSpans are the code-point spans of the statements' contents.
func contentSpans(sts []Statement) []span {
	out := make([]span, len(sts))
	for i, st := range sts {
		out[i] = span{st.Content.Start, st.Content.End}
	}
	return out
}

func overlapsAny(sts []Statement, a, b int) bool {
	for _, s := range sts {
		if s.Content.Start < b && a < s.Content.End {
			return true
		}
	}
	return false
}

func contentWords(ts []text.Token) int {
	n := 0
	for _, t := range ts {
		if _, ok := indexKey(t); ok {
			n++
		}
	}
	return n
}

// clip is a statement's words as a message quotes them: on one line, and
// short. The message prints them as they are, not escaped, so an editor
// reads the quote's own marks and no "\n".
func clip(s string) string {
	return text.Clip(s, 80)
}

// dedupe drops findings repeated with the same code and evidence, as when
// two overlapping statements of the copy meet one source passage.
func dedupe(fs []finding.Finding) []finding.Finding {
	seen := map[string]bool{}
	out := fs[:0]
	for _, f := range fs {
		k := string(f.Code)
		if f.Evidence.Copy != nil {
			k += fmt.Sprintf("|%d-%d", f.Evidence.Copy.Start, f.Evidence.Copy.End)
		}
		if f.Evidence.Source != nil {
			k += fmt.Sprintf("|%d-%d", f.Evidence.Source.Start, f.Evidence.Source.End)
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// withoutNestedNotFound drops a statement-not-found whose copy words hold
// a quote-not-found: "called the closure “a betrayal of the valley”" is
// one invention, and the quote's finding, an error, names it.
func withoutNestedNotFound(fs []finding.Finding) []finding.Finding {
	var quotes []text.Span
	for _, f := range fs {
		if f.Code == finding.QuoteNotFound && f.Evidence.Copy != nil {
			quotes = append(quotes, *f.Evidence.Copy)
		}
	}
	sort.Slice(quotes, func(a, b int) bool { return quotes[a].Start < quotes[b].Start })
	out := fs[:0]
	for _, f := range fs {
		if f.Code != finding.StatementNotFound || f.Evidence.Copy == nil || !holdsAny(*f.Evidence.Copy, quotes) {
			out = append(out, f)
		}
	}
	return out
}

// withoutNestedHedges drops a hedge finding whose copy passage lies
// inside another's of the same code: a reported statement and the quote
// within it ("said the forecast was “deeply uncertain”") report the same
// change of certainty once.
func withoutNestedHedges(fs []finding.Finding) []finding.Finding {
	return withoutNested(fs, func(f finding.Finding) string {
		if f.Code == finding.HedgeStrengthened || f.Code == finding.HedgeWeakened {
			return string(f.Code)
		}
		return ""
	})
}

// withoutNestedMisattributions drops a misattribution whose copy passage
// lies inside another naming the same two speakers: "X said the results
// were A and warned that B" gives A and B to X once, not once per clause.
func withoutNestedMisattributions(fs []finding.Finding) []finding.Finding {
	return withoutNested(fs, func(f finding.Finding) string {
		if f.Code == finding.StatementMisattributed || f.Code == finding.QuoteMisattributed {
			return f.Message // names both speakers, for either kind of statement
		}
		return ""
	})
}

// withoutNestedClaims drops a claim-attributed-to-person whose copy
// passage lies inside another's: the statement put in a person's mouth and
// the words of it that come from an unattributed sentence are one change.
func withoutNestedClaims(fs []finding.Finding) []finding.Finding {
	return withoutNested(fs, func(f finding.Finding) string {
		if f.Code == finding.ClaimAttributedToPerson {
			// one group per person: both messages end "in X's mouth.", and
			// a claim put in a second person's mouth is a change of its own
			return string(f.Code) + f.Message[strings.LastIndex(f.Message, " in ")+1:]
		}
		return ""
	})
}

// withoutQuotedAlterations drops a statement-altered that holds a
// quote-altered naming the same changes: "described the delay as “a
// disgrace for Germany”" changes the quote's words once, and the quote's
// finding shows the diff.
func withoutQuotedAlterations(fs []finding.Finding) []finding.Finding {
	changes := ruleChanges
	quotes := withCopyOf(fs, finding.QuoteAltered)
	return slices.DeleteFunc(fs, func(f finding.Finding) bool {
		if f.Code != finding.StatementAltered || f.Evidence.Copy == nil {
			return false
		}
		return slices.ContainsFunc(quotes, func(q finding.Finding) bool {
			return f.Evidence.Copy.Start <= q.Evidence.Copy.Start && q.Evidence.Copy.End <= f.Evidence.Copy.End &&
				q.Severity == f.Severity && changes(q) == changes(f) && changes(q) != "" && !changedOutside(f, q, changes(f))
		})
	})
}

// withoutNestedAlterations drops a statement-altered whose copy passage
// lies inside another's and whose changes the other names too: "she said
// she opposed it and supported the tax" and its clause "she opposed it …"
// report one swap once.
func withoutNestedAlterations(fs []finding.Finding) []finding.Finding {
	parts := func(f finding.Finding) []string { return strings.Split(ruleChanges(f), "; ") }
	outer := withCopyOf(fs, finding.StatementAltered)
	return slices.DeleteFunc(fs, func(f finding.Finding) bool {
		if f.Code != finding.StatementAltered || f.Evidence.Copy == nil {
			return false
		}
		return slices.ContainsFunc(outer, func(o finding.Finding) bool {
			oc, fc := o.Evidence.Copy, f.Evidence.Copy
			inside := oc.Start <= fc.Start && fc.End <= oc.End && (oc.Start < fc.Start || fc.End < oc.End)
			return inside && o.Severity.Rank() >= f.Severity.Rank() && !slices.ContainsFunc(parts(f), func(p string) bool {
				return !slices.Contains(parts(o), p)
			})
		})
	})
}

// ruleChanges is what a finding's detail lists after its rule: the
// changes a diff found ("delete name Marton; insert name Selby").
func ruleChanges(f finding.Finding) string {
	_, after, _ := strings.Cut(f.Evidence.Detail, ": ")
	return after
}

// withCopyOf returns the findings of code that have copy evidence.
func withCopyOf(fs []finding.Finding, code finding.Code) []finding.Finding {
	var out []finding.Finding
	for _, f := range fs {
		if f.Code == code && f.Evidence.Copy != nil {
			out = append(out, f)
		}
	}
	return out
}

// changedOutside reports whether a changed word of the statement's finding
// f ("insert name Selby") stands in its words outside the quote q as well:
// "Selby council … “a disgrace for Selby”" changes the name twice, and the
// quote's finding shows only one.
func changedOutside(f, q finding.Finding, changes string) bool {
	for _, ch := range strings.Split(changes, "; ") {
		op, rest, _ := strings.Cut(ch, " ")
		_, words, _ := strings.Cut(rest, " ")
		outer, inner := f.Evidence.Copy, q.Evidence.Copy
		if op == "delete" {
			outer, inner = f.Evidence.Source, q.Evidence.Source
		}
		if outer == nil || inner == nil {
			continue
		}
		outside := strings.Fields(strings.ToLower(outsideOf(*outer, *inner)))
		for _, w := range strings.Fields(strings.ToLower(words)) {
			if slices.ContainsFunc(outside, func(o string) bool { return strings.Trim(o, `.,;:!?"“”‘’'()`) == w }) {
				return true
			}
		}
	}
	return false
}

// outsideOf is the text of span outer less that of inner, when inner lies
// within it; spans count code points.
func outsideOf(outer, inner text.Span) string {
	r := []rune(outer.Text)
	a, b := inner.Start-outer.Start, inner.End-outer.Start
	if a < 0 || b > len(r) || a > b {
		return outer.Text
	}
	return string(r[:a]) + " " + string(r[b:])
}

// withoutClaimedMarks drops quote-marks-added where claim-attributed-to-
// person covers the same words of both texts: an unattributed sentence of
// the original put in a quote is one change, and the claim finding says
// more of it (whose mouth the words are put in).
func withoutClaimedMarks(fs []finding.Finding) []finding.Finding {
	var claims []finding.Evidence
	for _, f := range fs {
		if f.Code == finding.ClaimAttributedToPerson && f.Evidence.Copy != nil && f.Evidence.Source != nil {
			claims = append(claims, f.Evidence)
		}
	}
	overlaps := func(a, b *text.Span) bool { return a.Start < b.End && b.Start < a.End }
	return slices.DeleteFunc(fs, func(f finding.Finding) bool {
		if f.Code != finding.QuoteMarksAdded || f.Evidence.Copy == nil || f.Evidence.Source == nil {
			return false
		}
		for _, c := range claims {
			if overlaps(c.Copy, f.Evidence.Copy) && overlaps(c.Source, f.Evidence.Source) {
				return true
			}
		}
		return false
	})
}

// withoutNested drops each finding whose copy passage lies inside that of
// another finding of the same group; group returns "" for a finding that
// belongs to none.
func withoutNested(fs []finding.Finding, group func(finding.Finding) string) []finding.Finding {
	type ref struct {
		i    int
		span text.Span
	}
	groups := map[string][]ref{}
	for i, f := range fs {
		if g := group(f); g != "" && f.Evidence.Copy != nil {
			groups[g] = append(groups[g], ref{i, *f.Evidence.Copy})
		}
	}
	nested := map[int]bool{}
	for _, rs := range groups {
		sort.SliceStable(rs, func(a, b int) bool { // of two on one passage, the first found stays
			return rs[a].span.Start < rs[b].span.Start || rs[a].span.Start == rs[b].span.Start && rs[a].span.End > rs[b].span.End
		})
		maxEnd := -1
		for _, r := range rs {
			if r.span.End <= maxEnd {
				nested[r.i] = true
			}
			maxEnd = max(maxEnd, r.span.End)
		}
	}
	out := fs[:0]
	for i, f := range fs {
		if !nested[i] {
			out = append(out, f)
		}
	}
	return out
}

// holdsAny reports whether span s holds one of the quotes, which do not
// overlap and are sorted by start: the first to start inside s ends first.
func holdsAny(s text.Span, quotes []text.Span) bool {
	k := sort.Search(len(quotes), func(k int) bool { return quotes[k].Start >= s.Start })
	return k < len(quotes) && quotes[k].End <= s.End
}

// sharedWords counts the aligned content words of ct that are not numbers.
func sharedWords(ct []text.Token, al alignment) int {
	n := 0
	for k, m := range al.matched {
		if m >= 0 && !ct[k].Number {
			if _, ok := indexKey(ct[k]); ok {
				n++
			}
		}
	}
	return n
}

// names reports whether the copy tokens ct name speaker sp: its surname, or
// for an organisation the head noun of its name ("the union" for "Allied
// Manufacturing Union").
func (c *comparer) names(ct []text.Token, sp *Speaker) bool {
	want := strings.ToLower(lastField(sp.Name))
	for _, t := range ct {
		if t.Norm == want && (t.Capital || sp.Kind == "organization") {
			return true
		}
	}
	return false
}
