package match

import (
	"github.com/provcheck/provcheck/provenance/text"
)

// document is one analysed text: its tokens, the positions of its content
// words (non-stop words) and its sentences. Stems are interned in a vocab
// shared by the two documents being compared, so comparisons are integer
// comparisons.
type document struct {
	s       string
	runes   *text.Runes
	toks    []text.Token
	content []int    // token index of each content word
	ids     []uint32 // stem id of each content word
	anchor  []bool   // content word is a name or number
	sentOf  []int    // sentence index of each content word
	sents   []sentence
}

type sentence struct {
	r      text.Range
	c0, c1 int // content-word range
}

type vocab map[string]uint32

func (v vocab) id(s string) uint32 {
	if id, ok := v[s]; ok {
		return id
	}
	id := uint32(len(v))
	v[s] = id
	return id
}

func analyse(s string, lang string, v vocab) *document {
	d := &document{s: s, toks: text.Tokenize(s, lang)}
	d.content = make([]int, 0, len(d.toks)/2)
	for i, t := range d.toks {
		if !t.Stop {
			d.content = append(d.content, i)
		}
	}
	d.ids = make([]uint32, len(d.content))
	d.anchor = make([]bool, len(d.content))
	for k, ti := range d.content {
		t := d.toks[ti]
		d.ids[k] = v.id(t.Stem)
		// Single capitals ("event A") are variables or initials, not names.
		d.anchor[k] = t.Number || t.Capital && len(t.Norm) > 1 && !sentenceInitial(s, t.Start)
	}
	d.splitSentences()
	return d
}

// sentenceInitial reports whether the word at byte b opens a sentence, where
// a capital letter says nothing about it being a name.
func sentenceInitial(s string, b int) bool {
	for i := b - 1; i >= 0; i-- {
		switch c := s[i]; c {
		case ' ', '\t', '"', '\'', '(', '[':
			continue
		case '.', '!', '?', '\n', '\r', ':':
			return true
		default:
			if c >= 0x80 { // typographic quotes and the like
				continue
			}
			return false
		}
	}
	return true
}

func (d *document) splitSentences() {
	rs := text.Sentences(d.s)
	d.sentOf = make([]int, len(d.content))
	k := 0
	for _, r := range rs {
		c0 := k
		for k < len(d.content) && d.toks[d.content[k]].Start < r.End {
			k++
		}
		if k == c0 {
			continue
		}
		for j := c0; j < k; j++ {
			d.sentOf[j] = len(d.sents)
		}
		d.sents = append(d.sents, sentence{r: r, c0: c0, c1: k})
	}
	// Words after the last boundary (should not happen) join the last sentence.
	for ; k < len(d.content); k++ {
		if len(d.sents) == 0 {
			d.sents = append(d.sents, sentence{r: text.Range{Start: 0, End: len(d.s)}})
		}
		last := len(d.sents) - 1
		d.sents[last].c1 = k + 1
		d.sentOf[k] = last
	}
}

// span returns the code-point span of tokens [t0, t1) of d.
func (d *document) span(t0, t1 int) text.Span {
	if d.runes == nil {
		d.runes = text.NewRunes(d.s)
	}
	if t1 <= t0 {
		b := len(d.s)
		if t0 < len(d.toks) {
			b = d.toks[t0].Start
		}
		return d.runes.Span(b, b)
	}
	return d.runes.Span(d.toks[t0].Start, d.toks[t1-1].End)
}
