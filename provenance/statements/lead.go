package statements

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// leadWindow is how many opening sentences of the original the copy's lead
// may rewrite.
const leadWindow = 4

// minLeadOverlap is the share of the lead's content words the original's
// sentence must hold to be the one it rewrites; minBodyDice is how much
// content a body sentence and the original's sentence must share (Dice):
// a body sentence is compared with the whole original, where a sentence
// sharing a few names with it is not its counterpart unless it shares
// most of the rest too.
const (
	minLeadOverlap = 0.5
	minBodyDice    = 0.6
	minBodyWords   = 5
	// minShortWords is the fewest content words of a sentence weighed at
	// all: one under minBodyWords only for a negation (see sentenceDrift).
	minShortWords = 3
	// minWholeWords is the fewest content words of a sentence weighed
	// word for word against its original, for a negation alone.
	minWholeWords = 2
	// maxDriftTokens bounds the sentences compared, whose diff takes time
	// in the square of their length.
	maxDriftTokens = 200
)

// KeyFactDrift reports the key facts a copy's sentences change in the
// sentences of the original they rewrite: a number, name or date the
// original gives nowhere, put in place of one or added; a negation added
// or dropped between words the two share; a change of certainty ("could
// face" to "faces"). The lead, the copy's first sentence, is compared with
// the original's opening and reported as lead-drift; every other sentence
// with any sentence of the original, as fact-drift, unless it holds a
// statement Compare checked (checks). Facts a sentence leaves out are no
// drift, and a sentence a finding of Compare already questions (already)
// is left to it. Evidence spans are code-point offsets into the texts.
func KeyFactDrift(copyText, sourceText string, checks []Check, already []finding.Finding) []finding.Finding {
	return keyFactDrift(newDoc(copyText, ""), newDoc(sourceText, ""), checks, already)
}

func keyFactDrift(cd, sd *doc, checks []Check, already []finding.Finding) []finding.Finding {
	if len(cd.sents) == 0 || len(sd.sents) == 0 {
		return nil
	}
	ss := newSentenceIndex(sd)
	if text.LanguageOf(cd.lang).Code == "de" {
		ss.names = capitalRuns(cd, capitalRuns(sd, map[string]bool{}))
	}
	asked, held := questionedSpans(already), checkSpans(checks)
	var out []finding.Finding
	for i, sent := range cd.sents {
		sp := cd.span(sent.start, sent.end)
		if questioned(sp, asked) || i > 0 && holdsStatement(sp, held) {
			continue
		}
		code := finding.LeadDrift
		if i > 0 {
			code = finding.FactDrift
		} else {
			sent.start = afterDateline(cd.s, sent)
		}
		if f, ok := sentenceDrift(cd, ss, sent, code); ok {
			out = append(out, f)
		}
	}
	return out
}

// sentenceIndex holds the content words of each sentence of the original,
// and which sentences hold each word, so a copy sentence finds the one it
// rewrites without comparing every pair.
type sentenceIndex struct {
	d        *doc
	words    []int // how many distinct content words each sentence holds
	postings map[string][]int
	facts    map[string]bool
	// names, when set, are the only capitalised words that are names: in
	// German every noun is capitalised (see capitalRuns).
	names map[string]bool
}

// maxPostings leaves out of the search a word so common in the original
// that it tells no sentence from another.
const maxPostings = 64

func newSentenceIndex(d *doc) *sentenceIndex {
	ix := &sentenceIndex{d: d, postings: map[string][]int{}, facts: factsOf(d.toks)}
	for k, s := range d.sents {
		keys := verbKeysOf(sentenceTokens(d, s))
		ix.words = append(ix.words, len(keys))
		for w := range keys {
			ix.postings[w] = append(ix.postings[w], k)
		}
	}
	return ix
}

