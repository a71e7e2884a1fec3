package statements

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/pmezard/go-difflib/difflib"

	"github.com/provcheck/provcheck/provenance/text"
)

// sourceIndex finds the sentences of the source that share content words,
// names and numbers with a passage of the copy, without comparing every
// word with every word. A sentence longer than maxUnitTokens is indexed
// and aligned in slices of that many tokens, so that a page of one endless
// sentence costs no more than one of many sentences.
type sourceIndex struct {
	d        *doc
	units    []span // sentences, long ones cut into slices
	unitOf   []int  // unit id of each token, -1 outside sentences
	postings map[string][]int
	n        int
	score    []float64 // scratch of candidates, zero between calls
	// words holds the vocabulary id of each token's Norm. For the passage
	// aligned last, slot holds each vocabulary word's id in the passage
	// where stamp holds gen (see use): scratch, like score.
	words       []int
	vocab       map[string]int
	slot, stamp []int
	gen         int
}

// maxUnitTokens bounds the tokens of one indexed unit; real sentences are
// far shorter.
const maxUnitTokens = 200

func indexKey(t text.Token) (string, bool) {
	if t.Number {
		return "#" + t.Norm, true
	}
	if t.Stop || len(t.Norm) < 2 {
		return "", false
	}
	return t.Stem, true
}

func newSourceIndex(d *doc) *sourceIndex {
	ix := &sourceIndex{d: d, unitOf: make([]int, len(d.toks)), postings: map[string][]int{}}
	for i := range ix.unitOf {
		ix.unitOf[i] = -1
	}
	for _, s := range d.sents {
		i, j := d.tokRange(s.start, s.end)
		for a := i; a < j || a == i; a += maxUnitTokens {
			b := min(a+maxUnitTokens, j)
			u := span{s.start, s.end}
			if a > i {
				u.start = d.toks[a].Start
			}
			if b < j {
				u.end = d.toks[b-1].End
			}
			ix.addUnit(u, a, b)
		}
	}
	ix.n = len(ix.units)
	ix.vocab = map[string]int{}
	ix.words = make([]int, len(d.toks))
	for k, t := range d.toks {
		id, ok := ix.vocab[t.Norm]
		if !ok {
			id = len(ix.vocab)
			ix.vocab[t.Norm] = id
		}
		ix.words[k] = id
	}
	ix.slot, ix.stamp = make([]int, len(ix.vocab)), make([]int, len(ix.vocab))
	return ix
}

// passage is a copy passage made ready to be aligned with the source at
// each candidate: its words as source vocabulary ids, the positions of
// each, and its content keys, computed once, not per alignment.
type passage struct {
	ct    []text.Token
	vids  []int   // vocabulary id of each token, -1 for a word the source lacks
	pos   [][]int // positions in ct of each of its words, by passage id
	gen   int     // the index's stamp of the slots pos is ordered by
	keys  map[string]int
	count []int // tokens of ct with each content key, by keys' value
	n     int   // tokens of ct with a content key
}

func (ix *sourceIndex) newPassage(ct []text.Token) *passage {
	p := &passage{ct: ct, vids: make([]int, len(ct)), keys: map[string]int{}}
	for k, t := range ct {
		p.vids[k] = -1
		if v, ok := ix.vocab[t.Norm]; ok {
			p.vids[k] = v
		}
		if key, ok := indexKey(t); ok {
			x, seen := p.keys[key]
			if !seen {
				x = len(p.count)
				p.keys[key] = x
				p.count = append(p.count, 0)
			}
			p.count[x]++
			p.n++
		}
	}
	return p
}

// use points the slots of p's words at their ids in p, unless they point
// there already.
func (ix *sourceIndex) use(p *passage) {
	if p.gen > 0 && p.gen == ix.gen {
		return
	}
	ix.gen++
	p.gen, p.pos = ix.gen, p.pos[:0]
	for k, v := range p.vids {
		if v < 0 {
			continue
		}
		if ix.stamp[v] != ix.gen {
			ix.stamp[v], ix.slot[v] = ix.gen, len(p.pos)
			p.pos = append(p.pos, nil)
		}
		p.pos[ix.slot[v]] = append(p.pos[ix.slot[v]], k)
	}
}

