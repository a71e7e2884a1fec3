package statements

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/provcheck/provcheck/provenance/text"
)

// quote is one outermost quotation of a text, in byte offsets: the marks
// sit at [open, start) and [end, close).
type quote struct {
	open, start, end, close int
}

// scanQuotes finds the outermost quotations of s. A quotation left open at
// a paragraph's end continues when the next paragraph opens with the same
// mark (the newspaper convention for multi-paragraph quotes); otherwise it
// ends with the paragraph, so unbalanced marks never swallow the text.
func scanQuotes(s string) []quote {
	var out []quote
	var stack []rune // open marks, outermost first
	cur := quote{}
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '\'' && strings.HasPrefix(s[i:], "''") {
			r, w = '"', 2 // the typewriter convention for a double quote
		} else if r == '\'' && len(stack) == 0 {
			if end, ok := singleQuoteAt(s, i); ok {
				out = append(out, quote{open: i, start: i + 1, end: end, close: end + 1})
				i = end + 1
				continue
			}
		}
		if r == '\n' {
			if len(stack) > 0 {
				// only a paragraph with just the outer mark open, and not
				// ending on a closing mark, continues: "““A”" and "“B ‘C'”"
				// left open are typos, not a long quote
				if j, ok := continuesQuote(s, i, stack[0]); ok && len(stack) == 1 && !endsOnCloser(s, cur.start, i) {
					stack = stack[:1]
					i = j
					continue
				}
				cur.end, cur.close = trimRightSpace(s, cur.start, i), i
				out = append(out, cur)
				stack = stack[:0]
			}
			i += w
			continue
		}
		if len(stack) > 0 && strings.ContainsRune(text.QuoteClosers(stack[len(stack)-1]), r) && isCloser(s, i, w, r) {
			stack = stack[:len(stack)-1]
			if len(stack) == 0 {
				cur.end, cur.close = trimRightSpace(s, cur.start, i), i+w
				out = append(out, cur)
			}
			i += w
			continue
		}
		if text.QuoteClosers(r) != "" && isOpener(s, i, w, r) && len(stack) < 8 {
			if len(stack) == 0 {
				cur = quote{open: i, start: skipSpace(s, i+w)}
			}
			stack = append(stack, r)
		}
		i += w
	}
	if len(stack) > 0 {
		cur.end, cur.close = trimRightSpace(s, cur.start, len(s)), len(s)
		out = append(out, cur)
	}
	return out
}

// singleQuoteAt reads a quotation in straight single marks, as British
// papers print them, opening at byte i: 'It is not a reason to give up,'
// said Grant. An apostrophe looks the same, so only a mark after a space
// and before a capital opens one, and only a mark after a comma, full stop,
// question or exclamation mark, before a space, closes it, in the same
// paragraph: "the '90s", "rock 'n' roll" and "the players' union" stay
// words. It returns the byte offset of the closing mark.
func singleQuoteAt(s string, i int) (int, bool) {
	if p := prevRune(s, i); !unicode.IsSpace(p) && !strings.ContainsRune("([—–", p) || !unicode.IsUpper(nextRune(s, i+1)) {
		return 0, false
	}
	for j := i + 1; j < min(len(s), i+maxSingleQuote) && s[j] != '\n'; j++ {
		if s[j] != '\'' {
			continue
		}
		p, n := prevRune(s, j), nextRune(s, j+1)
		ends := j+1 == len(s) || unicode.IsSpace(n) || strings.ContainsRune(")]—–", n)
		if strings.ContainsRune(".,!?", p) && ends {
			// a line that is nothing but the quotation is a subheading
			// made of a quote ('Pretty cool working there.'), not speech
			return j, !alone(s, i, j+1)
		}
		if unicode.IsLetter(p) && (ends || strings.ContainsRune(",.;:!?", n)) && !possessiveS(s, j) {
			return j, true // a term in quotes, its comma outside: "what critics dubbed 'Partygate', …"
		}
	}
	return 0, false
}

// possessiveS reports whether the mark at byte j ends a plural possessive
// ("the players' union"): an s before it and a lower-case word after it.
func possessiveS(s string, j int) bool {
	if prevRune(s, j) != 's' || j+2 >= len(s) || s[j+1] != ' ' {
		return false
	}
	return unicode.IsLower(nextRune(s, j+2))
}

// alone reports whether the text from byte i to byte j is a line of its
// own, looking no further than a short line's length either side.
func alone(s string, i, j int) bool {
	lo := max(0, i-maxAloneLook)
	before := s[lo:i]
	k := strings.LastIndexByte(before, '\n')
	if k < 0 && lo > 0 {
		return false
	}
	after := s[j:min(len(s), j+maxAloneLook)]
	if k := strings.IndexByte(after, '\n'); k >= 0 {
		after = after[:k]
	} else if j+maxAloneLook < len(s) {
		return false
	}
	return strings.TrimSpace(before[k+1:]) == "" && strings.TrimSpace(after) == ""
}

// maxAloneLook is how far alone looks for the ends of the line.
const maxAloneLook = 200

// maxSingleQuote bounds, in bytes, how far a straight single mark looks
// for its closer, so a page of stray marks is read in linear time.
const maxSingleQuote = 2000

// endsOnCloser reports whether s[lo:i] ends, past spaces, with a closing
// double quotation mark.
func endsOnCloser(s string, lo, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[lo:trimRightSpace(s, lo, i)])
	return r == '”' || r == '»' || r == '"'
}

// continuesQuote reports whether the paragraph after the newline at i opens
// with mark, and returns the byte offset just past that mark.
func continuesQuote(s string, i int, mark rune) (int, bool) {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsSpace(r) {
			if r == mark {
				return j + w, true
			}
			return j, false
		}
		j += w
	}
	return j, false
}

func prevRune(s string, i int) rune {
	if i == 0 {
		return ' '
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func nextRune(s string, i int) rune {
	if i >= len(s) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// isOpener tells an opening mark from an apostrophe or a closing straight
// quote by what surrounds it.
func isOpener(s string, i, w int, r rune) bool {
	p, n := prevRune(s, i), nextRune(s, i+w)
	if unicode.IsSpace(n) && r != '«' && r != '「' && r != '『' {
		return false
	}
	switch r {
	case '"', '‘', '»':
		return unicode.IsSpace(p) || strings.ContainsRune("([{—–-/:“\"", p)
	}
	return true
}

// isCloser keeps apostrophes inside words (don’t, Perez’s) from closing a
// single-quoted quotation.
func isCloser(s string, i, w int, r rune) bool {
	if r == '"' || r == '”' {
		return !unicode.IsSpace(prevRune(s, i)) || i == 0
	}
	if r == '’' || r == '\'' {
		n := nextRune(s, i+w)
		return !unicode.IsLetter(n)
	}
	return true
}

// skipSpace is the byte offset of the first rune at or after i that is no
// space: the space a French typesetter sets inside « » (a space, a no-break
// or a narrow no-break space) belongs to the marks, not the words.
func skipSpace(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) || r == '\n' {
			break
		}
		i += w
	}
	return i
}

func trimRightSpace(s string, lo, hi int) int {
	for hi > lo {
		r, w := utf8.DecodeLastRuneInString(s[lo:hi])
		if !unicode.IsSpace(r) {
			break
		}
		hi -= w
	}
	return hi
}
