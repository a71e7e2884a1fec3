package report

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteFinder finds quotes in one file as written. The file's folded forms
// are built once, on the first search that needs them, not per finding.
type quoteFinder struct {
	content []byte
	folded  [2]*foldedText // without and with Markdown markup dropped
}

type foldedText struct {
	text     string
	from, to []int
}

func (q *quoteFinder) fold(markup bool) *foldedText {
	i := 0
	if markup {
		i = 1
	}
	if q.folded[i] == nil {
		t, from, to := fold(string(q.content), markup)
		q.folded[i] = &foldedText{t, from, to}
	}
	return q.folded[i]
}

// find returns the byte range quote covers in the file. It tries the exact
// words first, then ignores differences of whitespace and quote-mark style
// (a line break inside a Markdown paragraph, straight against curly quotes),
// then Markdown emphasis marks.
func (q *quoteFinder) find(quote string) (start, end int, ok bool) {
	quote = strings.TrimSpace(quote)
	if quote == "" || len(q.content) == 0 {
		return 0, 0, false
	}
	if i := bytes.Index(q.content, []byte(quote)); i >= 0 {
		return i, i + len(quote), true
	}
	for _, markup := range []bool{false, true} {
		needle, _, _ := fold(quote, markup)
		needle = strings.TrimSpace(needle)
		if needle == "" {
			continue
		}
		hay := q.fold(markup)
		if i := strings.Index(hay.text, needle); i >= 0 {
			start, end = hay.from[i], hay.to[i+len(needle)-1]
			return start, closeMarks(q.content, start, end), true
		}
	}
	return 0, 0, false
}

// findQuote finds quote in content, a file as written; see quoteFinder.find.
func findQuote(content []byte, quote string) (start, end int, ok bool) {
	return (&quoteFinder{content: content}).find(quote)
}

// closeMarks extends a match that opened an emphasis or code mark over the
// marks that close it ("and **left" → "and **left**").
func closeMarks(content []byte, start, end int) int {
	isMark := func(c byte) bool { return c == '*' || c == '_' || c == '`' }
	var opened []int // lengths of the mark runs still open
	for i := start; i < end; {
		if !isMark(content[i]) {
			i++
			continue
		}
		j := i
		for j < end && isMark(content[j]) {
			j++
		}
		if i == start || content[i-1] == ' ' || content[i-1] == '\n' {
			opened = append(opened, j-i)
		} else if len(opened) > 0 {
			opened = opened[:len(opened)-1]
		}
		i = j
	}
	want := 0
	for _, n := range opened {
		want += n
	}
	for ; want > 0 && end < len(content) && isMark(content[end]); want-- {
		end++
	}
	return end
}

// fold normalises s for a tolerant search: runs of white space become one
// space, typographic quotes and apostrophes become straight ones and, with
// markup, Markdown emphasis and code marks are dropped. from[k] and to[k]
// give the byte range of s that produced byte k of the result.
func fold(s string, markup bool) (out string, from, to []int) {
	var b strings.Builder
	emit := func(r rune, start, end int) {
		n := utf8.RuneLen(r)
		if n < 0 {
			r, n = utf8.RuneError, 3
		}
		b.WriteRune(r)
		for range n {
			from, to = append(from, start), append(to, end)
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n
			}
			emit(' ', i, j)
			i = j
			continue
		case markup && (r == '*' || r == '_' || r == '`'):
		case strings.ContainsRune("“”„‟«»″", r):
			emit('"', i, i+size)
		case strings.ContainsRune("‘’‚‛′", r):
			emit('\'', i, i+size)
		default:
			emit(r, i, i+size)
		}
		i += size
	}
	return b.String(), from, to
}

// lineCol converts a byte offset of content into a 1-based line and a
// 1-based column counted in code points.
func lineCol(content []byte, off int) (line, col int) {
	off = min(max(off, 0), len(content))
	line = bytes.Count(content[:off], []byte{'\n'}) + 1
	lineStart := bytes.LastIndexByte(content[:off], '\n') + 1
	return line, utf8.RuneCount(content[lineStart:off]) + 1
}