// matcher is the word matcher of the source tokens [i, j) against p, as
// matchingBlocks(their Norms, p's Norms) would build it.
func (ix *sourceIndex) matcher(p *passage, i, j int) *matcher {
	ix.use(p)
	a := make([]int, j-i)
	for k := i; k < j; k++ {
		a[k-i] = -1 // a word the passage lacks matches nothing
		if v := ix.words[k]; ix.stamp[v] == ix.gen {
			a[k-i] = ix.slot[v]
		}
	}
	return matcherOf(a, len(p.ct), p.pos)
}

// addUnit indexes the tokens [a, b) as the next unit, spanning u.
func (ix *sourceIndex) addUnit(u span, a, b int) {
	id := len(ix.units)
	ix.units = append(ix.units, u)
	seen := map[string]bool{}
	for k := a; k < b; k++ {
		ix.unitOf[k] = id
		key, ok := indexKey(ix.d.toks[k])
		if ok && !seen[key] {
			seen[key] = true
			ix.postings[key] = append(ix.postings[key], id)
		}
	}
}

// candidates returns up to k unit ids ranked by the idf-weighted share
// of the query tokens' keys they contain. The scores are summed in an
// array over the units, reused from query to query, and only the k best
// are kept: a page of thousands of statements over the same few words
// would otherwise spend its time in a map and a sort of every unit.
func (ix *sourceIndex) candidates(q []text.Token, k int) []int {
	if ix.score == nil {
		ix.score = make([]float64, ix.n)
	}
	var hit []int // units scored, each once
	seen := map[string]bool{}
	for _, t := range q {
		key, ok := indexKey(t)
		if !ok || seen[key] {
			continue
		}
		seen[key] = true
		p := ix.postings[key]
		if len(p) == 0 || len(p) > 200 && len(p) > ix.n/4 {
			continue
		}
		w := math.Log(1 + float64(ix.n)/float64(len(p)))
		for _, s := range p {
			if ix.score[s] == 0 {
				hit = append(hit, s)
			}
			ix.score[s] += w
		}
	}
	ids := ix.best(hit, k)
	for _, s := range hit {
		ix.score[s] = 0
	}
	return ids
}

// best returns the k units of hit with the highest scores, the lowest id
// first of equal scores, in that order.
func (ix *sourceIndex) best(hit []int, k int) []int {
	ids := make([]int, 0, k+1)
	for _, s := range hit {
		at := sort.Search(len(ids), func(x int) bool { return ix.before(s, ids[x]) })
		if at < k {
			ids = slices.Insert(ids, at, s)
			ids = ids[:min(len(ids), k)]
		}
	}
	return ids
}

// before tells whether unit a ranks above unit b.
func (ix *sourceIndex) before(a, b int) bool {
	if ix.score[a] != ix.score[b] {
		return ix.score[a] > ix.score[b]
	}
	return a < b
}

// alignment is the best matching passage of the source for a copy passage.
type alignment struct {
	srcTok   [2]int  // token range of the matched region in the source
	ratio    float64 // 2*matches / (copy words + region words)
	share    float64 // share of the copy's words matched in order
	coverage float64 // share of the copy's content words found in the region
	matched  []int   // per copy token: matched source token index, or -1
	exact    bool
	score    float64 // how Compare ranks alignments of one passage
}

