package statements

// How a direct quote of the copy is read against the quotation of the
// original it matches: which quotations it joins, and which of its
// differences are an editor's licence rather than changed words: an
// ellipsis, a bracketed clarification, a number written in another style.

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/provcheck/provcheck/provenance/finding"
	"github.com/provcheck/provcheck/provenance/text"
)

// Bounds of the quote rules, in tokens.
const (
	// maxJoinAttribution is the longest attribution between two quotations
	// a copy may join: "said Councillor Fiona Gallagher, who chairs the
	// environment committee".
	maxJoinAttribution = 12
	// maxBracketed is the longest bracketed clarification, and the most
	// words of the original it may stand for: "[the council]" for "they".
	maxBracketed = 6
	// maxReplacedByBracket is the most words of the original one bracketed
	// clarification may replace.
	maxReplacedByBracket = 4
	// maxNegationScope is how far before an ellipsis, within its clause, a
	// negation still governs the words the ellipsis leaves out: "we are
	// not going to spend it on a … job".
	maxNegationScope = 12
	// maxSlide bounds how far a deletion is slid to find its ellipsis, so
	// a quote of one word repeated costs no more than others.
	maxSlide = 8
)

// trimToQuotes drops from the ends of a direct quote's source region,
// when it is mostly quoted, the words outside any quotation that the copy
// does not share: the region widens over as many words as the copy's
// unmatched first or last words, which reaches past a quotation's opening
// mark into its attribution ("added: “They …" for "“[The council] …").
// Those words are not the speaker's. Reported speech keeps them: its
// replaced first word ("will" for the source's "may" before a quotation)
// carries a hedge.
func (c *comparer) trimToQuotes(ct []text.Token, al alignment) alignment {
	if q := c.quoteMarks(ct, al); q.matched == 0 || q.srcQuoted*2 < q.matched {
		return al
	}
	lo, hi := al.srcTok[0], al.srcTok[1]
	matched := make(map[int]bool, len(al.matched))
	for _, m := range al.matched {
		matched[m] = m >= 0
	}
	for lo < hi && !matched[lo] && c.sd.inQuote(c.sd.toks[lo].Start) < 0 {
		lo++
	}
	for hi > lo && !matched[hi-1] && c.sd.inQuote(c.sd.toks[hi-1].Start) < 0 {
		hi--
	}
	al.srcTok = [2]int{lo, hi}
	return al
}

// joinQuotes reads a direct quote's source as the words of the quotations
// its region spans, without the attribution between them, when a copy may
// join them into one quote: a quotation split around its attribution
// ("“We should fix the basics first,” he said, “and then talk about
// perks”"), or consecutive quotations of one speaker ("“A,” he said.
// “B.”"). The attribution is then no word the copy deleted. It reports
// whether it joined quotations.
func (c *comparer) joinQuotes(m *match) bool {
	lo, hi := m.al.srcTok[0], m.al.srcTok[1]
	var quoted []text.Token
	prevQ, prevK := -1, -1
	for k := lo; k < hi; k++ {
		q := c.sd.inQuote(c.sd.toks[k].Start)
		if q < 0 {
			if prevQ < 0 {
				return false // words before the first quotation are no attribution between two
			}
			continue
		}
		if prevQ >= 0 && q != prevQ && !c.joinable(prevQ, q, prevK, k) {
			return false
		}
		prevQ, prevK = q, k
		quoted = append(quoted, c.sd.toks[k])
	}
	if prevK != hi-1 || len(quoted) == hi-lo {
		return false // words after the last quotation, or nothing between quotations
	}
	m.src = quoted
	return true
}

