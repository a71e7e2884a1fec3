package text

import "github.com/rivo/uniseg"

// Range is a byte range [Start, End) of a text.
type Range struct{ Start, End int }

// Sentences splits s at Unicode UAX #29 sentence boundaries and returns the
// byte range of every sentence that holds a word, trailing space trimmed.
func Sentences(s string) []Range {
	var out []Range
	state := -1
	off := 0
	rest := s
	for len(rest) > 0 {
		var sent string
		sent, rest, state = uniseg.FirstSentenceInString(rest, state)
		start := off
		off += len(sent)
		if !hasWordRune(sent) {
			continue
		}
		end := start + len(sent)
		for end > start && isTrailingSpace(s[end-1]) {
			end--
		}
		out = append(out, Range{start, end})
	}
	return out
}

func isTrailingSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\r' || b == '\t' }
