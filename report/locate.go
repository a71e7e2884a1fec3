package report

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteFinder finds quotes in one file as written. The file's folded forms
// are built once, on the first search that needs them, not per finding.
type quoteFinder struct {
	content []byte
	folded  [3]*foldedText // one per foldMode
}

type foldedText struct {
	text     string
	from, to []int
}

// foldMode says what a tolerant search looks past besides white space and
// quote-mark style: nothing, Markdown emphasis marks, or HTML markup.
type foldMode int

const (
	foldPlain foldMode = iota
	foldMarkdown
	foldHTML
)

func (q *quoteFinder) fold(mode foldMode) *foldedText {
	if q.folded[mode] == nil {
		t, from, to := fold(string(q.content), mode)
		q.folded[mode] = &foldedText{t, from, to}
	}
	return q.folded[mode]
}

// find returns the byte range quote covers in the file. It tries the exact
// words first, then ignores differences of whitespace and quote-mark style
// (a line break inside a Markdown paragraph, straight against curly quotes),
// then Markdown emphasis marks. In an HTML file the page's text comes
// first, markup skipped and entities decoded: a quote the extractor took
// across two paragraphs ("…caused.</p><p>&quot;We also…") is found there,
// and not in a script or a meta tag before it.
func (q *quoteFinder) find(quote string) (start, end int, ok bool) {
	quote = strings.TrimSpace(quote)
	if quote == "" || len(q.content) == 0 {
		return 0, 0, false
	}
	isHTML := looksLikeHTML(q.content)
	if isHTML {
		if start, end, ok := q.findFolded(quote, foldHTML); ok {
			return start, end, true
		}
	}
	if i := bytes.Index(q.content, []byte(quote)); i >= 0 {
		return i, i + len(quote), true
	}
	for _, mode := range []foldMode{foldPlain, foldMarkdown} {
		if start, end, ok := q.findFolded(quote, mode); ok {
			return start, end, true
		}
	}
	return 0, 0, false
}

// findFolded looks for quote in the file folded by mode.
func (q *quoteFinder) findFolded(quote string, mode foldMode) (start, end int, ok bool) {
	needleMode := mode
	if mode == foldHTML {
		needleMode = foldPlain // the quote is text, whatever it holds
	}
	needle, _, _ := fold(quote, needleMode)
	needle = strings.TrimSpace(needle)
	if needle == "" {
		return 0, 0, false
	}
	hay := q.fold(mode)
	i := strings.Index(hay.text, needle)
	if i < 0 {
		return 0, 0, false
	}
	start, end = hay.from[i], hay.to[i+len(needle)-1]
	if mode == foldMarkdown {
		end = closeMarks(q.content, start, end)
	}
	return start, end, true
}

// looksLikeHTML reports whether a file is a web page: its first
// non-blank byte opens a tag.
func looksLikeHTML(content []byte) bool {
	t := bytes.TrimLeft(content, " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '<'
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
// space, typographic quotes and apostrophes become straight ones; in
// foldMarkdown, Markdown emphasis and code marks are dropped; in foldHTML,
// tags are dropped (a block tag counts as white space), scripts and styles
// with them, and character references are decoded. from[k] and to[k] give
// the byte range of s that produced byte k of the result.
func fold(s string, mode foldMode) (out string, from, to []int) {
	f := &folder{}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if mode == foldHTML {
			if n, space, ok := htmlTag(s, i); ok {
				if space {
					f.space(i, i+n)
				}
				i += n
				continue
			}
			if n, dec, ok := htmlEntity(s, i); ok {
				for _, r := range dec {
					f.rune(r, i, i+n)
				}
				i += n
				continue
			}
		}
		switch {
		case unicode.IsSpace(r):
			f.space(i, i+size)
		case mode == foldMarkdown && (r == '*' || r == '_' || r == '`'):
		default:
			f.rune(r, i, i+size)
		}
		i += size
	}
	f.flush()
	return f.b.String(), f.from, f.to
}

// folder builds a folded text: a run of white space, however it was
// written, is held and written as one space before the next rune.
type folder struct {
	b                  strings.Builder
	from, to           []int
	spaceFrom, spaceTo int
	pending            bool
}

func (f *folder) space(start, end int) {
	if !f.pending {
		f.spaceFrom, f.pending = start, true
	}
	f.spaceTo = end
}

func (f *folder) flush() {
	if f.pending {
		f.pending = false
		f.emit(' ', f.spaceFrom, f.spaceTo)
	}
}

// rune writes r, typographic quotes made straight.
func (f *folder) rune(r rune, start, end int) {
	f.flush()
	switch {
	case strings.ContainsRune("“”„‟«»″", r):
		r = '"'
	case strings.ContainsRune("‘’‚‛′", r):
		r = '\''
	}
	f.emit(r, start, end)
}

func (f *folder) emit(r rune, start, end int) {
	n := utf8.RuneLen(r)
	if n < 0 {
		r, n = utf8.RuneError, 3
	}
	f.b.WriteRune(r)
	for range n {
		f.from, f.to = append(f.from, start), append(f.to, end)
	}
}

// blockTags end a run of text: the words on either side are not one word.
var blockTags = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "blockquote": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "section": true,
	"article": true, "header": true, "footer": true, "aside": true, "nav": true, "main": true,
	"figure": true, "figcaption": true, "table": true, "tr": true, "td": true, "th": true,
	"hr": true, "pre": true, "dd": true, "dt": true, "title": true, "head": true, "body": true,
}