// rewritten finds the sentences of the original that the copy's content
// words ct rewrite: for the lead, the opening sentence holding most of
// them, if at least minLeadOverlap; for a later sentence, the sentence
// sharing most content with it, if its Dice is at least minBodyDice.
// Copies often merge two sentences into one ("…, and …"), so a second
// sentence near the first is taken with it when the two together share
// clearly more with the copy (mergedWith). The names, numbers and dates
// the original gives nowhere are left out of the copy's words: they are
// the changes sought, and a lead that changes many would otherwise match
// no sentence at all.
func (ix *sentenceIndex) rewritten(ct []text.Token, lead bool) ([]span, bool) {
	words := verbKeysOf(ct)
	for _, k := range invented(ct, allOf(ct), ix.facts) {
		if w, ok := indexKey(ct[k]); ok {
			delete(words, verbKey(w)) // the changes sought: they must not hide which sentence is rewritten
		}
	}
	if len(words) == 0 {
		return nil, false
	}
	hits := map[int]map[string]bool{}
	for w := range words {
		if ps := ix.postings[w]; len(ps) <= maxPostings {
			for _, k := range ps {
				if !lead || k < leadWindow {
					if hits[k] == nil {
						hits[k] = map[string]bool{}
					}
					hits[k][w] = true
				}
			}
		}
	}
	score := func(n, sentWords int) float64 {
		if lead {
			return float64(n) / float64(len(words))
		}
		return 2 * float64(n) / float64(len(words)+sentWords)
	}
	best, bestScore := -1, 0.0
	for k, hs := range hits {
		if sc := score(len(hs), ix.words[k]); sc > bestScore || sc == bestScore && k < best {
			best, bestScore = k, sc
		}
	}
	if best < 0 {
		return nil, false
	}
	sents := []span{ix.d.sents[best]}
	if k2, sc := ix.mergedWith(best, hits, score); k2 >= 0 && sc > bestScore {
		sents = append(sents, ix.d.sents[k2])
		if k2 < best {
			sents[0], sents[1] = sents[1], sents[0]
		}
		bestScore = sc
	}
	if lead && bestScore < minLeadOverlap || !lead && bestScore < minBodyDice {
		return nil, false
	}
	return sents, true
}

// mergeReach is how far apart two sentences of the original may stand for
// a copy to merge them; minMergeWords is how many of the copy's words the
// second must add, so a sentence is not padded out with a neighbour that
// merely shares a name. The pair must also score above the best sentence
// alone.
const (
	mergeReach    = 3
	minMergeWords = 3
)

// mergedWith returns the sentence near sentence k that, taken with it,
// shares most with the copy (hits holds the copy's words each sentence
// shares), and the pair's score; -1 when none adds minMergeWords words.
func (ix *sentenceIndex) mergedWith(k int, hits map[int]map[string]bool, score func(n, sentWords int) float64) (int, float64) {
	best, bestScore := -1, 0.0
	for k2 := max(0, k-mergeReach); k2 <= k+mergeReach && k2 < len(ix.words); k2++ {
		added := 0
		for w := range hits[k2] {
			if !hits[k][w] {
				added++
			}
		}
		if k2 == k || added < minMergeWords {
			continue
		}
		if sc := score(len(hits[k])+added, ix.words[k]+ix.words[k2]); sc > bestScore {
			best, bestScore = k2, sc
		}
	}
	return best, bestScore
}

