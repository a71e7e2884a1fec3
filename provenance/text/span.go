// Package text holds what every provenance stage shares about text: spans
// with code-point offsets, and the normalisation chain that turns extracted
// text into comparable tokens.
package text

// Span is a stretch of an extracted text. Start and End count Unicode code
// points (not bytes), so any language can slice the text the report shows;
// Text repeats the stretch so a reader needs no slicing at all.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Runes converts byte offsets into code-point offsets of one string. Build it
// once per text: each lookup is a binary search, not a rescan.
type Runes struct {
	s      string
	starts []int // starts[i] is the byte offset of code point i
}

// NewRunes indexes s for byte → code-point conversion.
func NewRunes(s string) *Runes {
	starts := make([]int, 0, len(s))
	for i := range s {
		starts = append(starts, i)
	}
	return &Runes{s: s, starts: starts}
}

// Index returns the code-point offset of byte offset b (clamped to the text).
func (r *Runes) Index(b int) int {
	lo, hi := 0, len(r.starts)
	for lo < hi {
		m := (lo + hi) / 2
		if r.starts[m] < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Span returns the span for the byte range [start, end) of the indexed text.
// Offsets inside a multi-byte character move forward to the next character,
// so Text is always exactly the code points [Start, End).
func (r *Runes) Span(start, end int) Span {
	start, end = clamp(start, len(r.s)), clamp(end, len(r.s))
	if end < start {
		end = start
	}
	s, e := r.Index(start), r.Index(end)
	return Span{Start: s, End: e, Text: r.s[r.ByteOffset(s):r.ByteOffset(e)]}
}

// ByteOffset returns the byte offset of code point i (clamped to the text).
func (r *Runes) ByteOffset(i int) int {
	if i <= 0 {
		return 0
	}
	if i >= len(r.starts) {
		return len(r.s)
	}
	return r.starts[i]
}

// Len is the number of code points in the indexed text.
func (r *Runes) Len() int { return len(r.starts) }

func clamp(v, n int) int {
	if v < 0 {
		return 0
	}
	if v > n {
		return n
	}
	return v
}
