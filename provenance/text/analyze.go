package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Filter is one step of an analysis chain: it may rewrite the tokens' Norm,
// Stem and flags, or drop tokens, but never touches Surface, Start or End, so
// offsets keep pointing into the original text.
type Filter interface {
	Filter(toks []Token) []Token
}

// FilterFunc adapts a function to Filter.
type FilterFunc func(toks []Token) []Token

// Filter calls f.
func (f FilterFunc) Filter(toks []Token) []Token { return f(toks) }

// Analyzer segments text into words (Unicode UAX #29 word boundaries, with
// ideographic scripts split per character) and runs Filters in order.
type Analyzer struct {
	Filters []Filter
}

// DefaultAnalyzer is the chain Tokenize uses: NFKC + case folding + quote,
// dash and space unification, flags (Number, Capital), stop words and
// Snowball stemming for lang when the language is supported.
func DefaultAnalyzer(lang string) Analyzer {
	l := LanguageOf(lang)
	return Analyzer{Filters: []Filter{
		NormalizeFilter(),
		FlagFilter(),
		StopFilter(l),
		StemFilter(l),
	}}
}

// Analyze tokenises s and applies the filters.
func (a Analyzer) Analyze(s string) []Token {
	toks := Segment(s)
	for _, f := range a.Filters {
		toks = f.Filter(toks)
	}
	return toks
}

// Segment splits s into word tokens (Surface, Start, End, and Norm equal to
// Surface). Punctuation and space segments are dropped; runs of ideographs,
// kana and other scripts written without spaces become one token per
// character, which is what matching needs from CJK when no dictionary is at
// hand.
func Segment(s string) []Token {
	toks := make([]Token, 0, len(s)/6)
	state := -1
	off := 0
	rest := s
	for len(rest) > 0 {
		var w string
		w, rest, state = uniseg.FirstWordInString(rest, state)
		start := off
		off += len(w)
		if !hasWordRune(w) {
			continue
		}
		if n := len(toks); n > 0 && toks[n-1].End < start && hyphenJoins(s[toks[n-1].End:start]) {
			toks[n-1].Hyphen = true
		}
		toks = appendWord(toks, w, start)
	}
	return toks
}

// hyphenJoins reports whether gap, the text between two words, is one
// hyphen: the two make a compound ("non-violent", "Baden-Württemberg").
func hyphenJoins(gap string) bool {
	switch gap {
	case "-", "\u2010", "\u2011":
		return true
	}
	return false
}

func appendWord(toks []Token, w string, start int) []Token {
	if !hasScriptio(w) {
		return append(toks, Token{Surface: w, Norm: w, Start: start, End: start + len(w)})
	}
	// Split scripts without spaces per character, keeping marks attached.
	i := 0
	for i < len(w) {
		r, n := utf8.DecodeRuneInString(w[i:])
		j := i + n
		if isScriptio(r) {
			for j < len(w) {
				r2, n2 := utf8.DecodeRuneInString(w[j:])
				if !unicode.IsMark(r2) {
					break
				}
				j += n2
			}
		} else {
			for j < len(w) {
				r2, n2 := utf8.DecodeRuneInString(w[j:])
				if isScriptio(r2) {
					break
				}
				j += n2
			}
		}
		if sub := w[i:j]; hasWordRune(sub) {
			toks = append(toks, Token{Surface: sub, Norm: sub, Start: start + i, End: start + j})
		}
		i = j
	}
	return toks
}

func hasWordRune(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// isScriptio reports runes of scripts written without spaces between words
// (scriptio continua), which are split per character.
func isScriptio(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai,
		unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan)
}

func hasScriptio(w string) bool {
	for _, r := range w {
		if r >= 0x0E00 && isScriptio(r) {
			return true
		}
	}
	return false
}

// WordSep is what goes between two words a and b written out again:
// nothing when either touches a script written without spaces (過去 10 年
// is 過去10年), a space otherwise.
func WordSep(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if a != "" && b != "" && (isScriptio(last) || isScriptio(first)) {
		return ""
	}
	return " "
}

// JoinWords writes words out again, spaced by WordSep.
func JoinWords(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteString(WordSep(words[i-1], w))
		}
		b.WriteString(w)
	}
	return b.String()
}

// Scriptio reports whether r belongs to a script written without spaces
// between words.
func Scriptio(r rune) bool { return isScriptio(r) }