// joinable reports whether quotation qb, whose first word in the region is
// token kb, may be read as continuing quotation qa, whose last is ka: the
// next quotation, after no more than an attribution, not of another
// speaker, and, when it opens a new sentence, of the same speaker and
// after words of one sentence, the attribution ("“A,” said Brook. “B,”
// Reyes replied." are two speakers' words; "“A,” she said. The council
// disagreed. “B.”" is no joined quote).
func (c *comparer) joinable(qa, qb, ka, kb int) bool {
	if qb != qa+1 || kb-ka-1 > maxJoinAttribution {
		return false
	}
	a, b := c.quoteSpeaker(qa), c.quoteSpeaker(qb)
	same := a != nil && b != nil && sameSpeaker(a.Name, b.Name)
	if c.sentTok(ka, false) == c.sentTok(kb, false) {
		return same || a == nil || b == nil // a split quote's second half often has no speaker of its own
	}
	if kb-ka > 1 && (c.sentTok(ka+1, false) != c.sentTok(kb-1, false) || c.sentTok(kb-1, false) == c.sentTok(kb, false)) {
		return false // the words between hold more than one sentence, or lead into B's
	}
	return same
}

// quoteSpeaker is the speaker of the source's direct statement in
// quotation q, or nil.
func (c *comparer) quoteSpeaker(q int) *Speaker {
	qq := c.sd.quotes[q]
	for i, s := range c.ssByte {
		if c.ss[i].Kind == Direct && c.ss[i].Speaker != nil && s.start >= qq.open && s.start < qq.close {
			return c.ss[i].Speaker
		}
	}
	return nil
}

// readQuote compares a direct quote of the copy with its quoted source:
// the quotations it joins, numbers by their value, and the marks of an
// editor's licence. When only those differ, the quote is verbatim; it
// returns the spans of words left out inside a negated clause, for a note.
// When words differ and the copy's quotation runs to the end of a
// sentence, the source passage runs to the end of that sentence of the
// quotation too, so the evidence shows all the words the copy changed.
func (c *comparer) readQuote(m *match, cb span) []elision {
	joined := c.joinQuotes(m)
	if joined {
		m.factSrc = m.src
	}
	if !m.srcQuoted() {
		return nil
	}
	src, cp := valuedNumbers(c.sd, m.src), valuedNumbers(c.cd, m.ct)
	m.factSrc, m.ct = valuedNumbers(c.sd, m.factSrc), cp
	ops := opCodes(norms(src), norms(cp))
	// the licence holds within one speaker's words: one quotation, or
	// quotations joined; "“A … B”" over two speakers' quotations is no elision
	if notes, ok := c.licensed(ops, src, cp, cb); ok && (joined || c.oneQuotation(src)) {
		m.al.exact = true
		return notes
	}
	m.src = src
	c.toSentenceEnd(m, cb)
	return nil
}

// oneQuotation reports whether the tokens ts all stand in one quotation
// of the source.
func (c *comparer) oneQuotation(ts []text.Token) bool {
	if len(ts) == 0 {
		return false
	}
	q := c.sd.inQuote(ts[0].Start)
	return q >= 0 && c.sd.inQuote(ts[len(ts)-1].Start) == q
}

// elision is a stretch of the original's quote a copy leaves out with an
// ellipsis inside a negated clause: the copy's words around it, and the
// original's words left out.
type elision struct {
	copyAt   text.Token // the copy's word after the ellipsis
	left     []text.Token
	negation string // the copy's negation before the ellipsis
}

// licensed reports whether every difference the diff ops find between the
// quoted source words src and the copy's cp is an editor's licence: words
// left out where the copy prints an ellipsis, or put in or replaced by
// words in square brackets. An ellipsis that leaves out a negation must
// leave out its whole clause ("…, and we will not …,"), or the sense
// flips; a bracket may neither hold nor replace a negation or a number,
// and replaces only a few stop words ("[The council]" for "They").
func (c *comparer) licensed(ops []difflib.OpCode, src, cp []text.Token, cb span) ([]elision, bool) {
	br := c.bracketed(cp, cb)
	var notes []elision
	for k, op := range ops {
		switch op.Tag {
		case 'e':
			continue
		case 'd':
			i1, i2, j, ok := c.elisionOf(ops, k, src, cp, cb)
			if !ok {
				return nil, false
			}
			if neg := c.negationBefore(cp, j); neg != "" && j < len(cp) {
				notes = append(notes, elision{copyAt: cp[j], left: src[i1:i2], negation: neg})
			}
		case 'i':
			if !allTrue(br[op.J1:op.J2]) || !plainClarification(nil, cp[op.J1:op.J2]) {
				return nil, false
			}
		case 'r':
			if !allTrue(br[op.J1:op.J2]) || !plainClarification(src[op.I1:op.I2], cp[op.J1:op.J2]) {
				return nil, false
			}
		}
	}
	return notes, true
}