// sentenceDrift compares the copy's sentence with the sentence of the
// original it rewrites.
func sentenceDrift(cd *doc, ix *sentenceIndex, sent span, code finding.Code) (finding.Finding, bool) {
	sd := ix.d
	ct := ix.namesOnly(storyTokens(cd, sent))
	// a short sentence may pair with one it does not rewrite: only a
	// negation on a verb, between words kept on either side, is weighed
	short := code == finding.FactDrift && contentWords(ct) < minBodyWords
	// one shorter still ("The skipper agreed.") only as its original's
	// sentence word for word, a negation on its verb put in or dropped
	tiny := short && contentWords(ct) < minShortWords
	if tiny && contentWords(ct) < minWholeWords || len(ct) > maxDriftTokens {
		return finding.Finding{}, false // a run-on "sentence" of a whole page is no sentence to diff
	}
	srcs, ok := ix.rewritten(ct, code == finding.LeadDrift)
	if !ok || tiny && len(srcs) > 1 {
		return finding.Finding{}, false
	}
	var st []text.Token
	for _, s := range srcs {
		st = append(st, ix.namesOnly(sentenceTokens(sd, s))...)
	}
	src := span{srcs[0].start, srcs[len(srcs)-1].end}
	if len(st) > maxDriftTokens {
		return finding.Finding{}, false
	}
	// a hedge on words the copy leaves out ("welcomed the plan but warned
	// it could take years") is no certainty the copy changed
	st = pairedSource(st, carriedBy(st, keysOf(ct)), hedgeRanks(ct, ""))
	if !mayDrift(st, ct, ix.facts) {
		return finding.Finding{}, false // most sentences: no diff needed
	}
	var changes []headlineChange
	if !short {
		changes = factDrifts(st, ct, ix.facts)
	}
	c, ok := headlineChange{}, false
	if !tiny {
		c, ok = verbNegationFlipped(st, ct, false)
	}
	if !ok && len(srcs) == 1 && !ix.says(ct) {
		c, ok = verbNegationFlipped(st, ct, true)
	}
	if ok {
		changes = append(changes, c)
	} else if !tiny && negationFlipped(st, ct) {
		changes = append(changes, negationChange(st, ct))
	}
	if len(changes) == 0 {
		return finding.Finding{}, false
	}
	sortChanges(changes)
	cs := changedStretch(cd, sent, ct, changes, func(c headlineChange) []int { return c.cp })
	ss := changedStretch(sd, src, st, changes, func(c headlineChange) []int { return c.src })
	list := make([]string, len(changes))
	for i, c := range changes {
		list[i] = c.describe(cd.s, sd.s, ct, st)
	}
	what := "The copy says"
	if code == finding.LeadDrift {
		what = "The lead says"
	} else if c := certaintyCode(changes, hedgeLevel(ct, ""), hedgeLevel(st, "")); c != "" {
		code = c // a hedge dropped or added is one code wherever it stands
	}
	f := finding.New(code, fmt.Sprintf("%s %q where the original says %q.", what, cs.Text, ss.Text),
		finding.Evidence{Copy: &cs, Source: &ss, Detail: "rule=" + string(code) + ": " + strings.Join(list, "; ")})
	if c := hedgeLevel(ct, ""); !keepsAllegation(ct) && c.level >= unhedged && hedgeLevel(st, "").allegation {
		// "is accused of blocking" → "blocked": the presumption of innocence
		f.Severity = finding.Error
		f.Message += " It states as fact what the original reports only as an allegation."
		f.Evidence.Detail += "; an allegation stated as fact"
	}
	return f, true
}

// factDrifts are the changes of certainty, of facts and of a number's
// bound that sentence ct makes to st; facts holds the original's.
func factDrifts(st, ct []text.Token, facts map[string]bool) []headlineChange {
	var changes []headlineChange
	for _, c := range newTitleDiff(st, ct, true).changes() {
		if c.kind == certaintyChanged || c.kind == factChanged && (c.contradicts || len(invented(ct, c.cp, facts)) > 0) {
			changes = append(changes, c)
		}
	}
	if c, ok := boundChange(st, ct); ok {
		changes = append(changes, c)
	}
	return changes
}

// certaintyCode is the hedge code of a sentence's changes when each of
// them changes only its certainty (cp and src): "has lost" for "has
// reportedly lost" is the hedge-strengthened a statement would give, not
// a fact changed. It is "" otherwise.
func certaintyCode(changes []headlineChange, cp, src certaintyOf) finding.Code {
	for _, c := range changes {
		if c.kind != certaintyChanged {
			return ""
		}
	}
	switch firmer(cp, src) {
	case 1:
		return finding.HedgeStrengthened
	case -1:
		return finding.HedgeWeakened
	}
	return ""
}

// mayDrift is a quick test that a sentence ct may change a fact of its
// counterpart st: it gives a name, number or date the original does not,
// or the two differ in certainty or in their negations.
func mayDrift(st, ct []text.Token, facts map[string]bool) bool {
	if len(invented(ct, allOf(ct), facts)) > 0 || hedgeLevel(st, "").level != hedgeLevel(ct, "").level {
		return true
	}
	if sf, cf := factsOf(st), factsOf(ct); !subset(sf, cf) && !subset(cf, sf) {
		return true // perhaps a fact swapped for one the story gives elsewhere
	}
	return negatorCount(st) != negatorCount(ct) || len(boundChanges(numbersOf(st), ct, nil)) > 0
}

func negationCount(ts []text.Token) int {
	n := 0
	for _, t := range ts {
		if isNegation(t.Norm) {
			n++
		}
	}
	return n
}

// invented returns the tokens ix of ts that are names, numbers or dates
// the original (facts) gives nowhere: a sentence may bring up a fact from
// elsewhere in the story, not make one up. Negations are weighed apart,
// by negationFlipped and verbNegationFlipped.
func invented(ts []text.Token, ix []int, facts map[string]bool) []int {
	var out []int
	for _, k := range ix {
		t := ts[k]
		if (t.Number || t.Capital && k > 0 || isDate(ts, k) || numberWordValues[t.Norm] != "") && !facts[factKey(ts, k)] {
			out = append(out, k)
		}
	}
	return out
}