// align matches copy tokens ct against the source passage around unit si
// (reach units either side, more for a passage longer than a unit), word
// by word.
func (ix *sourceIndex) align(p *passage, si, reach int) alignment {
	d, ct := ix.d, p.ct
	r := reach + len(ct)/maxUnitTokens // a passage longer than a unit needs as many units either side
	lo := ix.units[max(0, si-r)].start
	hi := ix.units[min(len(ix.units)-1, si+r)].end
	i, j := d.tokRange(lo, hi)
	al := alignment{matched: make([]int, len(ct))}
	for k := range al.matched {
		al.matched[k] = -1
	}
	blocks := ix.keptBlocks(ix.matcher(p, i, j).matchingBlocks(), ct, i)
	first, last, n := -1, -1, 0
	for _, b := range blocks {
		for x := 0; x < b.Size; x++ {
			al.matched[b.B+x] = i + b.A + x
		}
		if first < 0 {
			first = b.A
		}
		last = b.A + b.Size
		n += b.Size
	}
	if first < 0 {
		return al
	}
	first, last = ix.widen(blocks, len(ct), i, first, last)
	al.srcTok = [2]int{i + first, i + last}
	al.ratio = 2 * float64(n) / float64(len(ct)+last-first)
	lo2, hi2 := ix.unitOf[i+first], ix.unitOf[i+last-1]
	ci, cj := d.tokRange(ix.units[max(lo2, 0)].start, ix.units[max(hi2, 0)].end)
	al.coverage = p.coverage(d.toks[ci:cj])
	al.share = float64(n) / float64(len(ct))
	al.exact = n == len(ct) && last-first == len(ct)
	return al
}

// widen stretches the region over as many source words as the copy has
// unmatched words before its first and after its last match (up to three,
// within the sentence), so a replaced first or last word ("might" ->
// "will") stays inside the compared passage.
func (ix *sourceIndex) widen(blocks []difflib.Match, n, i, first, last int) (int, int) {
	lead := min(blocks[0].B, 3)
	end := blocks[len(blocks)-1]
	trail := min(n-(end.B+end.Size), 3)
	lead0, trail0 := lead, trail
	s0, s1 := ix.unitOf[i+first], ix.unitOf[i+last-1]
	for ; lead > 0 && first > 0 && i+first-1 < len(ix.unitOf) && ix.unitOf[i+first-1] == s0; lead-- {
		first--
	}
	for ; trail > 0 && i+last < len(ix.unitOf) && ix.unitOf[i+last] == s1; trail-- {
		last++
	}
	return ix.unbroken(i, first, last, lead0, trail0)
}

// unbroken stretches a widened region further, by up to lead and trail
// tokens (as many as widen added), over the characters that run on without
// a break in a script
// written without spaces: a copy's 3 characters (だろう) may stand for the
// source's 6 (かもしれない), which widen's word-for-word count cuts in half.
// Spaced scripts always have a break between words, and are left alone.
func (ix *sourceIndex) unbroken(i, first, last, lead, trail int) (int, int) {
	toks, s := ix.d.toks, ix.d.s
	joined := func(a, b int) bool { // tokens a and b touch, one in a scriptio script
		if toks[a].End != toks[b].Start {
			return false
		}
		r1, _ := utf8.DecodeLastRuneInString(s[toks[a].Start:toks[a].End])
		r2, _ := utf8.DecodeRuneInString(s[toks[b].Start:toks[b].End])
		return text.Scriptio(r1) || text.Scriptio(r2)
	}
	for ; lead > 0 && i+first > 0 && joined(i+first-1, i+first); lead-- {
		first--
	}
	for ; trail > 0 && i+last < len(toks) && joined(i+last-1, i+last); trail-- {
		last++
	}
	return first, last
}

// keptBlocks drops matching blocks of stray words: lone stop words, and
// blocks in a unit of the window that holds few of the matches, so a
// passage does not reach into a neighbour for one shared word.
func (ix *sourceIndex) keptBlocks(all []difflib.Match, ct []text.Token, i int) []difflib.Match {
	var blocks []difflib.Match
	per := map[int]int{}
	total := 0
	for k, b := range all {
		if b.Size == 0 || b.Size == 1 && ct[b.B].Stop && !besideAnchor(all, k) {
			continue
		}
		blocks = append(blocks, b)
		per[ix.unitOf[i+b.A]] += b.Size
		total += b.Size
	}
	out := blocks[:0]
	for _, b := range blocks {
		if n := per[ix.unitOf[i+b.A]]; n == total || n >= 2 && float64(n) >= 0.15*float64(total) || longRun(ct[b.B:b.B+b.Size]) {
			out = append(out, b)
		}
	}
	return out
}