// elisionNotes tells an editor where a verbatim quote leaves out words
// inside a negated clause: "I do not support … the plan" for "I do not
// support cuts to the plan" reverses what is rejected, and only a reader
// can tell it from "we are not going to … watch it fall" for "not going
// to sit back and watch it fall".
func (m *match) elisionNotes(es []elision) []finding.Finding {
	var fs []finding.Finding
	for _, e := range es {
		left := joinSurfaces(e.left)
		fs = append(fs, finding.New(finding.QuoteElided, fmt.Sprintf("The quote \"%s\" leaves out \"%s\" after \"%s\"; check that the sense is kept.", clip(m.st.Content.Text), text.Clip(left, 60), e.negation),
			m.ev(fmt.Sprintf("rule=quote-elided: the ellipsis before %q leaves out %d words of the original within the clause of %q", e.copyAt.Surface, len(e.left), e.negation))))
	}
	return fs
}

func joinSurfaces(ts []text.Token) string {
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = t.Surface
	}
	return strings.Join(w, " ")
}

// elisionOf finds where the copy's ellipsis stands for the source words
// that diff op k deletes. A diff places a deletion at one of the places it
// may slide to over equal words: "exactly what [transpired and what]
// motivated" is "exactly [what transpired and] what motivated", and the
// copy's "exactly … what motivated" puts the ellipsis at the second. It
// returns the deleted words and the copy word after the ellipsis.
func (c *comparer) elisionOf(ops []difflib.OpCode, k int, src, cp []text.Token, cb span) (int, int, int, bool) {
	op := ops[k]
	before, after := 0, 0 // equal words the deletion may slide over
	if k > 0 && ops[k-1].Tag == 'e' {
		before = min(ops[k-1].I2-ops[k-1].I1, maxSlide)
	}
	if k+1 < len(ops) && ops[k+1].Tag == 'e' {
		after = min(ops[k+1].I2-ops[k+1].I1, maxSlide)
	}
	fits := func(s int) bool {
		return c.elidedAt(cp, op.J1+s, cb) && c.clauseLeftWhole(src[op.I1+s:op.I2+s])
	}
	for s := 0; ; s-- {
		if fits(s) {
			return op.I1 + s, op.I2 + s, op.J1 + s, true
		}
		if -s >= before || src[op.I1+s-1].Norm != src[op.I2+s-1].Norm {
			break
		}
	}
	for s := 1; s <= after && src[op.I1+s-1].Norm == src[op.I2+s-1].Norm; s++ {
		if fits(s) {
			return op.I1 + s, op.I2 + s, op.J1 + s, true
		}
	}
	return 0, 0, 0, false
}

// plainClarification reports whether bracketed words may stand for the
// original's words replaced: no negation or number on either side, and
// only a few stop words replaced, a pronoun or an article, not a word
// that carries the speaker's meaning.
func plainClarification(replaced, words []text.Token) bool {
	if len(replaced) > maxReplacedByBracket {
		return false
	}
	for _, t := range replaced {
		if !t.Stop || statesFact(t) {
			return false
		}
	}
	for _, t := range words {
		if statesFact(t) {
			return false
		}
	}
	return true
}

// statesFact reports whether a word is a negation or a number.
func statesFact(t text.Token) bool {
	return isNegation(t.Norm) || t.Number || strings.HasPrefix(t.Norm, "#") || strings.ContainsAny(t.Surface, "0123456789") || numberWords[t.Norm]
}

