package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// Detection bounds. A trigram detector is unreliable on a sentence or two
// (a headline, a caption) and sure of itself on a paragraph, so it is asked
// only about a text of minDetectWords or more, and only the first
// maxDetectBytes of it: a few paragraphs settle the language, and the cost
// stays bounded on any input. Below minConfidence (the detector's lead over
// the next language, 0 to 1) the text counts as undetected.
const (
	minDetectWords = 20
	maxDetectBytes = 8 << 10
	minConfidence  = 0.9
)

// detectable are the languages a detected one is reported in: those whose
// rules differ from English somewhere in provcheck (stemming, stop words,
// the German name rule, headline words, the frames of reported speech).
// Any other language is left undetected, so that a misreading of an
// English text into an unhandled language costs nothing.
var detectable = map[string]bool{
	"en": true, "fr": true, "de": true, "es": true, "it": true, "pt": true, "ja": true,
	"ru": true, "sv": true, "nb": true, "hu": true,
}

// Detect returns the language s is written in, as a BCP 47 tag ("fr",
// "de"), for a page that does not declare its own. It returns "" (read as
// English) when s is too short to tell, when the detector is not confident,
// or when the language is none provcheck treats apart from English.
//
// The narrative decides, not the quotes: an English story quoting a German
// mayor at length is English, so the text outside quotation marks is read
// when it has minDetectWords or more, the whole text otherwise.
func Detect(s string) string {
	s = ClipBytes(s, maxDetectBytes)
	if narrative := outsideQuotes(s); len(Segment(narrative)) >= minDetectWords {
		s = narrative
	} else if len(Segment(s)) < minDetectWords {
		return ""
	}
	info := whatlanggo.Detect(s)
	code := info.Lang.Iso6391()
	if code == "zh" && hasKana(s) {
		return "ja" // Japanese written mostly in kanji reads as Chinese to trigrams; only Japanese writes kana
	}
	if info.Confidence < minConfidence || !detectable[code] {
		return ""
	}
	return code
}

// ClipBytes cuts s, a string or a byte slice, to at most n bytes without
// splitting a UTF-8 sequence.
func ClipBytes[T ~string | ~[]byte](s T, n int) T {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// outsideQuotes returns s with the text between paired quotation marks
// replaced by a space. A quotation still open at a line's end ends there
// (a multi-paragraph quote reopens with its mark), so a stray mark costs
// at most the rest of its paragraph. ’ or ' closes a single quote only when
// no letter follows, as in "don’t" it is an apostrophe.
func outsideQuotes(s string) string {
	var b strings.Builder
	closers := ""
	for i, r := range s {
		switch {
		case closers == "":
			if closers = QuoteClosers(r); closers != "" {
				b.WriteByte(' ')
			} else {
				b.WriteRune(r)
			}
		case r == '\n':
			closers = ""
			b.WriteRune(r)
		case strings.ContainsRune(closers, r) && (r != '’' && r != '\'' || !letterAt(s, i+utf8.RuneLen(r))):
			closers = ""
		}
	}
	return b.String()
}

// letterAt reports whether a letter starts at byte i of s.
func letterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[min(i, len(s)):])
	return unicode.IsLetter(r)
}

// hasKana reports whether s holds a run of hiragana or katakana, which
// Japanese writes in every sentence (particles, verb endings) and Chinese
// never.
func hasKana(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana) && r != 'ー' {
			if n++; n >= minKana {
				return true
			}
		}
	}
	return false
}

// minKana is how many kana make a text Japanese: a Chinese text may quote
// a Japanese name or brand.
const minKana = 10
