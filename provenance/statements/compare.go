package statements

import (
	"fmt"
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
	cs     []Statement
	// titleFlagged holds the speakers already given a speaker-title-changed
	// finding, by lower-cased name.
	titleFlagged map[string]bool
}

// Compare checks every statement of copyText against sourceText. It returns
// one Check per statement of the copy, in copy order, and the findings,
// each with evidence in both texts.
func Compare(copyText, sourceText string, opts Options) ([]Check, []finding.Finding) {
	cd, sd := newDoc(copyText, opts.Language), newDoc(sourceText, opts.Language)
	c := &comparer{cd: cd, sd: sd, ix: newSourceIndex(sd), ss: findIn(sd), titleFlagged: map[string]bool{}}
	for _, st := range c.ss {
		c.ssByte = append(c.ssByte, span{sd.runes.ByteOffset(st.Content.Start), sd.runes.ByteOffset(st.Content.End)})
	}
	cs := findIn(cd)
	c.cs = cs
	checks := make([]Check, 0, len(cs))
	var fs []finding.Finding
	for _, st := range cs {
		ck, f := c.check(st)
		checks = append(checks, ck)
		fs = append(fs, f...)
	}
	fs = append(fs, c.droppedAttributions(cs)...)
	fs = dedupe(fs)
	finding.Sort(fs)
	return checks, fs
}

func (c *comparer) copyTokens(sp text.Span) []text.Token {
	i, j := c.cd.tokRange(c.cd.runes.ByteOffset(sp.Start), c.cd.runes.ByteOffset(sp.End))
	return c.cd.toks[i:j]
}