// clauseLeftWhole reports whether the original's words left out hold no
// negation, or are a whole clause: punctuation or a quotation's end on
// both sides ("running, and we are not going to sit back and watch it
// fall further," — left out whole — but not "will [not] raise").
func (c *comparer) clauseLeftWhole(left []text.Token) bool {
	neg := false
	for _, t := range left {
		neg = neg || isNegation(t.Norm)
	}
	if !neg {
		return true
	}
	return clauseBreak(c.sd.gapBefore(left[0].Start)) && clauseBreak(c.sd.gapAfter(left[len(left)-1].End))
}

// clauseBreak reports whether the text between two words ends a clause.
func clauseBreak(gap string) bool {
	return gap == "" || strings.ContainsAny(gap, ",;:.!?—–()\"“”«»")
}

// gapBefore is the text between the token starting at byte b and the
// token before it, or the text's start.
func (d *doc) gapBefore(b int) string {
	k := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= b })
	if k == 0 {
		return ""
	}
	return d.s[d.toks[k-1].End:b]
}

// gapAfter is the text between the token ending at byte e and the next
// token, or the text's end.
func (d *doc) gapAfter(e int) string {
	k := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= e })
	if k == len(d.toks) {
		return ""
	}
	return d.s[e:d.toks[k].Start]
}

// elidedAt reports whether the copy prints an ellipsis before its word j
// ("…", "...", ". . .", "[…]"); j may be just past the last word.
func (c *comparer) elidedAt(cp []text.Token, j int, cb span) bool {
	g := c.copyGap(cp, j, cb)
	return strings.Contains(g, "…") || strings.Contains(g, "...") || strings.Contains(g, ". . .")
}

// copyGap is the copy's text before its word j of cp, back to the word
// before or the start of the statement's bytes cb; for j just past the
// last word, the text after it to the end of cb.
func (c *comparer) copyGap(cp []text.Token, j int, cb span) string {
	from, to := cb.start, cb.end
	if j > 0 {
		from = cp[j-1].End
	}
	if j < len(cp) {
		to = cp[j].Start
	}
	if from > to {
		return ""
	}
	return c.cd.s[from:to]
}

// negationBefore returns the negation that governs copy word j: one of
// the few words before it, in the same clause ("we are not going to …
// watch"), or "".
func (c *comparer) negationBefore(cp []text.Token, j int) string {
	for x := j - 1; x >= 0 && x >= j-maxNegationScope; x-- {
		if isNegation(cp[x].Norm) {
			return cp[x].Surface
		}
		if x > 0 && clauseBreak(c.cd.s[cp[x-1].End:cp[x].Start]) {
			return ""
		}
	}
	return ""
}

// bracketed marks the copy words that stand inside square brackets, an
// editor's own words in a quote; a bracket must close within a few words,
// so a stray "[" marks nothing.
func (c *comparer) bracketed(cp []text.Token, cb span) []bool {
	out := make([]bool, len(cp))
	gap := func(j int) string { return c.copyGap(cp, j, cb) }
	for j := 0; j < len(cp); j++ {
		if g := gap(j); !strings.Contains(g, "[") || strings.LastIndex(g, "[") < strings.LastIndex(g, "]") {
			continue
		}
		end := j + 1
		for end <= len(cp) && end-j <= maxBracketed && !strings.Contains(gap(end), "]") {
			end++
		}
		if end > len(cp) || end-j > maxBracketed {
			continue
		}
		for x := j; x < end; x++ {
			out[x] = true
		}
		j = end - 1
	}
	return out
}

func allTrue(bs []bool) bool {
	for _, b := range bs {
		if !b {
			return false
		}
	}
	return len(bs) > 0
}

func norms(ts []text.Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Norm
	}
	return out
}