// verbNegationFlipped reports whether two sentences differ, between kept
// words, only by a negation on one verb, and returns the words that
// differ: "won back the seat" for "did not win back the seat" or "failed
// to win back the seat", "broke down" for "never managed to break down".
// The verb may end the sentence ("and the skipper did not agree" for
// "and the skipper agreed"); the kept words tiedNegation asks for around
// it tie the two sentences to one claim. A sentence too short for that
// ("The skipper agreed.", "The skipper never agreed.") is tied when that
// one change is all that parts it from its original (whole). A negation
// replaced by another word ("rather than" for "not", a word a rewriter
// made up) is a rewording, as in negationFlipped.
func verbNegationFlipped(st, ct []text.Token, whole bool) (headlineChange, bool) {
	ops := opCodes(norms(st), norms(ct))
	if whole && len(ops)-equalOps(ops) != 1 {
		return headlineChange{}, false
	}
	for i, op := range ops {
		if op.Tag == 'e' || !whole && !tiedNegation(ops, i) {
			continue
		}
		s, c := st[op.I1:op.I2], ct[op.J1:op.J2]
		if delayedIn(st, op.I1, op.I2) || delayedIn(ct, op.J1, op.J2) {
			continue // "paid in March" for "held off paying until March"
		}
		if !onlyNegatedVerb(s, c) && !onlyNegatedVerb(c, s) {
			continue
		}
		if op.Tag != 'r' {
			// a "not" alone put in or taken out: the kept word it negates
			// shows what changed ("sold" for "not sold"), or the one before
			// a "not" that ends the sentence ("it will" for "it will not")
			if op.I2 < len(st) && op.J2 < len(ct) {
				op.I2, op.J2 = op.I2+1, op.J2+1
			} else if op.I1 > 0 && op.J1 > 0 {
				op.I1, op.J1 = op.I1-1, op.J1-1
			}
		}
		return headlineChange{kind: negationChanged, cp: indices(op.J1, op.J2), src: indices(op.I1, op.I2)}, true
	}
	return headlineChange{}, false
}

// equalOps counts the ops that keep words.
func equalOps(ops []difflib.OpCode) int {
	n := 0
	for _, op := range ops {
		if op.Tag == 'e' {
			n++
		}
	}
	return n
}

// says reports whether the original has the sentence ct word for word: a
// copy's sentence may be that one, not the rewording of another that
// differs by a negation ("The ferry did not sail." where the
// original says it once and "The ferry sailed." once).
func (ix *sentenceIndex) says(ct []text.Token) bool {
	var ps []int
	for _, t := range ct {
		if k, ok := indexKey(t); ok {
			ps = ix.postings[verbKey(k)]
			break
		}
	}
	if len(ps) > maxPostings {
		return true // too common a word to look through: take it as said
	}
	for _, k := range ps {
		if slices.Equal(norms(ix.namesOnly(sentenceTokens(ix.d, ix.d.sents[k]))), norms(ct)) {
			return true
		}
	}
	return false
}

// tiedNegation reports whether the change ops[i] stands among enough
// kept words to be one claim of both sentences. A negation alone put in
// or taken out needs two on each side, as in negationFlipped: "will [not]
// start before" may be reworded around ("will start in the spring at the
// earliest"). A verb that changes its form with it is the claim itself,
// and three kept words before and after it together are enough, all of
// them on one side at a sentence's end: "The pier [did not stay] closed",
// "and the ferry [did not sail]", but not "The ferry [did not sail]".
func tiedNegation(ops []difflib.OpCode, i int) bool {
	before, after := 0, 0 // the ops next to a change keep words, if any
	if i > 0 {
		before = ops[i-1].I2 - ops[i-1].I1
	}
	if i+1 < len(ops) {
		after = ops[i+1].I2 - ops[i+1].I1
	}
	if ops[i].Tag != 'r' {
		return before >= 2 && after >= 2
	}
	return before+after >= 3
}

// indices lists lo, lo+1, …, hi-1.
func indices(lo, hi int) []int {
	out := make([]int, 0, hi-lo)
	for k := lo; k < hi; k++ {
		out = append(out, k)
	}
	return out
}

