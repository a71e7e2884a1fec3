package text

import "strings"

// Clip collapses white space in s and shortens it to at most n code points,
// marking a cut with an ellipsis: for one-line displays of evidence.
func Clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n || n < 1 {
		return s
	}
	return string(r[:n-1]) + "…"
}