// valuedNumbers returns the tokens ts of d with each number that states a
// plain value compared by that value, so a house style's way of writing it
// is no changed word: "three" and "3", "5,200" and "5200", "£2.1m" and
// "£2.1 million", "38%" and "38 per cent", and in d's language "dieciocho"
// and "18". A number with other marks ("3pm", "12:30") keeps its words.
func valuedNumbers(d *doc, ts []text.Token) []text.Token {
	s := d.s
	var out []text.Token
	for k := 0; k < len(ts); k++ {
		t := ts[k]
		v, ok := plainValue(t, d.lang)
		if !ok {
			out = append(out, t)
			continue
		}
		t.Norm, t.Number = "#"+v, true // "three" stays a number for the rules that weigh changes
		switch n := percentWords(ts, k+1); {
		case k+1 < len(ts) && scaleOf(ts[k+1].Norm, d.lang) != "" && !strings.Contains(v, "e"):
			t.Norm += scaleOf(ts[k+1].Norm, d.lang) // "2.1 million" is "2.1m"
			t.Surface, t.End = t.Surface+" "+ts[k+1].Surface, ts[k+1].End
			k++
		case n > 0:
			t.Norm += "%" // "38 per cent" is "38%"
			t.Surface, t.End = t.Surface+" "+ts[k+n].Surface, ts[k+n].End
			k += n
		case strings.HasPrefix(s[t.End:], "%"):
			t.Norm += "%" // the tokens leave the sign out
		}
		out = append(out, t)
	}
	return out
}

// percentWords is how many words from k on spell "per cent": 2, 1 for
// "percent", or 0.
func percentWords(ts []text.Token, k int) int {
	switch {
	case k < len(ts) && ts[k].Norm == "percent":
		return 1
	case k+1 < len(ts) && ts[k].Norm == "per" && ts[k+1].Norm == "cent":
		return 2
	}
	return 0
}

// plainValue is the value a number states when it is only digits, with
// thousands commas and a decimal point, and a scale ("2.1m"), or a
// number spelt out in English or lang; false otherwise.
func plainValue(t text.Token, lang string) (string, bool) {
	if v := numberWordValue(t.Norm, lang); v != "" {
		return v, true
	}
	if !t.Number {
		return "", false
	}
	n := strings.ReplaceAll(t.Norm, ",", "")
	i := strings.IndexFunc(n, func(r rune) bool { return (r < '0' || r > '9') && r != '.' })
	if i < 0 {
		return n, strings.Count(n, ".") <= 1 && !strings.HasSuffix(n, ".")
	}
	sc, ok := scales[n[i:]]
	if !ok || i == 0 || strings.Count(n[:i], ".") > 1 {
		return "", false
	}
	return n[:i] + sc, true
}

// toSentenceEnd runs the source passage of an altered quote to the end of
// its sentence within the quotation, when the copy's quotation ends with
// the punctuation of a whole sentence: the copy then claims to give the
// speaker's sentence to its end, and the words it changed there ("not
// another internal report" made "not a public inquiry") belong in the
// evidence.
func (c *comparer) toSentenceEnd(m *match, cb span) {
	if len(m.ct) == 0 || len(m.src) == 0 {
		return
	}
	last := m.ct[len(m.ct)-1]
	q := c.cd.inQuote(last.Start)
	if q < 0 || last.End > c.cd.quotes[q].end || last.End < cb.start {
		return
	}
	if tail := c.cd.s[last.End:c.cd.quotes[q].end]; !strings.ContainsAny(tail, ".,!?") || strings.IndexFunc(tail, unicode.IsLetter) >= 0 {
		return // a partial quote, or one that goes on past the copy's words
	}
	k := sort.Search(len(c.sd.toks), func(k int) bool { return c.sd.toks[k].Start >= m.src[len(m.src)-1].End })
	sq := c.sd.inQuote(m.src[len(m.src)-1].Start)
	if k == 0 || sq < 0 {
		return
	}
	z := c.sentTok(k-1, true)
	added := false
	for ; k < z && c.sd.inQuote(c.sd.toks[k].Start) == sq; k++ {
		m.src, added = append(m.src[:len(m.src):len(m.src)], c.sd.toks[k]), true
	}
	if added {
		m.rs = c.sd.span(c.sd.runes.ByteOffset(m.rs.Start), m.src[len(m.src)-1].End)
	}
}