// onlyNegatedVerb reports whether the words neg are the words plain with
// one negation put in: a "not" or "failed to", with the "did" or "has" it
// takes and a "managed to" it leads through; the verb may change its form
// ("win" for "won").
func onlyNegatedVerb(neg, plain []text.Token) bool {
	n := 0
	var rest []text.Token
	for k := 0; k < len(neg); k++ {
		switch {
		case isNegation(neg[k].Norm):
			n++
		case failedTo(neg, k) && forgoesAct(neg, k) >= 0:
			n++
			k = forgoesAct(neg, k) - 1 // "shied away from": the particle and preposition
		case failedTo(neg, k):
			n++
			k++ // the "to", or the "short" of "fell short of"
			if neg[k].Norm == "short" {
				k++
			}
		case throughTo(neg, k):
			k++
		case !doSupport[neg[k].Norm]:
			rest = append(rest, neg[k])
		}
	}
	if n != 1 || len(rest) != len(plain) {
		return false
	}
	for k, t := range rest {
		a, okA := indexKey(t)
		b, okB := indexKey(plain[k])
		if t.Norm != plain[k].Norm && !(okA && okB && sameVerb(a, b)) {
			return false
		}
	}
	return true
}

// doSupport are the auxiliaries a negation brings or keeps: "did not
// win" for "won", "has not won" for "won".
var doSupport = wordSet(`do does did has have had`)

// negationChange names the negations one sentence has and the other
// lacks, "failed to" and the like among them.
func negationChange(st, ct []text.Token) headlineChange {
	only := func(ts, other []text.Token) []int {
		has := map[string]bool{}
		for k, t := range other {
			if !failedTo(other, k) {
				has[t.Norm] = true
			} else {
				has["failed to:"+t.Norm] = true
			}
		}
		var out []int
		for k, t := range ts {
			if isNegation(t.Norm) && !has[t.Norm] {
				out = append(out, k)
			} else if failedTo(ts, k) && !has["failed to:"+t.Norm] {
				out = append(out, k, k+1)
			}
		}
		return out
	}
	return headlineChange{cp: only(ct, st), src: only(st, ct)}
}

// explainedNotFound drops the statement-not-found findings on a sentence
// that a lead-drift or fact-drift finding (drift) shows to be the
// original's sentence with its facts changed: the statement is there,
// altered, and the drift finding lists how.
func explainedNotFound(fs, drift []finding.Finding) []finding.Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Code != finding.StatementNotFound || f.Evidence.Copy == nil || !copyOverlaps(*f.Evidence.Copy, drift) {
			out = append(out, f)
		}
	}
	return out
}

// copyOverlaps reports whether a finding's copy evidence overlaps span sp.
func copyOverlaps(sp text.Span, fs []finding.Finding) bool {
	for _, f := range fs {
		if f.Evidence.Copy != nil && f.Evidence.Copy.Start < sp.End && sp.Start < f.Evidence.Copy.End {
			return true
		}
	}
	return false
}

// questioned reports whether a finding about a passage's facts covers
// part of span sp of the copy: asked indexes the copy spans of such
// findings (questionedSpans).
func questioned(sp text.Span, asked *spanIndex) bool {
	return asked.overlaps(span{sp.Start, sp.End})
}

// questionedSpans are the copy spans of the findings that question a
// passage's facts.
func questionedSpans(fs []finding.Finding) *spanIndex {
	var out []span
	for _, f := range fs {
		if f.Evidence.Copy != nil && factCode(f.Code) {
			out = append(out, span{f.Evidence.Copy.Start, f.Evidence.Copy.End})
		}
	}
	return newSpanIndex(out)
}

// holdsStatement reports whether a checked statement lies in span sp:
// held indexes the checks' spans (checkSpans).
func holdsStatement(sp text.Span, held *spanIndex) bool {
	return held.overlaps(span{sp.Start, sp.End})
}

// checkSpans are the copy spans of the checked statements.
func checkSpans(checks []Check) *spanIndex {
	out := make([]span, len(checks))
	for i, ck := range checks {
		out[i] = span{ck.Span.Start, ck.Span.End}
	}
	return newSpanIndex(out)
}

// factCode reports whether a finding already questions a passage's facts.
func factCode(c finding.Code) bool {
	switch c {
	case finding.StatementAltered, finding.QuoteAltered, finding.HedgeStrengthened, finding.HedgeWeakened:
		return true
	}
	return false
}