// longRun reports whether a matching block is too long to be stray: five
// words in a row, three of them content words, as when a copy joins a
// short quotation to the long one after it.
func longRun(ts []text.Token) bool {
	return len(ts) >= 5 && contentWords(ts) >= 3
}

// besideAnchor reports whether block k, a lone stop word, lies within two
// words, on both sides of the alignment, of a longer block: "over" after
// "The fight is [not]" belongs to the passage, a stray "the" does not.
func besideAnchor(all []difflib.Match, k int) bool {
	b := all[k]
	near := func(x, y int) bool { return x-y <= 2 && y-x <= 2 }
	for j, o := range all {
		if j == k || o.Size < 2 {
			continue
		}
		if near(b.A, o.A+o.Size) && near(b.B, o.B+o.Size) || near(b.A+b.Size, o.A) && near(b.B+b.Size, o.B) {
			return true
		}
	}
	return false
}

// coverage is the share of p's tokens with a content key whose key is
// present in src.
func (p *passage) coverage(src []text.Token) float64 {
	if p.n == 0 {
		return 0
	}
	found := make([]bool, len(p.count))
	hit := 0
	for _, t := range src {
		k, ok := indexKey(t)
		if !ok {
			continue
		}
		if x, in := p.keys[k]; in && !found[x] {
			found[x] = true
			hit += p.count[x]
		}
	}
	return float64(hit) / float64(p.n)
}

// wordDiff is the word-level diff from source words to copy words.
func wordDiff(src, cp []text.Token) []DiffOp { return writtenDiff("", "", src, cp) }

// writtenDiff is wordDiff shown as the texts write their words: a number
// with its currency and per cent signs ("£2.3", "40%"), which the tokens
// leave out. ss and cs are the texts src and cp index ("" for the bare
// words).
func writtenDiff(ss, cs string, src, cp []text.Token) []DiffOp {
	a := make([]string, len(src))
	for i, t := range src {
		a[i] = t.Norm
	}
	b := make([]string, len(cp))
	for i, t := range cp {
		b[i] = t.Norm
	}
	var out []DiffOp
	join := func(s string, ts []text.Token) string {
		w := make([]string, len(ts))
		for i, t := range ts {
			w[i] = writtenWord(s, t)
		}
		return text.JoinWords(w)
	}
	for _, op := range opCodes(a, b) {
		switch op.Tag {
		case 'e':
			out = append(out, DiffOp{Op: "equal", Text: join(cs, cp[op.J1:op.J2])})
		case 'd':
			out = append(out, DiffOp{Op: "delete", Text: join(ss, src[op.I1:op.I2])})
		case 'i':
			out = append(out, DiffOp{Op: "insert", Text: join(cs, cp[op.J1:op.J2])})
		case 'r':
			out = append(out, DiffOp{Op: "delete", Text: join(ss, src[op.I1:op.I2])}, DiffOp{Op: "insert", Text: join(cs, cp[op.J1:op.J2])})
		}
	}
	return out
}

// writtenWord is token t as s writes it: a number with the currency sign
// before it and the per cent sign after it.
func writtenWord(s string, t text.Token) string {
	if s == "" || !t.Number || t.End > len(s) || t.Start < 0 || t.Start > t.End {
		return t.Surface
	}
	a, b := t.Start, t.End
	if r, size := utf8.DecodeLastRuneInString(s[:a]); strings.ContainsRune("£$€¥", r) {
		a -= size
	}
	if strings.HasPrefix(s[b:], "%") {
		b++
	}
	return s[a:t.Start] + t.Surface + s[t.End:b]
}