// htmlTag measures the tag, comment, script or style element that starts
// at byte i of s: its length and whether it separates words. ok is false
// when no tag starts there ("a < b").
func htmlTag(s string, i int) (n int, space, ok bool) {
	if s[i] != '<' || i+1 >= len(s) {
		return 0, false, false
	}
	rest := s[i:]
	if strings.HasPrefix(rest, "<!--") {
		if e := strings.Index(rest[4:], "-->"); e >= 0 {
			return 4 + e + 3, false, true
		}
		return len(rest), false, true
	}
	c := rest[1]
	if !(c == '/' || c == '!' || c == '?' || 'a' <= c|0x20 && c|0x20 <= 'z') {
		return 0, false, false
	}
	gt := strings.IndexByte(rest, '>')
	if gt < 0 {
		return len(rest), true, true // a tag left open runs to the end
	}
	name := strings.ToLower(strings.TrimLeft(rest[1:gt], "/"))
	if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
		name = name[:k]
	}
	if (name == "script" || name == "style") && c != '/' {
		// the element's content is no text of the page
		if e := indexEndTag(rest[gt:], name); e >= 0 {
			if end := strings.IndexByte(rest[gt+e:], '>'); end >= 0 {
				return gt + e + end + 1, true, true
			}
		}
		return len(rest), true, true
	}
	return gt + 1, blockTags[name], true
}

// indexEndTag is where the end tag of element name ("</script") first
// stands in s, in any case; -1 when it does not.
func indexEndTag(s, name string) int {
	for j := 0; ; {
		k := strings.Index(s[j:], "</")
		if k < 0 {
			return -1
		}
		at := j + k + 2
		if at+len(name) <= len(s) && strings.EqualFold(s[at:at+len(name)], name) {
			return j + k
		}
		j = at
	}
}

// htmlEntity decodes the character reference ("&quot;", "&#8217;") that
// starts at byte i of s.
func htmlEntity(s string, i int) (n int, decoded string, ok bool) {
	if s[i] != '&' {
		return 0, "", false
	}
	semi := strings.IndexByte(s[i:min(len(s), i+maxEntity)], ';')
	if semi < 2 {
		return 0, "", false
	}
	raw := s[i : i+semi+1]
	dec := html.UnescapeString(raw)
	if dec == raw {
		return 0, "", false
	}
	return len(raw), dec, true
}

// maxEntity bounds a character reference's length ("&CounterClockwiseContourIntegral;").
const maxEntity = 34

// lineCol converts a byte offset of content into a 1-based line and a
// 1-based column counted in code points.
func lineCol(content []byte, off int) (line, col int) {
	off = min(max(off, 0), len(content))
	line = bytes.Count(content[:off], []byte{'\n'}) + 1
	lineStart := bytes.LastIndexByte(content[:off], '\n') + 1
	return line, utf8.RuneCount(content[lineStart:off]) + 1
}