// best aligns copy tokens with the top candidate sentences of the source.
func (c *comparer) best(ct []text.Token, direct bool) (alignment, bool) {
	var best alignment
	ok := false
	cands := c.ix.candidates(ct, candidatesPerQ)
	if len(cands) == 0 && len(ct) > 0 {
		// only stop words ("on the up and up"): look for the words verbatim
		raw := c.cd.s[ct[0].Start:ct[len(ct)-1].End]
		if at := strings.Index(c.sd.s, raw); at >= 0 {
			if si := c.sentenceAt(at); si >= 0 {
				cands = []int{si}
			}
		}
	}
	for _, si := range cands {
		al := c.ix.align(ct, si)
		al.score = al.coverage + al.ratio + 0.1*c.sameQuoting(ct, al)
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

// sameQuoting is the share of aligned words quoted alike in both texts, so
// a quote prefers the quoted one of two identical passages (a headline
// often repeats a quote without marks).
func (c *comparer) sameQuoting(ct []text.Token, al alignment) float64 {
	q := c.quoteMarks(ct, al)
	return 1 - ratio(q.dropped+q.added, q.matched)
}

// sentenceAt is the source sentence holding byte b, or -1.
func (c *comparer) sentenceAt(b int) int {
	k := sort.Search(len(c.sd.sents), func(k int) bool { return c.sd.sents[k].end > b })
	if k < len(c.sd.sents) && c.sd.sents[k].start <= b {
		return k
	}
	return -1
}

// regionSpan is the source span of an alignment's matched tokens.
func (c *comparer) regionSpan(al alignment) (span, text.Span) {
	b := span{c.sd.toks[al.srcTok[0]].Start, c.sd.toks[al.srcTok[1]-1].End}
	return b, c.sd.span(b.start, b.end)
}

// statementAt is the source statement overlapping b most, or -1.
func (c *comparer) statementAt(b span) int {
	best, bestOv := -1, 0
	for i, s := range c.ssByte {
		if ov := min(s.end, b.end) - max(s.start, b.start); ov > bestOv {
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

// check gives the verdict on one statement of the copy.
func (c *comparer) check(st Statement) (Check, []finding.Finding) {
	ck := Check{Kind: st.Kind, Text: st.Content.Text, Span: st.Content, Speaker: speakerName(st.Speaker), SpeakerTitle: speakerTitle(st.Speaker)}
	ct := c.copyTokens(st.Content)
	al, ok := c.best(ct, st.Kind == Direct)
	if !ok && st.Kind == Reported && len(ct) > 0 {
		if k, cov := c.loosePara(st, ct); k >= 0 {
			return c.paraphraseOf(st, k, cov), nil
		}
	}
	if len(ct) == 0 || !ok {
		ck.Verdict = NotFound
		return ck, []finding.Finding{c.notFound(st)}
	}
	rb, rs := c.regionSpan(al)
	m := &match{st: st, ct: ct, src: c.sd.toks[al.srcTok[0]:al.srcTok[1]], al: al, qm: c.quoteMarks(ct, al), cspan: st.Content, rs: rs}
	si := c.statementFor(rb, st.Kind)
	var srcSt *Statement
	ck.Source = &Source{Span: rs, Kind: "unattributed"}
	if si >= 0 {
		srcSt = &c.ss[si]
		ck.Source.Kind, ck.Source.Speaker, ck.Source.SpeakerTitle = string(srcSt.Kind), speakerName(srcSt.Speaker), speakerTitle(srcSt.Speaker)
	}
	if m.srcQuoted() {
		ck.Source.Kind = string(Direct)
	}
	fs := m.verdict(&ck)
	if len(ct) >= minSpeakerWords {
		fs = append(fs, c.speakerFindings(st, srcSt, rb, &ck, m.cspan, rs)...)
		fs = append(fs, c.mergedClaims(st, al, si, m.cspan)...)
	}
	fs = append(fs, hedgeDrift(hedgeLevel(ct, st.Cue), hedgeLevel(m.src, cueOf(srcSt)), m.cspan, rs)...)
	return ck, fs
}

func (c *comparer) notFound(st Statement) finding.Finding {
	cspan := st.Content
	code, what := finding.StatementNotFound, "statement"
	if st.Kind == Direct {
		code, what = finding.QuoteNotFound, "quote"
	}
	return finding.New(code, fmt.Sprintf("The %s %q has no support in the original.", what, clip(st.Content.Text)),
		finding.Evidence{Copy: &cspan, Detail: fmt.Sprintf("rule=%s: searched %d source sentences by content words, names and numbers; no passage holds most of its words", code, len(c.sd.sents))})
}

// match is one statement of the copy aligned with its source passage.
type match struct {
	st        Statement
	ct, src   []text.Token
	al        alignment
	qm        quoteMarks
	cspan, rs text.Span
}

func (m *match) ev(detail string) finding.Evidence {
	cs, rs := m.cspan, m.rs
	return finding.Evidence{Copy: &cs, Source: &rs, Detail: detail}
}

// srcQuoted tells whether most aligned source words stand in a quotation.
func (m *match) srcQuoted() bool { return m.qm.srcQuoted*2 >= m.qm.matched }

func (m *match) altered(ck *Check, code finding.Code, msg string) finding.Finding {
	ck.Verdict, ck.Diff = Altered, wordDiff(m.src, m.ct)
	f := finding.New(code, fmt.Sprintf(msg, clip(m.st.Content.Text)), m.ev(""))
	f.Severity, f.Evidence.Detail = alterationSeverity(code, m.src, m.ct)
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
		return []finding.Finding{m.altered(ck, finding.QuoteAltered, "The quote %q differs from the original's words.")}
	case st.Kind == Direct:
		ck.Verdict = Paraphrased
		if al.exact {
			ck.Verdict = Verbatim
		}
		if qm.added >= 2 && qm.added*2 >= qm.matched {
			return []finding.Finding{finding.New(finding.QuoteMarksAdded, fmt.Sprintf("The copy quotes %q, which the original does not quote.", words),
				m.ev(fmt.Sprintf("rule=quote-marks-added: %d of the %d matching source words stand outside any quotation", qm.added, qm.matched)))}
		}
	case dropped && al.ratio >= nearVerbatim && changesFacts(m.src, m.ct):
		return []finding.Finding{m.altered(ck, finding.QuoteAltered, "Reported speech changes the quoted words of the original: %q."), m.marksDropped()}
	case dropped:
		ck.Verdict = Paraphrased
		fs := []finding.Finding{finding.New(finding.QuoteParaphrased, fmt.Sprintf("A quote of the original is rendered as reported speech: %q.", words),
			m.ev(fmt.Sprintf("rule=quote-paraphrased: %d of the %d matching words are quoted in the source but not in the copy", qm.dropped, qm.matched)))}
		if al.ratio >= nearVerbatim {
			fs = append(fs, m.marksDropped())
		}
		return fs
	case al.exact:
		ck.Verdict = Verbatim
	case al.ratio >= nearVerbatim && changesFacts(m.src, m.ct):
		// reported words kept but a number, name or negation changed
		return []finding.Finding{m.altered(ck, finding.StatementAltered, "The statement %q changes a number, name or negation of the original's words.")}
	default:
		ck.Verdict = Paraphrased
	}
	return nil
}

func (m *match) marksDropped() finding.Finding {
	return finding.New(finding.QuoteMarksDropped, fmt.Sprintf("The copy drops the quote marks around %q.", clip(m.st.Content.Text)),
		m.ev(fmt.Sprintf("rule=quote-marks-dropped: %d of the %d matching words lost their quote marks", m.qm.dropped, m.qm.matched)))
}

// loosePara finds, for a reported statement whose words are not in the
// source, a statement of the same speaker on the same matter: a loose
// paraphrase is not an invention. It returns the statement and the share
// of content words shared, or -1.
func (c *comparer) loosePara(st Statement, ct []text.Token) (int, float64) {
	if st.Speaker == nil || st.Speaker.Kind == "unknown" {
		return -1, 0
	}
	best, bestCov := -1, 0.0
	for k, s := range c.ss {
		if s.Speaker == nil || !sameSpeaker(s.Speaker.Name, st.Speaker.Name) {
			continue
		}
		i, j := c.sd.tokRange(c.ssByte[k].start, c.ssByte[k].end)
		cov := contentCoverage(ct, c.sd.toks[i:j])
		if cov > bestCov && cov*float64(contentWords(ct)) >= 3 {
			best, bestCov = k, cov
		}
	}
	if bestCov < 0.25 {
		return -1, 0
	}
	return best, bestCov
}

func (c *comparer) paraphraseOf(st Statement, k int, cov float64) Check {
	s := c.ss[k]
	return Check{Kind: st.Kind, Text: st.Content.Text, Span: st.Content, Speaker: speakerName(st.Speaker), SpeakerTitle: speakerTitle(st.Speaker),
		Verdict: Paraphrased, Source: &Source{Span: c.sd.span(c.ssByte[k].start, c.ssByte[k].end), Kind: string(s.Kind), Speaker: speakerName(s.Speaker), SpeakerTitle: speakerTitle(s.Speaker)}}
}

// minSpeakerWords keeps two-word scare quotes, which recur across an
// article, out of speaker comparisons.
const minSpeakerWords = 4

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
	for i, s := range c.ssByte {
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

// speakersAt lists the speakers of every source statement covering most of b.
func (c *comparer) speakersAt(b span) []*Speaker {
	var out []*Speaker
	for i, s := range c.ssByte {
		in := min(s.end, b.end) - max(s.start, b.start)
		if in*2 >= b.end-b.start && c.ss[i].Speaker != nil {
			out = append(out, c.ss[i].Speaker)
		}
	}
	return out
}

func cueOf(st *Statement) string {
	if st == nil {
		return ""
	}
	return st.Cue
}

// speakerFindings compares the copy's speaker with the source passage's.
func (c *comparer) speakerFindings(st Statement, srcSt *Statement, rb span, ck *Check, cspan, rs text.Span) []finding.Finding {
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
	if comparable(cp, sp) && !sameSpeaker(cp.Name, sp.Name) && speechCue(st.Cue) && !c.copyAlsoBy(cspan, sp) {
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
		return []finding.Finding{finding.New(finding.SpeakerTitleChanged, fmt.Sprintf("%s is %q in the copy but %q in the original.", cp.Name, speakerTitle(cp), speakerTitle(sp)),
			ev(fmt.Sprintf("rule=speaker-title-changed: the copy's title or affiliation adds %q", strings.Join(newTitleWords(speakerTitle(cp), speakerTitle(sp)), " "))))}
	}
	return nil
}

// copyAlsoBy reports whether another statement of the copy around cspan
// is by sp: a nested attribution ("X said Y found Z") still credits X.
func (c *comparer) copyAlsoBy(cspan text.Span, sp *Speaker) bool {
	for _, o := range c.cs {
		if o.Speaker != nil && o.Content.Start <= cspan.Start && cspan.End <= o.Content.End+2 && sameSpeaker(o.Speaker.Name, sp.Name) {
			return true
		}
	}
	return false
}

// speechCues are the verbs that put words in a mouth; a belief or an act
// ("wants", "found", "defends") read as a cue cannot misattribute words.
var speechCues = wordSet(`say says said tell tells told according explain explains explained warn warns
	warned note notes noted add adds added claim claims claimed state states stated announce announces
	announced insist insists insisted argue argues argued write writes wrote tweet tweets tweeted
	declare declares declared assert asserts asserted stress stresses stressed highlight highlights
	highlighted respond responds responded reply replies replied recall recalls recalled acknowledge
	acknowledges acknowledged admit admits admitted remark remarks remarked comment comments commented
	testify testifies testified predict predicts predicted emphasize emphasizes emphasized`)

func speechCue(cue string) bool {
	f := strings.Fields(strings.ToLower(cue))
	return len(f) > 0 && speechCues[f[0]]
}

// comparable says whether two speakers can be told apart by name: vague
// sources ("officials", an unresolved "he") never contradict anyone.
func comparable(a, b *Speaker) bool {
	return a.Kind != "unknown" && b.Kind != "unknown"
}

// titleChanged reports whether the copy's title or affiliation for a
// speaker says something the source's does not: a content word (after the
// tokenizer's normalisation of case, quote marks, dashes and inflection)
// that the source's never uses. Typography, reordering and a shortened
// title are no change.
func titleChanged(cp, src *Speaker) bool {
	tc, ts := speakerTitle(cp), speakerTitle(src)
	if tc == "" || ts == "" {
		return false
	}
	return len(newTitleWords(tc, ts)) > 0
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
		if k, ok := indexKey(t); ok && !have[k] {
			out = append(out, t.Norm)
		}
	}
	return out
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
		if m < 0 || c.ix.sentOf[m] < 0 {
			continue
		}
		s := c.ix.sentOf[m]
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
		if k := c.statementAt(b); k >= 0 && c.ss[k].Speaker != nil || k == si && si >= 0 {
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
func (c *comparer) droppedAttributions(cs []Statement) []finding.Finding {
	var fs []finding.Finding
	for _, sent := range c.cd.sents {
		a, b := c.cd.runes.Index(sent.start), c.cd.runes.Index(sent.end)
		if overlapsAny(cs, a, b) {
			continue
		}
		i, j := c.cd.tokRange(sent.start, sent.end)
		ct := c.cd.toks[i:j]
		if contentWords(ct) < 4 {
			continue
		}
		al, ok := c.best(ct, false)
		if !ok || al.coverage < droppedCoverage {
			continue
		}
		rb, rs := c.regionSpan(al)
		k := c.statementAt(rb)
		if k < 0 || c.ss[k].Speaker == nil || c.ss[k].Speaker.Kind == "unknown" || !covers(c.ssByte[k], rb) {
			continue
		}
		cspan := c.cd.span(sent.start, sent.end)
		fs = append(fs, finding.New(finding.AttributionDropped, fmt.Sprintf("The original attributes this to %s; the copy states it without attribution.", c.ss[k].Speaker.Name),
			finding.Evidence{Copy: &cspan, Source: &rs, Detail: fmt.Sprintf("rule=attribution-dropped: unattributed copy sentence matches %.0f%% of the content words of a statement by %s", al.coverage*100, c.ss[k].Speaker.Name)}))
		srcToks := c.sd.toks[al.srcTok[0]:al.srcTok[1]]
		fs = append(fs, hedgeDrift(hedgeLevel(ct, ""), hedgeLevel(srcToks, c.ss[k].Cue), cspan, rs)...)
	}
	return fs
}

// covers reports whether statement span s holds most of region b.
func covers(s, b span) bool {
	in := min(s.end, b.end) - max(s.start, b.start)
	return in*2 >= b.end-b.start
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

func clip(s string) string {
	r := []rune(s)
	if len(r) > 80 {
		return string(r[:77]) + "..."
	}
	return s
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