// keysOf are the distinct content words of ts.
func keysOf(ts []text.Token) map[string]bool {
	out := map[string]bool{}
	for _, t := range ts {
		if k, ok := indexKey(t); ok {
			out[k] = true
		}
	}
	return out
}

// verbKeysOf is the set of the keys of the content words of ts, the
// forms of an irregular verb one key: "paid" rewrites "held off paying".
func verbKeysOf(ts []text.Token) map[string]bool {
	out := map[string]bool{}
	for _, t := range ts {
		if k, ok := indexKey(t); ok {
			out[verbKey(k)] = true
		}
	}
	return out
}

// dateline matches the place, and perhaps the agency, that opens a
// story: "KELBY (Reuters) — ", "WASHINGTON — ".
var dateline = regexp.MustCompile(`^\p{Lu}[\p{Lu} .,'-]*(?:\s*\([^)]{1,40}\))?(?:\s*[—–]|\s+-+)\s+`)

// afterDateline is where sentence sent of s starts past a dateline, which
// a copy may add or drop without changing a fact.
func afterDateline(s string, sent span) int {
	if m := dateline.FindStringIndex(s[sent.start:sent.end]); m != nil && m[1] < sent.end-sent.start {
		return sent.start + m[1]
	}
	return sent.start
}

// capitalRuns adds to names the words of d that a capital marks as a name
// in German, where every noun is capitalised, and returns names: those in
// a run of two or more capitalised words past a sentence's first ("Lea
// Hofmann", "Stadtwerke Ulm"), and a word after a name's cue ("laut
// Brandt", "sagte Brandt", "Dr. Roth"), which is how German news names a
// person after the first mention. A name so found marks the word
// everywhere: "Brandt" alone, after "Jonas Brandt". A lone capitalised
// noun ("Privatkunden" for "Haushaltskunden") is none.
func capitalRuns(d *doc, names map[string]bool) map[string]bool {
	for _, s := range d.sents {
		i, j := d.tokRange(s.start, s.end)
		for k := i; k+1 < j; k++ {
			t, n := d.toks[k], d.toks[k+1]
			switch {
			case !n.Capital:
			case k > i && t.Capital && d.gapClean(k, k+1, -1):
				names[t.Norm], names[n.Norm] = true, true
			case germanNameCues[t.Norm] && strings.Trim(d.s[t.End:n.Start], " .") == "":
				names[n.Norm] = true
			}
		}
	}
	return names
}

// germanNameCues stand before a person's name: "laut Brandt", "sagte
// Brandt", "Herr Roth", "Dr. Roth".
var germanNameCues = wordSet(`laut sagte sagt meinte meint erklärte erklärt betonte betont ergänzte ergänzt
	herr herrn frau dr prof`)

// namesOnly is ts with the capital mark kept only on the index's names,
// when it has a list of them; ts itself otherwise.
func (ix *sentenceIndex) namesOnly(ts []text.Token) []text.Token {
	if ix.names == nil {
		return ts
	}
	out := slices.Clone(ts)
	for k := range out {
		out[k].Capital = out[k].Capital && ix.names[out[k].Norm]
	}
	return out
}

// sentenceTokens are the tokens of d inside sentence s.
func sentenceTokens(d *doc, s span) []text.Token {
	i, j := d.tokRange(s.start, s.end)
	return d.toks[i:j]
}

// changedStretch is the span of d from the first to the last token of ts
// (tokens of sentence sent) that the changes name on one side (pick), or
// the whole sentence when none does.
func changedStretch(d *doc, sent span, ts []text.Token, changes []headlineChange, pick func(headlineChange) []int) text.Span {
	lo, hi := changedRange(changes, pick)
	if lo < 0 {
		return d.span(sent.start, sent.end)
	}
	start, _ := extent(d.s, ts, lo)
	_, end := extent(d.s, ts, hi)
	return d.span(start, end)
}

// carriedBy reports, for a token of st, whether it is one of the copy's
// content words.
func carriedBy(st []text.Token, words map[string]bool) func(i int) bool {
	return func(i int) bool {
		if i < 0 || i >= len(st) {
			return false
		}
		k, ok := indexKey(st[i])
		return ok && words[k]
	}
}

func subset(a, b map[string]bool) bool {
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}
