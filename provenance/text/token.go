package text

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// Token is one word of a text with its place in it.
type Token struct {
	Surface string // the word as written
	Norm    string // case-folded, quotes and dashes unified
	Stem    string // Snowball stem of Norm (Norm itself for numbers and non-Latin words)
	Start   int    // byte offset into the tokenised text
	End     int    // byte offset just past the word
	Stop    bool   // a stop word of the language
	Number  bool   // contains a digit
	Capital bool   // starts with an upper-case letter in the text
}

// Tokenize splits s into word tokens. lang is a BCP 47 language code; ""
// means English.
func Tokenize(s string, lang string) []Token {
	var toks []Token
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		toks = append(toks, newToken(s[start:end], start, end))
		start = -1
	}
	for i, r := range s {
		if isWordRune(r) || (start >= 0 && (r == '\'' || r == '’' || r == '.' || r == ',') && i+1 < len(s) && nextIsWord(s[i:])) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	return toks
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// nextIsWord reports whether the rune after the first one of s is a word rune,
// so "don't", "3.5" and "1,000" stay one token.
func nextIsWord(s string) bool {
	for i, r := range s {
		if i == 0 {
			continue
		}
		return isWordRune(r)
	}
	return false
}

func newToken(w string, start, end int) Token {
	norm := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	t := Token{Surface: w, Norm: norm, Start: start, End: end}
	for _, r := range w {
		if unicode.IsDigit(r) {
			t.Number = true
		}
	}
	for _, r := range w {
		t.Capital = unicode.IsUpper(r)
		break
	}
	t.Stop = english.IsStopWord(norm)
	t.Stem = norm
	if !t.Number {
		t.Stem = english.Stem(norm, false)
	}
	return t
}
