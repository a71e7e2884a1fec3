package text

import (
	"strings"
	"unicode"
)

// Clip collapses white space in s, drops other control characters (a
// page's text is printed as it is, and an escape sequence must not reach
// a terminal) and shortens it to at most n code points, marking a cut with
// an ellipsis: for one-line displays of evidence.
func Clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	r := []rune(s)
	if len(r) <= n || n < 1 {
		return s
	}
	return string(r[:n-1]) + "…"
}
