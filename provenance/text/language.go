package text

import (
	"strings"
	"unicode"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/hungarian"
	"github.com/kljensen/snowball/norwegian"
	"github.com/kljensen/snowball/russian"
	"github.com/kljensen/snowball/spanish"
	"github.com/kljensen/snowball/swedish"
)

// Language bundles a language's stemmer and stop-word list. The zero value
// stems nothing and knows no stop words, which is the fallback for
// languages Snowball does not cover.
type Language struct {
	Code   string
	stem   func(string, bool) string
	isStop func(string) bool
}

// LanguageOf returns the Language for a BCP 47 tag ("en", "fr-BE", ...);
// "" means English; unsupported tags give a Language without stemming or
// stop words.
func LanguageOf(tag string) Language {
	base := strings.ToLower(tag)
	if i := strings.IndexAny(base, "-_"); i >= 0 {
		base = base[:i]
	}
	switch base {
	case "", "en":
		return Language{"en", english.Stem, english.IsStopWord}
	case "fr":
		return Language{"fr", french.Stem, french.IsStopWord}
	case "es":
		return Language{"es", spanish.Stem, spanish.IsStopWord}
	case "ru":
		return Language{"ru", russian.Stem, russian.IsStopWord}
	case "sv":
		return Language{"sv", swedish.Stem, swedish.IsStopWord}
	case "no", "nb", "nn":
		return Language{"no", norwegian.Stem, norwegian.IsStopWord}
	case "hu":
		return Language{"hu", hungarian.Stem, hungarian.IsStopWord}
	}
	return Language{Code: base}
}

// Stem returns the Snowball stem of a normalised word, or the word itself
// when the language has no stemmer or the word is not in a script the
// stemmer knows (a Latin stemmer must not mangle Greek or Han).
func (l Language) Stem(w string) string {
	if l.stem == nil || !stemmable(l.Code, w) {
		return w
	}
	return l.stem(w, false)
}

// IsStop reports whether a normalised word is a stop word of the language.
func (l Language) IsStop(w string) bool {
	return l.isStop != nil && l.isStop(w)
}

func stemmable(code, w string) bool {
	want := unicode.Latin
	if code == "ru" {
		want = unicode.Cyrillic
	}
	for _, r := range w {
		if r == '\'' || r == '-' {
			continue
		}
		if !unicode.Is(want, r) {
			return false
		}
	}
	return true
}
